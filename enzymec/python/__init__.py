"""enzymec from Python: build C into a shared library, call it with numpy arrays, and ask for
gradients without writing an autodiff call in C.

    lib = enzymec.load(SOURCE)              # or load(files=[...], flags=[...])
    lib.f(x, 3)                             # numpy arrays passed zero-copy
    df = enzymec.grad(lib.f, argnums=0)     # a C wrapper calling __enzyme_autodiff
    g = df(x, 3)                            # same shape as x
"""

from .errors import ArgumentError, BuildError, Diagnostic
from .gradient import grad, value_and_grad, vjp
from .library import Library, load

__all__ = ["ArgumentError", "BuildError", "Diagnostic", "Library", "grad", "load",
           "value_and_grad", "vjp"]
