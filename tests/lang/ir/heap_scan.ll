; gradcheck: n=4 lo=-1.5 hi=1.5
; malloc'd scratch: a prefix-product scan written to the heap, then summed, then freed.
@enzyme_dup = external global i32
@enzyme_const = external global i32
declare double @__enzyme_autodiff(ptr, ...)
declare ptr @malloc(i64)
declare void @free(ptr)

define double @scan_sum(ptr %x, i64 %n) {
entry:
  %bytes = shl i64 %n, 3
  %buf = call ptr @malloc(i64 %bytes)
  br label %scan
scan:
  %i = phi i64 [ 0, %entry ], [ %i.next, %scan ]
  %prod = phi double [ 1.0, %entry ], [ %prod.next, %scan ]
  %px = getelementptr inbounds double, ptr %x, i64 %i
  %xi = load double, ptr %px
  %prod.next = fmul double %prod, %xi
  %pb = getelementptr inbounds double, ptr %buf, i64 %i
  store double %prod.next, ptr %pb
  %i.next = add i64 %i, 1
  %c = icmp ult i64 %i.next, %n
  br i1 %c, label %scan, label %sum
sum:
  %j = phi i64 [ 0, %scan ], [ %j.next, %sum ]
  %s = phi double [ 0.0, %scan ], [ %s.next, %sum ]
  %pq = getelementptr inbounds double, ptr %buf, i64 %j
  %q = load double, ptr %pq
  %s.next = fadd double %s, %q
  %j.next = add i64 %j, 1
  %d = icmp ult i64 %j.next, %n
  br i1 %d, label %sum, label %exit
exit:
  call void @free(ptr %buf)
  ret double %s.next
}

define double @f(ptr %x) {
  %r = call double @scan_sum(ptr %x, i64 4)
  ret double %r
}

define void @grad(ptr %x, ptr %g) {
  call void @llvm.memset.p0.i64(ptr %g, i8 0, i64 32, i1 false)
  %dup = load i32, ptr @enzyme_dup
  %const = load i32, ptr @enzyme_const
  call double (ptr, ...) @__enzyme_autodiff(ptr @scan_sum, i32 %dup, ptr %x, ptr %g, i32 %const, i64 4)
  ret void
}
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
