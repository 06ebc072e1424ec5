/* A wrong registered forward derivative (__enzyme_register_derivative_): the tangent of
 * a * b * b should be da * b^2 + 2 a b db, the registered one forgets the factor 2. */
#include <enzyme.h>
#include <stdio.h>

typedef struct { double value, tangent; } dual;
double ab2(double a, double b) { return a * b * b; }
dual ab2_fwd(double a, double da, double b, double db) {
    dual r = {a * b * b, da * b * b + a * b * db};
    return r;
}
void *__enzyme_register_derivative_ab2[2] = {(void *)ab2, (void *)ab2_fwd};

double model(double a, double b) { return ab2(a, b) + a; }

int main(void) {
    double pts[2][2] = {{0.5, 1.5}, {-1.2, 0.8}};
    for (int i = 0; i < 2; i++) {
        double t = __enzyme_fwddiff((void *)model, pts[i][0], 0.25, pts[i][1], 1.0); /* expect: failure */
        printf("%.17g\n", t);
    }
    return 0;
}
