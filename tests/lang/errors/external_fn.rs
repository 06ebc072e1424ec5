// error: cannot differentiate the call to external function 'my_special' @ external_fn.rs:12
// A C function declared in Rust without a body or a derivative rule: a located error.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

extern "C" {
    fn my_special(x: f64) -> f64;
}

fn model(x: f64) -> f64 {
    unsafe { my_special(x * x) + x }
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: f64) -> f64 {
    __enzyme_autodiff(model as *const (), x)
}
