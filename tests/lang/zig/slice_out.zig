// gradcheck: n=4 lo=-1.5 hi=1.5
// A kernel writing a slice (the derivative flows through memory): y_i = x_i * x_{i+1}
// into an output slice, then a loss over it. Both slices are duplicated.
pub const panic = @import("std").debug.no_panic;
extern fn __enzyme_autodiff(fnptr: *const anyopaque, ...) callconv(.c) void;
extern var enzyme_dup: c_int;
extern var enzyme_const: c_int;

fn kernel(x: []const f64, y: []f64) void {
    for (y, 0..) |*out, i| out.* = x[i] * x[(i + 1) % x.len] + @sin(x[i]);
}

fn loss(x: []const f64) f64 {
    var y: [4]f64 = undefined;
    kernel(x, &y);
    var s: f64 = 0;
    for (y, 0..) |yi, i| s += yi * @as(f64, @floatFromInt(i + 1));
    return s;
}

fn lossC(x: [*]const f64) callconv(.c) f64 {
    return loss(x[0..4]);
}

export fn f(x: [*]const f64) f64 {
    return lossC(x);
}

export fn grad(x: [*]const f64, g: [*]f64) void {
    @memset(g[0..4], 0);
    __enzyme_autodiff(@ptrCast(&lossC), enzyme_dup, x, g);
}
