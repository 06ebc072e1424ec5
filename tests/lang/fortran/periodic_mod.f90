! gradcheck: n=3 lo=0.1 hi=2.9 jvp
! Real MOD and MODULO (a periodic wrap), which flang leaves as calls into its runtime
! (_FortranAModReal8, _FortranAModuloReal8): the gradient's copy computes them as LLVM's
! frem (plus the divisor where MODULO's sign differs), which AD differentiates.
module periodic
  use iso_c_binding
  use enzyme
  implicit none
contains
  function wrapped(x) result(y) bind(C, name="wrapped")
    real(c_double), intent(in) :: x(3)
    real(c_double) :: y
    y = mod(3 * x(1), 1.25d0) * x(2) + modulo(x(2) - 2 * x(3), -0.75d0) ** 2 &
        + mod(x(3) * x(1), x(2) + 0.5d0)
  end function

  function f(x) result(y) bind(C, name="f")
    real(c_double), intent(in) :: x(3)
    real(c_double) :: y
    y = wrapped(x)
  end function

  subroutine grad(x, g) bind(C, name="grad")
    real(c_double), intent(in) :: x(3)
    real(c_double), intent(out) :: g(3)
    g = 0
    call autodiff(c_funloc(wrapped), enzyme_dup, x, g)
  end subroutine

  function jvp(x, v) result(t) bind(C, name="jvp")
    real(c_double), intent(in) :: x(3), v(3)
    real(c_double) :: t
    t = fwddiff(c_funloc(wrapped), enzyme_dup, x, v)
  end function
end module
