//! Byte scans eight bytes at a time in a `u64` (SIMD within a register): the lane helpers the
//! sentence splitter's terminator scan and the tokenizer's word-run scan share.

/// The bytes of a `u64` lane each set to `b`.
#[inline(always)]
pub(crate) const fn lanes(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// The eight bytes of `bytes` from `at`, little-endian (the byte at `at` lowest), or `None`
/// when fewer than eight are left.
#[inline(always)]
pub(crate) fn load8(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at.checked_add(8)?)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(chunk);
    Some(u64::from_le_bytes(a))
}

/// The top bit of the lowest byte of `x` equal to `b`, and maybe of some bytes above it (a
/// borrow runs upward only), all other bits clear: the lowest set bit is exact.
#[inline(always)]
pub(crate) fn lanes_equal(x: u64, b: u8) -> u64 {
    let t = x ^ lanes(b);
    t.wrapping_sub(lanes(1)) & !t & lanes(0x80)
}

/// The index of the lowest byte whose top bit is set in a non-zero lane mask.
#[inline(always)]
pub(crate) fn first_lane(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lowest_equal_byte_is_found_in_every_lane() {
        for lane in 0..8 {
            for b in [0u8, b'.', 0x7f, 0x80, 0xE2, 0xff] {
                let mut a = [if b == b'x' { b'y' } else { b'x' }; 8];
                a[lane] = b;
                let x = u64::from_le_bytes(a);
                assert_eq!(
                    first_lane(lanes_equal(x, b)),
                    lane,
                    "byte {b:#x} lane {lane}"
                );
            }
        }
        assert_eq!(lanes_equal(u64::from_le_bytes(*b"abcdefgh"), b'z'), 0);
        assert_eq!(load8(b"abcdefg", 0), None);
        assert_eq!(
            load8(b"abcdefghi", 1),
            Some(u64::from_le_bytes(*b"bcdefghi"))
        );
        assert_eq!(load8(b"abc", usize::MAX), None);
    }
}
