; gradcheck: n=1 lo=-0.6 hi=0.6 jvp
; The talk's taylor_log, written by hand: -log(1-x) as sum_{i=1..40} x^i / i.
declare double @__enzyme_autodiff(ptr, ...)
declare double @__enzyme_fwddiff(ptr, ...)

define double @taylor_log(double %x) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 1, %entry ], [ %i.next, %loop ]
  %sum = phi double [ 0.0, %entry ], [ %sum.next, %loop ]
  %xi = phi double [ %x, %entry ], [ %xi.next, %loop ]
  %fi = sitofp i32 %i to double
  %term = fdiv double %xi, %fi
  %sum.next = fadd double %sum, %term
  %xi.next = fmul double %xi, %x
  %i.next = add i32 %i, 1
  %done = icmp sgt i32 %i.next, 40
  br i1 %done, label %exit, label %loop
exit:
  ret double %sum.next
}

define double @f(ptr %x) {
  %x0 = load double, ptr %x
  %r = call double @taylor_log(double %x0)
  ret double %r
}

define void @grad(ptr %x, ptr %g) {
  %x0 = load double, ptr %x
  %d = call double (ptr, ...) @__enzyme_autodiff(ptr @taylor_log, double %x0)
  store double %d, ptr %g
  ret void
}

define double @jvp(ptr %x, ptr %v) {
  %x0 = load double, ptr %x
  %v0 = load double, ptr %v
  %t = call double (ptr, ...) @__enzyme_fwddiff(ptr @taylor_log, double %x0, double %v0)
  ret double %t
}
