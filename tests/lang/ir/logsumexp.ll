; gradcheck: n=5 lo=-3 hi=3 jvp
; The talk's logsumexp over an array (max, then sum of exp(x_i - max)): pointer + length.
@enzyme_dup = external global i32
@enzyme_const = external global i32
declare double @__enzyme_autodiff(ptr, ...)
declare double @__enzyme_fwddiff(ptr, ...)
declare double @llvm.exp.f64(double)
declare double @llvm.log.f64(double)
declare double @llvm.maxnum.f64(double, double)

define double @logsumexp(ptr %x, i64 %n) {
entry:
  %x0 = load double, ptr %x
  br label %max
max:
  %i = phi i64 [ 1, %entry ], [ %i.next, %max ]
  %m = phi double [ %x0, %entry ], [ %m.next, %max ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
  %m.next = call double @llvm.maxnum.f64(double %m, double %v)
  %i.next = add i64 %i, 1
  %c = icmp ult i64 %i.next, %n
  br i1 %c, label %max, label %sum
sum:
  %j = phi i64 [ 0, %max ], [ %j.next, %sum ]
  %s = phi double [ 0.0, %max ], [ %s.next, %sum ]
  %q = getelementptr inbounds double, ptr %x, i64 %j
  %w = load double, ptr %q
  %shift = fsub double %w, %m.next
  %e = call double @llvm.exp.f64(double %shift)
  %s.next = fadd double %s, %e
  %j.next = add i64 %j, 1
  %d = icmp ult i64 %j.next, %n
  br i1 %d, label %sum, label %exit
exit:
  %l = call double @llvm.log.f64(double %s.next)
  %r = fadd double %m.next, %l
  ret double %r
}

define double @f(ptr %x) {
  %r = call double @logsumexp(ptr %x, i64 5)
  ret double %r
}

define void @grad(ptr %x, ptr %g) {
  call void @llvm.memset.p0.i64(ptr %g, i8 0, i64 40, i1 false)
  %dup = load i32, ptr @enzyme_dup
  %const = load i32, ptr @enzyme_const
  call double (ptr, ...) @__enzyme_autodiff(ptr @logsumexp, i32 %dup, ptr %x, ptr %g, i32 %const, i64 5)
  ret void
}
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define double @jvp(ptr %x, ptr %v) {
  %dup = load i32, ptr @enzyme_dup
  %const = load i32, ptr @enzyme_const
  %t = call double (ptr, ...) @__enzyme_fwddiff(ptr @logsumexp, i32 %dup, ptr %x, ptr %v, i32 %const, i64 5)
  ret double %t
}
