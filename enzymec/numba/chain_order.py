"""The order of a reverse loop's adjoint products: the loop-carried adjoint multiplied last.

In numba's recurrence h = tanh(w h + u x_t) the adjoint carried from step to step is
d_t-1 = (w d_t) (1 - y_t-1^2): two dependent multiplies a step on the reverse sweep's serial
chain, where d_t (w (1 - y^2)) has one (w (1 - y^2) does not depend on the chain and is
computed beside it). The AD multiplies an adjoint by each partial as it goes, and LLVM's
reassociation keeps the carried value (a phi) inside, ranking it before the tape's loads.
Both products carry the AD's `reassoc contract` (fused_add.py: the order of the adjoint
arithmetic is the synthesis's choice, not the program's), so the order is ours to choose:

    %a = fmul reassoc contract double %c, %o     (%a used once, by %b; %c carried)
    %b = fmul reassoc contract double %a, %r
 -> %a = fmul reassoc contract double %o, %r     (moved down to %b)
    %b = fmul reassoc contract double %c, %a

where %c is a phi of the block or the %b of such a pair before it (the loop unrolled). Only
the flags the AD writes qualify (a user's `fast` multiplies stay as they are); only rounding
changes. Applied to the optimized module's text, block by block, before code generation.
"""

from __future__ import annotations

import re

from enzymec import regex_cache

_FLAGS = "reassoc contract"
_MUL = regex_cache.compile(
    r"^  (%[\w.]+) = fmul " + _FLAGS + r" double (%[\w.]+|[^,]+), (%[\w.]+|.+)$")
_PHI = regex_cache.compile(r"^  (%[\w.]+) = phi ")
_LABEL = regex_cache.compile(r"^[\w.$-]+:")


def _uses(text: str) -> dict[str, int]:
    """How many times each %name occurs in `text` (its definition included)."""
    counts: dict[str, int] = {}
    for name in re.findall(r"%[\w.]+", text):
        counts[name] = counts.get(name, 0) + 1
    return counts


def _pair(lines: list[str], i: int, carried: set[str], uses: dict[str, int]):
    """(index of %b, %c, %o, %r) when lines[i] is the %a of a pair to reorder, else None
    (a %b already reordered, being carried, is no %a)."""
    first = _MUL.match(lines[i])
    if not first or first.group(1) in carried or uses.get(first.group(1), 0) != 2:
        return None
    a, x, y = first.groups()
    if (x in carried) == (y in carried):
        return None
    c, o = (x, y) if x in carried else (y, x)
    for j in range(i + 1, len(lines)):
        if _LABEL.match(lines[j]):
            return None
        second = _MUL.match(lines[j])
        if second and a in second.groups()[1:]:
            r = second.group(3) if second.group(2) == a else second.group(2)
            return None if r in carried or r == a else (j, c, o, r)
        if re.search(re.escape(a) + r"\b", lines[j]):
            return None
    return None


def _reorder_block(lines: list[str], uses: dict[str, int]) -> int:
    """Reorder the pairs of one block in place; how many."""
    carried = {m.group(1) for m in map(_PHI.match, lines) if m}
    done, i = 0, 0
    while i < len(lines):
        found = _pair(lines, i, carried, uses)
        if found is None:
            i += 1
            continue
        j, c, o, r = found
        a, b = _MUL.match(lines[i]).group(1), _MUL.match(lines[j]).group(1)
        lines[j] = f"  {b} = fmul {_FLAGS} double {c}, {a}"
        lines.insert(j, f"  {a} = fmul {_FLAGS} double {o}, {r}")
        del lines[i]
        carried.add(b)
        done += 1
    return done


def reorder_chain_products(text: str) -> tuple[str, int]:
    """`text` with every such pair reordered, and how many were."""
    uses = _uses(text)
    lines = text.split("\n")
    out, block, done = [], [], 0
    for line in lines + [""]:
        if _LABEL.match(line) or line.startswith("}") or line == "":
            done += _reorder_block(block, uses)
            out += block
            block = []
            out.append(line)
        else:
            block.append(line)
    return "\n".join(out[:-1]), done
