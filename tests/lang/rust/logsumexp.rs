// gradcheck: n=5 lo=-3 hi=3 jvp
// The talk's logsumexp over a slice &[f64] (passed as pointer + length) with iterators:
// fold with f64::max, map, sum, exp and ln.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

fn logsumexp(x: &[f64]) -> f64 {
    let m = x.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    m + x.iter().map(|v| (v - m).exp()).sum::<f64>().ln()
}

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    logsumexp(std::slice::from_raw_parts(x, 5))
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    std::slice::from_raw_parts_mut(g, 5).fill(0.0);
    __enzyme_autodiff(logsumexp as *const (), enzyme_dup, x, g, enzyme_const, 5usize);
}

#[no_mangle]
pub unsafe extern "C" fn jvp(x: *const f64, v: *const f64) -> f64 {
    __enzyme_fwddiff(logsumexp as *const (), enzyme_dup, x, v, enzyme_const, 5usize)
}
