/* expect-error: turned back into a float */
/* The fast inverse square root: integer arithmetic on the bits of an active float, turned
 * back into a float. Its derivative is not the derivative of any operation enzymec knows. */
#include <enzyme.h>
#include <stdint.h>
#include <string.h>

float rsqrt(float x) {
    uint32_t i;
    memcpy(&i, &x, 4);
    i = 0x5f3759df - (i >> 1);
    float y;
    memcpy(&y, &i, 4); /* ERROR */
    return y * (1.5f - 0.5f * x * y * y);
}

float __enzyme_autodiff_f(void *, float);
float drsqrt(float x) { return __enzyme_autodiff_f((void *)rsqrt, x); }
