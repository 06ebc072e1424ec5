// gradcheck: n=6 lo=-2 hi=2
// A #[repr(C)] struct and a method: two particles' kinetic plus spring energy.
#[path = "../../../include/enzyme.rs"]
mod enzyme;
use enzyme::*;

#[repr(C)]
struct Particle {
    pos: f64,
    vel: f64,
    mass: f64,
}

impl Particle {
    fn kinetic(&self) -> f64 {
        0.5 * self.mass * self.vel * self.vel
    }
}

fn energy(p: &[Particle; 2]) -> f64 {
    let d = p[0].pos - p[1].pos;
    p.iter().map(Particle::kinetic).sum::<f64>() + 3.0 * d * d
}

#[no_mangle]
pub unsafe extern "C" fn f(x: *const f64) -> f64 {
    energy(&*(x as *const [Particle; 2]))
}

#[no_mangle]
pub unsafe extern "C" fn grad(x: *const f64, g: *mut f64) {
    std::slice::from_raw_parts_mut(g, 6).fill(0.0);
    __enzyme_autodiff(energy as *const (), enzyme_dup, x, g);
}
