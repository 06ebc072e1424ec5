/* The program of test_call_kind_registration.py: calls of toy_cube, a function no kind of
   enzymec knows, differentiated in reverse, forward and vector modes once the test
   registers a kind for it. */
#include <math.h>
extern int enzyme_width, enzyme_dup, enzyme_out;
double __enzyme_autodiff(void *, ...);
double __enzyme_fwddiff(void *, ...);
typedef struct { double d[2]; } Lanes2;
Lanes2 __enzyme_fwddiff_lanes(void *, ...);
typedef struct { double da[2]; } Adjoints2;
Adjoints2 __enzyme_autodiff_lanes(void *, ...);

/* the toy function: its own body hides the value from enzymec (inline asm), so only a
   registered kind can differentiate calls to it, and only if they stay calls */
__attribute__((noinline)) double toy_cube(double v) {
    __asm__ volatile("" : "+x"(v));
    return v * v * v;
}

double g(double x) { return toy_cube(sin(x)) + x; }
void h(double x, double *w) { w[0] = toy_cube(sin(x)) * x; }
double k(const double *p) { return toy_cube(p[0]) + p[0]; }  /* aliasing: p unwritten */

double value_g(double x) { return g(x); }
double value_h(double x) { double w; h(x, &w); return w; }
double reverse_g(double x) { return __enzyme_autodiff((void *)g, x); }
double forward_g(double x, double dx) { return __enzyme_fwddiff((void *)g, x, dx); }
void vector_forward_g(double x, double *out) {
    Lanes2 r = __enzyme_fwddiff_lanes((void *)g, enzyme_width, 2, x, 1.0, -2.0);
    out[0] = r.d[0];
    out[1] = r.d[1];
}
void vector_reverse_h(double x, double *out) {
    double w, dw[2] = {1.0, 3.0};
    Adjoints2 r = __enzyme_autodiff_lanes((void *)h, enzyme_width, 2, enzyme_out, x,
                                          enzyme_dup, &w, dw, dw + 1);
    out[0] = r.da[0];
    out[1] = r.da[1];
}
