"""The numba functions tests/python/test_numba.py differentiates, with seeded arguments.

Each entry: name -> (function, argument maker(rng)). Every function returns a float and
takes float scalars, float arrays and integers; the points make every branch count."""

from __future__ import annotations

import math

import numba
import numpy as np


@numba.njit
def poly(x):
    return 3.0 * x ** 3 - 2.0 * x ** 2 + x - 5.0


@numba.njit
def math_mix(x, y):
    return math.sin(x) * math.exp(y) + math.log(1.0 + x * x) - math.cos(x * y)


@numba.njit
def roots_hyp(x):
    return math.sqrt(x * x + 1.0) + math.tanh(x) + math.atan(x) + np.cbrt(x)


@numba.njit
def powers(x, p):
    return x ** p + math.pow(x, 0.5) + x ** 2


@numba.njit
def branchy(x):
    if x > 0.5:
        return x * x
    elif x > -0.5:
        return math.sin(x)
    return -x * x * x


@numba.njit
def sum_squares(x):
    s = 0.0
    for i in range(x.shape[0]):
        s += x[i] * x[i]
    return s


@numba.njit
def dot(x, y):
    s = 0.0
    for i in range(x.shape[0]):
        s += x[i] * y[i]
    return s


@numba.njit
def logsumexp(x):
    m = x[0]
    for i in range(1, x.shape[0]):
        if x[i] > m:
            m = x[i]
    s = 0.0
    for i in range(x.shape[0]):
        s += np.exp(x[i] - m)
    return np.log(s) + m


@numba.njit
def softmax_xent(logits, label):
    m = logits.max()
    z = np.exp(logits - m)
    return -(logits[label] - m - np.log(z.sum()))


@numba.njit
def matvec_loss(a, x, b):
    loss = 0.0
    for i in range(a.shape[0]):
        r = -b[i]
        for j in range(a.shape[1]):
            r += a[i, j] * x[j]
        loss += r * r
    return 0.5 * loss


@numba.njit
def ode_euler(y0, k, steps):
    y = y0
    dt = 0.01
    for _ in range(steps):
        y = y + dt * (-k * y + math.sin(y))
    return y


@numba.njit
def ode_system(state, params, steps):
    """A damped oscillator, time-stepped in a local copy of the state."""
    s = state.copy()
    dt = 0.05
    for _ in range(steps):
        v = s[1]
        a = -params[0] * s[0] - params[1] * s[1]
        s[0] += dt * v
        s[1] += dt * a
    return s[0] * s[0] + s[1]


@numba.njit
def rnn(xs, w, u, h0):
    h = h0
    for t in range(xs.shape[0]):
        h = math.tanh(w * h + u * xs[t])
    return h * h


@numba.njit
def rnn_vector(xs, wmat, h0):
    n = h0.shape[0]
    h = h0.copy()
    new = np.empty(n)
    for t in range(xs.shape[0]):
        for i in range(n):
            acc = xs[t]
            for j in range(n):
                acc += wmat[i, j] * h[j]
            new[i] = math.tanh(acc)
        for i in range(n):
            h[i] = new[i]
    return h.sum()


@numba.njit
def stencil_energy(u):
    e = 0.0
    for i in range(1, u.shape[0] - 1):
        for j in range(1, u.shape[1] - 1):
            lap = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4.0 * u[i, j]
            e += lap * lap
    return e


@numba.njit
def heat_steps(u0, alpha):
    u = u0.copy()
    nxt = np.zeros_like(u)
    for _ in range(5):
        for i in range(1, u.shape[0] - 1):
            nxt[i] = u[i] + alpha * (u[i - 1] - 2.0 * u[i] + u[i + 1])
        for i in range(1, u.shape[0] - 1):
            u[i] = nxt[i]
    return (u * u).sum()


@numba.njit
def sq(x):
    return x * x


@numba.njit
def inner(x, c):
    return math.exp(-sq(x - c))


@numba.njit
def nested(x, c):
    s = 0.0
    for i in range(x.shape[0]):
        s += inner(x[i], c) * sq(x[i])
    return s


@numba.njit
def make_weights(n, scale):
    w = np.empty(n)
    for i in range(n):
        w[i] = scale * (i + 1)
    return w


@numba.njit
def weighted(x, scale):
    w = make_weights(x.shape[0], scale)
    return (w * x * x).sum()


@numba.njit
def zeros_inside(x):
    t = np.zeros(x.shape[0])
    for i in range(x.shape[0]):
        t[i] = math.sin(x[i]) * x[i]
    s = 0.0
    for i in range(x.shape[0]):
        s += t[i] * t[(i + 1) % x.shape[0]]
    return s


@numba.njit
def empty_2d_inside(a):
    g = np.empty((a.shape[1], a.shape[1]))
    for i in range(a.shape[1]):
        for j in range(a.shape[1]):
            acc = 0.0
            for k in range(a.shape[0]):
                acc += a[k, i] * a[k, j]
            g[i, j] = acc
    return (g * g).sum()


@numba.njit
def ufunc_temporaries(x):
    return np.sum(np.exp(-x * x) * np.cos(x)) + np.mean(x ** 2)


@numba.njit
def newton_sqrt(a):
    x = a
    for _ in range(20):
        x = 0.5 * (x + a / x)
    return x


@numba.njit
def loop_break(x, limit):
    s = 0.0
    for i in range(x.shape[0]):
        if s > limit:
            break
        s += x[i] * x[i]
    return s


@numba.njit
def while_loop(x):
    s = x
    n = 0
    while s < 10.0:
        s = s * 1.5 + 0.1
        n += 1
    return s + n


@numba.njit
def min_max_abs(x):
    return abs(x[0]) + max(x[1], x[2]) - min(x[3], x[4] * x[4]) + np.abs(x).sum()


@numba.njit
def horner(c, x):
    r = 0.0
    for i in range(c.shape[0] - 1, -1, -1):
        r = r * x + c[i]
    return r


@numba.njit
def logistic_loss(w, xs, ys):
    loss = 0.0
    for i in range(xs.shape[0]):
        z = 0.0
        for j in range(w.shape[0]):
            z += w[j] * xs[i, j]
        p = 1.0 / (1.0 + math.exp(-z))
        loss -= ys[i] * math.log(p) + (1.0 - ys[i]) * math.log(1.0 - p)
    return loss / xs.shape[0]


@numba.njit
def pairwise_kernel(pts, bw):
    s = 0.0
    for i in range(pts.shape[0]):
        for j in range(i + 1, pts.shape[0]):
            d = 0.0
            for k in range(pts.shape[1]):
                diff = pts[i, k] - pts[j, k]
                d += diff * diff
            s += math.exp(-d / (bw * bw))
    return s


@numba.njit
def cumprod_last(x):
    p = 1.0
    for i in range(x.shape[0]):
        p *= 1.0 + 0.1 * x[i]
    return p


@numba.njit
def slice_view(x):
    head = x[1:]
    return (head * head).sum() + x[0]


@numba.njit
def contiguous_copies(x, A):
    """np.ascontiguousarray of a strided view and of a transpose: numba copies each into a
    new array built from an all-integer struct (null pointers) before its data is set."""
    odd = np.ascontiguousarray(x[1::2])
    B = np.ascontiguousarray(A.T)
    s = np.sum(np.sin(odd) * odd)
    for i in range(B.shape[0]):
        for j in range(B.shape[1]):
            s += B[i, j] * B[i, j] * (i + 1) * (j + 2) * x[j]
    return s


@numba.njit
def float32_sum(x):
    s = np.float32(0.0)
    for i in range(x.shape[0]):
        s += x[i] * x[i] * np.float32(0.5)
    return s


@numba.njit
def float32_scalar(x):
    return np.float32(math.sin(x)) * x


def _vec(rng, n=6, lo=-2.0, hi=2.0):
    return rng.uniform(lo, hi, n)



@numba.njit
def two_temporaries(M):
    # two array temporaries: their reference counts sit beside active data (runtime_ir.py)
    return np.sum(M * M) + np.mean(M ** 3)


@numba.njit
def matrix_reductions(M):
    return np.sqrt(np.sum(M * M)) + np.mean(M ** 3) + M.T[0, 1] + np.prod(M[0])


@numba.njit
def sorted_ends(x):
    t = np.sort(x)
    return t[0] * 2.0 + t[-1] * np.exp(t[1])


@numba.njit
def slice_assign(x):
    # numba copies `x * 2` through a raw NRT_Allocate buffer (the sides might overlap)
    y = np.zeros(x.size + 2)
    y[1:-1] = x * 2.0
    y[0] = x[-1]
    return np.sum(y * y)


@numba.njit
def squared_steps(x):
    return np.sum(np.diff(x) ** 2) + np.sum(np.cumsum(x) ** 2) * 0.1


@numba.njit
def list_append(x):
    """A reflected list grown by append (numba's variable-size block, reallocated as it
    grows) and read back; a list comprehension summed. The list's blocks came from NRT
    functions enzymec could not see into: every read looked like other memory than the
    writes, a zero gradient (numba/runtime_ir.py now gives them bodies)."""
    values = [x[0] * x[1]]
    for i in range(6):
        values.append(values[-1] * x[i % x.size] + math.sin(x[i % 2]))
    return sum(values) + sum([v * v for v in x])

CASES = {
    "poly": (poly, lambda r: [r.uniform(-2, 2)]),
    "math_mix": (math_mix, lambda r: [r.uniform(-1, 1), r.uniform(-1, 1)]),
    "roots_hyp": (roots_hyp, lambda r: [r.uniform(0.3, 2)]),
    "powers": (powers, lambda r: [r.uniform(0.5, 2), r.uniform(1, 3)]),
    "branchy_high": (branchy, lambda r: [r.uniform(0.6, 2)]),
    "branchy_mid": (branchy, lambda r: [r.uniform(-0.4, 0.4)]),
    "branchy_low": (branchy, lambda r: [r.uniform(-2, -0.6)]),
    "sum_squares": (sum_squares, lambda r: [_vec(r)]),
    "list_append": (list_append, lambda r: [r.uniform(-1.2, 1.2, 3)]),
    "dot": (dot, lambda r: [_vec(r), _vec(r)]),
    "logsumexp": (logsumexp, lambda r: [_vec(r, 8)]),
    "softmax_xent": (softmax_xent, lambda r: [_vec(r, 5), 2]),
    "matvec_loss": (matvec_loss, lambda r: [r.uniform(-1, 1, (4, 3)), _vec(r, 3), _vec(r, 4)]),
    "ode_euler": (ode_euler, lambda r: [r.uniform(0.5, 1.5), r.uniform(0.5, 2), 50]),
    "ode_system": (ode_system, lambda r: [_vec(r, 2), r.uniform(0.5, 1.5, 2), 40]),
    "rnn": (rnn, lambda r: [_vec(r, 10, -1, 1), r.uniform(-1, 1), r.uniform(-1, 1), 0.1]),
    "rnn_vector": (rnn_vector, lambda r: [_vec(r, 6, -1, 1), r.uniform(-0.5, 0.5, (3, 3)),
                                          _vec(r, 3, -1, 1)]),
    "stencil_energy": (stencil_energy, lambda r: [r.uniform(-1, 1, (5, 6))]),
    "heat_steps": (heat_steps, lambda r: [_vec(r, 8), r.uniform(0.1, 0.3)]),
    "nested": (nested, lambda r: [_vec(r, 5), r.uniform(-1, 1)]),
    "helper_allocates": (weighted, lambda r: [_vec(r, 5), r.uniform(0.5, 2)]),
    "zeros_inside": (zeros_inside, lambda r: [_vec(r, 5)]),
    "empty_2d_inside": (empty_2d_inside, lambda r: [r.uniform(-1, 1, (4, 3))]),
    "ufunc_temporaries": (ufunc_temporaries, lambda r: [_vec(r, 5)]),
    "newton_sqrt": (newton_sqrt, lambda r: [r.uniform(0.5, 4)]),
    "loop_break": (loop_break, lambda r: [r.uniform(0.5, 1, 8), 2.0]),
    "while_loop": (while_loop, lambda r: [r.uniform(0.5, 3)]),
    "min_max_abs": (min_max_abs, lambda r: [np.array([-1.3, 0.4, 0.9, 0.7, 0.6])
                                            + r.uniform(-0.05, 0.05, 5)]),
    "horner": (horner, lambda r: [_vec(r, 5), r.uniform(-1.5, 1.5)]),
    "logistic_loss": (logistic_loss, lambda r: [_vec(r, 3, -1, 1), r.uniform(-1, 1, (6, 3)),
                                                (r.uniform(0, 1, 6) > 0.5).astype(np.float64)]),
    "pairwise_kernel": (pairwise_kernel, lambda r: [r.uniform(-1, 1, (5, 2)), r.uniform(0.5, 1.5)]),
    "cumprod_last": (cumprod_last, lambda r: [_vec(r, 7)]),
    "slice_view": (slice_view, lambda r: [_vec(r, 5)]),
    "contiguous_copies": (contiguous_copies, lambda r: [_vec(r, 7), r.uniform(-1, 1, (2, 3))]),
    "float32_sum": (float32_sum, lambda r: [_vec(r, 5).astype(np.float32)]),
    "float32_scalar": (float32_scalar, lambda r: [np.float32(r.uniform(-2, 2))]),
    "two_temporaries": (two_temporaries, lambda r: [r.uniform(0.1, 1.1, (3, 3))]),
    "matrix_reductions": (matrix_reductions, lambda r: [r.uniform(0.1, 1.1, (3, 3))]),
    "slice_assign": (slice_assign, lambda r: [_vec(r, 5)]),
    "squared_steps": (squared_steps, lambda r: [_vec(r, 6)]),
    "sorted_ends": (sorted_ends, lambda r: [r.permutation(np.linspace(0.2, 1.4, 6))
                                            + r.uniform(-0.02, 0.02, 6)]),
}
