; gradcheck: n=2 lo=-1.5 hi=1.5
; Recursion (no inlining possible): x^k * y by repeated multiplication, k = 5, plus fabs.
declare double @__enzyme_autodiff(ptr, ...)
declare double @llvm.fabs.f64(double)

define double @powrec(double %x, i32 %k) {
  %base = icmp eq i32 %k, 0
  br i1 %base, label %one, label %rec
one:
  ret double 1.0
rec:
  %k1 = sub i32 %k, 1
  %r = call double @powrec(double %x, i32 %k1)
  %m = fmul double %r, %x
  ret double %m
}

define double @model(double %x, double %y) {
  %p = call double @powrec(double %x, i32 5)
  %a = call double @llvm.fabs.f64(double %y)
  %r = fmul double %p, %a
  %s = fadd double %r, %y
  ret double %s
}

define double @f(ptr %x) {
  %a = load double, ptr %x
  %pb = getelementptr double, ptr %x, i64 1
  %b = load double, ptr %pb
  %r = call double @model(double %a, double %b)
  ret double %r
}

define void @grad(ptr %x, ptr %g) {
  %a = load double, ptr %x
  %pb = getelementptr double, ptr %x, i64 1
  %b = load double, ptr %pb
  %d = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr @model, double %a, double %b)
  %d0 = extractvalue { double, double } %d, 0
  %d1 = extractvalue { double, double } %d, 1
  store double %d0, ptr %g
  %g1 = getelementptr double, ptr %g, i64 1
  store double %d1, ptr %g1
  ret void
}
