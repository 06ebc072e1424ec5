// gradcheck: n=6 lo=-2 hi=2
// A Zig extern struct array: kinetic plus spring energy of two particles.
pub const panic = @import("std").debug.no_panic;
extern fn __enzyme_autodiff(fnptr: *const anyopaque, ...) callconv(.c) f64;
extern var enzyme_dup: c_int;

const Particle = extern struct { pos: f64, vel: f64, mass: f64 };

fn energy(p: *const [2]Particle) callconv(.c) f64 {
    var e: f64 = 0;
    for (p) |q| e += 0.5 * q.mass * q.vel * q.vel;
    const d = p[0].pos - p[1].pos;
    return e + 3.0 * d * d;
}

export fn f(x: [*]const f64) f64 {
    return energy(@ptrCast(x));
}

export fn grad(x: [*]const f64, g: [*]f64) void {
    @memset(g[0..6], 0);
    _ = __enzyme_autodiff(@ptrCast(&energy), enzyme_dup, x, g);
}
