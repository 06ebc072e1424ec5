// gradcheck: n=2 lo=-1.5 hi=1.5
// A recursive Zig function (an integer depth, an active f64): Horner's form of the exp series.
pub const panic = @import("std").debug.no_panic;
extern fn __enzyme_autodiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern var enzyme_dup: c_int;

fn expSeries(x: f64, k: u32) f64 {
    if (k == 12) return 1.0;
    return 1.0 + x / @as(f64, @floatFromInt(k)) * expSeries(x, k + 1);
}

fn model(x: *const [2]f64) callconv(.c) f64 {
    return expSeries(x[0], 1) * x[1] + expSeries(x[1] * x[0], 1);
}

export fn f(x: [*]const f64) f64 {
    return model(@ptrCast(x));
}

export fn grad(x: [*]const f64, g: [*]f64) void {
    @memset(g[0..2], 0);
    _ = __enzyme_autodiff(@ptrCast(&model), enzyme_dup, x, g);
}
