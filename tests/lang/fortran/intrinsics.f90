! gradcheck: n=4 lo=0.1 hi=2 jvp
! Intrinsics on an array: exp, sin, sqrt, sum, dot_product, elemental expressions.
module intrinsic_loss
  use iso_c_binding
  use enzyme
  implicit none
contains
  function intrinsics(x) result(y) bind(C, name="intrinsics")
    real(c_double), intent(in) :: x(4)
    real(c_double) :: y
    y = sum(exp(-x) * sin(x)) + sqrt(dot_product(x, x)) + product(x(2:3)) + cos(x(4))**2
  end function

  function f(x) result(y) bind(C, name="f")
    real(c_double), intent(in) :: x(4)
    real(c_double) :: y
    y = intrinsics(x)
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(4)
    real(c_double), intent(out) :: g(4)
    g = 0
    call autodiff(c_funloc(intrinsics), enzyme_dup, x, g)
  end subroutine

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(4), v(4)
    real(c_double) :: t
    t = fwddiff(c_funloc(intrinsics), enzyme_dup, x, v)
  end function
end module
