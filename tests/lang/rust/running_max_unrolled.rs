// gradcheck: n=9 lo=-2 hi=2
// Running maxima and minima as rustc writes them at -O2: `fold` with `if v > a { v } else
// { a }` over a slice whose length is known only at run time, which rustc unrolls by 4 (a
// chain of four selects per iteration on elements addressed `gep i8 (gep %x, %i), 8k`, a
// counter stepping by 4 to `n & -4`) before a remainder loop; the sum of exps is unrolled
// the same way. enzymec keeps the address of the element last taken and reloads it after
// the loop (enzymec/ad/reverse/select_chain.py; `fold` with f64::max/min, llvm.maxnum/minnum, after
// enzymec/ad/reverse/maxnum_select.py turns those steps into selects), and sizes the tapes of the step-4 loop before it
// (enzymec/ad/tape/trip_count.py). `model` calls the kernel on x and on x with one element raised
// by 10, so that every point puts the maximum in the unrolled body (y[5]), in the remainder
// (y[8]) and at the first element (y[0]: no select ever taken), besides wherever x has it.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

static LEN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(9);

#[inline(never)]
fn kernel(x: &[f64]) -> f64 {
    let a = x.iter().cloned().fold(x[0], |a, v| if v > a { v } else { a });
    let b = x.iter().cloned().fold(x[0], |b, v| if v < b { v } else { b });
    let c = x.iter().cloned().fold(f64::NEG_INFINITY, f64::max); // llvm.maxnum
    let d = x.iter().cloned().fold(f64::INFINITY, f64::min); // llvm.minnum
    x.iter().map(|v| (v - a).exp()).sum::<f64>().ln() + a + 0.25 * b * b + 0.3 * c * d
}

fn model(x: *const f64, n: usize) -> f64 {
    let x = unsafe { std::slice::from_raw_parts(x, n) };
    let mut s = kernel(x);
    for raised in [5usize, 8, 0] {
        let mut y = [0.0f64; 16];
        for i in 0..n {
            y[i] = x[i] + if i == raised { 10.0 } else { 0.0 };
        }
        s += kernel(&y[..n]);
    }
    s
}

fn len() -> usize {
    LEN.load(std::sync::atomic::Ordering::Relaxed)
}

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    model(x, len())
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    std::slice::from_raw_parts_mut(g, 9).fill(0.0);
    __enzyme_autodiff(model as *const (), enzyme_dup, x, g, enzyme_const, len());
}
