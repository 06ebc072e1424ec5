// gradcheck: n=3 lo=-2 hi=2
// if/else and a switch on a computed integer, every arm active; pointer + len (C types).
pub const panic = @import("std").debug.no_panic;
extern fn __enzyme_autodiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern var enzyme_dup: c_int;
extern var enzyme_const: c_int;

fn piecewise(x: [*]const f64, n: usize) callconv(.c) f64 {
    var s: f64 = 0;
    for (0..n) |i| {
        const v = x[i];
        if (v > 0.5) {
            s += v * v;
        } else if (v < -0.5) {
            s -= @sin(v);
        } else {
            s += 3.0 * v;
        }
        switch (i % 3) {
            0 => s *= 1.5,
            1 => s += v * s * 0.25,
            else => s -= v,
        }
    }
    return s;
}

export fn f(x: [*]const f64) f64 {
    return piecewise(x, 3);
}

export fn grad(x: [*]const f64, g: [*]f64) void {
    @memset(g[0..3], 0);
    _ = __enzyme_autodiff(@ptrCast(&piecewise), enzyme_dup, x, g, enzyme_const, @as(usize, 3));
}
