! gradcheck: n=6 lo=-2 hi=2 jvp
! A 2-D explicit-shape array a(2,3) (column-major) times a constant vector, nested loops;
! the entry points take the 2-D array itself (sequence association).
module matvec_model
  use iso_c_binding
  use enzyme
  implicit none
contains
  function normsq_matvec(a) result(s) bind(C, name="normsq_matvec")
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
    real(c_double), intent(in) :: x(2, 3)
    real(c_double) :: y
    y = normsq_matvec(x)
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(2, 3)
    real(c_double), intent(out) :: g(2, 3)
    g = 0
    call autodiff(c_funloc(normsq_matvec), enzyme_dup, x, g)
  end subroutine

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(2, 3), v(2, 3)
    real(c_double) :: t
    t = fwddiff(c_funloc(normsq_matvec), enzyme_dup, x, v)
  end function
end module
