; gradcheck: n=3 lo=-2 hi=2
; A struct in memory (a named type): energy of a particle {pos, vel, mass} through field GEPs.
%particle = type { double, double, double }
@enzyme_dup = external global i32
declare double @__enzyme_autodiff(ptr, ...)

define double @energy(ptr %p) {
  %pos = getelementptr inbounds %particle, ptr %p, i32 0, i32 0
  %vel = getelementptr inbounds %particle, ptr %p, i32 0, i32 1
  %mass = getelementptr inbounds %particle, ptr %p, i32 0, i32 2
  %x = load double, ptr %pos
  %v = load double, ptr %vel
  %m = load double, ptr %mass
  %v2 = fmul double %v, %v
  %kin = fmul double %m, %v2
  %half = fmul double %kin, 0.5
  %x2 = fmul double %x, %x
  %pot = fmul double %x2, %m
  %e = fadd double %half, %pot
  ret double %e
}

define double @f(ptr %x) {
  %r = call double @energy(ptr %x)
  ret double %r
}

define void @grad(ptr %x, ptr %g) {
  store double 0.0, ptr %g
  %g1 = getelementptr double, ptr %g, i64 1
  store double 0.0, ptr %g1
  %g2 = getelementptr double, ptr %g, i64 2
  store double 0.0, ptr %g2
  %dup = load i32, ptr @enzyme_dup
  call double (ptr, ...) @__enzyme_autodiff(ptr @energy, i32 %dup, ptr %x, ptr %g)
  ret void
}
