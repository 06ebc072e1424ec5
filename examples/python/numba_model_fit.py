"""Fitting an @njit model by gradient descent with `enzymec.numba.grad`, notebook style:
`python examples/python/numba_model_fit.py`.

The model is ordinary numba code (loops, math, a helper @njit function, a scratch array
allocated inside). enzymec differentiates the LLVM IR numba compiles it to; no rewriting
for an AD framework.
"""

import math

import numba
import numpy as np

import enzymec.numba


# %% A damped oscillator, integrated with explicit steps; params = (stiffness, damping).
@numba.njit
def step(x, v, k, c, dt):
    a = -k * x - c * v + 0.2 * math.sin(x)
    return x + dt * v, v + dt * a


@numba.njit
def simulate(params, x0, steps, dt):
    out = np.empty(steps)
    x, v = x0, 0.0
    for t in range(steps):
        x, v = step(x, v, params[0], params[1], dt)
        out[t] = x
    return out


@numba.njit
def loss(params, observed, x0, dt):
    steps = observed.shape[0]
    traj = np.empty(steps)
    x, v = x0, 0.0
    for t in range(steps):
        x, v = step(x, v, params[0], params[1], dt)
        traj[t] = x
    err = 0.0
    for t in range(steps):
        d = traj[t] - observed[t]
        err += d * d
    return err / steps


# %% Synthetic observations from known parameters.
true = np.array([4.0, 0.3])
observed = simulate(true, 1.0, 300, 0.02)
observed += 0.01 * np.random.default_rng(1).normal(size=observed.shape)

# %% The gradient, compiled once for these argument types.
dloss = enzymec.numba.grad(loss, argnums=0)
params = np.array([2.0, 1.0])
print("loss at start:", loss(params, observed, 1.0, 0.02), "gradient:", dloss(params, observed, 1.0, 0.02))

# %% Gradient descent with a simple backtracking step.
lr = 0.5
for it in range(300):
    g = dloss(params, observed, 1.0, 0.02)
    current = loss(params, observed, 1.0, 0.02)
    while loss(params - lr * g, observed, 1.0, 0.02) > current and lr > 1e-8:
        lr *= 0.5
    params = params - lr * g
    lr *= 1.5
print("fitted (stiffness, damping):", np.round(params, 3), "true:", true)
assert np.allclose(params, true, atol=0.05)
