/* Single precision: float scalars and arrays of floats (the float epsilon sets the step
 * and the tolerance). */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

float mix(const float *w, float t, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) s += w[i] * expf(-t * (float)i) + w[i] * w[i] * 0.5f;
    return s;
}

int main(void) {
    float w[5] = {0.5f, -0.25f, 1.5f, 0.75f, -1.0f}, dw[5] = {0};
    double dt = __enzyme_autodiff((void *)mix, enzyme_dup, w, dw, 0.3f, enzyme_const, 5);
    printf("%.9g\n", dt);
    for (int i = 0; i < 5; i++) printf("%.9g %.9g\n", w[i], dw[i]);
    return 0;
}
