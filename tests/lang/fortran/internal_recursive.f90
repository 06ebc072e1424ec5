! gradcheck: n=3 lo=0.2 hi=2 jvp
! Internal (contained) functions and a recursive function; integer powers and log.
module recursive_model
  use iso_c_binding
  use enzyme
  implicit none
contains
  function model(x) result(r) bind(C, name="model")
    real(c_double), intent(in) :: x(3)
    real(c_double) :: r
    r = helper(x(1), x(2)) + powrec(x(3), 5) * log(x(2))
  contains
    real(c_double) function helper(a, b)
      real(c_double), intent(in) :: a, b
      helper = exp(a) * b**3 + a / b
    end function
    recursive real(c_double) function powrec(a, k) result(p)
      real(c_double), intent(in) :: a
      integer, intent(in) :: k
      if (k == 0) then
        p = 1
      else
        p = a * powrec(a, k - 1)
      end if
    end function
  end function

  function f(x) result(y) bind(C, name="f")
    real(c_double), intent(in) :: x(3)
    real(c_double) :: y
    y = model(x)
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(3)
    real(c_double), intent(out) :: g(3)
    g = 0
    call autodiff(c_funloc(model), enzyme_dup, x, g)
  end subroutine

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(3), v(3)
    real(c_double) :: t
    t = fwddiff(c_funloc(model), enzyme_dup, x, v)
  end function
end module
