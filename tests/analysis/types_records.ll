; An array of { i32, double, ptr } records read through a variable index and field
; indices: the facts hold per record offset (stride 24), not for every byte.
; RUN: enzymec-opt %s --print-types | filecheck %s

%rec = type { i32, double, ptr }

define double @records(ptr %a, i64 %i) {
  %n.ptr = getelementptr inbounds %rec, ptr %a, i64 %i, i32 0
  %n = load i32, ptr %n.ptr, align 4
  %w.ptr = getelementptr inbounds %rec, ptr %a, i64 %i, i32 1
  %w = load double, ptr %w.ptr, align 8
  %p.ptr = getelementptr inbounds %rec, ptr %a, i64 %i, i32 2
  %p = load ptr, ptr %p.ptr, align 8
  ret double %w
}

; CHECK-LABEL: types @records:
; CHECK-NEXT: %a: {*24+0:i32, *24+8:double, *24+16:ptr}
; CHECK-NEXT: %n.ptr: {0:i32, 8:double, 16:ptr}
; CHECK-NEXT: %w.ptr: {0:double, 8:ptr, 16:i32}
; CHECK-NEXT: %p.ptr: {0:ptr, 8:i32, 16:double}
