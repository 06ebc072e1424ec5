"""enzymec.numba gradients against autograd's (PyPI) on the same functions written for it.

autograd differentiates numpy code by tracing; the numba versions are loops. Agreement to
rounding (rtol 1e-10) at seeded points is a check independent of finite differences.
PAIRS have their own arguments; REFERENCES cover the numba_functions cases (their seeded
arguments, every floating argument): an autograd.numpy version, or the numba function's
own Python (`py_func`) where it is plain arithmetic and indexing, which autograd traces."""

from __future__ import annotations

import subprocess
import sys
import zlib

import autograd
import autograd.numpy as anp
import numpy as np
import pytest

import enzymec.numba as en
import numba_functions as nf
from numba_functions import (CASES, logistic_loss, logsumexp, matvec_loss, rnn, softmax_xent,
                             stencil_energy)
from test_numba import _floating


def ag_logsumexp(x):
    m = anp.max(x)
    return anp.log(anp.sum(anp.exp(x - m))) + m


def ag_softmax_xent(logits, label):
    m = anp.max(logits)
    return -(logits[label] - m - anp.log(anp.sum(anp.exp(logits - m))))


def ag_matvec_loss(a, x, b):
    r = anp.dot(a, x) - b
    return 0.5 * anp.sum(r * r)


def ag_rnn(xs, w, u, h0):
    h = h0
    for t in range(xs.shape[0]):
        h = anp.tanh(w * h + u * xs[t])
    return h * h


def ag_stencil_energy(u):
    lap = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4.0 * u[1:-1, 1:-1]
    return anp.sum(lap * lap)


def ag_logistic_loss(w, xs, ys):
    p = 1.0 / (1.0 + anp.exp(-anp.dot(xs, w)))
    return -anp.mean(ys * anp.log(p) + (1.0 - ys) * anp.log(1.0 - p))


PAIRS = {
    "logsumexp": (logsumexp, ag_logsumexp, lambda r: [r.uniform(-3, 3, 9)], (0,)),
    "softmax_xent": (softmax_xent, ag_softmax_xent, lambda r: [r.uniform(-2, 2, 6), 4], (0,)),
    "matvec_loss": (matvec_loss, ag_matvec_loss,
                    lambda r: [r.uniform(-1, 1, (5, 4)), r.uniform(-1, 1, 4), r.uniform(-1, 1, 5)],
                    (0, 1, 2)),
    "rnn": (rnn, ag_rnn, lambda r: [r.uniform(-1, 1, 12), r.uniform(-1, 1), r.uniform(-1, 1), 0.2],
            (0, 1, 2, 3)),
    "stencil_energy": (stencil_energy, ag_stencil_energy, lambda r: [r.uniform(-1, 1, (6, 7))], (0,)),
    "logistic_loss": (logistic_loss, ag_logistic_loss,
                      lambda r: [r.uniform(-1, 1, 3), r.uniform(-1, 1, (8, 3)),
                                 (r.uniform(0, 1, 8) > 0.5).astype(float)], (0, 1)),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_matches_autograd(name):
    fn, reference, make, nums = PAIRS[name]
    args = make(np.random.default_rng(len(name)))
    assert fn(*args) == pytest.approx(float(reference(*args)), rel=1e-12)
    ours = en.grad(fn, argnums=nums)(*args)
    theirs = autograd.grad(reference, argnum=nums)(*args)
    for a, b in zip(ours, theirs):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-13)


def ag_math_mix(x, y):
    return anp.sin(x) * anp.exp(y) + anp.log(1.0 + x * x) - anp.cos(x * y)


def ag_roots_hyp(x):  # autograd has no cbrt derivative: x ** (1/3) with x's sign
    return anp.sqrt(x * x + 1.0) + anp.tanh(x) + anp.arctan(x) + anp.sign(x) * anp.abs(x) ** (1.0 / 3.0)


def ag_powers(x, p):
    return x ** p + x ** 0.5 + x ** 2


def ag_branchy(x):
    if x > 0.5:
        return x * x
    if x > -0.5:
        return anp.sin(x)
    return -x * x * x


def ag_ode_euler(y0, k, steps):
    y = y0
    for _ in range(steps):
        y = y + 0.01 * (-k * y + anp.sin(y))
    return y


def ag_ode_system(state, params, steps):
    s0, s1 = state[0], state[1]
    for _ in range(steps):
        s0, s1 = s0 + 0.05 * s1, s1 + 0.05 * (-params[0] * s0 - params[1] * s1)
    return s0 * s0 + s1


def ag_rnn_vector(xs, wmat, h0):
    h = h0
    for t in range(xs.shape[0]):
        h = anp.tanh(xs[t] + anp.dot(wmat, h))
    return anp.sum(h)


def ag_heat_steps(u0, alpha):
    u = u0
    for _ in range(5):
        inner = u[1:-1] + alpha * (u[:-2] - 2.0 * u[1:-1] + u[2:])
        u = anp.concatenate([u[:1], inner, u[-1:]])
    return anp.sum(u * u)


def ag_nested(x, c):
    return anp.sum(anp.exp(-(x - c) ** 2) * x * x)


def ag_weighted(x, scale):
    return anp.sum(scale * anp.arange(1, x.shape[0] + 1) * x * x)


def ag_zeros_inside(x):
    t = anp.sin(x) * x
    return anp.sum(t * anp.concatenate([t[1:], t[:1]]))


def ag_empty_2d_inside(a):
    g = anp.dot(a.T, a)
    return anp.sum(g * g)


def ag_ufunc_temporaries(x):
    return anp.sum(anp.exp(-x * x) * anp.cos(x)) + anp.mean(x ** 2)


def ag_min_max_abs(x):
    return abs(x[0]) + max(x[1], x[2]) - min(x[3], x[4] * x[4]) + anp.sum(anp.abs(x))


def ag_pairwise_kernel(pts, bw):
    s = 0.0
    for i in range(pts.shape[0]):
        for j in range(i + 1, pts.shape[0]):
            s = s + anp.exp(-anp.sum((pts[i] - pts[j]) ** 2) / (bw * bw))
    return s


def ag_slice_view(x):
    return anp.sum(x[1:] * x[1:]) + x[0]


def ag_contiguous_copies(x, A):
    odd = x[1::2]
    s = anp.sum(anp.sin(odd) * odd)
    for i in range(A.shape[1]):
        for j in range(A.shape[0]):
            s = s + A[j, i] * A[j, i] * (i + 1) * (j + 2) * x[j]
    return s


def ag_two_temporaries(m):
    return anp.sum(m * m) + anp.mean(m ** 3)


def ag_matrix_reductions(m):
    return anp.sqrt(anp.sum(m * m)) + anp.mean(m ** 3) + m.T[0, 1] + anp.prod(m[0])


def ag_sorted_ends(x):
    t = anp.sort(x)
    return t[0] * 2.0 + t[-1] * anp.exp(t[1])


def ag_slice_assign(x):  # y = [x[-1], 2 x, 0] without numba's in-place writes
    return x[-1] * x[-1] + anp.sum(4.0 * x * x)


def ag_squared_steps(x):
    return anp.sum(anp.diff(x) ** 2) + anp.sum(anp.cumsum(x) ** 2) * 0.1


def ag_list_append(x):
    values = [x[0] * x[1]]
    for i in range(6):
        values.append(values[-1] * x[i % len(x)] + anp.sin(x[i % 2]))
    return sum(values) + sum([v * v for v in x])


# numba_functions case -> its autograd reference (py_func: the numba function's own Python)
REFERENCES = {
    "poly": nf.poly.py_func, "sum_squares": nf.sum_squares.py_func, "dot": nf.dot.py_func,
    "matvec_loss": nf.matvec_loss.py_func, "horner": nf.horner.py_func,
    "cumprod_last": nf.cumprod_last.py_func, "newton_sqrt": nf.newton_sqrt.py_func,
    "while_loop": nf.while_loop.py_func, "loop_break": nf.loop_break.py_func,
    "math_mix": ag_math_mix, "roots_hyp": ag_roots_hyp, "powers": ag_powers,
    "branchy_high": ag_branchy, "branchy_mid": ag_branchy, "branchy_low": ag_branchy,
    "logsumexp": ag_logsumexp, "softmax_xent": ag_softmax_xent, "ode_euler": ag_ode_euler,
    "ode_system": ag_ode_system, "rnn": ag_rnn, "rnn_vector": ag_rnn_vector,
    "stencil_energy": ag_stencil_energy, "heat_steps": ag_heat_steps, "nested": ag_nested,
    "helper_allocates": ag_weighted, "zeros_inside": ag_zeros_inside,
    "empty_2d_inside": ag_empty_2d_inside, "ufunc_temporaries": ag_ufunc_temporaries,
    "min_max_abs": ag_min_max_abs, "logistic_loss": ag_logistic_loss,
    "pairwise_kernel": ag_pairwise_kernel, "slice_view": ag_slice_view,
    "contiguous_copies": ag_contiguous_copies,
    "two_temporaries": ag_two_temporaries, "matrix_reductions": ag_matrix_reductions,
    "sorted_ends": ag_sorted_ends, "slice_assign": ag_slice_assign,
    "squared_steps": ag_squared_steps, "list_append": ag_list_append,
}


@pytest.fixture(scope="module", autouse=True)
def gradients_first():
    """Every case's gradient compiled before any numba function of this module runs at
    numba's own -O3 (the known bug of test_grad_after_the_function_ran); the gradients are
    kept on the dispatchers, per argument types."""
    for name in REFERENCES:
        fn, make = CASES[name]
        for point in range(2):
            args = _args(name, point)
            en.grad(fn, argnums=_floating(args))(*args)


def _args(name: str, point: int) -> list:
    return CASES[name][1](np.random.default_rng(zlib.crc32(f"{name}/autograd/{point}".encode())))


def test_references_cover_the_cases():
    """Every double-precision case has an autograd reference (float32 cases: autograd
    computes in float64, a comparison of rounding rather than of derivatives)."""
    missing = {name for name in CASES if not name.startswith("float32")} - set(REFERENCES)
    assert not missing and len(REFERENCES) >= 30, missing


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_case_matches_autograd(name):
    fn = CASES[name][0]
    for point in range(2):
        args = _args(name, point)
        nums = _floating(args)
        ours = en.grad(fn, argnums=nums)(*args)
        assert float(fn(*args)) == pytest.approx(float(REFERENCES[name](*args)), rel=1e-12)
        theirs = autograd.grad(REFERENCES[name], argnum=nums)(*args)
        for a, b in zip(ours, theirs):
            np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-13)


_RUN_FIRST = """
import numpy as np, numba, enzymec.numba as en
@numba.njit
def f(xs, h0):
    h = h0.copy()
    new = np.empty(h.shape[0])
    for t in range(xs.shape[0]):
        for i in range(h.shape[0]):
            new[i] = np.tanh(xs[t] + h[i] * h[(i + 1) % h.shape[0]])
        for i in range(h.shape[0]):
            h[i] = new[i]
    return h.sum()
@numba.njit
def g(a):
    b = a.copy()
    return (b * b).sum()
xs, h0 = np.linspace(-1, 1, 5), np.array([0.1, -0.2, 0.3])
value = f(xs, h0)
dxs, dh0 = en.grad(f, argnums=(0, 1))(xs, h0)
def fd(i, arg, k, eps=1e-6):
    up = [xs.copy(), h0.copy()]
    down = [xs.copy(), h0.copy()]
    up[i][k] += eps
    down[i][k] -= eps
    return (f(*up) - f(*down)) / (2 * eps)
for i, d in enumerate((dxs, dh0)):
    np.testing.assert_allclose(d, [fd(i, None, k) for k in range(d.size)], rtol=1e-6, atol=1e-9)
assert f(xs, h0) == value  # the user's compiled function still runs, unchanged
a = np.array([1.5, -2.0, 0.25])
assert g(a) == 1.5 ** 2 + 4.0 + 0.25 ** 2  # helpers compiled after the capture still work
np.testing.assert_allclose(en.grad(g)(a), 2 * a, rtol=1e-14)
print("ok")
"""


def test_grad_after_the_function_ran():
    """A user who calls the function before asking for its gradient, in a fresh process:
    numba's helpers (np.empty, copy, sum) were compiled at O3 by that call; the capture
    compiles them again at O0 (enzymec/numba/fresh_helpers.py), and the gradient matches
    central differences; the user's function and helpers work as before afterwards."""
    proc = subprocess.run([sys.executable, "-c", _RUN_FIRST], capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-800:]
    assert proc.stdout.strip() == "ok"
