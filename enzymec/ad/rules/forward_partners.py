"""sin and cos computed together in the forward sweep.

The adjoint of `sin(v)` is `dy * cos(v)`, that of `cos(v)` is `-dy * sin(v)`. Computed in the
reverse sweep, the partner is a second transcendental call per element (and, in a loop, `v`
must be taped or reloaded). Computed in the forward sweep right beside the call, the pair of
one argument becomes one `sincos` (LLVM fuses them), barely more than the call alone, and the
reverse reads the partner like any other forward value (taped in a loop: 8 bytes per element,
where the expert's handwritten gradient stores the same local derivative). Only the `llvm.`
intrinsics, which have no side effect (enzymec turns libm calls into them).
"""

from __future__ import annotations

from enzymec.ir import CallInst
from enzymec.ir.builder import IRBuilder

PARTNER = {"sin": "cos", "cos": "sin"}


def add_forward_partners(function, blocks, is_active) -> dict[CallInst, CallInst]:
    """Insert the partner of each active sin/cos intrinsic call with an active argument in
    `blocks` right after it; call -> partner."""
    partners = {}
    for block in blocks:
        for inst in list(block.instructions):
            kind = _kind(inst)
            if kind is None or not is_active(inst) or not is_active(inst.args[0]):
                continue
            b = IRBuilder(function).position_before(inst.next_instruction())
            name = inst.called_function.name.replace(f"llvm.{kind}.", f"llvm.{PARTNER[kind]}.")
            partners[inst] = b.call_named(name, inst.type, [inst.args[0]], PARTNER[kind])
    return partners


def _kind(inst) -> str | None:
    """"sin" or "cos" for a call of that one-argument intrinsic."""
    if not isinstance(inst, CallInst) or inst.called_function is None or inst.arg_count != 1:
        return None
    parts = inst.called_function.name.split(".")
    return parts[1] if len(parts) == 3 and parts[0] == "llvm" and parts[1] in PARTNER else None


def partner_partial(b, partners: dict, call: CallInst, name: str):
    """The partial derivative of the sin/cos `call` from its forward partner (None when it
    has none)."""
    partner = partners.get(call)
    if partner is None:
        return None
    value = b.primal(partner)
    return value if name == "sin" else b.fneg(value)
