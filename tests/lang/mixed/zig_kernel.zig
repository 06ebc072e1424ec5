// The Zig kernel of zig_kernel.c: an exported C-ABI function, a slice made inside.
pub const panic = @import("std").debug.no_panic;

export fn zkernel(x: [*]const f64, n: usize) f64 {
    const xs = x[0..n];
    var s: f64 = 0;
    for (xs, 0..) |v, i| s += @exp(v) * @as(f64, @floatFromInt(i + 1)) - v * v * v;
    return s * xs[0];
}
