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


# numba's C containers, whose items live where the AD cannot follow them
_CONTAINERS = (("@numba_list_", "a numba.typed.List"), ("@numba_dict_", "a dict (numba.typed.Dict)"))


def construct_note(message: str, ir_text: str = "") -> str:
    """`message` with a note naming the Python construct behind a numba helper it mentions
    ('numba_xxgemv' is `A @ x`), or behind numba's C containers the function's IR uses
    (`ir_text`), and what to write instead."""
    for prefix, construct in _CONSTRUCTS:
        if f"'{prefix}" in message:
            return (f"{message}\nnote: that is {construct}, an external library enzymec "
                    f"cannot see into: write the product or solve as loops over the arrays")
    used = [construct for prefix, construct in _CONTAINERS if prefix in ir_text]
    if used:
        return (f"{message}\nnote: the function uses {' and '.join(used)}, whose items numba "
                f"keeps in its C runtime, where enzymec cannot follow their derivatives: use "
                f"a Python list ([...], append) or numpy arrays")
    return message
