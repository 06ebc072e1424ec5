; Activity: x (a float argument) is active; the integer counter and the comparison are
; not; the value loaded through the dup pointer is active; a printf of an active value
; stays inactive (printing is not differentiated).
; RUN: enzymec-opt %s --print-activity | filecheck %s

@fmt = private constant [4 x i8] c"%g\0A\00"

define double @f(double %x, ptr %p, i32 %n) {
  %y = fmul double %x, %x
  %k = add i32 %n, 1
  %c = icmp sgt i32 %k, 3
  %v = load double, ptr %p, align 8
  %printed = call i32 (ptr, ...) @printf(ptr @fmt, double %y)
  %z = fadd double %y, %v
  ret double %z
}

declare i32 @printf(ptr, ...)

; CHECK-LABEL: activity @f:
; CHECK-NEXT: %x: active
; CHECK-NEXT: %p: shadowed
; CHECK-NEXT: %n: inactive
; CHECK-NEXT: %y: active
; CHECK-NEXT: %k: inactive
; CHECK-NEXT: %c: inactive
; CHECK-NEXT: %v: active
; CHECK-NEXT: %printed: inactive
; CHECK-NEXT: %z: active
