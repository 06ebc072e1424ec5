; Malformed input is a located error on stderr and exit status 1, never a traceback.
; RUN: not enzymec-opt %s --print-loops 2>&1 | filecheck %s
; CHECK: errors.ll:7:8: error: unsupported instruction 'frobnicate'
; CHECK-NOT: Traceback

define i32 @f(i32 %x) {
  %y = frobnicate i32 %x
  ret i32 %y
}
