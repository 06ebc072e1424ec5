! The Fortran kernel of fortran_kernel.c: by-value scalars from C, an explicit-shape array.
function fkernel(x, n, scale) result(r) bind(C, name="fkernel")
  use iso_c_binding
  integer(c_int), value :: n
  real(c_double), value :: scale
  real(c_double), intent(in) :: x(n)
  real(c_double) :: r
  r = scale * log(sum(exp(x))) + dot_product(x(1:n-1), x(2:n)) * sin(x(1))
end function
