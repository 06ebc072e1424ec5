"""Functions: a global symbol with a signature, arguments and a list of basic blocks.

Header text enzymec does not interpret (linkage, calling convention, return attributes before
the return type; `#0`, section, comdat, personality and metadata after the parameter list) is
kept verbatim in `prefix` and `suffix` so printing reproduces it.
"""

from __future__ import annotations

from collections.abc import Iterator

from .instructions import Block, Instruction
from .types import FunctionType
from .values import Argument, GlobalValue


class Function(GlobalValue):
    """`define|declare <prefix> RetT @name(params) <suffix> { blocks }`."""

    __slots__ = ("function_type", "args", "blocks", "prefix", "suffix", "_names",
                 "_next", "_lazy")
    is_function = True

    def __init__(self, name: str, function_type: FunctionType | None = None):
        super().__init__(name)
        self.function_type = function_type
        self.args: list[Argument] = []
        self.blocks: list[Block] = []
        self.prefix = ""
        self.suffix = ""
        self._names: set[str] | None = None
        self._next: dict[str, int] = {}  # base -> the first suffix unique_name may try
        self._lazy = None  # the body's text while it is not parsed (lazy_bodies.py)
        if function_type is not None:
            self.set_signature(function_type)

    def set_signature(self, function_type: FunctionType, names=(), attrs=()) -> None:
        self.function_type = function_type
        names, attrs = list(names), list(attrs)
        self.args = []
        for index, ty in enumerate(function_type.params):
            arg = Argument(ty, names[index] if index < len(names) else "",
                           attrs[index] if index < len(attrs) else "", index)
            arg.function = self
            self.args.append(arg)

    @property
    def return_type(self):
        return self.function_type.return_type

    @property
    def is_declaration(self) -> bool:
        return self._lazy is None and not self.blocks

    @property
    def lazy_body(self):
        """The body's LazyBody while it is text (lazy_bodies.py), else None."""
        return self._lazy

    def may_mention(self, text: str) -> bool:
        """False only when the body is still text and `text` is not in it."""
        return self._lazy is None or self._lazy.mentions(text)

    def make_lazy(self, body) -> None:
        """Keep the body as `body`'s text until it is read (the parser's)."""
        del self.blocks
        self._lazy = body

    def materialize(self) -> None:
        """Parse a lazy body now (reading `blocks` does it)."""
        body = self._lazy
        if body is not None:
            self._lazy = None
            self.blocks = []
            body.materialize(self)

    def __getattr__(self, name: str):
        # only reached for an unset slot: `blocks` of a lazy function
        if name == "blocks" and self._lazy is not None:
            self.materialize()
            return self.blocks
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    @property
    def entry(self) -> Block:
        return self.blocks[0]

    def instructions(self) -> Iterator[Instruction]:
        for block in self.blocks:
            yield from block.instructions

    def append_block(self, block: Block) -> Block:
        block.function = self
        self.blocks.append(block)
        return block

    def insert_block_after(self, block: Block, after: Block) -> Block:
        block.function = self
        self.blocks.insert(self.blocks.index(after) + 1, block)
        return block

    def unique_name(self, base: str) -> str:
        """A local name not yet used in this function (values and labels share one table).
        The table only grows, so every `base.N` below the last one handed out is taken:
        probing resumes there (the same names as probing from 1, without quadratic time)."""
        if self._names is None:
            self._names = {a.name for a in self.args} | {b.name for b in self.blocks}
            self._names |= {i.name for i in self.instructions()}
            self._next = {}
        base = base or "t"
        name, n = base, self._next.get(base, 0)
        if n:
            name = f"{base}.{n}"
        while name in self._names:
            n += 1
            name = f"{base}.{n}"
        self._names.add(name)
        self._next[base] = n
        return name

    def release_names(self, names) -> None:
        """`names` of values just erased are free again: when the table held exactly the
        live names, the table `forget_names` would rebuild, at the cost of the erased names
        only (inlining many calls stays linear). Probing restarts from 1 for the bases whose
        names were freed (`base` and `base.N`); every other base's names below its resume
        point are still all taken, so it resumes where it was with the same result."""
        if self._names is not None:
            self._names.difference_update(names)
            for name in names:
                self._next.pop(name, None)
                base, dot, number = name.rpartition(".")
                if dot and number.isdigit() and number == str(int(number)):
                    self._next.pop(base, None)

    def forget_names(self) -> None:
        """Call after renaming values by hand so `unique_name` rescans."""
        self._names = None
