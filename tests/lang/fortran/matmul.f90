! gradcheck: n=4 lo=-1.5 hi=1.5
! The matmul intrinsic on a 2x2 matrix and a whole-array assignment, then sum of squares.
function matmul_loss(x) result(s) bind(C, name="matmul_loss")
  use iso_c_binding
  real(c_double), intent(in) :: x(4)
  real(c_double) :: s, a(2, 2), b(2, 2)
  a = reshape(x, [2, 2])
  b = matmul(a, transpose(a)) + a
  s = sum(b * b)
end function

function f(x) result(y) bind(C, name="f")
  use iso_c_binding
  real(c_double), intent(in) :: x(4)
  real(c_double) :: y
  interface
    real(c_double) function matmul_loss(x) bind(C, name="matmul_loss")
      import :: c_double
      real(c_double), intent(in) :: x(4)
    end function
  end interface
  y = matmul_loss(x)
end function

subroutine grad(x, g) bind(C, name="grad")
  use iso_c_binding
  use enzyme
  real(c_double), intent(in) :: x(4)
  real(c_double), intent(out) :: g(4)
  real(c_double) :: r
  interface
    real(c_double) function matmul_loss(x) bind(C, name="matmul_loss")
      import :: c_double
      real(c_double), intent(in) :: x(4)
    end function
    real(c_double) function autodiff_dup(fn, m, x, dx) bind(C, name="__enzyme_autodiff_dup")
      import :: c_double, c_int, c_funptr
      type(c_funptr), value :: fn
      integer(c_int), value :: m
      real(c_double), intent(in) :: x(*)
      real(c_double), intent(inout) :: dx(*)
    end function
  end interface
  g = 0
  r = autodiff_dup(c_funloc(matmul_loss), enzyme_dup, x, g)
end subroutine
