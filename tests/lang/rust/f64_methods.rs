// gradcheck: n=3 lo=0.2 hi=2 jvp
// f64 methods: exp, ln, powi, powf, sqrt, sin, cos, tanh, abs, hypot.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

fn model(x: &[f64; 3]) -> f64 {
    let (a, b, c) = (x[0], x[1], x[2]);
    (a * b + c).sqrt() + (-a).exp() * b.sin() + c.ln() * a.cos() + b.powi(3) + c.powf(1.5)
        + (a - b).tanh() + (a - c).abs() + a.hypot(c)
}

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    model(&*(x as *const [f64; 3]))
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    std::slice::from_raw_parts_mut(g, 3).fill(0.0);
    __enzyme_autodiff(model as *const (), enzyme_dup, x, g);
}

#[no_mangle]
pub unsafe extern "C" fn jvp(x: *const f64, v: *const f64) -> f64 {
    __enzyme_fwddiff(model as *const (), enzyme_dup, x, v)
}
