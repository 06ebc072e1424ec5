! gradcheck: n=4 lo=-1.5 hi=1.5 jvp
! The matmul intrinsic on a 2x2 matrix and a whole-array assignment, then sum of squares.
module matmul_model
  use iso_c_binding
  use enzyme
  implicit none
contains
  function matmul_loss(x) result(s) bind(C, name="matmul_loss")
    real(c_double), intent(in) :: x(4)
    real(c_double) :: s, a(2, 2), b(2, 2)
    a = reshape(x, [2, 2])
    b = matmul(a, transpose(a)) + a
    s = sum(b * b)
  end function

  function f(x) result(y) bind(C, name="f")
    real(c_double), intent(in) :: x(4)
    real(c_double) :: y
    y = matmul_loss(x)
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(4)
    real(c_double), intent(out) :: g(4)
    g = 0
    call autodiff(c_funloc(matmul_loss), enzyme_dup, x, g)
  end subroutine

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(4), v(4)
    real(c_double) :: t
    t = fwddiff(c_funloc(matmul_loss), enzyme_dup, x, v)
  end function
end module
