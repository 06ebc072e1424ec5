! gradcheck: n=4 lo=-1.5 hi=1.5 jvp
! An assumed-size array x(*) read by a subroutine that writes an explicit-shape result y(n)
! (intent(out)); the loss sums it with weights. Memory carries the derivative.
module stencil_loss
  use iso_c_binding
  use enzyme
  implicit none
contains
  subroutine stencil(x, y, n)
    integer, intent(in) :: n
    real(c_double), intent(in) :: x(*)
    real(c_double), intent(out) :: y(n)
    integer :: i
    do i = 1, n
      y(i) = x(i) * x(mod(i, n) + 1) + sin(x(i))
    end do
  end subroutine

  function loss(x) result(s) bind(C, name="loss")
    real(c_double), intent(in) :: x(4)
    real(c_double) :: s, y(4)
    integer :: i
    call stencil(x, y, 4)
    s = 0
    do i = 1, 4
      s = s + i * y(i)
    end do
  end function

  function f(x) result(y) bind(C, name="f")
    real(c_double), intent(in) :: x(4)
    real(c_double) :: y
    y = loss(x)
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(4)
    real(c_double), intent(out) :: g(4)
    g = 0
    call autodiff(c_funloc(loss), enzyme_dup, x, g)
  end subroutine

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(4), v(4)
    real(c_double) :: t
    t = fwddiff(c_funloc(loss), enzyme_dup, x, v)
  end function
end module
