; The IR kernel of ir_kernel.c: a*exp(b) + b*b*a - sin(a*b).
declare double @llvm.exp.f64(double)
declare double @llvm.sin.f64(double)

define double @irkernel(double %a, double %b) {
  %e = call double @llvm.exp.f64(double %b)
  %t = fmul double %a, %e
  %bb = fmul double %b, %b
  %u = fmul double %bb, %a
  %ab = fmul double %a, %b
  %s = call double @llvm.sin.f64(double %ab)
  %r1 = fadd double %t, %u
  %r = fsub double %r1, %s
  ret double %r
}
