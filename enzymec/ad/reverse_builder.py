"""The builder reverse-mode rules write with: a RuleBuilder in one reverse block whose
primal values come from the forward sweep through the tape (reuse, recompute or cache)."""

from __future__ import annotations

from enzymec.ir import Block, Value

from .rule_builder import RuleBuilder


class ReverseBuilder(RuleBuilder):
    def __init__(self, synthesizer, block: Block, forward_block: Block):
        super().__init__(synthesizer.fn, block)
        self.synthesizer = synthesizer
        self.forward_block = forward_block

    def primal(self, value: Value) -> Value:
        """The forward `value` in the iteration this reverse block is undoing."""
        return self.synthesizer.tape.lookup(value, self, self.forward_block)
