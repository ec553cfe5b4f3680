//! Stable sorting without per-call-site code.
//!
//! The standard library's `sort_by_key` is monomorphised for every element type and key closure:
//! in the browser build each call site cost 2–4 KB of sorting code (drift sort, quicksort, small
//! sorts, merges). [`sort_by_key`] keeps the standard sort natively, where it is fastest, and in the
//! `wasm32` build runs one non-generic merge sort over indices ([`stable_order`]) followed by one
//! non-generic permutation ([`permute`]); a call site then only adds its comparison closure.
//!
//! Both are stable sorts, so both give the same order: equal keys keep their input order.

use std::cmp::Ordering;

/// Sorts `v` by `key`, stably (same result as `slice::sort_by_key`).
#[inline]
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by_key(key);
    #[cfg(target_arch = "wasm32")]
    {
        let mut key = key;
        compact_sort_by(v, &mut |a, b| key(a).cmp(&key(b)));
    }
}

/// Sorts `v` stably with the non-generic merge sort (the `wasm32` implementation of
/// [`sort_by_key`]; compiled everywhere so that native tests check it against the standard sort).
#[allow(dead_code)]
pub fn compact_sort_by<T>(v: &mut [T], cmp: &mut dyn FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = stable_order(v.len(), &mut |i, j| cmp(&v[i], &v[j]) == Ordering::Less);
    permute(order, &mut |i, j| v.swap(i, j));
}

/// The indices `0..n` in stably sorted order, where `less(i, j)` tells whether element `i` sorts
/// strictly before element `j`: a bottom-up merge sort (insertion sort on runs of 8 first).
#[allow(dead_code)]
#[inline(never)]
fn stable_order(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<u32> {
    let mut a: Vec<u32> = (0..n as u32).collect();
    const RUN: usize = 8;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = a[i];
            let mut j = i;
            while j > start && less(x as usize, a[j - 1] as usize) {
                a[j] = a[j - 1];
                j -= 1;
            }
            a[j] = x;
        }
    }
    let mut b: Vec<u32> = vec![0; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // the right run's element goes first only when strictly smaller: stable
                if j < hi && (i >= mid || less(a[j] as usize, a[i] as usize)) {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Rearranges a sequence so that position `i` receives the element that was at `order[i]`, calling
/// `swap` for each exchange (one pass over the permutation's cycles).
#[allow(dead_code)]
#[inline(never)]
fn permute(mut order: Vec<u32>, swap: &mut dyn FnMut(usize, usize)) {
    for start in 0..order.len() {
        let mut cur = start;
        // positions already in place carry their own index
        while order[cur] as usize != cur {
            let next = order[cur] as usize;
            order[cur] = cur as u32;
            if next == start {
                break;
            }
            swap(cur, next);
            cur = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_sort_matches_the_standard_stable_sort() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for n in (0..40).chain([63, 64, 65, 100, 257, 1000, 4099]) {
            for range in [2u64, 5, 1000] {
                let v: Vec<(u64, usize)> = (0..n).map(|i| (rand() % range, i)).collect();
                let mut expected = v.clone();
                expected.sort_by_key(|x| x.0);
                let mut got = v.clone();
                compact_sort_by(&mut got, &mut |a, b| a.0.cmp(&b.0));
                assert_eq!(got, expected, "n={n} range={range}");
                let mut rev = v.clone();
                let mut expected_rev = v.clone();
                expected_rev.sort_by_key(|x| std::cmp::Reverse(x.0));
                compact_sort_by(&mut rev, &mut |a, b| b.0.cmp(&a.0));
                assert_eq!(rev, expected_rev, "reversed n={n} range={range}");
            }
        }
    }
}
