/* Active scalars only: one (returned as a double), two (a struct of two doubles in
 * registers) and three (a struct returned through memory, sret), with an integer constant. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

typedef struct { double da, db; } two;
typedef struct { double da, db, dc; } three;
two __enzyme_autodiff2(void *, ...);
three __enzyme_autodiff3(void *, ...);

double one(double a) { return sin(a) * a + exp(0.5 * a); }
double pair(double a, double b) { return a * a * b + log(1.0 + b * b); }
double triple(double a, int k, double b, double c) { return pow(a, k) * b - c / (1.0 + a * a); }

int main(void) {
    double pts[3] = {0.3, -1.1, 2.5};
    for (int i = 0; i < 3; i++) {
        double a = pts[i], b = pts[(i + 1) % 3], c = pts[(i + 2) % 3];
        double d1 = __enzyme_autodiff((void *)one, a);
        two d2 = __enzyme_autodiff2((void *)pair, a, b);
        three d3 = __enzyme_autodiff3((void *)triple, a, enzyme_const, 3, b, c);
        printf("%.17g %.17g %.17g %.17g %.17g %.17g\n", d1, d2.da, d2.db, d3.da, d3.db, d3.dc);
    }
    return 0;
}
