// The Rust kernel of rust_kernel.c: a C-ABI function over a raw pointer and a length,
// iterators and f64 methods inside.
#[no_mangle]
pub unsafe extern "C" fn rkernel(x: *const f64, n: usize) -> f64 {
    let xs = std::slice::from_raw_parts(x, n);
    let m = xs.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let lse = m + xs.iter().map(|v| (v - m).exp()).sum::<f64>().ln();
    lse + xs.windows(2).map(|w| w[0] * w[1].sin()).sum::<f64>()
}
