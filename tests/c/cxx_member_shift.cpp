/* gradcheck: n=7 lo=-1 hi=1 */
/* A C++ class with member arrays (FIR filter taps and a delay-line state shifted by a loop)
 * and a method that processes one sample; taps (shadow object) and input samples (dup array)
 * are active. */
#include <enzyme.h>

class FIR {
  public:
    static const int TAPS = 3;
    double taps[TAPS];
    double state[TAPS];
    int count;
    double process(double in) {
        for (int k = TAPS - 1; k > 0; k--) state[k] = state[k - 1];
        state[0] = in;
        double y = 0.0;
        for (int k = 0; k < TAPS; k++) y += taps[k] * state[k];
        count++;
        return y;
    }
};

static double run(FIR *fir, const double *in, int n) {
    double loss = 0.0;
    for (int t = 0; t < n; t++) {
        double y = fir->process(in[t]);
        loss += (y - 0.5) * (y - 0.5);
    }
    return loss;
}

static FIR make(const double *x) { return FIR{{x[0], x[1], x[2]}, {0, 0, 0}, 0}; }

extern "C" {
double f(const double *x) {
    FIR fir = make(x);
    return run(&fir, x + 3, 4);
}
void grad(const double *x, double *g) {
    FIR fir = make(x), dfir{{0, 0, 0}, {0, 0, 0}, 0};
    for (int i = 0; i < 7; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)run, enzyme_dup, &fir, &dfir, enzyme_dup, x + 3, g + 3,
                      enzyme_const, 4);
    for (int k = 0; k < 3; k++) g[k] = dfir.taps[k];
}
void analytic(const double *x, double *g) {
    const double *h = x, *in = x + 3;
    for (int i = 0; i < 7; i++) g[i] = 0.0;
    for (int t = 0; t < 4; t++) {
        double y = 0.0;
        for (int k = 0; k < 3 && k <= t; k++) y += h[k] * in[t - k];
        double dy = 2 * (y - 0.5);
        for (int k = 0; k < 3 && k <= t; k++) {
            g[k] += dy * in[t - k];
            g[3 + t - k] += dy * h[k];
        }
    }
}
}
