// gradcheck: n=4 lo=-1.5 hi=1.5
// Raw pointers plus a length (`*const f64`, `usize`) in an unsafe loop: a weighted sum of
// products of neighbours and squares.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

unsafe fn chain(x: *const f64, n: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..n {
        let a = *x.add(i);
        let b = *x.add((i + 1) % n);
        s += (i as f64 + 1.0) * a * b - a * a * 0.5;
    }
    s
}

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    chain(x, 4)
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    for i in 0..4 {
        *g.add(i) = 0.0;
    }
    __enzyme_autodiff(chain as *const (), enzyme_dup, x, g, enzyme_const, 4usize);
}
