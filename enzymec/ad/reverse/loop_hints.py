"""Loop metadata the reverse sweep gives its own loops (`!llvm.loop` on a back edge).

The module's metadata is text (Module.trailer); a new node takes the next free number.

`interleave_once`: a reverse loop that calls a math function LLVM has no vector form of
(no vector library is assumed: `pow`, `exp`, `sin`, a libm call) is vectorized with each
lane's call made one after another, and interleaved four times over on AVX-512 targets:
taylor_log's reverse loop (`pow` and a division per term; the adjoint sum is `reassoc`, so
a vector reduction) became 32 `pow` calls per vector iteration, plus an epilogue loop,
where the expert's scalar sum makes one. The calls dominate the loop's time whatever the
interleaving, and the code was 71 million of the 304 million instructions clang -O3 spent on
benchmarks/c/taylor_log/timed.c's codegen, against 16 million for the expert's gradient;
`llvm.loop.interleave.count` 1 leaves the vector loop one copy of its body (262 million
for the whole codegen), the vectorizer still free to vectorize the rest of the loop.
"""

from __future__ import annotations

import weakref

from enzymec import regex_cache
from enzymec.analysis.cfg import reaching
from enzymec.ir import Function


_NUMBER = regex_cache.compile(r"!(\d+)")


# module -> (trailer lines read, the next free number after them): the trailer only grows
# (lines are appended, never changed), so each call reads only the lines added since the
# last; reading all of them at each hint was 7 million instructions of taylor_log's compile
_NEXT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def next_metadata_number(module) -> int:
    """One more than the largest metadata number the module defines or uses."""
    read, number = _NEXT.get(module, (0, 0))
    lines = module.trailer
    if read > len(lines):  # not the trailer that was read: read it all again
        read, number = 0, 0
    found = _NUMBER.findall("\n".join(lines[read:]))
    if found:
        number = max(number, max(map(int, found)) + 1)
    _NEXT[module] = (len(lines), number)
    return number


def keep_scalar(module, jumps, rolled: bool = False) -> None:
    """Mark each branch of `jumps` (a reverse loop's back edge) as the latch of a loop the
    loop vectorizer must leave scalar (`llvm.loop.vectorize.enable` false); `rolled`: the
    unroller too (loop_versions.py)."""
    hints = [_VECTORIZE_OFF, _UNROLL_OFF] if rolled else [_VECTORIZE_OFF]
    _hint(module, jumps, hints)


def keep_rolled(module, jumps) -> None:
    """Mark each branch of `jumps` as the latch of a loop the unroller leaves alone
    (`llvm.loop.unroll.disable`; the vectorizer may still vectorize it: loop_versions.py)."""
    _hint(module, jumps, [_UNROLL_OFF])


def interleave_once(module, jumps) -> None:
    """Mark each branch of `jumps` as the latch of a loop the vectorizer does not interleave
    (`llvm.loop.interleave.count` 1; see the module doc)."""
    _hint(module, jumps, [_INTERLEAVE_ONCE])


# LLVM's math intrinsics without a vector instruction: vectorized, each lane is a call
_SCALAR_MATH = frozenset({"pow", "powi", "exp", "exp2", "exp10", "log", "log2", "log10", "sin",
                          "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh",
                          "tanh", "sincos", "ldexp", "frexp", "modf"})


def calls_scalar_math(blocks) -> bool:
    """Whether `blocks` call a math intrinsic of _SCALAR_MATH or an external function other
    than the runtime's (libm's, whose calls stay calls; a function defined in the module
    or the runtime's may be inlined and vectorize after all)."""
    for block in blocks:
        for inst in block.instructions:
            if inst.opcode != "call":
                continue
            callee = inst.called_function
            if not isinstance(callee, Function):
                continue  # through a pointer: no vectorizer scalarizes it
            if callee.name.startswith("llvm."):
                if callee.name.split(".")[1] in _SCALAR_MATH:
                    return True
            elif callee.is_declaration and not callee.name.startswith("__enzymec_"):
                return True
    return False


def loop_blocks(jump) -> set:
    """The blocks of the loop whose back edge is the unconditional branch `jump`: its target
    (the header) and every block that reaches `jump`'s block without passing the header."""
    header = jump.operands[0]
    return reaching([jump.block], stop={header}) | {header}


_INTERLEAVE_ONCE = '!{!"llvm.loop.interleave.count", i32 1}'
_VECTORIZE_OFF = '!{!"llvm.loop.vectorize.enable", i1 false}'
_UNROLL_OFF = '!{!"llvm.loop.unroll.disable"}'


def _hint(module, jumps, texts: list[str]) -> None:
    """Hint nodes `texts`, and a distinct loop node holding them on each branch of `jumps`."""
    if not jumps:
        return
    number = next_metadata_number(module)
    hints = []
    for text in texts:
        module.trailer.append(f"!{number} = {text}")
        hints.append(f"!{number}")
        number += 1
    for jump in jumps:
        module.trailer.append(f"!{number} = distinct !{{!{number}, {', '.join(hints)}}}")
        jump.metadata = [*jump.metadata, ("llvm.loop", f"!{number}")]
        number += 1
