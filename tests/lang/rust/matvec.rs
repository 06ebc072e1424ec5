// gradcheck: n=6 lo=-2 hi=2 jvp
// Nested loops over a [[f64; 3]; 2] matrix times a constant vector; |y|^2.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

const V: [f64; 3] = [1.5, -0.5, 2.0];

fn normsq_matvec(a: &[[f64; 3]; 2]) -> f64 {
    let mut acc = 0.0;
    for row in a {
        let y: f64 = row.iter().zip(V.iter()).map(|(p, q)| p * q).sum();
        acc += y * y;
    }
    acc
}

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    normsq_matvec(&*(x as *const [[f64; 3]; 2]))
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    std::slice::from_raw_parts_mut(g, 6).fill(0.0);
    __enzyme_autodiff(normsq_matvec as *const (), enzyme_dup, x, g);
}

#[no_mangle]
pub unsafe extern "C" fn jvp(x: *const f64, v: *const f64) -> f64 {
    __enzyme_fwddiff(normsq_matvec as *const (), enzyme_dup, x, v)
}
