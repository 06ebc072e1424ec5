"""The exception of enzymec.numba for what it cannot differentiate."""

from __future__ import annotations


class NumbaUnsupportedError(TypeError):
    """A numba function, type or construct enzymec.numba does not differentiate; the
    message names it (and, for errors of the AD engine, the instruction)."""


# numba's C helpers that stand for a Python construct: what a message should name instead
_CONSTRUCTS = (("numba_xxgemm", "a matrix product (`@`, np.dot) on BLAS"),
               ("numba_xxgemv", "a matrix-vector product (`@`, np.dot) on BLAS"),
               ("numba_xxdot", "a dot product (`@`, np.dot, np.vdot) on BLAS"),
               ("numba_ez_", "an np.linalg function on LAPACK"),
               ("numba_xx", "an np.linalg or np.dot function on BLAS/LAPACK"))


def construct_note(message: str) -> str:
    """`message` with a note naming the Python construct behind a numba helper it mentions
    ('numba_xxgemv' is `A @ x`), and what to write instead."""
    for prefix, construct in _CONSTRUCTS:
        if f"'{prefix}" in message:
            return (f"{message}\nnote: that is {construct}, an external library enzymec "
                    f"cannot see into: write the product or solve as loops over the arrays")
    return message
