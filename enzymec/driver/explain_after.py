"""After optimization: which tapes LLVM removed (the talk's reluf and read-sum case studies).

The AD stage tagged every tape store and load with `!enzymec.tape !N`, N naming the cache
(explain_tape.py). In the optimized module, a cache none of whose tagged stores or loads
remain is gone: its values live in registers or were forwarded from where they were
computed. A tape array is allocated by the runtime with realloc: if more realloc calls
remain than the user's own code made, an array whose tags vanished (a vectorizer may drop
unknown metadata) is reported as kept, never as removed on a guess. A stack slot is
reported removed only when its alloca is gone too (explain_slots.py): LLVM may drop the tags
of accesses it rewrites, not the slot's name.
"""

from __future__ import annotations

import re

from enzymec import regex_cache
from enzymec.driver.explain_slots import allocas, holders, slot_remains

_NODE = regex_cache.compile(r'^!(\d+) = !\{!"([^"]*)"\}\s*$', re.M)
_TAGGED = regex_cache.compile(r", !enzymec\.tape !(\d+)")
_REALLOC = regex_cache.compile(r"\bcall\b[^\n]*@realloc\(")


def record_tape_removal(unit, ad_text: str, optimized_text: str) -> None:
    """Add a `tape_after_optimization` event per cache to the logs of `unit`."""
    labels = {number: label for number, label in _NODE.findall(optimized_text)}
    left: dict[str, dict[str, int]] = {}
    for line in optimized_text.splitlines():
        for number in _TAGGED.findall(line):
            counts = left.setdefault(labels.get(number, ""), {"store": 0, "load": 0})
            counts["store" if line.lstrip().startswith("store") else "load"] += 1
    allocations_left = len(_REALLOC.findall(optimized_text)) > len(_REALLOC.findall(ad_text))
    ad_slots, optimized_slots = allocas(ad_text), allocas(optimized_text)
    for label, (log, cache) in unit.caches.items():
        need = next((e for e in log.events if e.kind == "need" and
                     e.fields.get("cache") == cache), None)
        is_array = need is not None and need.fields.get("bytes_per_iteration") is not None
        counts = left.get(label)
        where = holders(label.rsplit("/", 1)[0], cache, ad_slots)
        slot_left = not is_array and (not where or slot_remains(where, cache, optimized_slots))
        removed = counts is None and not (is_array and allocations_left) and not slot_left
        log.add("tape_after_optimization", need.location if need else log.location,
                message(cache, is_array, removed, counts, bool(where)), cache=cache,
                removed=removed, reason=reason(is_array, removed, counts, bool(where)))


def reason(is_array: bool, removed: bool, counts, slot_found: bool = True) -> str:
    if removed:
        return "no store or load of it remains" if is_array else \
            "its stack slot became a register"
    if counts is None:
        if is_array:
            return "a tape allocation remains"
        return "its stack slot remains (its accesses lost their tags)" if slot_found else \
            "its stack slot is not in the AD stage's IR by its name, so nothing tells"
    return f"{_count(counts['store'], 'store')} and {_count(counts['load'], 'load')} of it remain"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def message(cache: str, is_array: bool, removed: bool, counts, slot_found: bool = True) -> str:
    what = f"tape {'array' if is_array else 'slot'} '{cache}'"
    why = reason(is_array, removed, counts, slot_found)
    if removed:
        return f"tape removed by LLVM after AD: the {what}: {why}"
    return f"tape kept after optimization: the {what}: {why}"


def strip_tags(text: str) -> str:
    """A module's text without the tape tags (the output must not carry them)."""
    return _TAGGED.sub("", text)
