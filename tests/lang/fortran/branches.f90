! gradcheck: n=3 lo=-2 hi=2
! if / else if / select case in a do loop, every arm active.
function piecewise(x) result(s) bind(C, name="piecewise")
  use iso_c_binding
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
  use iso_c_binding
  real(c_double), intent(in) :: x(3)
  real(c_double) :: y
  interface
    real(c_double) function piecewise(x) bind(C, name="piecewise")
      import :: c_double
      real(c_double), intent(in) :: x(3)
    end function
  end interface
  y = piecewise(x)
end function

subroutine grad(x, g) bind(C, name="grad")
  use iso_c_binding
  use enzyme
  real(c_double), intent(in) :: x(3)
  real(c_double), intent(out) :: g(3)
  real(c_double) :: r
  interface
    real(c_double) function piecewise(x) bind(C, name="piecewise")
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
  r = autodiff_dup(c_funloc(piecewise), enzyme_dup, x, g)
end subroutine
