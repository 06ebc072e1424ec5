; An if/else diamond in clang's numbered style: the join is dominated only by the entry
; and is the frontier of both arms; the entry is control dependent on nothing.
; RUN: enzymec-opt %s --print-domtree | filecheck %s

define i32 @diamond(i1 noundef %0, i32 noundef %1) {
  br i1 %0, label %3, label %5

3:
  %4 = add i32 %1, 1
  br label %7

5:
  %6 = mul i32 %1, 2
  br label %7

7:
  %8 = phi i32 [ %4, %3 ], [ %6, %5 ]
  ret i32 %8
}

; CHECK:      domtree @diamond:
; CHECK-NEXT:   [0] %2
; CHECK-NEXT:     [1] %3
; CHECK-NEXT:     [1] %5
; CHECK-NEXT:     [1] %7
; CHECK-NEXT:   frontier %3: %7
; CHECK-NEXT:   frontier %5: %7
; CHECK-NEXT: postdomtree @diamond:
; CHECK-NEXT:   [0] <exit>
; CHECK-NEXT:     [1] %7
; CHECK-NEXT:       [2] %2
; CHECK-NEXT:       [2] %3
; CHECK-NEXT:       [2] %5
; CHECK-NEXT:   frontier %3: %2
; CHECK-NEXT:   frontier %5: %2
