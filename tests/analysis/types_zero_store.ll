; An integer zero stored says nothing of the memory's type: LLVM turns the memset of one
; double slot into `store i64 0`, and Enzyme takes a zero constant for any type. The slot
; stays a double (it was a conflict of i64 and double, and the copy of the array refused).
; A non-zero integer is an integer.
; RUN: enzymec-opt %s --print-types | filecheck %s

define void @zeroed(ptr %v, ptr %w) {
  %slot = getelementptr inbounds double, ptr %v, i64 3
  store i64 0, ptr %slot, align 8
  store double 1.5, ptr %v, align 8
  %other = getelementptr inbounds double, ptr %v, i64 2
  store double 2.5, ptr %other, align 8
  store i64 0, ptr %w, align 8
  %w1 = getelementptr inbounds i8, ptr %w, i64 8
  store i64 5, ptr %w1, align 8
  ret void
}

; CHECK-LABEL: types @zeroed:
; CHECK-NEXT: %v: {0:double, 16:double}
; CHECK-NEXT: %w: {8:i64}
