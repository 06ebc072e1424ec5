! gradcheck: n=4 lo=0.1 hi=2
! Intrinsics on an array: exp, sin, sqrt, sum, dot_product, elemental expressions.
function intrinsics(x) result(y) bind(C, name="intrinsics")
  use iso_c_binding
  real(c_double), intent(in) :: x(4)
  real(c_double) :: y
  y = sum(exp(-x) * sin(x)) + sqrt(dot_product(x, x)) + product(x(2:3)) + cos(x(4))**2
end function

function f(x) result(y) bind(C, name="f")
  use iso_c_binding
  real(c_double), intent(in) :: x(4)
  real(c_double) :: y
  interface
    real(c_double) function intrinsics(x) bind(C, name="intrinsics")
      import :: c_double
      real(c_double), intent(in) :: x(4)
    end function
  end interface
  y = intrinsics(x)
end function

subroutine grad(x, g) bind(C, name="grad")
  use iso_c_binding
  use enzyme
  real(c_double), intent(in) :: x(4)
  real(c_double), intent(out) :: g(4)
  real(c_double) :: r
  interface
    real(c_double) function intrinsics(x) bind(C, name="intrinsics")
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
  r = autodiff_dup(c_funloc(intrinsics), enzyme_dup, x, g)
end subroutine
