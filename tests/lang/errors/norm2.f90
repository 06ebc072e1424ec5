! error: _FortranANorm2_8 @ 11
! norm2 stays a call into flang's runtime, which has no derivative rule: a located error.
module norm_model
  use iso_c_binding
  use enzyme
  implicit none
contains
  function model(x) result(y) bind(C, name="model")
    real(c_double), intent(in) :: x(3)
    real(c_double) :: y
    y = norm2(x) * x(1)
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(3)
    real(c_double), intent(out) :: g(3)
    g = 0
    call autodiff(c_funloc(model), enzyme_dup, x, g)
  end subroutine
end module
