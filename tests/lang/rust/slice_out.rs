// gradcheck: n=4 lo=-1.5 hi=1.5
// A kernel writing a &mut [f64] (bounds-checked indexing: the panics are inactive), then a
// loss over it with zip and enumerate; the derivative flows through memory.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

fn kernel(x: &[f64], y: &mut [f64]) {
    let n = x.len();
    for i in 0..y.len() {
        y[i] = x[i] * x[(i + 1) % n] + x[i].sin();
    }
}

fn loss(x: &[f64]) -> f64 {
    let mut y = [0.0; 4];
    kernel(x, &mut y);
    y.iter().zip(x).enumerate().map(|(i, (a, b))| (i as f64 + 1.0) * a - b * b).sum()
}

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    loss(std::slice::from_raw_parts(x, 4))
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    std::slice::from_raw_parts_mut(g, 4).fill(0.0);
    __enzyme_autodiff(loss as *const (), enzyme_dup, x, g, enzyme_const, 4usize);
}
