; for (i = 0; i < n; i++) { if (a) continue; if (b) break; } rotated: two latches (the
; continue and the normal path) make the counter non-canonical; the break is a second exit.
; RUN: enzymec-opt %s --print-loops | filecheck %s

define void @two_latches(i32 %n, i1 %a, i1 %b) {
entry:
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %i.next, %cont ], [ %i.next, %latch ]
  %i.next = add nsw i32 %i, 1
  br i1 %a, label %cont, label %body

cont:
  %c1 = icmp slt i32 %i.next, %n
  br i1 %c1, label %loop, label %exit

body:
  br i1 %b, label %exit, label %latch

latch:
  %c2 = icmp slt i32 %i.next, %n
  br i1 %c2, label %loop, label %exit

exit:
  ret void
}

; CHECK:      loops @two_latches: 1
; CHECK-NEXT:   loop %loop depth 1
; CHECK-NEXT:     blocks: %loop %cont %body %latch
; CHECK-NEXT:     latches: %cont %latch
; CHECK-NEXT:     exiting: %cont %body %latch
; CHECK-NEXT:     exits: %exit
; CHECK-NEXT:     preheader: %entry
; CHECK-NOT:      induction
