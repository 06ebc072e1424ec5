; Blocks no path reaches (dead and its self-loop) are in no tree and no loop, though
; dead still names live as a predecessor; `unreachable` is an exit.
; RUN: enzymec-opt %s --print-cfg --print-domtree --print-loops | filecheck %s

define i32 @f(i1 %c) {
entry:
  br i1 %c, label %live, label %trap

dead:
  br i1 %c, label %dead, label %live

live:
  ret i32 0

trap:
  unreachable
}

; CHECK:      cfg @f:
; CHECK-NEXT:   %entry: succs %live %trap; preds -
; CHECK-NEXT:   %dead: succs %dead %live; preds %dead
; CHECK-NEXT:   %live: succs -; preds %entry %dead
; CHECK-NEXT:   %trap: succs -; preds %entry
; CHECK-NEXT:   rpo: %entry %trap %live
; CHECK-NEXT:   exits: %live %trap
; CHECK-NEXT:   unreachable: %dead
; CHECK:      domtree @f:
; CHECK-NEXT:   [0] %entry
; CHECK-NEXT:     [1] %live
; CHECK-NEXT:     [1] %trap
; CHECK-NEXT: postdomtree @f:
; CHECK-NEXT:   [0] <exit>
; CHECK-NEXT:     [1] %entry
; CHECK-NEXT:     [1] %live
; CHECK-NEXT:     [1] %trap
; CHECK:      loops @f: 0
