! gradcheck: n=5 lo=-3 hi=3 jvp
! The talk's logsumexp over an explicit-shape array x(n): maxval, exp of an array
! expression, sum, log (flang turns the intrinsics into loops); n a constant by value.
module lse
  use iso_c_binding
  use enzyme
  implicit none
contains
  function logsumexp(x, n) result(r) bind(C, name="logsumexp")
    integer(c_int), value :: n
    real(c_double), intent(in) :: x(n)
    real(c_double) :: r, m
    m = maxval(x)
    r = m + log(sum(exp(x - m)))
  end function

  function f(x) result(y) bind(C, name="f")
    real(c_double), intent(in) :: x(5)
    real(c_double) :: y
    y = logsumexp(x, 5)
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(5)
    real(c_double), intent(out) :: g(5)
    g = 0
    call autodiff(c_funloc(logsumexp), enzyme_dup, x, g, enzyme_const, 5)
  end subroutine

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(5), v(5)
    real(c_double) :: t
    t = fwddiff(c_funloc(logsumexp), enzyme_dup, x, v, enzyme_const, 5)
  end function
end module
