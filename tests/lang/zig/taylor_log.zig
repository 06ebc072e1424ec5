// gradcheck: n=1 lo=-0.6 hi=0.6 jvp
// The talk's taylor_log in Zig: -log(1-x) as sum_{i=1..40} x^i / i, an active f64 argument.
pub const panic = @import("std").debug.no_panic;
extern fn __enzyme_autodiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern fn __enzyme_fwddiff(fnptr: *const anyopaque, ...) callconv(.c) f64;

fn taylorLog(x: f64) callconv(.c) f64 {
    var sum: f64 = 0;
    var xi: f64 = x;
    var i: u32 = 1;
    while (i <= 40) : (i += 1) {
        sum += xi / @as(f64, @floatFromInt(i));
        xi *= x;
    }
    return sum;
}

export fn f(x: [*]const f64) f64 {
    return taylorLog(x[0]);
}

export fn grad(x: [*]const f64, g: [*]f64) void {
    g[0] = __enzyme_autodiff(@ptrCast(&taylorLog), x[0]);
}

export fn jvp(x: [*]const f64, v: [*]const f64) f64 {
    return __enzyme_fwddiff(@ptrCast(&taylorLog), x[0], v[0]);
}
