/* gradcheck: n=31 lo=-1 hi=1 */
/* A tiny multilayer perceptron (3 inputs, 4 tanh hidden units, 3 classes) with a stable
 * softmax cross-entropy over a fixed batch of three samples; all 31 weights are active. */
#include <enzyme.h>
#include <math.h>

#define NI 3
#define NH 4
#define NO 3
#define NS 3
static const double XS[NS][NI] = {{0.5, -1.0, 2.0}, {1.5, 0.2, -0.7}, {-0.3, 0.8, 0.1}};
static const int LABEL[NS] = {2, 0, 1};

static void dense(const double *w, const double *b, const double *in, double *out, int nin,
                  int nout) {
    for (int o = 0; o < nout; o++) {
        double z = b[o];
        for (int i = 0; i < nin; i++) z += w[o * nin + i] * in[i];
        out[o] = z;
    }
}

static double cross_entropy(const double *logits, int label) {
    double m = logits[0];
    for (int k = 1; k < NO; k++) m = logits[k] > m ? logits[k] : m;
    double s = 0.0;
    for (int k = 0; k < NO; k++) s += exp(logits[k] - m);
    return log(s) + m - logits[label];
}

double mlp_loss(const double *p) {
    const double *w1 = p, *b1 = p + NI * NH, *w2 = b1 + NH, *b2 = w2 + NH * NO;
    double loss = 0.0;
    for (int s = 0; s < NS; s++) {
        double h[NH], logits[NO];
        dense(w1, b1, XS[s], h, NI, NH);
        for (int j = 0; j < NH; j++) h[j] = tanh(h[j]);
        dense(w2, b2, h, logits, NH, NO);
        loss += cross_entropy(logits, LABEL[s]);
    }
    return loss / NS;
}

double f(const double *x) { return mlp_loss(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 31; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)mlp_loss, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    /* hand-written backpropagation */
    const double *w1 = x, *b1 = x + NI * NH, *w2 = b1 + NH, *b2 = w2 + NH * NO;
    for (int i = 0; i < 31; i++) g[i] = 0.0;
    double *gw1 = g, *gb1 = g + NI * NH, *gw2 = gb1 + NH, *gb2 = gw2 + NH * NO;
    for (int s = 0; s < NS; s++) {
        double h[NH], z[NO], pr[NO], dz[NO], dh[NH], m, sum = 0.0;
        for (int j = 0; j < NH; j++) {
            double a = b1[j];
            for (int i = 0; i < NI; i++) a += w1[j * NI + i] * XS[s][i];
            h[j] = tanh(a);
        }
        for (int k = 0; k < NO; k++) {
            z[k] = b2[k];
            for (int j = 0; j < NH; j++) z[k] += w2[k * NH + j] * h[j];
        }
        m = z[0];
        for (int k = 1; k < NO; k++) m = z[k] > m ? z[k] : m;
        for (int k = 0; k < NO; k++) sum += exp(z[k] - m);
        for (int k = 0; k < NO; k++) {
            pr[k] = exp(z[k] - m) / sum;
            dz[k] = (pr[k] - (k == LABEL[s])) / NS;
            gb2[k] += dz[k];
            for (int j = 0; j < NH; j++) gw2[k * NH + j] += dz[k] * h[j];
        }
        for (int j = 0; j < NH; j++) {
            dh[j] = 0.0;
            for (int k = 0; k < NO; k++) dh[j] += dz[k] * w2[k * NH + j];
            double da = dh[j] * (1 - h[j] * h[j]);
            gb1[j] += da;
            for (int i = 0; i < NI; i++) gw1[j * NI + i] += da * XS[s][i];
        }
    }
}
