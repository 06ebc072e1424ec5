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
  use enzyme            ! autodiff, fwddiff and the markers (enzymec provides the module)
  use kernels
  implicit none
  real(c_double) :: x(4) = [1d0, 2d0, 3d0, 4d0], dx(4), v(4) = [1d0, 0d0, 0d0, -1d0]
  dx = 0
  call autodiff(c_funloc(logsumexp), enzyme_dup, x, dx, enzyme_const, 4)
  print '(A, F8.5)', 'logsumexp = ', logsumexp(x, 4)
  print '(A, 4F9.5)', 'gradient  = ', dx   ! softmax(x)
  print '(A, F9.5)', 'd/dv      = ', fwddiff(c_funloc(logsumexp), enzyme_dup, x, v, &
                                             enzyme_const, 4)   ! forward mode: dx . v
end program
