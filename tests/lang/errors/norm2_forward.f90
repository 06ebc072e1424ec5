! error: _FortranANorm2_8 @ 11
! The same runtime call in forward mode (fwddiff): a located error too, never a tangent of 0.
module norm_model
  use iso_c_binding
  use enzyme
  implicit none
contains
  function model(x) result(y) bind(C, name="model")
    real(c_double), intent(in) :: x(3)
    real(c_double) :: y
    y = x(2) + norm2(x) * x(1)
  end function

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(3), v(3)
    real(c_double) :: t
    t = fwddiff(c_funloc(model), enzyme_dup, x, v)
  end function
end module
