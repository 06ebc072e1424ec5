! gradcheck: n=3 lo=-2 hi=2 jvp
! if / else if / select case in a do loop, every arm active.
module branchy
  use iso_c_binding
  use enzyme
  implicit none
contains
  function piecewise(x) result(s) bind(C, name="piecewise")
    real(c_double), intent(in) :: x(3)
    real(c_double) :: s, v
    integer :: i
    s = 0
    do i = 1, 3
      v = x(i)
      if (v > 0.5d0) then
        s = s + v * v
      else if (v < -0.5d0) then
        s = s - sin(v)
      else
        s = s + 3 * v
      end if
      select case (mod(i, 3))
      case (0)
        s = s * 1.5d0
      case (1)
        s = s + v * s * 0.25d0
      case default
        s = s - v
      end select
    end do
  end function

  function f(x) result(y) bind(C, name="f")
    real(c_double), intent(in) :: x(3)
    real(c_double) :: y
    y = piecewise(x)
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(3)
    real(c_double), intent(out) :: g(3)
    g = 0
    call autodiff(c_funloc(piecewise), enzyme_dup, x, g)
  end subroutine

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(3), v(3)
    real(c_double) :: t
    t = fwddiff(c_funloc(piecewise), enzyme_dup, x, v)
  end function
end module
