// gradcheck: n=3 lo=0.2 hi=2 jvp
// Zig's math builtins @sqrt, @exp, @log, @sin, @cos, and libm's pow (std.math.pow is Zig
// code that takes the float apart bit by bit: enzymec refuses it with a located error).
pub const panic = @import("std").debug.no_panic;
extern fn pow(x: f64, y: f64) f64;
extern fn __enzyme_autodiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern fn __enzyme_fwddiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern var enzyme_dup: c_int;

fn model(x: *const [3]f64) callconv(.c) f64 {
    const a = x[0];
    const b = x[1];
    const c = x[2];
    return @sqrt(a * b + c) + @exp(-a) * @sin(b) + @log(c) * @cos(a) + pow(b, 2.5);
}

export fn f(x: [*]const f64) f64 {
    return model(@ptrCast(x));
}

export fn grad(x: [*]const f64, g: [*]f64) void {
    @memset(g[0..3], 0);
    _ = __enzyme_autodiff(@ptrCast(&model), enzyme_dup, x, g);
}

export fn jvp(x: [*]const f64, v: [*]const f64) f64 {
    return __enzyme_fwddiff(@ptrCast(&model), enzyme_dup, x, v);
}
