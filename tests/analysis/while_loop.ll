; while (i < n) i++ with the test in the header: the header runs once more than the body.
; RUN: enzymec-opt %s --print-loops | filecheck %s

define i64 @count(i64 %n) {
entry:
  br label %while.cond

while.cond:
  %i = phi i64 [ 0, %entry ], [ %inc, %while.body ]
  %cmp = icmp slt i64 %i, %n
  br i1 %cmp, label %while.body, label %while.end

while.body:
  %inc = add nsw i64 %i, 1
  br label %while.cond

while.end:
  ret i64 %i
}

; CHECK:      loops @count: 1
; CHECK-NEXT:   loop %while.cond depth 1
; CHECK-NEXT:     blocks: %while.cond %while.body
; CHECK-NEXT:     latches: %while.body
; CHECK-NEXT:     exiting: %while.cond
; CHECK-NEXT:     exits: %while.end
; CHECK-NEXT:     preheader: %entry
; CHECK-NEXT:     induction: %i start 0 step 1, trip count max(0, %n) + 1 (exact, slt, exits at %while.cond)
