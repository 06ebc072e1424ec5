"""Adding one contribution into an adjoint, in the form that optimizes best.

- `adjoint + a * b`, where the product was made for this sum alone (the adjoint rules of
  fmul, fdiv, of math functions: `dy * f'(x)`), becomes one `llvm.fmuladd(a, b, adjoint)`:
  what clang emits for the expert's `d += a * b` under C's default `-ffp-contract=on`, one
  fused multiply-add per element where the target has FMA (`-march=native`), one multiply and
  one add where it has not (LLVM lowers fmuladd either way, as at -O0).
- every adjoint sum carries `reassoc`: the order in which the contributions to an adjoint
  are added is the synthesis's choice, not the program's (the reverse sweep already adds them
  in reverse program order), so LLVM may reorder them too. This lets the loop vectorizer
  split a loop-carried adjoint sum (the adjoint of a loop-invariant value used in every
  iteration, like logsumexp's max) into vector lanes instead of keeping the whole reverse
  loop scalar. Only rounding changes, as with any order of summation. `contract` goes with
  it: LLVM rewrites an fmuladd that may be reassociated as a multiply and an add, which the
  code generator fuses back into one FMA only when both may be contracted.
"""

from __future__ import annotations

from enzymec.ir import Instruction, Value
from enzymec.ir.builder import IRBuilder

from .rule_builder import intrinsic_suffix

SUM_FLAGS = "reassoc contract"


def add_contribution(b: IRBuilder, adjoint: Value, contribution: Value) -> Value:
    """adjoint + contribution, for a float or vector of floats."""
    if _fusable_product(b, contribution):
        x, y = contribution.operands  # the product stays, dead (a rule may return one
        # contribution for several operands: each of them fuses it again)
        fused = b.call_named(f"llvm.fmuladd.{intrinsic_suffix(adjoint.type)}", adjoint.type,
                             [x, y, adjoint], "fused")
        fused.prefix = SUM_FLAGS
        return fused
    return b.binary("fadd", adjoint, contribution, flags=SUM_FLAGS)


def _fusable_product(b: IRBuilder, value: Value) -> bool:
    """An fmul without flags that nothing else uses, made in the block being built (by the
    adjoint rule that produced this contribution)."""
    return (isinstance(value, Instruction) and value.opcode == "fmul" and not value.flags
            and not value.uses and value.block is b.block)
