// The Rust versions of the language benchmark's kernels (the C code, written in Rust).
#[path = "../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

fn taylor_log(x: f64, n: i64) -> f64 {
    let mut sum = 0.0;
    for i in 1..=n {
        sum += x.powf(i as f64) / i as f64;
    }
    sum
}

fn logsumexp(x: &[f64]) -> f64 {
    let a = x.iter().cloned().fold(x[0], |a, v| if v > a { v } else { a });
    x.iter().map(|v| (v - a).exp()).sum::<f64>().ln() + a
}

#[no_mangle]
#[inline(never)]
pub extern "C" fn tl_primal(x: f64, n: i64) -> f64 {
    taylor_log(x, n)
}

#[no_mangle]
#[inline(never)]
pub extern "C" fn tl_grad(x: f64, n: i64) -> f64 {
    unsafe { __enzyme_autodiff(taylor_log as *const (), x, enzyme_const, n) }
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn lse_primal(x: *const f64, n: i64) -> f64 {
    logsumexp(std::slice::from_raw_parts(x, n as usize))
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn lse_grad(x: *const f64, dx: *mut f64, n: i64) {
    __enzyme_autodiff(logsumexp as *const (), enzyme_dup, x, dx, enzyme_const, n as usize);
}
