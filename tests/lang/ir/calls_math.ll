; gradcheck: n=3 lo=0.2 hi=2
; Calls of a helper with a body (differentiated too) and of libm: exp, sqrt, log, pow.
declare double @__enzyme_autodiff(ptr, ...)
declare double @exp(double)
declare double @sqrt(double)
declare double @log(double)
declare double @pow(double, double)

define internal double @helper(double %a, double %b) {
  %e = call double @exp(double %a)
  %p = call double @pow(double %b, double 2.5)
  %r = fmul double %e, %p
  ret double %r
}

define double @model(double %a, double %b, double %c) {
  %h = call double @helper(double %a, double %b)
  %s = call double @sqrt(double %c)
  %l = call double @log(double %b)
  %t = fmul double %s, %l
  %r = fadd double %h, %t
  ret double %r
}

define double @f(ptr %x) {
  %a = load double, ptr %x
  %pb = getelementptr double, ptr %x, i64 1
  %b = load double, ptr %pb
  %pc = getelementptr double, ptr %x, i64 2
  %c = load double, ptr %pc
  %r = call double @model(double %a, double %b, double %c)
  ret double %r
}

define void @grad(ptr %x, ptr %g) {
  %a = load double, ptr %x
  %pb = getelementptr double, ptr %x, i64 1
  %b = load double, ptr %pb
  %pc = getelementptr double, ptr %x, i64 2
  %c = load double, ptr %pc
  %d = call { double, double, double } (ptr, ...) @__enzyme_autodiff(ptr @model, double %a, double %b, double %c)
  %d0 = extractvalue { double, double, double } %d, 0
  %d1 = extractvalue { double, double, double } %d, 1
  %d2 = extractvalue { double, double, double } %d, 2
  store double %d0, ptr %g
  %g1 = getelementptr double, ptr %g, i64 1
  store double %d1, ptr %g1
  %g2 = getelementptr double, ptr %g, i64 2
  store double %d2, ptr %g2
  ret void
}
