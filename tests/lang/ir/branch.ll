; gradcheck: n=2 lo=-2 hi=2 jvp
; A branch on the input: x*y when x > 0, else sin(x) - y^3 (both arms active).
declare double @__enzyme_autodiff(ptr, ...)
declare double @__enzyme_fwddiff(ptr, ...)
declare double @llvm.sin.f64(double)

define double @piecewise(double %x, double %y) {
entry:
  %pos = fcmp ogt double %x, 0.0
  br i1 %pos, label %then, label %else
then:
  %a = fmul double %x, %y
  br label %join
else:
  %s = call double @llvm.sin.f64(double %x)
  %y2 = fmul double %y, %y
  %y3 = fmul double %y2, %y
  %b = fsub double %s, %y3
  br label %join
join:
  %r = phi double [ %a, %then ], [ %b, %else ]
  ret double %r
}

define double @f(ptr %x) {
  %x0 = load double, ptr %x
  %p1 = getelementptr double, ptr %x, i64 1
  %x1 = load double, ptr %p1
  %r = call double @piecewise(double %x0, double %x1)
  ret double %r
}

; two active scalars: the derivatives come back as a struct of two doubles
define void @grad(ptr %x, ptr %g) {
  %x0 = load double, ptr %x
  %p1 = getelementptr double, ptr %x, i64 1
  %x1 = load double, ptr %p1
  %d = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr @piecewise, double %x0, double %x1)
  %d0 = extractvalue { double, double } %d, 0
  %d1 = extractvalue { double, double } %d, 1
  store double %d0, ptr %g
  %g1 = getelementptr double, ptr %g, i64 1
  store double %d1, ptr %g1
  ret void
}

; forward mode: each active scalar followed by its tangent
define double @jvp(ptr %x, ptr %v) {
  %x0 = load double, ptr %x
  %p1 = getelementptr double, ptr %x, i64 1
  %x1 = load double, ptr %p1
  %v0 = load double, ptr %v
  %q1 = getelementptr double, ptr %v, i64 1
  %v1 = load double, ptr %q1
  %t = call double (ptr, ...) @__enzyme_fwddiff(ptr @piecewise, double %x0, double %v0, double %x1, double %v1)
  ret double %t
}
