"""The exception of enzymec.numba for what it cannot differentiate."""

from __future__ import annotations


class NumbaUnsupportedError(TypeError):
    """A numba function, type or construct enzymec.numba does not differentiate; the
    message names it (and, for errors of the AD engine, the instruction)."""
