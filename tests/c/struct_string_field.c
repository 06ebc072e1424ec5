/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* Records mixing an int, doubles and a char array filled by strcpy from a literal: the copy
 * reads constant memory, so its reverse only clears the adjoints of the bytes it wrote,
 * whatever the record's layout (it was refused: "cannot deduce the layout of the memory
 * copied here (found double, i32)"). */
#include <enzyme.h>
#include <math.h>
#include <string.h>

typedef struct {
    int id;
    double w;
    char name[8];
    double z;
} rec;

double f(const double *x) {
    rec a[3];
    for (int i = 0; i < 3; i++) {
        a[i].id = i + 1;
        a[i].w = x[i];
        strcpy(a[i].name, "ab");
        a[i].z = sin(x[(i + 1) % 3]);
    }
    double s = 0.0;
    for (int i = 0; i < 3; i++) s += a[i].w * a[i].z * a[i].id;
    return s;
}

void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)f, enzyme_dup, x, g);
}
