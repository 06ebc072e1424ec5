"""The pre-AD pipeline only for the functions the AD can read (issue 11 item 5, compile time).

The pre-AD pipeline (pipeline.pre_ad) exists to give the AD simplified input. A function
the AD never reads (a benchmark's timer, `main`, a handwritten gradient) gains nothing from
it: the user's -O pipeline after AD optimizes it anyway, as clang would have. Since that
later pipeline runs in clang (clang_codegen.py) while the pre-AD one runs in llvmlite's
slower LLVM (an assertions build), every function kept out of the pre-AD pipeline is work
moved to the faster of the two.

Which functions the AD can read, decided on the text, conservatively: every function
whose body names an entry point (it holds an autodiff call), every function named in a
global's initializer (registrations, annotations, tables of function pointers), and every
function named in the body of one already taken (callees, function pointers passed on).
The others are marked `optnone noinline` for the pre-AD pipeline, with a marker attribute
to find them again; functions that already carry `optnone`, `noinline` or `alwaysinline`
are left as they are. After the pipeline the marks come out of the attribute groups that
hold the marker, so the AD and the later pipeline see the user's attributes.

Nothing the AD reads changes: a marked function is not inlined anywhere and the AD's
functions reach no marked one (tests/driver/test_pre_ad_scope.py compares pre-AD IR).
"""

from __future__ import annotations

import re

from enzymec.ad.entry_points import mentions_entry_point, with_attribute_after_params

MARKER = '"enzymec-pre-ad-skip"'
_MARKS = f"optnone noinline {MARKER}"
_DEFINE = re.compile(r'^define [^@\n]*@("(?:[^"\\\n]|\\.)*"|[-\w.$]+)\(', re.M)
_REFERENCE = re.compile(r'@("(?:[^"\\\n]|\\.)*"|[-\w.$]+)')
_GROUP = re.compile(r"^attributes #(\d+) = \{([^\n]*)\}$", re.M)
_GROUP_USE = re.compile(r"#(\d+)")
_KEPT_AS_IS = re.compile(r"\b(?:optnone|noinline|alwaysinline)\b")


def _bodies(text: str) -> dict[str, tuple[int, str]]:
    """Each defined function's name -> (offset of its `define` line, its whole text)."""
    found = {}
    for match in _DEFINE.finditer(text):
        end = text.find("\n}", match.end())
        found[match[1]] = (match.start(), text[match.start():end if end >= 0 else len(text)])
    return found


def ad_functions(text: str) -> set[str]:
    """The functions the AD may read (see the module doc)."""
    bodies = _bodies(text)
    work = [name for name, (_, body) in bodies.items() if mentions_entry_point(body)]
    for line in text.split("\n"):
        if line.startswith("@") and "=" in line:
            work += [n for n in _REFERENCE.findall(line.split("=", 1)[1]) if n in bodies]
    seen: set[str] = set()
    while work:
        name = work.pop()
        if name not in seen:
            seen.add(name)
            work += [n for n in _REFERENCE.findall(bodies[name][1]) if n not in seen
                     and n in bodies]
    return seen


def mark_unread(text: str) -> str:
    """`text` with every function the AD cannot read marked out of the pre-AD pipeline."""
    keep = ad_functions(text)
    groups = {m[1]: m[2] for m in _GROUP.finditer(text)}
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = _DEFINE.match(line) if line.startswith("define ") else None
        if match is None or match[1] in keep:
            continue
        own = line + " ".join(groups.get(g, "") for g in _GROUP_USE.findall(line))
        if not _KEPT_AS_IS.search(own):
            lines[index] = with_attribute_after_params(line, match.end() - 1, _MARKS)
    return "\n".join(lines)


def unmark(text: str) -> str:
    """The marks of mark_unread taken out again (after the pre-AD pipeline): from the
    attribute groups holding the marker and from the `; Function Attrs:` comments of the
    functions that use those groups."""
    if MARKER not in text:
        return text
    cleaned: set[str] = set()
    emptied: set[str] = set()

    def clean(group: re.Match) -> str:
        if MARKER not in group[2]:
            return group[0]
        cleaned.add(group[1])
        rest = _without_marks(group[2])
        if not rest.strip():
            emptied.add(group[1])  # LLVM's grammar has no empty group: the group goes
            return ""
        return f"attributes #{group[1]} = {{{rest}}}"
    text = _GROUP.sub(clean, text)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not line.startswith(("define ", "declare ")):
            continue
        used = set(_GROUP_USE.findall(line))
        if used & emptied:
            lines[index] = _GROUP_USE.sub(lambda g: "" if g[1] in emptied else g[0], line)
            lines[index] = lines[index].replace("  ", " ")
        if index and used & cleaned and lines[index - 1].startswith("; Function Attrs:"):
            lines[index - 1] = _without_marks(lines[index - 1] + " ").rstrip()
    return "\n".join(lines)


def _without_marks(words: str) -> str:
    for word in ("optnone", "noinline", MARKER):
        words = words.replace(f" {word} ", " ")
    return words
