! The Fortran versions of the language benchmark's kernels (the C code, written in Fortran).
module bench_kernels
  use iso_c_binding
  use enzyme
  implicit none
contains
  real(c_double) function taylor_log(x, n) bind(C)
    real(c_double), value :: x
    integer(c_long), value :: n
    integer(c_long) :: i
    taylor_log = 0
    do i = 1, n
      taylor_log = taylor_log + x**real(i, c_double) / real(i, c_double)
    end do
  end function

  real(c_double) function logsumexp(x, n) bind(C)
    integer(c_long), value :: n
    real(c_double), intent(in) :: x(n)
    real(c_double) :: a, s
    integer(c_long) :: i
    a = x(1)
    do i = 2, n
      if (x(i) > a) a = x(i)
    end do
    s = 0
    do i = 1, n
      s = s + exp(x(i) - a)
    end do
    logsumexp = log(s) + a
  end function

  real(c_double) function tl_primal(x, n) bind(C)
    real(c_double), value :: x
    integer(c_long), value :: n
    tl_primal = taylor_log(x, n)
  end function

  real(c_double) function tl_grad(x, n) bind(C)
    real(c_double), value :: x
    integer(c_long), value :: n
    tl_grad = autodiff_value(c_funloc(taylor_log), x, enzyme_const, n)
  end function

  real(c_double) function lse_primal(x, n) bind(C)
    integer(c_long), value :: n
    real(c_double), intent(in) :: x(n)
    lse_primal = logsumexp(x, n)
  end function

  subroutine lse_grad(x, dx, n) bind(C)
    integer(c_long), value :: n
    real(c_double), intent(in) :: x(n)
    real(c_double), intent(inout) :: dx(n)
    call autodiff(c_funloc(logsumexp), enzyme_dup, x, dx, enzyme_const, n)
  end subroutine
end module
