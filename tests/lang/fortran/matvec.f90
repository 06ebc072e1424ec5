! gradcheck: n=6 lo=-2 hi=2
! A 2-D explicit-shape array a(2,3) (column-major) times a constant vector, nested loops.
function normsq_matvec(a) result(s) bind(C, name="normsq_matvec")
  use iso_c_binding
  real(c_double), intent(in) :: a(2, 3)
  real(c_double) :: s, y
  real(c_double), parameter :: v(3) = [1.5d0, -0.5d0, 2.0d0]
  integer :: i, j
  s = 0
  do i = 1, 2
    y = 0
    do j = 1, 3
      y = y + a(i, j) * v(j)
    end do
    s = s + y * y
  end do
end function

function f(x) result(y) bind(C, name="f")
  use iso_c_binding
  real(c_double), intent(in) :: x(6)
  real(c_double) :: y
  interface
    real(c_double) function normsq_matvec(x) bind(C, name="normsq_matvec")
      import :: c_double
      real(c_double), intent(in) :: x(6)
    end function
  end interface
  y = normsq_matvec(x)
end function

subroutine grad(x, g) bind(C, name="grad")
  use iso_c_binding
  use enzyme
  real(c_double), intent(in) :: x(6)
  real(c_double), intent(out) :: g(6)
  real(c_double) :: r
  interface
    real(c_double) function normsq_matvec(x) bind(C, name="normsq_matvec")
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
  r = autodiff_dup(c_funloc(normsq_matvec), enzyme_dup, x, g)
end subroutine
