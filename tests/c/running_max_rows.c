/* gradcheck: n=12 lo=-2 hi=2
 * point: 1, -1, 0.5, 0.25, -1.5, 1.25, 0.75, -0.5, 0.1, 0.2, 0.3, 1.9
 */
/* The maximum of each row of a 3x4 matrix (a running maximum in an inner loop, with a
 * `long` counter and a row offset in the address), each row's maximum weighted and
 * squared: the index of each row's last taken select is taped once per row. The point
 * has a row whose first element is its maximum (the select never taken). */
#include <enzyme.h>

double rowmax(const double *x, long rows, long cols) {
    double s = 0.0;
    for (long r = 0; r < rows; r++) {
        const double *row = x + r * cols;
        double m = row[0];
        for (long c = 1; c < cols; c++)
            m = row[c] > m ? row[c] : m;
        s += (r + 1.0) * m * m + m * row[1];
    }
    return s;
}

double f(const double *x) { return rowmax(x, 3, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 12; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)rowmax, enzyme_dup, x, g, enzyme_const, 3L, enzyme_const, 4L);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 12; i++) g[i] = 0.0;
    for (int r = 0; r < 3; r++) {
        const double *row = x + r * 4;
        int k = 0;
        for (int c = 1; c < 4; c++)
            if (row[c] > row[k]) k = c;
        double m = row[k];
        g[r * 4 + k] += 2.0 * (r + 1.0) * m + row[1];
        g[r * 4 + 1] += m;
    }
}
