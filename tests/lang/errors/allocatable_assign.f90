! error: cannot differentiate an array assignment flang leaves to its runtime @ 15
! Assigning to an allocatable array is flang's runtime Assign (it may reallocate the left
! side), which has no derivative: a located error naming the construct, with the flag that
! keeps the assignment inline (-fno-realloc-lhs) in its note.
module alloc_model
  use iso_c_binding
  use enzyme
  implicit none
contains
  function model(x) result(y) bind(C, name="model")
    real(c_double), intent(in) :: x(2)
    real(c_double), allocatable :: w(:)
    real(c_double) :: y
    allocate(w(2))
    w = x * x
    y = sum(w)
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(2)
    real(c_double), intent(out) :: g(2)
    g = 0
    call autodiff(c_funloc(model), enzyme_dup, x, g)
  end subroutine
end module
