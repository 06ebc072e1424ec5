"""Whether a tape's stack slot survived optimization, read from the IR itself.

The `!enzymec.tape` tags on tape stores and loads (explain_tape.py) say where a tape is used,
but LLVM may drop unknown metadata when it rewrites an access (instcombine merging two
loads, SROA splitting a slot into new loads and stores, a vectorizer): a slot whose tags
vanished is not necessarily gone. The slot itself is an `alloca` the AD stage named after
the cache (`%v.tape = alloca double`), and LLVM keeps value names: SROA names the pieces of a
split slot `v.tape.sroa.N`, the inliner names the copy in a caller `v.tape.i`. So a slot
remains while an alloca of its name, or of a name derived from it, remains in the optimized
module; only when none does (and no tagged access does) is the tape reported removed.
"""

from __future__ import annotations

import re

from enzymec import regex_cache

_DEFINE = regex_cache.compile(r'^define [^@\n]*@("[^"]+"|[-\w.$]+)\(', re.M)
_ALLOCA = regex_cache.compile(r'^\s*%("[^"]+"|[-\w.$]+) = alloca\b', re.M)


def allocas(text: str) -> dict[str, list[str]]:
    """{function name: names of its allocas} of a module's text."""
    found: dict[str, list[str]] = {}
    starts = list(_DEFINE.finditer(text))
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        body = text[match.end():end]
        found[match.group(1).strip('"')] = [m.group(1).strip('"')
                                             for m in _ALLOCA.finditer(body)]
    return found


def holders(function: str, cache: str, ad_allocas: dict) -> list[str]:
    """The functions of the AD stage's module holding the stack slot `cache` of the
    synthesized `function`: itself, or, when a split cut it into an augmented forward and a
    reverse (`power.joined` -> `power.augmented`, `power.reverse`, where the reverse keeps a
    `.restored` copy), the functions of the same stem that allocate it. Empty when the
    AD stage made no such slot (then nothing can be told from the IR)."""
    stem = function.rsplit(".", 1)[0] + "."
    names = [function] if function in ad_allocas else \
        [name for name in ad_allocas if name.startswith(stem)]
    return [name for name in names if _named_after(cache, ad_allocas[name])]


def slot_remains(holders_: list[str], cache: str, optimized_allocas: dict) -> bool:
    """An alloca named `cache` (or `cache.<suffix>`: split by SROA, copied by the inliner,
    restored in a reverse) remains in one of `holders_`, or, for a holder that is gone
    (inlined into its callers), in any function of the optimized module."""
    if any(name not in optimized_allocas for name in holders_):
        return any(_named_after(cache, names) for names in optimized_allocas.values())
    return any(_named_after(cache, optimized_allocas[name]) for name in holders_)


def _named_after(cache: str, names) -> bool:
    return any(name == cache or name.startswith(cache + ".") for name in names)
