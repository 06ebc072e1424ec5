"""A C kernel's gradient from Python, notebook style: `python examples/python/c_kernel_gradient.py`.

The kernel is plain C (no autodiff call in it). enzymec builds it (cached on disk: the second
run starts at once), cffi calls it on numpy arrays without copying, and `enzymec.grad` asks
for the derivative: enzymec writes the __enzyme_autodiff call in a small wrapper and
differentiates the C on LLVM IR.
"""

import numpy as np

import enzymec

# %% The kernel: a least-squares loss of a linear model, with an L2 penalty.
KERNEL = r"""
#include <math.h>
double loss(const double *w, const double *X, const double *y, int n, int d, double lam) {
    double total = 0.0;
    for (int i = 0; i < n; i++) {
        double r = -y[i];
        for (int j = 0; j < d; j++)
            r += X[i * d + j] * w[j];
        total += r * r;
    }
    double penalty = 0.0;
    for (int j = 0; j < d; j++)
        penalty += w[j] * w[j];
    return total / n + lam * penalty;
}
"""
lib = enzymec.load(KERNEL, flags=["-O3"], name="loss.c")
print(lib.loss)  # <enzymec C function double loss(const double * w, ...)>

# %% Data, and the loss at a random start.
rng = np.random.default_rng(0)
n, d = 200, 5
X = rng.normal(size=(n, d))
w_true = np.arange(1.0, d + 1)
y = X @ w_true + 0.1 * rng.normal(size=n)
w = np.zeros(d)
print("loss at w=0:", lib.loss(w, X, y, n, d, 1e-3))

# %% The gradient with respect to w (argument 0); lam's derivative too, for show.
dloss = enzymec.grad(lib.loss, argnums=0)
g = dloss(w, X, y, n, d, 1e-3)
h = 1e-6
fd = np.array([(lib.loss(w + h * e, X, y, n, d, 1e-3) - lib.loss(w - h * e, X, y, n, d, 1e-3))
               / (2 * h) for e in np.eye(d)])
print("gradient:", g, "\nmax |gradient - finite differences|:", np.abs(g - fd).max())
dw, dlam = enzymec.grad(lib.loss, argnums=(0, 5))(w, X, y, n, d, 1e-3)
print("d loss / d lam at w=0:", dlam)

# %% Gradient descent.
for step in range(200):
    w -= 0.1 * dloss(w, X, y, n, d, 1e-3)
print("fitted w:", np.round(w, 3), "(true:", w_true, ")")
assert np.allclose(w, w_true, atol=0.05)
