! The Fortran kernel of fortran_from_c.c: sqrt(sum(w * x**2)), x and w explicit-shape.
function weighted_norm(x, w, n) result(r) bind(C, name="weighted_norm")
  use iso_c_binding
  integer(c_int), value :: n
  real(c_double), intent(in) :: x(n), w(n)
  real(c_double) :: r
  r = sqrt(sum(w * x**2))
end function
