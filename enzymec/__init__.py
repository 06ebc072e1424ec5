"""enzymec: an automatic-differentiation compiler that synthesizes gradients on LLVM IR.

From Python: `enzymec.load`, `enzymec.grad`, `enzymec.value_and_grad`, `enzymec.vjp`,
`enzymec.jvp`, `enzymec.jacfwd`/`jacrev`/`jacobian` (C code, enzymec/python/) and `enzymec.numba.grad` (numba-compiled functions, enzymec/numba/). They
are imported on first use, so that the `enzymec` command does not pay for cffi and numpy.
"""

__version__ = "0.1.0"

_PYTHON_API = ("load", "grad", "value_and_grad", "vjp", "jvp", "jacfwd", "jacrev", "jacobian",
               "BuildError", "ArgumentError", "Library")


def __getattr__(name):
    if name in _PYTHON_API:
        import enzymec.python
        return getattr(enzymec.python, name)
    raise AttributeError(f"module 'enzymec' has no attribute '{name}'")
