! gradcheck: n=1 lo=-0.6 hi=0.6
! The talk's taylor_log in Fortran: a bind(C) function of a scalar passed by value (active:
! __enzyme_autodiff returns its derivative).
function taylor_log(x) result(s) bind(C, name="taylor_log")
  use iso_c_binding
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
  use iso_c_binding
  real(c_double), intent(in) :: x(1)
  real(c_double) :: y
  interface
    real(c_double) function taylor_log(x) bind(C, name="taylor_log")
      import :: c_double
      real(c_double), value :: x
    end function
  end interface
  y = taylor_log(x(1))
end function

subroutine grad(x, g) bind(C, name="grad")
  use iso_c_binding
  real(c_double), intent(in) :: x(1)
  real(c_double), intent(out) :: g(1)
  interface
    real(c_double) function taylor_log(x) bind(C, name="taylor_log")
      import :: c_double
      real(c_double), value :: x
    end function
    real(c_double) function autodiff_scalar(fn, x) bind(C, name="__enzyme_autodiff_scalar")
      import :: c_double, c_funptr
      type(c_funptr), value :: fn
      real(c_double), value :: x
    end function
  end interface
  g(1) = autodiff_scalar(c_funloc(taylor_log), x(1))
end subroutine
