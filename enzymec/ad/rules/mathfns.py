"""Derivative table of libm functions and LLVM math intrinsics.

Each entry gives the partial derivatives of `r = f(args)` in terms of the (reverse-sweep)
primal arguments and result; the engine multiplies them by the result's adjoint. One name
covers every spelling: `sin`, `sinf`, `sinl` and `llvm.sin.f64` all map to `sin`
(`canonical_name`), like Enzyme's call-pattern lists.
"""

from __future__ import annotations

import math

from enzymec.ir import DOUBLE, I32

from .runtime_calls import runtime_function

# d/dx of f(x), given the builder b, the primal x and the primal result r
UNARY = {
    "sin": lambda b, x, r: b.math("cos", x),
    "cos": lambda b, x, r: b.fneg(b.math("sin", x)),
    "tan": lambda b, x, r: b.fadd(1.0, b.fmul(r, r)),
    "asin": lambda b, x, r: b.fdiv(1.0, b.math("sqrt", b.fsub(1.0, b.fmul(x, x)))),
    "acos": lambda b, x, r: b.fdiv(-1.0, b.math("sqrt", b.fsub(1.0, b.fmul(x, x)))),
    "atan": lambda b, x, r: b.fdiv(1.0, b.fadd(1.0, b.fmul(x, x))),
    "sinh": lambda b, x, r: b.math("cosh", x),
    "cosh": lambda b, x, r: b.math("sinh", x),
    "tanh": lambda b, x, r: b.fsub(1.0, b.fmul(r, r)),
    # 1 / sqrt(x^2 + 1) without squaring x (x^2 overflowed from |x| ~ 1e19 in float: 0)
    "asinh": lambda b, x, r: b.fdiv(1.0, b.math("hypot", x, b.value(1.0, x))),
    # 1 / sqrt((x - 1)(x + 1)): no overflow of x^2, no cancellation near 1
    "acosh": lambda b, x, r: b.fdiv(1.0, b.fmul(b.math("sqrt", b.fsub(x, 1.0)),
                                                b.math("sqrt", b.fadd(x, 1.0)))),
    "atanh": lambda b, x, r: b.fdiv(1.0, b.fsub(1.0, b.fmul(x, x))),
    "exp": lambda b, x, r: r,
    "exp2": lambda b, x, r: b.fmul(r, math.log(2.0)),
    "exp10": lambda b, x, r: b.fmul(r, math.log(10.0)),
    "expm1": lambda b, x, r: b.fadd(r, 1.0),
    "log": lambda b, x, r: b.fdiv(1.0, x),
    "log2": lambda b, x, r: b.fdiv(1.0, b.fmul(x, math.log(2.0))),
    "log10": lambda b, x, r: b.fdiv(1.0, b.fmul(x, math.log(10.0))),
    "log1p": lambda b, x, r: b.fdiv(1.0, b.fadd(x, 1.0)),
    "sqrt": lambda b, x, r: b.fdiv(0.5, r),
    # 1 / (3 r^2) rather than r / (3x): infinite at 0, as sqrt's is (r / 3x was 0/0, NaN)
    "cbrt": lambda b, x, r: b.fdiv(1.0, b.fmul(b.fmul(r, r), 3.0)),
    "fabs": lambda b, x, r: _sign(b, x),
    "erf": lambda b, x, r: b.fmul(2.0 / math.sqrt(math.pi), b.math("exp", b.fneg(b.fmul(x, x)))),
    "erfc": lambda b, x, r: b.fmul(-2.0 / math.sqrt(math.pi), b.math("exp", b.fneg(b.fmul(x, x)))),
    # Gamma'(x) = Gamma(x) digamma(x); libm has no digamma: an IR helper computes it
    "tgamma": lambda b, x, r: b.fmul(r, digamma(b, x)),
    "lgamma": lambda b, x, r: digamma(b, x),
    # x scaled into [1, 2) by a power of two: the derivative is that power, r / x
    "significand": lambda b, x, r: b.fdiv(r, x),
    # __builtin_canonicalize: the same number
    "canonicalize": lambda b, x, r: 1.0,
    # the runtime's digamma (the derivatives above), differentiated again: trigamma (by its
    # own name only: a user's function called digamma keeps its body)
    "__enzymec_digamma": lambda b, x, r: _polygamma(b, x, "trigamma"),
    # Bessel functions: J0' = -J1, J1' = (J0 - J2) / 2, likewise Y
    "j0": lambda b, x, r: b.fneg(b.math("j1", x)),
    "y0": lambda b, x, r: b.fneg(b.math("y1", x)),
    "j1": lambda b, x, r: b.fmul(0.5, b.fsub(b.math("j0", x), _bessel_n(b, "jn", 2, x))),
    "y1": lambda b, x, r: b.fmul(0.5, b.fsub(b.math("y0", x), _bessel_n(b, "yn", 2, x))),
}

# piecewise-constant functions: derivative zero almost everywhere
FLAT = frozenset({"floor", "ceil", "trunc", "round", "rint", "nearbyint", "roundeven",
                  "lround", "llround", "lrint", "llrint", "logb", "ilogb"})
# the FLAT functions with an integer result
INTEGER_RESULT = frozenset({"lround", "llround", "lrint", "llrint", "ilogb"})

# (d/dx, d/dy) of f(x, y): one rule per operand, so an inactive operand costs nothing
BINARY = {
    # d/dy = x^y log x, whose limit is 0 where x^y is 0 (x = 0 with y > 0, or an
    # underflow) although log 0 is -inf: 0 * -inf would be NaN (Enzyme guards it too)
    # d/dx = y x^(y-1), 0 where y = 0 (x^0 is 1 for every x; at x = 0 the product was
    # 0 * inf, NaN)
    "pow": (lambda b, x, y, r: b.select(b.fcmp("oeq", y, 0.0), b.value(0.0, r),
                                        b.fmul(y, b.math("pow", x, b.fsub(y, 1.0)))),
            lambda b, x, y, r: b.select(b.fcmp("oeq", r, 0.0), b.value(0.0, r),
                                        b.fmul(r, b.math("log", x)))),
    "atan2": (lambda b, y, x, r: _over_norm_squared(b, x, x, y),
              lambda b, y, x, r: _over_norm_squared(b, b.fneg(y), x, y)),
    "hypot": (lambda b, x, y, r: b.fdiv(x, r), lambda b, x, y, r: b.fdiv(y, r)),
    # the operand returned gets the derivative: x on ties, and the number beside a NaN
    # (fmin(x, NaN) is x; an ordered x <= y is false there, which gave x none)
    "fmin": (lambda b, x, y, r: _choose(b, _returns_x(b, x, y, "ole"), 1.0, 0.0, x),
             lambda b, x, y, r: _choose(b, _returns_x(b, x, y, "ole"), 0.0, 1.0, x)),
    "fmax": (lambda b, x, y, r: _choose(b, _returns_x(b, x, y, "oge"), 1.0, 0.0, x),
             lambda b, x, y, r: _choose(b, _returns_x(b, x, y, "oge"), 0.0, 1.0, x)),
    # |x| with y's sign bit: -0.0 counts as negative (its sign bit, not y < 0)
    "copysign": (lambda b, x, y, r: b.fmul(_sign(b, x), _sign_bit(b, y)), None),
    "fmod": (lambda b, x, y, r: 1.0, lambda b, x, y, r: b.fneg(b.math("trunc", b.fdiv(x, y)))),
    # remainder(x, y) = x - y * n with n = x/y rounded to nearest, ties to even
    "remainder": (lambda b, x, y, r: 1.0,
                  lambda b, x, y, r: b.fneg(b.math("roundeven", b.fdiv(x, y)))),
    "fdim": (lambda b, x, y, r: _choose(b, b.fcmp("ogt", x, y), 1.0, 0.0, x),
             lambda b, x, y, r: _choose(b, b.fcmp("ogt", x, y), -1.0, 0.0, x)),
    # powi(x, n) with an integer n: only x has a derivative
    "powi": (lambda b, x, n, r: b.fmul(b.cast("sitofp", n, x.type),
                                       b.math("powi", x, b.sub(n, 1))), None),
    # x * 2^n with an integer n: d/dx = 2^n, exact
    "ldexp": (lambda b, x, n, r: _ldexp(b, b.value(1.0, x), n), None),
    "scalbn": (lambda b, x, n, r: _ldexp(b, b.value(1.0, x), n), None),
    "scalbln": (lambda b, x, n, r: _ldexp(b, b.value(1.0, x), n), None),
    # the neighbouring float of x in the direction of y: x plus a jump, as Enzyme's rule
    "nextafter": (lambda b, x, y, r: 1.0, None),
    # Bessel functions of integer order n: (J_{n-1} - J_{n+1}) / 2; the order is inactive
    "jn": (None, lambda b, n, x, r: _bessel_step(b, "jn", n, x)),
    "yn": (None, lambda b, n, x, r: _bessel_step(b, "yn", n, x)),
}

# (d/dx, d/dy, d/dz) of f(x, y, z)
TERNARY = {
    "fma": (lambda b, x, y, z, r: y, lambda b, x, y, z, r: x, lambda b, x, y, z, r: 1.0),
    "fmuladd": (lambda b, x, y, z, r: y, lambda b, x, y, z, r: x, lambda b, x, y, z, r: 1.0),
}

# spellings of the same function
ALIASES = {"maxnum": "fmax", "minnum": "fmin", "maximum": "fmax", "minimum": "fmin",
           "maximumnum": "fmax", "minimumnum": "fmin",
           # C23's names of LLVM's maximum/minimum(num); glibc's gamma is lgamma, drem is
           # remainder
           "fmaximum": "fmax", "fminimum": "fmin", "fmaximum_num": "fmax",
           "fminimum_num": "fmin", "gamma": "lgamma", "drem": "remainder"}


def _over_norm_squared(b, top, x, y):
    """top / (x^2 + y^2), scaled by m = max(|x|, |y|): (top / m) / ((x/m)^2 + (y/m)^2) / m.
    The plain sum of squares overflowed from |x| ~ 1e19 in float (1e154 in double) and
    underflowed below 1e-19, where the quotient itself is an ordinary number."""
    m = b.math("maxnum", b.math("fabs", x), b.math("fabs", y))
    xs, ys = b.fdiv(x, m), b.fdiv(y, m)
    return b.fdiv(b.fdiv(b.fdiv(top, m), b.fadd(b.fmul(xs, xs), b.fmul(ys, ys))), m)


def _choose(b, cond, if_true: float, if_false: float, like):
    """select(cond, if_true, if_false) as constants of the type of `like`."""
    return b.select(cond, b.value(if_true, like), b.value(if_false, like))


def _sign(b, x):
    return _choose(b, b.fcmp("olt", x, 0.0), -1.0, 1.0, x)


def _sign_bit(b, y):
    """-1 where y's sign bit is set (-0.0 too), else 1."""
    return b.math("copysign", b.value(1.0, y), y)


def _returns_x(b, x, y, order: str):
    """fmin/fmax(x, y) is x: x `order` y (ole, oge: x on ties), or y is NaN."""
    return b.binary("or", b.fcmp(order, x, y), b.fcmp("uno", y, y))


def _ldexp(b, x, n):
    """x * 2^n through the intrinsic llvm.ldexp (exact; no errno)."""
    return b.math("ldexp", x, b.value(n, n))


def libm_suffix(ty) -> str:
    """The libm spelling's suffix for a scalar of type `ty`: f for float, l for long double
    (x86_fp80, or fp128 where long double is that), none for double."""
    kind = getattr(ty, "kind", "double")
    return "f" if kind == "float" else "l" if kind in ("x86_fp80", "fp128") else ""


def _bessel_n(b, name: str, n, x):
    """jn/yn(n, x) (jnf/jnl... for float and long double) with an i32 order, a constant or
    a value."""
    x = b.value(x, x)
    order = b.value(n, I32) if isinstance(n, int) else b.value(n, n)
    return b.call_named(name + libm_suffix(x.type), x.type, [order, x], name)


def _bessel_step(b, name: str, n, x):
    n = b.value(n, n)
    lower = _bessel_n(b, name, b.sub(n, 1), x)
    upper = _bessel_n(b, name, b.add(n, 1), x)
    return b.fmul(0.5, b.fsub(lower, upper))


def digamma(b, x):
    """digamma(x) by the runtime's __enzymec_digamma (runtime/enzymec_rt.c), in double
    precision."""
    return _polygamma(b, x, "digamma")


def _polygamma(b, x, which: str):
    """digamma or trigamma of x by the runtime's function, in double precision."""
    x = b.value(x, x)
    if x.type == DOUBLE:
        return b.call(runtime_function(b.function.module, which), [x])
    narrow = x.type.kind in ("float", "half", "bfloat")  # else long double, __float128
    wide = b.cast("fpext" if narrow else "fptrunc", x, DOUBLE)
    result = b.call(runtime_function(b.function.module, which), [wide])
    return b.cast("fptrunc" if narrow else "fpext", result, x.type)


def canonical_name(name: str) -> str | None:
    """`sinf`, `sinl`, `llvm.sin.f64`, `__sin_finite` -> `sin`; None if not a math function."""
    if name.startswith("llvm."):
        name = name.split(".")[1]
    elif name.startswith("__") and name.endswith("_finite"):
        name = name[2:-len("_finite")]
    name = ALIASES.get(name, name)
    if _known(name):
        return name
    if name[-1:] in ("f", "l") and _known(ALIASES.get(name[:-1], name[:-1])):
        return ALIASES.get(name[:-1], name[:-1])
    return None


def _known(name: str) -> bool:
    return name in UNARY or name in BINARY or name in TERNARY or name in FLAT


# functions LLVM has intrinsics for (`llvm.NAME.f64`); the rest are called from libm
INTRINSICS = frozenset("sin cos tan asin acos atan atan2 sinh cosh tanh exp exp2 exp10 log "
                       "log2 log10 sqrt pow powi fabs floor ceil trunc round rint nearbyint "
                       "roundeven copysign fma fmuladd ldexp".split()) | {"maxnum", "minnum"}
