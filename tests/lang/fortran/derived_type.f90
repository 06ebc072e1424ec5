! gradcheck: n=6 lo=-2 hi=2 jvp
! A derived type with bind(C): two particles' kinetic plus spring energy through components.
! f, grad and jvp pass the particles as 6 doubles (a bind(C) type is a plain struct).
module particles
  use iso_c_binding
  use enzyme
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

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(6)
    real(c_double), intent(out) :: g(6)
    g = 0
    call autodiff(c_funloc(energy), enzyme_dup, x, g)
  end subroutine

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(6), v(6)
    real(c_double) :: t
    t = fwddiff(c_funloc(energy), enzyme_dup, x, v)
  end function
end module

function f(x) result(y) bind(C, name="f")
  use iso_c_binding
  real(c_double), intent(in) :: x(6)
  real(c_double) :: y
  interface  ! energy's binding label, seen as taking 6 doubles
    real(c_double) function energy6(x) bind(C, name="energy")
      import :: c_double
      real(c_double), intent(in) :: x(6)
    end function
  end interface
  y = energy6(x)
end function
