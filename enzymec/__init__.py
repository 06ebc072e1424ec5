"""enzymec: an automatic-differentiation compiler that synthesizes gradients on LLVM IR."""

__version__ = "0.1.0"
