// The talk's logsumexp in Rust, differentiated by enzymec (README: Rust):
//   rustc --emit=llvm-bc --crate-type=lib -C panic=abort -C opt-level=2 \
//         -C no-vectorize-loops -C no-vectorize-slp examples/lang/logsumexp.rs -o lse.bc
//   echo > rsstd.rs && rustc --crate-type=staticlib -C panic=abort rsstd.rs -o librsstd.a
//   enzymec -O2 lse.bc -o lse_rs -L. -lrsstd -lm && ./lse_rs
#[path = "../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

/// Unmodified Rust: a slice, iterators, f64 methods.
fn logsumexp(x: &[f64]) -> f64 {
    let m = x.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    m + x.iter().map(|v| (v - m).exp()).sum::<f64>().ln()
}

/// The gradient: the slice goes in as its pointer (with a shadow) and its length.
fn grad_logsumexp(x: &[f64]) -> Vec<f64> {
    let mut dx = vec![0.0; x.len()];
    unsafe {
        __enzyme_autodiff(logsumexp as *const (), enzyme_dup, x.as_ptr(), dx.as_mut_ptr(),
                          enzyme_const, x.len());
    }
    dx
}

#[no_mangle]
pub extern "C" fn main() -> i32 {
    let x = [1.0, 2.0, 3.0, 4.0];
    println!("logsumexp = {:.5}", logsumexp(&x));
    println!("gradient  = {:.5?}", grad_logsumexp(&x)); // softmax(x)
    0
}
