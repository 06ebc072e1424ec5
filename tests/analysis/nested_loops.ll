; Rotated nested loops as clang -O2 leaves them: the inner loop counts down by 2 to 0.
; RUN: enzymec-opt %s --print-loops | filecheck %s

define void @nest(i64 %n, i64 %m) {
entry:
  br label %outer

outer:
  %i = phi i64 [ 0, %entry ], [ %i.next, %outer.latch ]
  br label %inner

inner:
  %j = phi i64 [ %m, %outer ], [ %j.next, %inner ]
  %j.next = add i64 %j, -2
  %more = icmp sgt i64 %j.next, 0
  br i1 %more, label %inner, label %outer.latch
outer.latch:
  %i.next = add nuw i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %outer
exit:
  ret void
}

; CHECK:      loops @nest: 2
; CHECK-NEXT:   loop %outer depth 1
; CHECK-NEXT:     blocks: %outer %inner %outer.latch
; CHECK-NEXT:     latches: %outer.latch
; CHECK-NEXT:     exiting: %outer.latch
; CHECK-NEXT:     exits: %exit
; CHECK-NEXT:     preheader: %entry
; CHECK-NEXT:     induction: %i start 0 step 1, trip count %n (exact, ne, exits at %outer.latch)
; CHECK-NEXT:     loop %inner depth 2
; CHECK-NEXT:       blocks: %inner
; CHECK-NEXT:       latches: %inner
; CHECK-NEXT:       exiting: %inner
; CHECK-NEXT:       exits: %outer.latch
; CHECK-NEXT:       preheader: %outer
; CHECK-NEXT:       induction: %j start %m step -2, trip count max(1, ceil(%m / 2)) (exact, sgt, exits at %inner)
