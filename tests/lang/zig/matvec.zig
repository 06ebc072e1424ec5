// gradcheck: n=6 lo=-2 hi=2 jvp
// Nested loops over a 2x3 matrix (a Zig array of arrays) times a constant vector; |y|^2.
pub const panic = @import("std").debug.no_panic;
extern fn __enzyme_autodiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern fn __enzyme_fwddiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern var enzyme_dup: c_int;

const v = [3]f64{ 1.5, -0.5, 2.0 };

fn normsqMatvec(a: *const [2][3]f64) callconv(.c) f64 {
    var acc: f64 = 0;
    for (a) |row| {
        var y: f64 = 0;
        for (row, v) |aij, vj| y += aij * vj;
        acc += y * y;
    }
    return acc;
}

export fn f(x: [*]const f64) f64 {
    return normsqMatvec(@ptrCast(x));
}

export fn grad(x: [*]const f64, g: [*]f64) void {
    @memset(g[0..6], 0);
    _ = __enzyme_autodiff(@ptrCast(&normsqMatvec), enzyme_dup, x, g);
}

export fn jvp(x: [*]const f64, t: [*]const f64) f64 {
    return __enzyme_fwddiff(@ptrCast(&normsqMatvec), enzyme_dup, x, t);
}
