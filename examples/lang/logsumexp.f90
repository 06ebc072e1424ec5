! The talk's logsumexp in Fortran, differentiated by enzymec (flang 22 front end):
!   enzymec -O2 examples/lang/logsumexp.f90 -o lse_f && ./lse_f
module kernels
  use iso_c_binding
  implicit none
contains
  ! bind(C): a plain C symbol (c_funloc needs it), x(n) an explicit-shape array
  function logsumexp(x, n) result(r) bind(C)
    integer(c_int), value :: n
    real(c_double), intent(in) :: x(n)
    real(c_double) :: r, m
    m = maxval(x)
    r = m + log(sum(exp(x - m)))
  end function
end module

program main
  use iso_c_binding
  use enzyme            ! enzyme_dup, enzyme_const (enzymec provides the module)
  use kernels
  implicit none
  interface
    ! one interface per signature; the label only has to contain __enzyme_autodiff
    real(c_double) function autodiff_lse(fn, m1, x, dx, m2, n) &
        bind(C, name="__enzyme_autodiff_lse")
      import :: c_double, c_int, c_funptr
      type(c_funptr), value :: fn
      integer(c_int), value :: m1, m2, n
      real(c_double), intent(in) :: x(*)
      real(c_double), intent(inout) :: dx(*)
    end function
  end interface
  real(c_double) :: x(4) = [1d0, 2d0, 3d0, 4d0], dx(4), r
  dx = 0
  r = autodiff_lse(c_funloc(logsumexp), enzyme_dup, x, dx, enzyme_const, 4)
  print '(A, F8.5)', 'logsumexp = ', logsumexp(x, 4)
  print '(A, 4F9.5)', 'gradient  = ', dx   ! softmax(x)
end program
