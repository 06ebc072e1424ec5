! gradcheck: n=3 lo=0.2 hi=2
! Internal (contained) functions and a recursive function; integer powers and log.
function model(x) result(r) bind(C, name="model")
  use iso_c_binding
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
  use iso_c_binding
  real(c_double), intent(in) :: x(3)
  real(c_double) :: y
  interface
    real(c_double) function model(x) bind(C, name="model")
      import :: c_double
      real(c_double), intent(in) :: x(3)
    end function
  end interface
  y = model(x)
end function

subroutine grad(x, g) bind(C, name="grad")
  use iso_c_binding
  use enzyme
  real(c_double), intent(in) :: x(3)
  real(c_double), intent(out) :: g(3)
  real(c_double) :: r
  interface
    real(c_double) function model(x) bind(C, name="model")
      import :: c_double
      real(c_double), intent(in) :: x(3)
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
  r = autodiff_dup(c_funloc(model), enzyme_dup, x, g)
end subroutine
