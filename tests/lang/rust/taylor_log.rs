// gradcheck: n=1 lo=-0.6 hi=0.6 jvp
// The talk's taylor_log in Rust: an active f64 argument, the derivative returned.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

fn taylor_log(x: f64) -> f64 {
    let mut sum = 0.0;
    let mut xi = x;
    for i in 1..=40 {
        sum += xi / i as f64;
        xi *= x;
    }
    sum
}

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    taylor_log(*x)
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    *g = __enzyme_autodiff(taylor_log as *const (), *x);
}

#[no_mangle]
pub unsafe extern "C" fn jvp(x: *const f64, v: *const f64) -> f64 {
    __enzyme_fwddiff(taylor_log as *const (), *x, *v)
}
