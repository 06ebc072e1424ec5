//! enzyme.rs: enzymec's entry points and activity markers for Rust.
//!
//! Add it to a crate as a module (`#[path = "/path/to/enzymec/include/enzyme.rs"] mod enzyme;`
//! or copy it) and call the entry points with the function to differentiate cast to a
//! pointer. A slice parameter `&[f64]` is passed as its two halves (pointer, length): give
//! the pointer its shadow and the length `enzyme_const`:
//!
//! ```ignore
//! fn loss(x: &[f64]) -> f64 { x.iter().map(|v| v.exp()).sum() }
//! let mut dx = vec![0.0; x.len()];
//! unsafe {
//!     __enzyme_autodiff(loss as *const (), enzyme_dup, x.as_ptr(), dx.as_mut_ptr(),
//!                       enzyme_const, x.len());
//! }
//! ```
//!
//! Compile the crate to bitcode and give it to enzymec (README: Rust). The markers are only
//! declared: enzymec removes every use, so nothing needs to define them.
#![allow(non_upper_case_globals, dead_code, improper_ctypes)]

extern "C" {
    /// Reverse mode: the derivatives of active scalars are returned (several: declare a
    /// copy returning a `#[repr(C)]` struct of f64s, its name containing `__enzyme_autodiff`).
    pub fn __enzyme_autodiff(f: *const (), ...) -> f64;
    /// Forward mode: the directional derivative of the result.
    pub fn __enzyme_fwddiff(f: *const (), ...) -> f64;
    /// The next two arguments are a pointer and its shadow.
    pub static enzyme_dup: i32;
    /// Like `enzyme_dup`, but the primal result is not needed.
    pub static enzyme_dupnoneed: i32;
    /// The next argument is constant: no derivative.
    pub static enzyme_const: i32;
    /// The next argument is an active scalar whose derivative is returned.
    pub static enzyme_out: i32;
}
