//! A value set for the duration of a call on the current thread: the per-[`Parser`] overlay of
//! extra lexicon words, which lookups deep in a parse consult after the shared static lexicon.
//!
//! A thread-local slot holds an `Arc<T>` while a [`Guard`] lives; dropping the guard puts back
//! what the slot held before, so scopes nest. A parse never leaves its thread, so what a lookup
//! sees is exactly the overlay of the parser running on that thread.
//!
//! [`Parser`]: ../../article/struct.Parser.html

use std::cell::RefCell;
use std::sync::Arc;
use std::thread::LocalKey;

/// A thread-local slot for a scoped value.
pub(crate) type Slot<T> = LocalKey<RefCell<Option<Arc<T>>>>;

/// Restores a slot's previous value when dropped.
#[derive(Debug)]
pub(crate) struct Guard<T: 'static> {
    slot: &'static Slot<T>,
    previous: Option<Arc<T>>,
}

/// Sets `slot` to `value` until the returned guard is dropped.
pub(crate) fn enter<T>(slot: &'static Slot<T>, value: Arc<T>) -> Guard<T> {
    let previous = slot.with_borrow_mut(|s| s.replace(value));
    Guard { slot, previous }
}

/// `f` of the slot's value, or `None` when no scope has set it.
#[inline]
pub(crate) fn with<T, R>(slot: &'static Slot<T>, f: impl FnOnce(&T) -> R) -> Option<R> {
    slot.with_borrow(|s| s.as_deref().map(f))
}

impl<T> Drop for Guard<T> {
    fn drop(&mut self) {
        let previous = self.previous.take();
        self.slot.with_borrow_mut(|s| *s = previous);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static SLOT: RefCell<Option<Arc<u32>>> = const { RefCell::new(None) };
    }

    #[test]
    fn scopes_nest_and_restore() {
        assert_eq!(with(&SLOT, |v| *v), None);
        {
            let _outer = enter(&SLOT, Arc::new(1));
            assert_eq!(with(&SLOT, |v| *v), Some(1));
            {
                let _inner = enter(&SLOT, Arc::new(2));
                assert_eq!(with(&SLOT, |v| *v), Some(2));
            }
            assert_eq!(with(&SLOT, |v| *v), Some(1));
            // Another thread does not see this thread's scope.
            std::thread::spawn(|| assert_eq!(with(&SLOT, |v| *v), None))
                .join()
                .unwrap();
        }
        assert_eq!(with(&SLOT, |v| *v), None);
    }
}
