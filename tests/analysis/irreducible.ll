; A cycle entered at two blocks (a <-> b, both reached from entry) has no header that
; dominates it, so it is not a natural loop; an infinite loop still gets a post-dominator.
; RUN: enzymec-opt %s --print-loops --print-domtree | filecheck %s

define void @irr(i1 %c) {
entry:
  br i1 %c, label %a, label %b

a:
  br i1 %c, label %b, label %out

b:
  br label %a

out:
  br label %spin

spin:
  br label %spin
}

; CHECK:      loops @irr: 1
; CHECK-NEXT:   loop %spin depth 1
; CHECK-NEXT:     blocks: %spin
; CHECK-NEXT:     latches: %spin
; CHECK-NEXT:     exiting: -
; CHECK-NEXT:     exits: -
; CHECK-NEXT:     preheader: %out
; CHECK:      postdomtree @irr:
; CHECK-NEXT:   [0] <exit>
; CHECK-NEXT:     [1] %spin
; CHECK-NEXT:       [2] %out
; CHECK-NEXT:         [3] %a
; CHECK-NEXT:           [4] %entry
; CHECK-NEXT:           [4] %b
