"""C expression templates smooth everywhere on the reals, for random programs (the property
tests and tests/fuzz): each takes C expressions {a} (and {b}) and gives a C expression whose
derivative exists and stays moderate at every real input, so finite differences are a fair
reference wherever the program is evaluated."""

UNARY = [
    "sin({a})", "cos({a})", "atan({a})", "tanh({a})", "erf({a})", "asinh({a})",
    "log(1.0 + {a} * {a})", "log1p({a} * {a})", "log2(1.5 + sin({a}))", "log10(2.0 + cos({a}))",
    "sqrt(1.0 + {a} * {a})", "cbrt(2.0 + sin({a}))", "exp(tanh({a}))", "exp2(sin({a}))",
    "expm1(atan({a}))", "sinh(tanh({a}))", "cosh(atan({a}))", "tan(0.5 * tanh({a}))",
    "asin(0.5 * tanh({a}))", "acos(0.5 * sin({a}))", "erfc(atan({a}))",
    "pow(1.0 + {a} * {a}, 0.7)",
]
BINARY = [
    "({a} + {b})", "({a} - {b})", "({a} * {b})", "({a} / (1.0 + {b} * {b}))",
    "atan2({a}, 2.0 + {b} * {b})", "hypot({a}, 1.0 + {b} * {b})",
    "pow(1.5 + sin({a}), cos({b}))", "fma({a}, {b}, {a})",
]
