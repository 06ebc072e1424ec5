; gradcheck: n=6 lo=-2 hi=2 jvp
; Nested loops: y = A v for a 2x3 matrix A (the inputs) and a constant v; f = |y|^2.
@enzyme_dup = external global i32
declare double @__enzyme_autodiff(ptr, ...)
declare double @__enzyme_fwddiff(ptr, ...)
@v = private constant [3 x double] [double 1.5, double -0.5, double 2.0]

define double @normsq_matvec(ptr %a) {
entry:
  br label %row
row:
  %i = phi i64 [ 0, %entry ], [ %i.next, %row.end ]
  %acc = phi double [ 0.0, %entry ], [ %acc.next, %row.end ]
  br label %col
col:
  %j = phi i64 [ 0, %row ], [ %j.next, %col ]
  %y = phi double [ 0.0, %row ], [ %y.next, %col ]
  %k = mul i64 %i, 3
  %ij = add i64 %k, %j
  %pa = getelementptr inbounds double, ptr %a, i64 %ij
  %aij = load double, ptr %pa
  %pv = getelementptr inbounds [3 x double], ptr @v, i64 0, i64 %j
  %vj = load double, ptr %pv
  %t = fmul double %aij, %vj
  %y.next = fadd double %y, %t
  %j.next = add i64 %j, 1
  %cj = icmp ult i64 %j.next, 3
  br i1 %cj, label %col, label %row.end
row.end:
  %sq = fmul double %y.next, %y.next
  %acc.next = fadd double %acc, %sq
  %i.next = add i64 %i, 1
  %ci = icmp ult i64 %i.next, 2
  br i1 %ci, label %row, label %exit
exit:
  ret double %acc.next
}

define double @f(ptr %x) {
  %r = call double @normsq_matvec(ptr %x)
  ret double %r
}

define void @grad(ptr %x, ptr %g) {
  call void @llvm.memset.p0.i64(ptr %g, i8 0, i64 48, i1 false)
  %dup = load i32, ptr @enzyme_dup
  call double (ptr, ...) @__enzyme_autodiff(ptr @normsq_matvec, i32 %dup, ptr %x, ptr %g)
  ret void
}
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define double @jvp(ptr %x, ptr %v) {
  %dup = load i32, ptr @enzyme_dup
  %t = call double (ptr, ...) @__enzyme_fwddiff(ptr @normsq_matvec, i32 %dup, ptr %x, ptr %v)
  ret double %t
}
