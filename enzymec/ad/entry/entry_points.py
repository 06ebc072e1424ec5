"""The names of Enzyme's entry points and the mode each asks for, in one place for the
driver and the AD stage.

A callee whose name *contains* one of them is an entry point (`__enzyme_autodiff_pair` works
like `__enzyme_autodiff`). A mode is named by a plain string here (`requests.Mode` gives it
meaning), so that this module imports nothing of the AD's and the driver can ask it cheaply whether a
module needs the AD stage. An entry point whose mode enzymec does not implement yet is a
located error, not an undefined reference at link time.
"""

import re

from enzymec import regex_cache
from enzymec.line_start import as_word

REVERSE_MODE = "__enzyme_autodiff"

# entry point -> mode it asks for (see requests.Mode)
ENTRY_MODES = {
    "__enzyme_autodiff": "reverse",
    "__enzyme_fwddiff": "forward",
    "__enzyme_augmentfwd": "augmented forward",
    "__enzyme_reverse": "split reverse",
    "__enzyme_augmentsize": "augmented tape size",
    "__enzyme_virtualreverse": "virtual reverse",
    "__enzyme_fwdsplit": "split forward",
    "__enzyme_batch": "batched",
    "__enzyme_iter": "iterated (higher-order)",
}
# Any other body-less function named so is part of Enzyme's API that enzymec lacks.
ENZYME_PREFIX = "__enzyme_"
ALL_ENTRY_POINTS = tuple(ENTRY_MODES)


def entry_mode(name: str) -> str | None:
    """The mode a callee named `name` asks for, or None if it is no entry point."""
    for entry, mode in ENTRY_MODES.items():
        if entry in name:
            return mode
    return None


def mentions_entry_point(text: str) -> bool:
    return any(name in text for name in ALL_ENTRY_POINTS)


# A call instruction's keyword as a whole word, `\b(?:call|invoke|callbr)\b`, in a form
# Python's regex engine skips ahead on (line_start.as_word; every match the same on 173 IR
# files)
CALL_KEYWORD = "(?:" + "|".join(as_word(w) for w in ("call", "invoke", "callbr")) + r")\b"
# a direct call's callee in textual IR, its name as group 1 (a callee whose name *contains*
# an entry point is one; driver/pre_ad_scope.py reads the call graph with it)
CALLEE = regex_cache.compile(CALL_KEYWORD + r'[^\n]*?@("(?:[^"\\]|\\.)*"|[-\w.$]+)\s*\(')


def entry_call_lines(ir_text: str):
    """The text of each line of textual IR that calls (invokes) an entry point, found from
    the entry points' names rather than by a pattern over the whole module; a line naming
    two entry points comes twice."""
    for entry in ALL_ENTRY_POINTS:  # only the lines that name an entry point can call one
        at = ir_text.find(entry)
        while at >= 0:
            start = ir_text.rfind("\n", 0, at) + 1
            end = ir_text.find("\n", at)
            end = len(ir_text) if end < 0 else end
            if any(mentions_entry_point(m[1]) for m in CALLEE.finditer(ir_text, start, end)):
                yield ir_text[start:end]
            at = ir_text.find(entry, end)


def keep_entry_calls_apart(ir_text: str) -> str:
    """Each entry point's `declare` line in textual IR with LLVM's `nomerge`, before the
    pre-AD passes: otherwise SimplifyCFG sinks `if (w) autodiff(f1, x) else autodiff(f2, x)`
    into one call of `select(w, f2, f1)`, whose function is no longer known at compile time
    (a located error for code that names each function). `nomerge` on the callee forbids
    exactly that merging (CallBase::cannotMerge) and changes nothing else."""
    def mark(line: re.Match) -> str:
        head = _DECLARED.match(line[0], 1)
        if head and " nomerge" not in line[0] and \
                any(entry in head[1] for entry in ALL_ENTRY_POINTS):
            return with_attribute_after_params(line[0], head.end() - 1, "nomerge")
        return line[0]
    return _DECLARE_LINE.sub(mark, "\n" + ir_text)[1:]  # every line after a newline


def with_attribute_after_params(line: str, open_at: int, attribute: str) -> str:
    """`line` (a `define`/`declare` whose parameter list opens at `open_at`) with `attribute` where
    LLVM's grammar takes function attributes: after the list's `)` and any
    `unnamed_addr`/`local_unnamed_addr` and `addrspace(N)` after it (rustc writes
    `unnamed_addr` there)."""
    depth = 0
    for i in range(open_at, len(line)):
        depth += line[i] == "("
        depth -= line[i] == ")"
        if line[i] == ")" and depth == 0:
            rest = _ADDR_WORDS.match(line, i + 1)
            at = rest.end() if rest else i + 1
            return f"{line[:at]} {attribute}{line[at:]}"
    return line


_DECLARED = regex_cache.compile(r'declare [^@]*@("[^"]*"|[-\w.$]+)\(')
_DECLARE_LINE = regex_cache.compile(r"\ndeclare [^\n]*")
_ADDR_WORDS = regex_cache.compile(r"(?:\s+(?:local_unnamed_addr|unnamed_addr|addrspace\(\d+\)))+")
