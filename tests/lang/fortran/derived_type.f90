! gradcheck: n=6 lo=-2 hi=2
! A derived type with bind(C): two particles' kinetic plus spring energy through components.
module particles
  use iso_c_binding
  implicit none
  type, bind(C) :: particle
    real(c_double) :: pos, vel, mass
  end type
contains
  function energy(p) result(e) bind(C, name="energy")
    type(particle), intent(in) :: p(2)
    real(c_double) :: e, d
    integer :: i
    e = 0
    do i = 1, 2
      e = e + 0.5d0 * p(i)%mass * p(i)%vel**2
    end do
    d = p(1)%pos - p(2)%pos
    e = e + 3 * d * d
  end function
end module

function f(x) result(y) bind(C, name="f")
  use iso_c_binding
  real(c_double), intent(in) :: x(6)
  real(c_double) :: y
  interface
    real(c_double) function energy(x) bind(C, name="energy")
      import :: c_double
      real(c_double), intent(in) :: x(6)
    end function
  end interface
  y = energy(x)
end function

subroutine grad(x, g) bind(C, name="grad")
  use iso_c_binding
  use enzyme
  real(c_double), intent(in) :: x(6)
  real(c_double), intent(out) :: g(6)
  real(c_double) :: r
  interface
    real(c_double) function energy(x) bind(C, name="energy")
      import :: c_double
      real(c_double), intent(in) :: x(6)
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
  r = autodiff_dup(c_funloc(energy), enzyme_dup, x, g)
end subroutine
