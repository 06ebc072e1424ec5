; A search loop with a break: one latch, two exits; the trip count is only an upper bound.
; RUN: enzymec-opt %s --print-loops | filecheck %s

define i64 @find(ptr %a, i64 %n, double %x) {
entry:
  br label %for.body

for.body:
  %i = phi i64 [ 0, %entry ], [ %i.next, %for.inc ]
  %p = getelementptr inbounds double, ptr %a, i64 %i
  %v = load double, ptr %p, align 8
  %hit = fcmp oeq double %v, %x
  br i1 %hit, label %found, label %for.inc

for.inc:
  %i.next = add nuw nsw i64 %i, 1
  %more = icmp ult i64 %i.next, %n
  br i1 %more, label %for.body, label %found

found:
  %r = phi i64 [ %i, %for.body ], [ -1, %for.inc ]
  ret i64 %r
}

; CHECK:      loops @find: 1
; CHECK-NEXT:   loop %for.body depth 1
; CHECK-NEXT:     blocks: %for.body %for.inc
; CHECK-NEXT:     latches: %for.inc
; CHECK-NEXT:     exiting: %for.body %for.inc
; CHECK-NEXT:     exits: %found
; CHECK-NEXT:     preheader: %entry
; CHECK-NEXT:     induction: %i start 0 step 1, trip count max(1, %n) (at most, ult, exits at %for.inc)
