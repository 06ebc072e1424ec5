// gradcheck: n=4 lo=-1.5 hi=1.5
// The differentiated function writes a &mut [f64] (a fat pointer: pointer, length) and
// returns nothing: the output's shadow is seeded with weights w, the input's shadow
// receives J^T w, which is the gradient of f = sum_i w_i y_i.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

const W: [f64; 4] = [1.0, -2.0, 0.5, 3.0];

fn kernel(x: &[f64], y: &mut [f64]) {
    for (i, out) in y.iter_mut().enumerate() {
        *out = x[i].exp() * x[(i + 1) % x.len()] + x[i].powi(2);
    }
}

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    let mut y = [0.0; 4];
    kernel(std::slice::from_raw_parts(x, 4), &mut y);
    y.iter().zip(W.iter()).map(|(a, b)| a * b).sum()
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    std::slice::from_raw_parts_mut(g, 4).fill(0.0);
    let mut y = [0.0; 4];
    let mut dy = W;
    __enzyme_autodiff(kernel as *const (), enzyme_dup, x, g, enzyme_const, 4usize,
                      enzyme_dup, y.as_mut_ptr(), dy.as_mut_ptr(), enzyme_const, 4usize);
}
