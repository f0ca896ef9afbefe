//! [`Few`]: a list that is almost always of one item, kept inline when it is (no heap block,
//! no pointer to follow); a result record holds several (a quotation's pieces, an
//! attribution's contents and quotations).

use std::ops::{Deref, DerefMut};

/// A list of `T` that holds one item inline and more (or none) in a `Vec`. It reads as a slice.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) enum Few<T> {
    /// Exactly one item.
    One(T),
    /// None, or two and more (never one).
    Many(Vec<T>),
}

impl<T> Few<T> {
    /// The empty list (no allocation).
    pub(crate) const fn new() -> Few<T> {
        Few::Many(Vec::new())
    }

    /// Adds `item` at the end.
    pub(crate) fn push(&mut self, item: T) {
        match self {
            Few::Many(v) if v.is_empty() => *self = Few::One(item),
            Few::Many(v) => v.push(item),
            Few::One(_) => {
                let Few::One(first) = std::mem::take(self) else {
                    return;
                };
                // A list that grows past one item by pushes (an entity's mentions) often
                // grows on: room for four, so that the third and fourth need no new block.
                let mut v = Vec::with_capacity(4);
                v.push(first);
                v.push(item);
                *self = Few::Many(v);
            }
        }
    }

    /// Puts `item` at `index` (at the end when `index` is past it), moving the rest on.
    pub(crate) fn insert(&mut self, index: usize, item: T) {
        match self {
            Few::Many(v) if v.is_empty() => *self = Few::One(item),
            Few::Many(v) => v.insert(index.min(v.len()), item),
            Few::One(_) => {
                let Few::One(first) = std::mem::take(self) else {
                    return;
                };
                *self = Few::Many(if index == 0 {
                    vec![item, first]
                } else {
                    vec![first, item]
                });
            }
        }
    }

    /// Keeps the items for which `keep` holds, in order.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        match self {
            Few::One(item) => {
                if !keep(item) {
                    *self = Few::new();
                }
            }
            Few::Many(v) => {
                v.retain(keep);
                if v.len() == 1
                    && let Some(last) = v.pop()
                {
                    *self = Few::One(last);
                }
            }
        }
    }

    /// Drops each item equal to the one before it.
    pub(crate) fn dedup(&mut self)
    where
        T: PartialEq,
    {
        if let Few::Many(v) = self {
            v.dedup();
            if v.len() == 1
                && let Some(last) = v.pop()
            {
                *self = Few::One(last);
            }
        }
    }

    /// Removes and returns the item at `index` (`None` when out of range).
    pub(crate) fn remove(&mut self, index: usize) -> Option<T> {
        match self {
            Few::One(_) if index == 0 => match std::mem::take(self) {
                Few::One(item) => Some(item),
                Few::Many(_) => None,
            },
            Few::One(_) => None,
            Few::Many(v) if index < v.len() => {
                let item = v.remove(index);
                if v.len() == 1
                    && let Some(last) = v.pop()
                {
                    *self = Few::One(last);
                }
                Some(item)
            }
            Few::Many(_) => None,
        }
    }
}

impl<T> Default for Few<T> {
    fn default() -> Few<T> {
        Few::new()
    }
}

impl<T> Deref for Few<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        match self {
            Few::One(item) => std::slice::from_ref(item),
            Few::Many(v) => v,
        }
    }
}

impl<T> DerefMut for Few<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        match self {
            Few::One(item) => std::slice::from_mut(item),
            Few::Many(v) => v,
        }
    }
}

impl<T> Extend<T> for Few<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for item in iter {
            self.push(item);
        }
    }
}

impl<T> IntoIterator for Few<T> {
    type Item = T;
    type IntoIter = std::iter::Chain<std::option::IntoIter<T>, std::vec::IntoIter<T>>;

    fn into_iter(self) -> Self::IntoIter {
        match self {
            Few::One(item) => Some(item).into_iter().chain(Vec::new()),
            Few::Many(v) => None.into_iter().chain(v),
        }
    }
}

impl<T> From<Vec<T>> for Few<T> {
    fn from(mut v: Vec<T>) -> Few<T> {
        if v.len() == 1
            && let Some(item) = v.pop()
        {
            return Few::One(item);
        }
        Few::Many(v)
    }
}

impl<T> FromIterator<T> for Few<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Few<T> {
        let mut it = iter.into_iter();
        let Some(first) = it.next() else {
            return Few::new();
        };
        let Some(second) = it.next() else {
            return Few::One(first);
        };
        let mut v = Vec::with_capacity(2 + it.size_hint().0);
        v.push(first);
        v.push(second);
        v.extend(it);
        Few::Many(v)
    }
}

#[cfg(feature = "serde")]
impl<T: serde::Serialize> serde::Serialize for Few<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Few<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_as_the_slice_it_holds_through_every_change() {
        let mut f: Few<u32> = Few::new();
        assert!(f.is_empty());
        f.push(1);
        assert!(matches!(f, Few::One(1)));
        assert_eq!(&*f, [1]);
        f.push(2);
        f.push(3);
        assert_eq!(&*f, [1, 2, 3]);
        assert_eq!(f.remove(1), Some(2));
        assert_eq!(f.remove(5), None);
        assert_eq!(f.remove(0), Some(1));
        assert!(matches!(f, Few::One(3)), "one left is kept inline: {f:?}");
        assert_eq!(f.remove(0), Some(3));
        assert!(f.is_empty());
        assert_eq!(f.remove(0), None);
        let g: Few<u32> = [7].into_iter().collect();
        assert!(matches!(g, Few::One(7)));
        let h: Few<u32> = (0..4).collect();
        assert_eq!(&*h, [0, 1, 2, 3]);
        assert_eq!(Few::from(vec![9]), Few::One(9));
        assert_eq!(&*Few::from(vec![1, 2]), [1, 2]);
        assert_eq!(format!("{h:?}"), "[0, 1, 2, 3]");
        let mut i: Few<u32> = Few::new();
        i.insert(0, 5);
        assert!(matches!(i, Few::One(5)));
        i.insert(0, 4);
        i.insert(9, 6);
        assert_eq!(&*i, [4, 5, 6]);
        i.extend([7, 8]);
        i.retain(|&x| x % 2 == 0);
        assert_eq!(&*i, [4, 6, 8]);
        i.retain(|&x| x == 6);
        assert!(matches!(i, Few::One(6)), "one left is kept inline: {i:?}");
        i[0] = 3;
        assert_eq!(&*i, [3]);
        i.retain(|_| false);
        assert!(i.is_empty());
        let mut k: Few<u32> = Few::from(vec![2, 2, 3, 3]);
        k.dedup();
        assert_eq!(k.clone().into_iter().collect::<Vec<_>>(), [2, 3]);
        k.retain(|&x| x == 3);
        k.push(3);
        k.dedup();
        assert!(matches!(k, Few::One(3)));
        assert_eq!(k.into_iter().collect::<Vec<_>>(), [3]);
        let mut j: Few<u32> = Few::One(1);
        j.insert(0, 0);
        assert_eq!(&*j, [0, 1]);
    }
}
