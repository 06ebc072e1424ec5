! enzyme.f90: enzymec's entry points and activity markers for Fortran (`use enzyme`).
!
! enzymec compiles this module with the flang it uses and puts the module file on flang's
! search path, so `use enzyme` works in every Fortran input it compiles. Nothing in it needs
! linking: the markers are C globals (Enzyme's convention) whose loads the AD pass removes,
! and the entry points are interfaces to calls the AD pass replaces.
!
! The function to differentiate must be bind(C) (c_funloc needs it). Fortran has no
! variadic interfaces, so each signature is one specific interface whose binding label
! *contains* `__enzyme_autodiff` or `__enzyme_fwddiff` (all an entry point's name has to
! do), gathered under three generic names:
!
!   call autodiff(c_funloc(loss), enzyme_dup, x, dx)          ! reverse: dx += d loss/dx
!   call autodiff(c_funloc(lse), enzyme_dup, x, dx, enzyme_const, n)
!   d = autodiff_value(c_funloc(tl), x)                       ! d tl/dx, x a value dummy
!   d = autodiff_value(c_funloc(tl), x, enzyme_const, n)
!   t = fwddiff(c_funloc(loss), enzyme_dup, x, v)             ! forward: d loss/dx . v
!   t = fwddiff(c_funloc(lse), enzyme_dup, x, v, enzyme_const, n)
!   t = fwddiff(c_funloc(tl), x, v)                           ! x, v scalars by value
!   t = fwddiff(c_funloc(tl), x, v, enzyme_const, n)
!
! x and dx are real(c_double) arrays of any rank (assumed-size dummies whose rank flang's
! `ignore_tkr` directive leaves free: a pointer to the first element is passed); n is integer(c_int) or integer(c_long), passed by value, so the
! differentiated function declares it `value` too; a scalar x of the autodiff_value and
! scalar fwddiff forms is `real(c_double), value` in the function. reverse mode adds into
! dx: zero it first. Other signatures: declare an interface of your own whose binding label
! contains the entry point's name (`bind(C, name="__enzyme_autodiff_mine")`).
module enzyme
  use, intrinsic :: iso_c_binding, only: c_int, c_long, c_double, c_funptr
  implicit none
  private
  public :: enzyme_dup, enzyme_dupnoneed, enzyme_const, enzyme_out
  public :: autodiff, autodiff_value, fwddiff

  integer(c_int), bind(C, name="enzyme_dup") :: enzyme_dup
  integer(c_int), bind(C, name="enzyme_dupnoneed") :: enzyme_dupnoneed
  integer(c_int), bind(C, name="enzyme_const") :: enzyme_const
  integer(c_int), bind(C, name="enzyme_out") :: enzyme_out

  ! Reverse mode over arrays: the gradient is added into dx.
  interface autodiff
    subroutine autodiff_dup(fn, m, x, dx) bind(C, name="__enzyme_autodiff_f90_dup")
      import :: c_funptr, c_int, c_double
      type(c_funptr), value :: fn
      integer(c_int), value :: m
      !dir$ ignore_tkr(r) x, dx
      real(c_double), intent(in) :: x(*)
      real(c_double), intent(inout) :: dx(*)
    end subroutine
    subroutine autodiff_dup_n(fn, m, x, dx, mn, n) bind(C, name="__enzyme_autodiff_f90_dup_n")
      import :: c_funptr, c_int, c_double
      type(c_funptr), value :: fn
      integer(c_int), value :: m, mn, n
      !dir$ ignore_tkr(r) x, dx
      real(c_double), intent(in) :: x(*)
      real(c_double), intent(inout) :: dx(*)
    end subroutine
    subroutine autodiff_dup_l(fn, m, x, dx, mn, n) bind(C, name="__enzyme_autodiff_f90_dup_l")
      import :: c_funptr, c_int, c_long, c_double
      type(c_funptr), value :: fn
      integer(c_int), value :: m, mn
      integer(c_long), value :: n
      !dir$ ignore_tkr(r) x, dx
      real(c_double), intent(in) :: x(*)
      real(c_double), intent(inout) :: dx(*)
    end subroutine
  end interface

  ! Reverse mode of a scalar passed by value: its derivative is the result.
  interface autodiff_value
    real(c_double) function autodiff_val(fn, x) bind(C, name="__enzyme_autodiff_f90_val")
      import :: c_funptr, c_double
      type(c_funptr), value :: fn
      real(c_double), value :: x
    end function
    real(c_double) function autodiff_val_n(fn, x, mn, n) &
        bind(C, name="__enzyme_autodiff_f90_val_n")
      import :: c_funptr, c_int, c_double
      type(c_funptr), value :: fn
      real(c_double), value :: x
      integer(c_int), value :: mn, n
    end function
    real(c_double) function autodiff_val_l(fn, x, mn, n) &
        bind(C, name="__enzyme_autodiff_f90_val_l")
      import :: c_funptr, c_int, c_long, c_double
      type(c_funptr), value :: fn
      real(c_double), value :: x
      integer(c_int), value :: mn
      integer(c_long), value :: n
    end function
  end interface

  ! Forward mode: the derivative of the result along the tangent v.
  interface fwddiff
    real(c_double) function fwddiff_dup(fn, m, x, v) bind(C, name="__enzyme_fwddiff_f90_dup")
      import :: c_funptr, c_int, c_double
      type(c_funptr), value :: fn
      integer(c_int), value :: m
      !dir$ ignore_tkr(r) x, v
      real(c_double), intent(in) :: x(*), v(*)
    end function
    real(c_double) function fwddiff_dup_n(fn, m, x, v, mn, n) &
        bind(C, name="__enzyme_fwddiff_f90_dup_n")
      import :: c_funptr, c_int, c_double
      type(c_funptr), value :: fn
      integer(c_int), value :: m, mn, n
      !dir$ ignore_tkr(r) x, v
      real(c_double), intent(in) :: x(*), v(*)
    end function
    real(c_double) function fwddiff_dup_l(fn, m, x, v, mn, n) &
        bind(C, name="__enzyme_fwddiff_f90_dup_l")
      import :: c_funptr, c_int, c_long, c_double
      type(c_funptr), value :: fn
      integer(c_int), value :: m, mn
      integer(c_long), value :: n
      !dir$ ignore_tkr(r) x, v
      real(c_double), intent(in) :: x(*), v(*)
    end function
    real(c_double) function fwddiff_val(fn, x, v) bind(C, name="__enzyme_fwddiff_f90_val")
      import :: c_funptr, c_double
      type(c_funptr), value :: fn
      real(c_double), value :: x, v
    end function
    real(c_double) function fwddiff_val_n(fn, x, v, mn, n) &
        bind(C, name="__enzyme_fwddiff_f90_val_n")
      import :: c_funptr, c_int, c_double
      type(c_funptr), value :: fn
      real(c_double), value :: x, v
      integer(c_int), value :: mn, n
    end function
    real(c_double) function fwddiff_val_l(fn, x, v, mn, n) &
        bind(C, name="__enzyme_fwddiff_f90_val_l")
      import :: c_funptr, c_int, c_long, c_double
      type(c_funptr), value :: fn
      real(c_double), value :: x, v
      integer(c_int), value :: mn
      integer(c_long), value :: n
    end function
  end interface
end module enzyme
