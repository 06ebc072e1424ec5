"""The functions the pre-AD pipeline may leave alone (issue 11 item 5).

What and why: the AD reads only the functions it differentiates, the functions that call an
entry point, and what those reach; the rest of a unit (a program's `main`, its timing
harness, a handwritten gradient beside the generated one) gets the user's -O pipeline after
AD anyway (clang_codegen.py). Optimizing those functions before AD as well made them go
through LLVM's pipeline twice, where clang's own compile runs it once: on the benchmarks'
sources the pre-AD clang run was a third of the clang time of an enzymec compile. They now
carry `noinline optnone` for that run only, which every pass respects, and the run's output
gets their attributes back (`restore`). Being in the module, their uses of globals and
functions still count for every interprocedural pass, so no fact the passes derive for the
AD's functions changes.

What the AD may read, and so is optimized as before: every function that calls an entry
point, every function or global its text names (the function to differentiate, a callee, a
function whose address it passes on), the registration tables' and annotations' functions,
transitively; once one of those calls through a pointer, or an entry call's function is not
named in it (a parameter, a virtual table read from memory), every function whose address
is taken anywhere, and what those name. The functions calling an entry point's caller
directly count as calling one, with what they name: inlined there, the entry call may get
its arguments as constants, a virtual table from a constructor inlined beside it among
them; where an entry call's function is computed, so do the functions naming such a caller
at all. A function the mark cannot be put on (`alwaysinline`,
`optsize` or `minsize`, which the verifier forbids beside `optnone`; one already `optnone`)
is left as it is.
"""

from __future__ import annotations

import re

from enzymec import regex_cache
from enzymec.ad.entry.entry_points import (ALL_ENTRY_POINTS, CALL_KEYWORD, CALLEE,
                                           entry_call_lines, mentions_entry_point,
                                           with_attribute_after_params)
from enzymec.line_start import at_line_start

MARK = '"enzymec-pre-ad-skip"'
_KEEP_NOINLINE = '"enzymec-pre-ad-skip"="noinline"'  # the function was noinline before

_NAME = r'@("(?:[^"\\]|\\.)*"|[-\w.$]+)'
_DEFINE = regex_cache.compile(at_line_start("define") + r" [^@]*" + _NAME + r"\(")
_GLOBAL = regex_cache.compile(at_line_start("@") + _NAME[1:] + r" = ")
_DEFINE_LINE = regex_cache.compile(at_line_start("define") + r" [^\n]*")
_REFERENCE = regex_cache.compile(_NAME)
_INDIRECT_CALL = regex_cache.compile(CALL_KEYWORD + r"[^\n@]*?%[-\w.$\"]+\s*\(")
# an entry call whose first argument is a function named in the module (or a constant
# expression of one)
_NAMED_FIRST = regex_cache.compile(r"__enzyme_[^(\s]*\(\s*ptr\b[^,%]*@")
_GROUP = regex_cache.compile(at_line_start("attributes") + r" #(\d+) = \{([^\n]*)\}$", re.MULTILINE)
_GROUP_REF = regex_cache.compile(r"#(\d+)")
# attributes the verifier does not allow beside optnone, or that inlining must keep
_UNMARKABLE = ("alwaysinline", "optsize", "minsize", "optnone", "optdebug", "naked")
# globals whose initializers the AD reads (registrations.py, annotations.py)
_AD_TABLES = ("__enzyme", "llvm.global.annotations")


class _Unit:
    """The textual IR's functions (name -> (start, end) of their text), globals (name ->
    the text of their line) and direct calls (callee -> its callers; where each callee's
    name stands)."""

    def __init__(self, text: str) -> None:
        self.functions: dict[str, tuple[int, int]] = {}
        for head in _DEFINE.finditer(text):
            end = text.find("\n}", head.end())
            end = len(text) if end < 0 else end + 2
            self.functions[head[1]] = (head.start(), end)
        self.globals = {m[1]: text[m.start():text.find("\n", m.end())]
                        for m in _GLOBAL.finditer(text)}
        self.callers: dict[str, set[str]] = {}
        self.callee_at: set[int] = set()
        for name, (start, end) in self.functions.items():
            for call in CALLEE.finditer(text, start, end):
                self.callers.setdefault(call[1], set()).add(name)
                self.callee_at.add(call.start(1))


def skipped(text: str) -> tuple[_Unit, dict[str, str]]:
    """The module's functions and globals (`_Unit`), and the functions mark_skipped marks:
    name -> the attributes of its `define` line (its own and its groups')."""
    unit = _Unit(text)
    needed = _needed(text, unit)
    groups = {m[1]: m[2] for m in _GROUP.finditer(text)}
    marked = {}
    for name, (start, end) in unit.functions.items():
        if name in needed:
            continue
        attributes = _function_attributes(text[start:text.find("\n", start)], groups)
        if not any(word in attributes for word in _UNMARKABLE):
            marked[name] = attributes
    return unit, marked


def mark_skipped(text: str, marked: dict[str, str] | None = None) -> str:
    """`text` with `noinline optnone` and MARK on each function the AD will not read, or
    on each of `marked` (`skipped`'s, of a text this one was cut from: pre_ad_aside.py)."""
    if not mentions_entry_point(text):
        return text
    if marked is None:
        unit, marked = skipped(text)
        starts = {name: span[0] for name, span in unit.functions.items()}
    else:
        starts = {head[1]: head.start() for head in _DEFINE.finditer(text)}
    edits = []
    for name, attributes in marked.items():
        start = starts.get(name)
        if start is None:  # set aside: not in this text
            continue
        line_end = text.find("\n", start)
        line = text[start:line_end]
        noinline = "noinline" in attributes.split()
        added = f"optnone {_KEEP_NOINLINE}" if noinline else f"noinline optnone {MARK}"
        open_at = line.index("(", line.index("@"))
        edits.append((start, line_end, with_attribute_after_params(line, open_at, added)))
    edits.sort()
    pieces, at = [], 0
    for start, end, line in edits:  # in the text's order
        pieces += [text[at:start], line]
        at = end
    return "".join([*pieces, text[at:]])


def restore(text: str) -> str:
    """The pipeline's output `text` with the attributes mark_skipped added taken off again:
    every attribute group holding MARK belongs to marked functions only."""
    if MARK not in text:
        return text

    emptied = []

    def unmark(group: re.Match) -> str:
        words = group[2]
        if MARK not in words:
            return group[0]
        kept = _KEEP_NOINLINE in words
        words = words.replace(_KEEP_NOINLINE, "").replace(MARK, "")
        drop = {"optnone"} if kept else {"optnone", "noinline"}
        words = " ".join(w for w in words.split(" ") if w and w not in drop)
        if not words:  # LLVM takes no empty group: its functions lose the reference
            emptied.append(group[1])
            return ""
        return f"attributes #{group[1]} = {{ {words} }}"
    text = _GROUP.sub(unmark, text)
    if emptied:
        reference = re.compile(r" #(?:%s)\b" % "|".join(emptied))
        text = _DEFINE_LINE.sub(lambda line: reference.sub("", line[0]), text)
    return text


def _needed(text: str, unit: _Unit) -> set[str]:
    """The functions the AD may read (the module doc's rule)."""
    calling = [name for name, (start, end) in unit.functions.items()
               if any(entry in text[start:end] for entry in ALL_ENTRY_POINTS)]
    computed = any(not _NAMED_FIRST.search(line) for line in entry_call_lines(text))
    roots = _callers(text, unit, calling, computed)
    roots += [name for name in unit.globals if any(key in name for key in _AD_TABLES)]
    needed, indirect = _closure(text, unit, roots)
    if indirect or computed:  # any function whose address is taken may be reached
        needed, _ = _closure(text, unit, [*needed, *_address_taken(text, unit)])
    return needed


def _callers(text: str, unit: _Unit, called: list[str], computed: bool) -> list[str]:
    """`called` and every function calling one of them directly, transitively: inlined
    into its callers, a function that calls an entry point may get its arguments as
    constants there, which the AD must see. Where an entry call's first argument is not a
    function's name (a virtual table read from memory, a function pointer parameter),
    every function naming one of them counts, as a call through a pointer may reach it."""
    callers = unit.callers
    if computed:
        callers = {callee: set(names) for callee, names in callers.items()}
        for name, (start, end) in unit.functions.items():
            for ref in _REFERENCE.finditer(text, start, end):
                callers.setdefault(ref[1], set()).add(name)
    found, work = set(called), list(called)
    while work:
        for caller in callers.get(work.pop(), ()):
            if caller not in found:
                found.add(caller)
                work.append(caller)
    return sorted(found)


def _closure(text: str, unit: _Unit, roots: list[str]) -> tuple[set[str], bool]:
    """Every function and global reachable from `roots` by naming, and whether one of the
    functions among them calls through a pointer."""
    seen, work, indirect = set(roots), list(roots), False
    while work:
        name = work.pop()
        if name in unit.functions:
            body = text[slice(*unit.functions[name])]
            indirect = indirect or _INDIRECT_CALL.search(body) is not None
        else:
            body = unit.globals.get(name, "")  # a declaration names nothing
        for ref in _REFERENCE.finditer(body):
            if ref[1] not in seen:
                seen.add(ref[1])
                work.append(ref[1])
    return seen, indirect


def _address_taken(text: str, unit: _Unit) -> list[str]:
    """The functions named anywhere but as the callee of a direct call or in their own
    `define` line."""
    definitions = {text.index("@", start) + 1 for start, _ in unit.functions.values()}
    taken = set()
    for ref in _REFERENCE.finditer(text):
        if ref[1] in unit.functions and ref.start(1) not in unit.callee_at \
                and ref.start(1) not in definitions:
            taken.add(ref[1])
    return sorted(taken)


def _function_attributes(line: str, groups: dict[str, str]) -> str:
    """The attributes of the `define` line `line`: those written in it and its groups'."""
    close = line.rfind(")")
    tail = line[close:]
    words = [groups.get(m[1], "") for m in _GROUP_REF.finditer(tail)]
    return " ".join([tail, *words])
