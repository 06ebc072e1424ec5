; An i64 read whose bits become a double both through a sign mask (fabs as `& 0x7fff...`)
; and through a plain bitcast reads a double; one only xor-ed, then bitcast, reads one too;
; one added to as an integer reads an integer.
; RUN: enzymec-opt %s --print-types | filecheck %s

define double @masked(ptr %x) {
  %q = getelementptr inbounds i8, ptr %x, i64 8
  %bits = load i64, ptr %q, align 8
  %abs = and i64 %bits, 9223372036854775807
  %a = bitcast i64 %abs to double
  %b = bitcast i64 %bits to double
  %flip.bits = load i64, ptr %x, align 8
  %neg = xor i64 %flip.bits, -9223372036854775808
  %c = bitcast i64 %neg to double
  %r = getelementptr inbounds i8, ptr %x, i64 16
  %count = load i64, ptr %r, align 8
  %next = add i64 %count, 1
  %s = fadd double %a, %b
  %t = fadd double %s, %c
  ret double %t
}

; CHECK-LABEL: types @masked:
; CHECK-NEXT: %x: {0:double, 8:double, 16:i64}
; CHECK-NEXT: %q: {0:double, 8:i64}
; CHECK-NEXT: %r: {0:i64}
