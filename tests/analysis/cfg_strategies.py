"""Hypothesis strategies for random control-flow graphs, written out as IR text.

Two shapes: `random_cfgs` draws any graph (each block ends in `ret`, `unreachable`, `br`,
a conditional `br` or a `switch` to arbitrary blocks), so irreducible cycles, unreachable
blocks and infinite loops all occur; `structured_cfgs` draws programs built from sequence,
if/else, while and break, whose graphs are reducible. Both return `(ir_text, succs)` where
`succs[i]` lists block i's successors by index, for the naive reference computations.
"""

from __future__ import annotations

from hypothesis import strategies as st


def cfg_to_ir(succs: list[list[int]], exits: list[str] | None = None) -> str:
    """IR for a graph: block i is `%b{i}`; branches test the function's arguments."""
    lines = ["define void @g(i1 %c, i32 %k) {"]
    for index, targets in enumerate(succs):
        lines.append(f"b{index}:")
        lines.append("  " + _terminator(targets, (exits or [])[index:index + 1]))
    lines.append("}")
    return "\n".join(lines) + "\n"


def _terminator(targets: list[int], exit_kind: list[str]) -> str:
    if not targets:
        return exit_kind[0] if exit_kind else "ret void"
    if len(targets) == 1:
        return f"br label %b{targets[0]}"
    if len(targets) == 2:
        return f"br i1 %c, label %b{targets[0]}, label %b{targets[1]}"
    cases = " ".join(f"i32 {n}, label %b{t}" for n, t in enumerate(targets[1:]))
    return f"switch i32 %k, label %b{targets[0]} [ {cases} ]"


@st.composite
def random_cfgs(draw, max_blocks: int = 10):
    """Any graph: targets drawn freely (repeats allowed, as a switch may repeat a label)."""
    count = draw(st.integers(1, max_blocks))
    succs, exits = [], []
    for _ in range(count):
        width = draw(st.sampled_from([0, 1, 1, 2, 2, 2, 3, 4]))
        succs.append(draw(st.lists(st.integers(0, count - 1), min_size=width, max_size=width)))
        exits.append(draw(st.sampled_from(["ret void", "unreachable"])))
    return cfg_to_ir(succs, exits), [_unique(s) for s in succs]


@st.composite
def structured_cfgs(draw, max_statements: int = 8):
    """Reducible graphs from a random structured program (seq, if/else, while, break)."""
    builder = _Builder()
    entry = builder.new()
    end = _statements(draw, builder, entry, None, draw(st.integers(1, max_statements)))
    builder.succs[end] = []
    return cfg_to_ir(builder.succs), [_unique(s) for s in builder.succs]


class _Builder:
    def __init__(self):
        self.succs: list[list[int]] = []

    def new(self) -> int:
        self.succs.append([])
        return len(self.succs) - 1


def _statements(draw, b: _Builder, current: int, loop_exit: int | None, budget: int) -> int:
    """Append `budget` statements after block `current`; return the block control ends in."""
    for _ in range(budget):
        kind = draw(st.sampled_from(["if", "while", "break", "block"]))
        if kind == "break" and loop_exit is not None:
            b.succs[current] = [b.new(), loop_exit]  # if (c) { ... } else break;
            current = b.succs[current][0]
        elif kind == "if":
            then, other, join = b.new(), b.new(), b.new()
            b.succs[current] = [then, other]
            b.succs[_statements(draw, b, then, loop_exit, draw(st.integers(0, 2)))] = [join]
            b.succs[_statements(draw, b, other, loop_exit, draw(st.integers(0, 1)))] = [join]
            current = join
        elif kind == "while":
            header, body, after = b.new(), b.new(), b.new()
            b.succs[current] = [header]
            b.succs[header] = [body, after]
            b.succs[_statements(draw, b, body, after, draw(st.integers(0, 2)))] = [header]
            current = after
        else:
            nxt = b.new()
            b.succs[current] = [nxt]
            current = nxt
    return current


def _unique(targets: list[int]) -> list[int]:
    return list(dict.fromkeys(targets))
