! enzyme.f90: enzymec's activity markers for Fortran (`use enzyme`).
!
! enzymec compiles this module with the flang it uses and puts the module file on flang's
! search path, so `use enzyme` works in every Fortran input it compiles. The markers are C
! globals (Enzyme's convention): passed by value (a `value` dummy of the interface), their
! load marks the next argument. The AD pass removes every reference: nothing to link.
!
! Fortran has no variadic interfaces, so each call site declares the entry point with the
! signature it uses. Its binding label only has to *contain* `__enzyme_autodiff` (or
! `__enzyme_fwddiff`), so different signatures take different labels:
!
!   interface
!     real(c_double) function autodiff_sq(fn, m, x, dx) bind(C, name="__enzyme_autodiff_sq")
!       import :: c_double, c_int, c_funptr
!       type(c_funptr), value :: fn              ! c_funloc(sq): sq must be bind(C)
!       integer(c_int), value :: m               ! enzyme_dup
!       real(c_double), intent(in) :: x(*)       ! the primal array
!       real(c_double), intent(inout) :: dx(*)   ! its shadow: the gradient is added here
!     end function
!   end interface
!   dx = 0
!   r = autodiff_sq(c_funloc(sq), enzyme_dup, x, dx)
!
! A scalar passed by value (`real(c_double), value :: x` in both sq and the interface) is
! active: the entry point returns its derivative.
module enzyme
  use, intrinsic :: iso_c_binding, only: c_int
  implicit none
  private :: c_int
  integer(c_int), bind(C, name="enzyme_dup") :: enzyme_dup
  integer(c_int), bind(C, name="enzyme_dupnoneed") :: enzyme_dupnoneed
  integer(c_int), bind(C, name="enzyme_const") :: enzyme_const
  integer(c_int), bind(C, name="enzyme_out") :: enzyme_out
end module enzyme
