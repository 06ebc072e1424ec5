"""Derivatives of C99 complex arithmetic and `<complex.h>`, as functions of real numbers.

clang passes and returns a `double _Complex` as two doubles or a `{double, double}` (a
`float _Complex` as `<2 x float>` on x86-64), and lowers `z * w` / `z / w` to calls of the
compiler runtime's `__muldc3` / `__divdc3` (`__mulsc3` / `__divsc3`). Each rule here sees the
call as a function of its real inputs (re z, im z[, re w, im w]) to its real outputs, and
returns the inputs' adjoints given the outputs' adjoints: no Wirtinger calculus. For a
holomorphic f with derivative f'(z) the real Jacobian is [[p, -q], [q, p]] (f' = p + iq), so
the adjoint of z is conj(f'(z)) times the adjoint of the result, read as complex numbers.

A rule is `vjp(b, xs, ys, dys)`: the primal inputs `xs` and primal outputs `ys` (real parts
first, as lazy values), the outputs' adjoints `dys`; it returns one adjoint per input.
"""

from __future__ import annotations


def cmul(b, z, w):
    (a, c), (d, e) = z, w
    return b.fsub(b.fmul(a, d), b.fmul(c, e)), b.fadd(b.fmul(a, e), b.fmul(c, d))


def conj(b, z):
    return z[0], b.fneg(z[1])


def cdiv(b, z, w):
    """z / w by Smith's scaling, as the compiler runtime's __divdc3 divides: the textbook
    formula's |w|^2 overflows at |w| ~ 1e155 (1e19 in float) and underflows at 1e-155,
    where z / w itself is fine (the derivative of a division by a large w was NaN or 0).
    Both scalings are computed and the one dividing by the larger part taken."""
    (a, c), (d, e) = z, w
    wide = b.fcmp("oge", b.math("fabs", d), b.math("fabs", e))
    # |d| >= |e|: r = e / d, den = d + e r, (a + c r, c - a r) / den
    r1 = b.fdiv(e, d)
    den1 = b.fadd(d, b.fmul(e, r1))
    re1 = b.fdiv(b.fadd(a, b.fmul(c, r1)), den1)
    im1 = b.fdiv(b.fsub(c, b.fmul(a, r1)), den1)
    # |e| > |d|: r = d / e, den = d r + e, (a r + c, c r - a) / den
    r2 = b.fdiv(d, e)
    den2 = b.fadd(b.fmul(d, r2), e)
    re2 = b.fdiv(b.fadd(b.fmul(a, r2), c), den2)
    im2 = b.fdiv(b.fsub(b.fmul(c, r2), a), den2)
    return b.select(wide, re1, re2), b.select(wide, im1, im2)


def _holomorphic(derivative):
    """vjp of a one-argument holomorphic function from its derivative f'(z, f(z))."""
    def vjp(b, xs, ys, dys):
        return list(cmul(b, conj(b, derivative(b, xs, ys)), dys))
    return vjp


def _sin(b, z):
    x, y = z
    return (b.fmul(b.math("sin", x), b.math("cosh", y)),
            b.fmul(b.math("cos", x), b.math("sinh", y)))


def _cos(b, z):
    x, y = z
    return (b.fmul(b.math("cos", x), b.math("cosh", y)),
            b.fneg(b.fmul(b.math("sin", x), b.math("sinh", y))))


def _sinh(b, z):
    x, y = z
    return (b.fmul(b.math("sinh", x), b.math("cos", y)),
            b.fmul(b.math("cosh", x), b.math("sin", y)))


def _cosh(b, z):
    x, y = z
    return (b.fmul(b.math("cosh", x), b.math("cos", y)),
            b.fmul(b.math("sinh", x), b.math("sin", y)))


def _one_plus_square(b, z, sign: float):
    """1 + sign * z^2: tan' = 1 + tan^2, tanh' = 1 - tanh^2."""
    re, im = cmul(b, z, z)
    return b.fadd(1.0, b.fmul(sign, re)), b.fmul(sign, im)


def _log(b, z):
    x, y = z
    return b.math("log", b.math("hypot", x, y)), b.math("atan2", y, x)


def _sqrt(b, z):
    """The principal square root, (sqrt((|z| + x) / 2), sign(y) sqrt((|z| - x) / 2))."""
    x, y = z
    r = b.math("hypot", x, y)
    re = b.math("sqrt", b.fmul(0.5, b.fadd(r, x)))
    im = b.math("sqrt", b.fmul(0.5, b.fsub(r, x)))
    return re, b.math("copysign", im, y)


def _one_plus(b, z, sign: float):
    """1 + sign * z^2."""
    return _one_plus_square(b, z, sign)


def _inverse_sqrt_of(b, w, factor: float = 1.0):
    """factor / sqrt(w): casin' = 1 / sqrt(1 - z^2), casinh' = 1 / sqrt(1 + z^2) with C's
    principal branches."""
    return cdiv(b, (factor, 0.0), _sqrt(b, w))


def _cacosh_derivative(b, z):
    """cacosh' = 1 / (sqrt(z - 1) sqrt(z + 1)), the branches C's cacosh is defined with."""
    x, y = z
    below = _sqrt(b, (b.fsub(x, 1.0), y))
    above = _sqrt(b, (b.fadd(x, 1.0), y))
    return cdiv(b, (1.0, 0.0), cmul(b, below, above))


def _cmul_vjp(b, xs, ys, dys):
    z, w = xs[:2], xs[2:]
    return [*cmul(b, conj(b, w), dys), *cmul(b, conj(b, z), dys)]


def _cdiv_vjp(b, xs, ys, dys):
    """q = z / w: dq/dz = 1 / w, dq/dw = -q / w."""
    w = xs[2:]
    dz = cdiv(b, dys, conj(b, w))
    dw = cmul(b, conj(b, cdiv(b, ys, w)), dys)
    return [*dz, b.fneg(dw[0]), b.fneg(dw[1])]


def _cpow_vjp(b, xs, ys, dys):
    """r = z^w: dr/dz = w r / z, dr/dw = r log z, except at z = 0, where those are 0/0 and
    0 * inf (NaN) though r is 0 for every w with Re w > 0: there dr/dw = 0, and dr/dz =
    w z^(w-1) is 0 for Re w > 1 (|r| shrinks faster than |z|) and 1 for w = 1. For other w,
    z^w is not differentiable at 0 and the NaN stays."""
    z, w = xs[:2], xs[2:]
    at_zero = _both(b, b.fcmp("oeq", z[0], 0.0), b.fcmp("oeq", z[1], 0.0))
    identity = _both(b, b.fcmp("oeq", w[0], 1.0), b.fcmp("oeq", w[1], 0.0))
    flat = b.fcmp("ogt", w[0], 1.0)
    re, im = cdiv(b, cmul(b, w, ys), z)
    re = _where(b, at_zero, _where(b, identity, 1.0, _where(b, flat, 0.0, re)), re)
    im = _where(b, at_zero, _where(b, b.binary("or", identity, flat), 0.0, im), im)
    dz = cmul(b, conj(b, (re, im)), dys)
    vanishes = _both(b, at_zero, b.fcmp("ogt", w[0], 0.0))
    dw = [_where(b, vanishes, 0.0, v) for v in cmul(b, conj(b, cmul(b, ys, _log(b, z))), dys)]
    return [*dz, *dw]


def _both(b, first, second):
    return b.binary("and", first, second)


def _where(b, cond, value, otherwise):
    """`value` (a number or a value) where `cond` holds, else `otherwise`."""
    return b.select(cond, b.value(value, otherwise), otherwise)


def _cabs_vjp(b, xs, ys, dys):
    return [b.fmul(dys[0], b.fdiv(xs[0], ys[0])), b.fmul(dys[0], b.fdiv(xs[1], ys[0]))]


def _carg_vjp(b, xs, ys, dys):
    x, y = xs
    norm = b.fadd(b.fmul(x, x), b.fmul(y, y))
    return [b.fmul(dys[0], b.fdiv(b.fneg(y), norm)), b.fmul(dys[0], b.fdiv(x, norm))]


# name -> (real inputs, real outputs, vjp)
COMPLEX = {
    "__muldc3": (4, 2, _cmul_vjp),
    "__divdc3": (4, 2, _cdiv_vjp),
    "cpow": (4, 2, _cpow_vjp),
    "cabs": (2, 1, _cabs_vjp),
    "carg": (2, 1, _carg_vjp),
    "creal": (2, 1, lambda b, xs, ys, dys: [dys[0], None]),
    "cimag": (2, 1, lambda b, xs, ys, dys: [None, dys[0]]),
    "conj": (2, 2, lambda b, xs, ys, dys: [dys[0], b.fneg(dys[1])]),
    "cexp": (2, 2, _holomorphic(lambda b, xs, ys: ys)),
    "clog": (2, 2, _holomorphic(lambda b, xs, ys: cdiv(b, (1.0, 0.0), xs))),
    "csqrt": (2, 2, _holomorphic(lambda b, xs, ys: cdiv(b, (0.5, 0.0), ys))),
    "csin": (2, 2, _holomorphic(lambda b, xs, ys: _cos(b, xs))),
    "ccos": (2, 2, _holomorphic(lambda b, xs, ys: tuple(b.fneg(v) for v in _sin(b, xs)))),
    "ctan": (2, 2, _holomorphic(lambda b, xs, ys: _one_plus_square(b, ys, 1.0))),
    "csinh": (2, 2, _holomorphic(lambda b, xs, ys: _cosh(b, xs))),
    "ccosh": (2, 2, _holomorphic(lambda b, xs, ys: _sinh(b, xs))),
    "ctanh": (2, 2, _holomorphic(lambda b, xs, ys: _one_plus_square(b, ys, -1.0))),
    "casin": (2, 2, _holomorphic(lambda b, xs, ys: _inverse_sqrt_of(b, _one_plus(b, xs, -1.0)))),
    "cacos": (2, 2, _holomorphic(
        lambda b, xs, ys: _inverse_sqrt_of(b, _one_plus(b, xs, -1.0), -1.0))),
    "catan": (2, 2, _holomorphic(lambda b, xs, ys: cdiv(b, (1.0, 0.0), _one_plus(b, xs, 1.0)))),
    "casinh": (2, 2, _holomorphic(lambda b, xs, ys: _inverse_sqrt_of(b, _one_plus(b, xs, 1.0)))),
    "cacosh": (2, 2, _holomorphic(lambda b, xs, ys: _cacosh_derivative(b, xs))),
    "catanh": (2, 2, _holomorphic(
        lambda b, xs, ys: cdiv(b, (1.0, 0.0), _one_plus(b, xs, -1.0)))),
    # the projection onto the Riemann sphere: the identity for finite z
    "cproj": (2, 2, lambda b, xs, ys, dys: list(dys)),
}

# spellings of the runtime helpers for other precisions
COMPLEX_ALIASES = {"__mulsc3": "__muldc3", "__divsc3": "__divdc3"}
