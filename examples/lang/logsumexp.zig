// The talk's logsumexp in Zig, differentiated by enzymec (README: Zig):
//   python -m ziglang build-obj -O ReleaseSmall -fno-strip -femit-llvm-bc=lse.bc \
//       -fno-emit-bin examples/lang/logsumexp.zig
//   enzymec -O2 lse.bc -o lse_zig -lm && ./lse_zig
pub const panic = @import("std").debug.no_panic; // keep std's panic machinery out of the IR
extern fn __enzyme_autodiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern var enzyme_dup: c_int;
extern var enzyme_const: c_int;
extern fn printf(fmt: [*:0]const u8, ...) c_int;

fn logsumexp(x: []const f64) f64 {
    var m: f64 = x[0];
    for (x[1..]) |v| m = @max(m, v);
    var s: f64 = 0;
    for (x) |v| s += @exp(v - m);
    return m + @log(s);
}

export fn main() c_int {
    const x = [4]f64{ 1, 2, 3, 4 };
    var dx = [4]f64{ 0, 0, 0, 0 };
    // a slice parameter is lowered to (pointer, length)
    _ = __enzyme_autodiff(@ptrCast(&logsumexp), enzyme_dup, &x, &dx, enzyme_const, x.len);
    _ = printf("logsumexp = %.5f\n", logsumexp(&x));
    _ = printf("gradient  = %.5f %.5f %.5f %.5f\n", dx[0], dx[1], dx[2], dx[3]);
    return 0;
}
