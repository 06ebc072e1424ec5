; Integers that only move bits: a double stored through its i64 image, and an i64 copy
; between two pointers, which unifies what they hold.
; RUN: enzymec-opt %s --print-types | filecheck %s

define void @moves(double %x, ptr %dst, ptr %src) {
  %bits = bitcast double %x to i64
  store i64 %bits, ptr %src, align 8
  %word = load i64, ptr %src, align 8
  store i64 %word, ptr %dst, align 8
  ret void
}

; CHECK-LABEL: types @moves:
; CHECK-NEXT: %dst: {0:double}
; CHECK-NEXT: %src: {0:double}
