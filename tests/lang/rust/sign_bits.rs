// gradcheck: n=2 lo=-2 hi=2
// Clearing the sign bit through f64::to_bits / from_bits (integer code on an active value,
// which enzymec recognizes as fabs), times the other input.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

fn model(x: &[f64; 2]) -> f64 {
    f64::from_bits(x[0].to_bits() & !(1u64 << 63)) * x[1] + x[0] * x[1].abs()
}

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    model(&*(x as *const [f64; 2]))
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    std::slice::from_raw_parts_mut(g, 2).fill(0.0);
    __enzyme_autodiff(model as *const (), enzyme_dup, x, g);
}
