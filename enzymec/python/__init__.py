"""enzymec from Python: build C into a shared library, call it with numpy arrays, and ask for
gradients without writing an autodiff call in C.

    lib = enzymec.load(SOURCE)              # or load(files=[...], flags=[...])
    lib.f(x, 3)                             # numpy arrays passed zero-copy
    df = enzymec.grad(lib.f, argnums=0)     # a C wrapper calling __enzyme_autodiff
    g = df(x, 3)                            # same shape as x
    value, tangent = enzymec.jvp(lib.f, (x, 3), (v, None))   # forward mode
    J = enzymec.jacobian(lib.g, argnums=0, output="y")(x, y, 3)
"""

from .errors import ArgumentError, BuildError, Diagnostic
from .forward import jvp
from .gradient import grad, value_and_grad, vjp
from .jacobian import jacfwd, jacobian, jacrev
from .library import Library, load

__all__ = ["ArgumentError", "BuildError", "Diagnostic", "Library", "grad", "jacfwd",
           "jacobian", "jacrev", "jvp", "load", "value_and_grad", "vjp"]
