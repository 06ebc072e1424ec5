! gradcheck: n=4 lo=-1.5 hi=1.5
! An assumed-size array x(*) read by a subroutine that writes an explicit-shape result y(n)
! (intent(out)); the loss sums it with weights. Memory carries the derivative.
subroutine stencil(x, y, n)
  use iso_c_binding
  integer, intent(in) :: n
  real(c_double), intent(in) :: x(*)
  real(c_double), intent(out) :: y(n)
  integer :: i
  do i = 1, n
    y(i) = x(i) * x(mod(i, n) + 1) + sin(x(i))
  end do
end subroutine

function loss(x) result(s) bind(C, name="loss")
  use iso_c_binding
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
  use iso_c_binding
  real(c_double), intent(in) :: x(4)
  real(c_double) :: y
  interface
    real(c_double) function loss(x) bind(C, name="loss")
      import :: c_double
      real(c_double), intent(in) :: x(4)
    end function
  end interface
  y = loss(x)
end function

subroutine grad(x, g) bind(C, name="grad")
  use iso_c_binding
  use enzyme
  real(c_double), intent(in) :: x(4)
  real(c_double), intent(out) :: g(4)
  real(c_double) :: r
  interface
    real(c_double) function loss(x) bind(C, name="loss")
      import :: c_double
      real(c_double), intent(in) :: x(4)
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
  r = autodiff_dup(c_funloc(loss), enzyme_dup, x, g)
end subroutine
