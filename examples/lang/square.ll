; Raw LLVM IR with an autodiff call, written by hand (any front end's IR goes in this way):
;   enzymec -O2 examples/lang/square.ll -o square_ll && ./square_ll
@fmt = private constant [22 x i8] c"d/dx x*x at 3.0 = %g\0A\00"
declare double @__enzyme_autodiff(ptr, ...)
declare i32 @printf(ptr, ...)

define double @square(double %x) {
  %y = fmul double %x, %x
  ret double %y
}

define i32 @main() {
  %d = call double (ptr, ...) @__enzyme_autodiff(ptr @square, double 3.0)
  call i32 (ptr, ...) @printf(ptr @fmt, double %d)
  ret i32 0
}
