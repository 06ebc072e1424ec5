! gradcheck: n=1 lo=-0.6 hi=0.6 jvp
! The talk's taylor_log in Fortran: a bind(C) function of a scalar passed by value (active:
! autodiff_value returns its derivative, fwddiff its tangent).
module taylor
  use iso_c_binding
  use enzyme
  implicit none
contains
  function taylor_log(x) result(s) bind(C, name="taylor_log")
    real(c_double), value :: x
    real(c_double) :: s, xi
    integer :: i
    s = 0
    xi = x
    do i = 1, 40
      s = s + xi / i
      xi = xi * x
    end do
  end function

  function f(x) result(y) bind(C, name="f")
    real(c_double), intent(in) :: x(1)
    real(c_double) :: y
    y = taylor_log(x(1))
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(1)
    real(c_double), intent(out) :: g(1)
    g(1) = autodiff_value(c_funloc(taylor_log), x(1))
  end subroutine

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(1), v(1)
    real(c_double) :: t
    t = fwddiff(c_funloc(taylor_log), x(1), v(1))
  end function
end module
