; A switch with a repeated target: successors are unique, in terminator order.
; RUN: enzymec-opt %s --print-cfg --print-domtree | filecheck %s

define i32 @sw(i32 %k) {
entry:
  switch i32 %k, label %other [
    i32 0, label %zero
    i32 1, label %one
    i32 2, label %zero
  ]

zero:
  br label %join
one:
  br label %join

other:
  ret i32 -1

join:
  %r = phi i32 [ 10, %zero ], [ 11, %one ]
  ret i32 %r
}

; CHECK:      cfg @sw:
; CHECK-NEXT:   %entry: succs %other %zero %one; preds -
; CHECK-NEXT:   %zero: succs %join; preds %entry
; CHECK-NEXT:   %one: succs %join; preds %entry
; CHECK-NEXT:   %other: succs -; preds %entry
; CHECK-NEXT:   %join: succs -; preds %zero %one
; CHECK-NEXT:   rpo: %entry %one %zero %join %other
; CHECK-NEXT:   exits: %other %join
; CHECK-NEXT:   unreachable: -
; CHECK:      domtree @sw:
; CHECK-NEXT:   [0] %entry
; CHECK-NEXT:     [1] %zero
; CHECK-NEXT:     [1] %one
; CHECK-NEXT:     [1] %other
; CHECK-NEXT:     [1] %join
