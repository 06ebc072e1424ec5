"""enzymec.numba gradients against autograd's (PyPI) on the same functions written for it.

autograd differentiates numpy code by tracing; the numba versions are loops. Agreement to
rounding (rtol 1e-10) at seeded points is a check independent of finite differences."""

from __future__ import annotations

import autograd
import autograd.numpy as anp
import numpy as np
import pytest

import enzymec.numba as en
from numba_functions import (logistic_loss, logsumexp, matvec_loss, rnn, softmax_xent,
                             stencil_energy)


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
