// gradcheck: n=5 lo=-3 hi=3 jvp
// The talk's logsumexp over a Zig slice: a slice parameter is lowered to (ptr, len), so
// the call passes enzyme_dup, ptr, shadow ptr, enzyme_const, len.
pub const panic = @import("std").debug.no_panic;
extern fn __enzyme_autodiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern fn __enzyme_fwddiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern var enzyme_dup: c_int;
extern var enzyme_const: c_int;

fn logsumexp(x: []const f64) f64 {
    var m: f64 = x[0];
    for (x[1..]) |v| m = @max(m, v);
    var s: f64 = 0;
    for (x) |v| s += @exp(v - m);
    return m + @log(s);
}

export fn f(x: [*]const f64) f64 {
    return logsumexp(x[0..5]);
}

export fn grad(x: [*]const f64, g: [*]f64) void {
    const gs = g[0..5];
    @memset(gs, 0);
    const xs: []const f64 = x[0..5];
    _ = __enzyme_autodiff(@ptrCast(&logsumexp), enzyme_dup, xs.ptr, gs.ptr, enzyme_const, xs.len);
}

export fn jvp(x: [*]const f64, v: [*]const f64) f64 {
    const xs: []const f64 = x[0..5];
    return __enzyme_fwddiff(@ptrCast(&logsumexp), enzyme_dup, xs.ptr, v, enzyme_const, xs.len);
}
