; Activity through memory: the heap buffer is reached only through a pointer stored in a
; local struct and loaded back (as at -O0), so the allocation that needs a shadow is found
; by following the pointer through the struct (origins.py). %tag's malloc, stored in the
; other field, receives no active data but gets a shadow all the same: it is kept in
; shadowed memory, and whoever loads it back (a callee given %v) takes it for a shadowed
; pointer and reads through its shadow (tests/c/cxx_pointer_in_object.cpp).
; RUN: enzymec-opt %s --print-activity | filecheck %s

define double @f(double %x) {
  %v = alloca { ptr, ptr }, align 8
  %buf = call ptr @malloc(i64 16)
  %tag = call ptr @malloc(i64 4)
  store ptr %buf, ptr %v, align 8
  %tag.field = getelementptr inbounds { ptr, ptr }, ptr %v, i32 0, i32 1
  store ptr %tag, ptr %tag.field, align 8
  %data = load ptr, ptr %v, align 8
  %y = fmul double %x, %x
  store double %y, ptr %data, align 8
  %again = load ptr, ptr %v, align 8
  %r = load double, ptr %again, align 8
  ret double %r
}

declare ptr @malloc(i64)

; CHECK-LABEL: activity @f:
; CHECK-NEXT: %x: active
; CHECK-NEXT: %v: shadowed
; CHECK-NEXT: %buf: shadowed
; CHECK-NEXT: %tag: shadowed
; CHECK-NEXT: %tag.field: shadowed
; CHECK-NEXT: %data: shadowed
; CHECK-NEXT: %y: active
; CHECK-NEXT: %again: shadowed
; CHECK-NEXT: %r: active
