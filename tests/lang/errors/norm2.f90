! error: _FortranANorm2_8 @ 6
! norm2 stays a call into flang's runtime, which has no derivative rule: a located error.
function model(x) result(y) bind(C, name="model")
  use iso_c_binding
  real(c_double), intent(in) :: x(3)
  y = norm2(x) * x(1)
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
