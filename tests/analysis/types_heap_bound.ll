; A copy of run-time length into a heap object of constant size cannot run past it
; (object_size.py): in @bounded the 24-byte node limits the copy to its first 24 bytes, so
; the double the source holds at offset 24 is not unified into the node, while the i64 at
; 16 is. In @unbounded the destination %q is an argument (size unknown) and every fact of
; either side is unified into the other.
; RUN: enzymec-opt %s --print-types | filecheck %s

declare ptr @_Znwm(i64)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

define void @bounded(ptr %src, i64 %n) {
  %node = call ptr @_Znwm(i64 24)
  %far = getelementptr inbounds i8, ptr %src, i64 24
  store double 0.0, ptr %far, align 8
  %mid = getelementptr inbounds i8, ptr %src, i64 16
  store i64 7, ptr %mid, align 8
  store i8 1, ptr %src, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr %node, ptr %src, i64 %n, i1 false)
  ret void
}

; CHECK-LABEL: types @bounded:
; CHECK-NEXT: %src: {0:i8, 16:i64, 24:double}
; CHECK-NEXT: %node: {0:i8, 16:i64}

define void @unbounded(ptr %src, ptr %q, i64 %n) {
  %far = getelementptr inbounds i8, ptr %src, i64 24
  store double 0.0, ptr %far, align 8
  store i8 1, ptr %src, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr %q, ptr %src, i64 %n, i1 false)
  ret void
}

; CHECK-LABEL: types @unbounded:
; CHECK-NEXT: %src: {0:i8, 24:double}
; CHECK-NEXT: %q: {0:i8, 24:double}
