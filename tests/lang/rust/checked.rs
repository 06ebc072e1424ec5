// gradcheck: n=3 lo=-2 hi=2
// Rust's checks stay in the differentiated code: indexing with a computed index (bounds
// check), an assert! that formats an active value, and a branch per element.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

fn piecewise(x: &[f64], order: &[usize]) -> f64 {
    let mut s = 0.0;
    for (k, &i) in order.iter().enumerate() {
        let v = x[i];
        assert!(v.is_finite(), "input {} is not finite: {}", i, v);
        s += if v > 0.5 {
            v * v
        } else if v < -0.5 {
            -v.sin()
        } else {
            3.0 * v
        };
        s *= 1.0 + 0.1 * k as f64;
    }
    s
}

static ORDER: [usize; 4] = [2, 0, 1, 2];

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    piecewise(std::slice::from_raw_parts(x, 3), &ORDER)
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    std::slice::from_raw_parts_mut(g, 3).fill(0.0);
    __enzyme_autodiff(piecewise as *const (), enzyme_dup, x, g, enzyme_const, 3usize,
                      enzyme_const, ORDER.as_ptr(), enzyme_const, 4usize);
}
