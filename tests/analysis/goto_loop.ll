; top: if (x > 100) goto done; x = 2*x + k; if (x & 1) goto top; x++; goto top;
; A loop written with gotos is still reducible: one header, two latches, no counter.
; RUN: enzymec-opt %s --print-loops --print-domtree | filecheck %s

define i32 @goto_loop(i32 %x0, i32 %k) {
entry:
  br label %top

top:
  %x = phi i32 [ %x0, %entry ], [ %y, %odd ], [ %z, %even ]
  %big = icmp sgt i32 %x, 100
  br i1 %big, label %done, label %odd

odd:
  %t = shl i32 %x, 1
  %y = add i32 %t, %k
  %bit = and i32 %y, 1
  %isodd = icmp ne i32 %bit, 0
  br i1 %isodd, label %top, label %even

even:
  %z = add i32 %y, 1
  br label %top

done:
  ret i32 %x
}

; CHECK:      loop %top depth 1
; CHECK-NEXT:   blocks: %top %odd %even
; CHECK-NEXT:   latches: %odd %even
; CHECK-NEXT:   exiting: %top
; CHECK-NEXT:   exits: %done
; CHECK:      domtree @goto_loop:
; CHECK-NEXT:   [0] %entry
; CHECK-NEXT:     [1] %top
; CHECK-NEXT:       [2] %odd
; CHECK-NEXT:         [3] %even
; CHECK-NEXT:       [2] %done
