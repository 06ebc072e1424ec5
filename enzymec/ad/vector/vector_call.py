"""Call sites with Enzyme's vector markers (`__enzyme_fwddiff` and `__enzyme_autodiff` with
`enzyme_width, N`).

- `enzyme_width, N` (N a constant, before the first parameter): N tangents at once;
- a scalar parameter is followed by its N tangents, a dup pointer by its N shadows;
- `enzyme_dupv, STRIDE, x, dx` (and `enzyme_dupnoneedv`): one base shadow, lane k's shadow
  is dx + k * STRIDE bytes;
- forward mode returns the N tangents of the result (a struct of N values, or an array in
  a struct: the same bytes), with `enzyme_primal_return` the primal first; reverse mode
  returns, for each active scalar argument in order, its N adjoints (Enzyme's
  `{[N x double], ...}`).
Without `enzyme_width` the call is forward_call.ForwardCall's or reverse_call.ReverseCall's.
"""

from __future__ import annotations

from enzymec.ir import I8, VOID, ConstantInt, Type
from enzymec.ir.builder import IRBuilder

from ..entry.forward_call import ForwardCall
from ..entry.requests import Request
from ..entry.reverse_call import ReverseCall

VECTOR_MARKERS = {"enzyme_dupv": "dup", "enzyme_dupnoneedv": "dupnoneed"}
WIDTH_LIMIT = 64


class VectorSite:
    """The markers and values of vector mode, shared by the modes' call sites (a mixin
    before ForwardCall or ReverseCall)."""

    def __init__(self, call, debug):
        self.width = 1
        self.strided = None        # (kind, stride) of a pending enzyme_dupv
        self.params_taken = 0
        super().__init__(call, debug)

    def mode_marker(self, name: str, queue: list) -> bool:
        if name == "enzyme_width":
            self.take_width(queue)
            return True
        if name in VECTOR_MARKERS:
            self.take_marker(queue)
            if not queue:
                self.error(f"'{name}' needs a byte stride after it")
            self.strided = (VECTOR_MARKERS[name], queue.pop(0))
            return True
        return super().mode_marker(name, queue)

    def take_width(self, queue: list) -> None:
        self.take_marker(queue)
        value = queue.pop(0) if queue else None
        if self.params_taken:
            self.error("'enzyme_width' must come before the first argument of the function")
        if not isinstance(value, ConstantInt) or not 1 <= value.value <= WIDTH_LIMIT:
            self.error("'enzyme_width' needs a constant width from 1 to "
                       f"{WIDTH_LIMIT} after it", "write enzyme_width, 4, ...")
        self.width = value.value

    def take_markers(self, queue: list) -> str | None:
        kind = super().take_markers(queue)
        if self.strided is not None:
            if kind is not None:
                self.error("a parameter has both a vector marker and another activity marker")
            kind = self.strided[0]
        return kind

    def take_values(self, kind: str, param, queue: list) -> list:
        self.params_taken += 1
        strided, self.strided = self.strided, None
        if strided is not None:
            return self.strided_values(kind, param, queue, strided[1])
        if self.width == 1 or kind not in ("dup", "dupnoneed"):
            return super().take_values(kind, param, queue)
        needed = 1 + self.width
        if len(queue) < needed:
            self.error(f"too few arguments in the autodiff call of '{self.function.name}': "
                       f"parameter {param.index + 1} ({param.type}) is {kind} at width "
                       f"{self.width} and needs {needed} values", "pass the value, then one "
                       "tangent (or shadow) per lane; or one base shadow with enzyme_dupv")
        values = [self.coerce(value, param.type) for value in queue[:needed]]
        del queue[:needed]
        self.shadow_pairs += [(param.index, values[0], shadow) for shadow in values[1:]]
        return values

    def strided_values(self, kind: str, param, queue: list, stride) -> list:
        """enzyme_dupv: lane k's shadow is the base shadow plus k * stride bytes."""
        if not param.type.is_pointer:
            self.error(f"'enzyme_dupv' marks parameter {param.index + 1} of "
                       f"'{self.function.name}', which is not a pointer",
                       "a scalar takes its N tangents one after another")
        if len(queue) < 2:
            self.error(f"too few arguments in the autodiff call of '{self.function.name}': "
                       f"enzyme_dupv needs the pointer and its base shadow")
        primal, base = queue.pop(0), queue.pop(0)
        b = IRBuilder(self.call.function).position_before(self.call)
        lanes = [base]
        for k in range(1, self.width):
            offset = b.mul(stride, ConstantInt(stride.type, k)) if k > 1 else stride
            lanes.append(b.gep(I8, base, [offset], "shadow.lane", flags=""))
        self.shadow_pairs += [(param.index, primal, shadow) for shadow in lanes]
        return [primal, *lanes]

    def with_width(self, base: Request) -> Request:
        if self.width == 1:
            return base
        return Request(base.function, base.mode, base.activity, self.result_type,
                       self.width, base.options)

    def replace_lanes(self, derivative) -> None:
        b = IRBuilder(self.call.function).position_before(self.call)
        result = b.call(derivative, self.forwarded, name="lanes"
                        if derivative.return_type != VOID else "")
        if result.type != VOID:
            self.deliver_lanes(b, result)
        self.erase_call()

    def deliver_lanes(self, b: IRBuilder, result) -> None:
        """The struct of results, as the C declaration of the entry point returns it: the
        same bytes, through the sret pointer or reread as the declared type."""
        layout = self.function.module.layout
        declared = self.call.type
        if self.sret is None and declared == result.type:
            return self.call.replace_all_uses_with(result)
        if self.sret is None and not self.call.uses:
            return
        size = layout.size(result.type)
        target_size = size if self.sret is not None else \
            (layout.size(declared) if declared != VOID else 0)
        if target_size != size:
            self.error(f"the {self.call.called_function.name} call returns {declared} "
                       f"({target_size} bytes), but width {self.width} gives {result.type} "
                       f"({size} bytes)", "declare it to return a struct of the N results "
                       "per value (forward: the primal first with enzyme_primal_return)")
        if self.sret is not None:
            b.store(result, self.sret)
            return
        entry = self.call.function.blocks[0]
        memory = IRBuilder(self.call.function).position_before(entry.instructions[0]).alloca(
            result.type, "lanes.memory")
        b.store(result, memory)
        self.call.replace_all_uses_with(b.load(declared, memory, "lanes.declared"))


class VectorForwardCall(VectorSite, ForwardCall):
    """One `__enzyme_fwddiff(...)` call site at any width."""

    def tangent_return_type(self) -> Type:
        if self.width == 1:
            return super().tangent_return_type()
        from .vector_lanes import vector_return_type  # wide requests only (modes.py)
        primal, tangent = self.wants()
        return vector_return_type(self.function.return_type, primal, tangent, self.width)

    def request(self) -> Request:
        return self.with_width(super().request())

    def replace(self, tangent) -> None:
        if self.width == 1:
            return super().replace(tangent)
        self.replace_lanes(tangent)


class VectorReverseCall(VectorSite, ReverseCall):
    """One `__enzyme_autodiff(...)` call site at any width."""

    def gradient_return_type(self) -> Type:
        if self.width == 1:
            return super().gradient_return_type()
        if self.primal_return:
            self.error(f"'enzyme_primal_return' with 'enzyme_width' in reverse mode is not "
                       f"supported (in the autodiff call of '{self.function.name}')",
                       "call the function itself for its value, or use width 1")
        self.refuse_aggregate_result()
        from .vector_reverse import vector_gradient_type  # reverse requests only (modes.py)

        return vector_gradient_type(self.function, self.kinds, self.width)

    def request(self) -> Request:
        return self.with_width(super().request())

    def replace(self, gradient) -> None:
        if self.width == 1:
            return super().replace(gradient)
        self.replace_lanes(gradient)
