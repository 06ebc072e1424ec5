! gradcheck: n=5 lo=-3 hi=3
! The talk's logsumexp over an explicit-shape array x(n): maxval, exp of an array
! expression, sum, log (flang turns the intrinsics into loops).
function logsumexp(x, n) result(r) bind(C, name="logsumexp")
  use iso_c_binding
  integer(c_int), value :: n
  real(c_double), intent(in) :: x(n)
  real(c_double) :: r, m
  m = maxval(x)
  r = m + log(sum(exp(x - m)))
end function

function f(x) result(y) bind(C, name="f")
  use iso_c_binding
  real(c_double), intent(in) :: x(5)
  real(c_double) :: y
  interface
    real(c_double) function logsumexp(x, n) bind(C, name="logsumexp")
      import :: c_double, c_int
      integer(c_int), value :: n
      real(c_double), intent(in) :: x(n)
    end function
  end interface
  y = logsumexp(x, 5)
end function

subroutine grad(x, g) bind(C, name="grad")
  use iso_c_binding
  use enzyme
  real(c_double), intent(in) :: x(5)
  real(c_double), intent(out) :: g(5)
  real(c_double) :: r
  interface
    real(c_double) function logsumexp(x, n) bind(C, name="logsumexp")
      import :: c_double, c_int
      integer(c_int), value :: n
      real(c_double), intent(in) :: x(n)
    end function
    real(c_double) function autodiff_lse(fn, m1, x, dx, m2, n) &
        bind(C, name="__enzyme_autodiff_lse")
      import :: c_double, c_int, c_funptr
      type(c_funptr), value :: fn
      integer(c_int), value :: m1, m2, n
      real(c_double), intent(in) :: x(*)
      real(c_double), intent(inout) :: dx(*)
    end function
  end interface
  g = 0
  r = autodiff_lse(c_funloc(logsumexp), enzyme_dup, x, g, enzyme_const, 5)
end subroutine
