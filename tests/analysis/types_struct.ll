; Type analysis: a struct { i32 n; double *data } read through constant GEPs, and the array
; behind `data` read through a variable index, so its every element holds a double.
; RUN: enzymec-opt %s --print-types | filecheck %s

define double @first(ptr %s, i64 %i) {
  %n.ptr = getelementptr inbounds i8, ptr %s, i64 0
  %n = load i32, ptr %n.ptr, align 4
  %data.ptr = getelementptr inbounds i8, ptr %s, i64 8
  %data = load ptr, ptr %data.ptr, align 8
  %elem = getelementptr inbounds double, ptr %data, i64 %i
  %x = load double, ptr %elem, align 8
  ret double %x
}

; CHECK-LABEL: types @first:
; CHECK-NEXT: %s: {0:i32, 8:ptr}
; CHECK-NEXT: %n.ptr: {0:i32, 8:ptr}
; CHECK-NEXT: %data.ptr: {0:ptr}
; CHECK-NEXT: %data: {*:double}
; CHECK-NEXT: %elem: {0:double}
