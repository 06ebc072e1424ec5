"""What a program generator knows while it writes statements: the random source, fresh
names, the scalars defined so far, and smooth random expressions over them."""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "c"))
from smooth_math import BINARY, UNARY  # noqa: E402

SQUASH = ["tanh({v})", "sin({v})", "atan({v})", "erf({v})"]
CONSTANTS = ["0.5", "1.5", "-0.75", "2.0", "0.3"]


@dataclass(frozen=True)
class Statement:
    """One generated statement: helper definitions it needs, its lines in prog, and the
    scalar it defines."""
    helpers: list
    lines: list
    out: str


class Context:
    """Names, scalars and expressions for one program."""

    def __init__(self, rng: random.Random, n: int):
        self.rng, self.n = rng, n
        self.scalars: list[tuple[str, bool]] = []  # (C name, bounded by construction?)
        self._count = 0

    def fresh(self, prefix: str) -> str:
        """A new C identifier."""
        self._count += 1
        return f"{prefix}{self._count}"

    def define(self, name: str, bounded: bool = False) -> str:
        """Make `name` available to later expressions; return it."""
        self.scalars.append((name, bounded))
        return name

    def leaf(self, extra: tuple = ()) -> str:
        """An input, an earlier scalar (squashed unless bounded), one of `extra`, or a number."""
        roll = self.rng.random()
        if extra and roll < 0.35:
            return self.rng.choice(extra)
        if self.scalars and roll < 0.6:
            name, bounded = self.rng.choice(self.scalars)
            return name if bounded else self.rng.choice(SQUASH).format(v=name)
        if roll < 0.9:
            return f"x[{self.rng.randrange(self.n)}]"
        return self.rng.choice(CONSTANTS)

    def expr(self, depth: int = 2, extra: tuple = ()) -> str:
        """A smooth random expression over the leaves (at least one of them not a number)."""
        text = self._expr(depth, extra)
        names = ("x[", *extra, *(name for name, _ in self.scalars))
        if not any(name in text for name in names):
            text = f"({text} + x[{self.rng.randrange(self.n)}])"
        return text

    def _expr(self, depth: int, extra: tuple) -> str:
        if depth == 0 or self.rng.random() < 0.25:
            return self.leaf(extra)
        if self.rng.random() < 0.5:
            return self.rng.choice(UNARY).format(a=self._expr(depth - 1, extra))
        return self.rng.choice(BINARY).format(a=self._expr(depth - 1, extra),
                                              b=self._expr(depth - 1, extra))

    def local(self, names: tuple, depth: int = 2) -> str:
        """A smooth random expression over `names` only (a helper's parameters and locals),
        reading at least one of them."""
        if depth == 0 or self.rng.random() < 0.25:
            return self.rng.choice(names) if self.rng.random() < 0.85 else \
                self.rng.choice(CONSTANTS)
        if self.rng.random() < 0.5:
            text = self.rng.choice(UNARY).format(a=self.local(names, depth - 1))
        else:
            text = self.rng.choice(BINARY).format(a=self.local(names, depth - 1),
                                                  b=self.local(names, depth - 1))
        return text if any(name in text for name in names) else f"({text} + {names[0]})"

    def bounded(self, depth: int = 2, extra: tuple = ()) -> str:
        """A random expression squashed into [-1, 1]-ish (for conditions and trip counts)."""
        return self.rng.choice(SQUASH).format(v=self.expr(depth, extra))
