"""Enzyme's declaration attributes (`__attribute__((enzyme_inactive))`, ...) through the stock
clang enzymec runs.

Enzyme's clang plugin turns these attributes into annotations or registration globals.
enzymec's clang has no plugin, so it would drop them with an "unknown attribute" warning and
differentiate an inactive helper anyway: a silently wrong gradient. Instead the driver
predefines each supported name as a macro expanding to clang's own `annotate("...")`
attribute (macros expand inside `__attribute__((...))`); clang then lists the annotated
functions and globals in `llvm.global.annotations`, which the AD stage reads
(enzymec/ad/entry/annotations.py). Every "unknown attribute" warning that concerns an Enzyme
attribute becomes a located error instead:
- an unknown `enzyme_*` name, or Enzyme's `[[enzyme::...]]` scoped spelling;
- the `[[enzyme_inactive]]` spelling (C23/C++11): there the macro yields `[[annotate(...)]]`,
  which clang only knows as `[[clang::annotate]]`;
- the attributes enzymec does not implement, which expand to a name clang warns about.
"""

from __future__ import annotations

from enzymec import regex_cache


# name -> what it expands to (clang's annotate attribute, read back by the AD stage)
ANNOTATED = {
    "enzyme_inactive": 'annotate("enzyme_inactive")',
    "enzyme_nofree": 'annotate("enzyme_nofree")',
    "enzyme_function_like(name)": 'annotate("enzyme_function_like=" name)',
}
# Enzyme attributes enzymec does not implement, and why: each is a located error.
UNSUPPORTED = {
    "enzyme_shouldrecompute": "enzymec decides itself what to recompute and what to cache",
    "enzyme_sparse_accumulate": "sparse accumulation of adjoints is not implemented",
}
_UNSUPPORTED_PREFIX = "__enzymec_unsupported_attribute__"

_ANSI = regex_cache.compile(rb"\x1b\[[0-9;]*m")
_UNKNOWN = regex_cache.compile(
    r"^(?P<loc>[^\n]*?:\d+:\d+): warning: unknown attribute '(?P<name>[^']*)' "
    r"ignored \[-Wunknown-attributes\]$")
_FROM_MACRO = regex_cache.compile(r"note: expanded from macro '(?P<macro>enzyme_\w+)'")


def macro_flags() -> list[str]:
    """-D flags, placed before the user's own, that give the attributes their meaning."""
    flags = [f"-D{name}={body}" for name, body in ANNOTATED.items()]
    flags += [f"-D{name}={_UNSUPPORTED_PREFIX}{name}" for name in UNSUPPORTED]
    return flags


def warning_flags(user_flags: list[str]) -> list[str]:
    """Flags after the user's that keep the "unknown attribute" warning alive (it is what
    reveals a misspelt or misplaced Enzyme attribute); `-w` is replaced by its equivalent
    that leaves this one warning on."""
    flags = ["-Wunknown-attributes"]
    if "-w" in user_flags or "-Wno-unknown-attributes" in user_flags:
        flags.append("-Wno-error=unknown-attributes")  # the user's others stay harmless
    if "-w" in user_flags:
        flags = ["-Wno-everything", *flags]
    return flags


def plain(line: bytes) -> str:
    """A line of clang's stderr without its colours (-fcolor-diagnostics), as text."""
    return _ANSI.sub(b"", line).decode(errors="replace")


def without_w(user_flags: list[str]) -> list[str]:
    return [f for f in user_flags if f != "-w"]


def promote_unknown_attributes(stderr: bytes) -> tuple[bytes, bool]:
    """clang's stderr with each warning about an Enzyme attribute made a located error;
    True when there was one (the compilation must then fail)."""
    lines = stderr.split(b"\n")
    texts = [plain(line) for line in lines]
    failed = False
    for i, text in enumerate(texts):
        match = _UNKNOWN.match(text)
        if not match:
            continue
        message = _message(match["name"], _macro_after(texts, i))
        if message:
            lines[i] = f"{match['loc']}: error: {message}".encode()
            failed = True
    return b"\n".join(lines), failed


def _macro_after(texts: list[str], index: int) -> str | None:
    """The Enzyme macro a warning's "expanded from macro" note names, if any (it follows
    the warning within its snippet)."""
    for text in texts[index + 1:index + 8]:
        if _UNKNOWN.match(text):
            return None
        found = _FROM_MACRO.search(text)
        if found:
            return found["macro"]
    return None


def _message(name: str, macro: str | None) -> str | None:
    if name.startswith(_UNSUPPORTED_PREFIX):
        attr = name[len(_UNSUPPORTED_PREFIX):]
        return (f"enzymec does not support Enzyme's attribute '{attr}': {UNSUPPORTED[attr]}; "
                f"remove it")
    if name == "annotate":  # Enzyme's attributes expand to it; clang ignores it in [[...]]
        what = f"Enzyme's attribute '{macro}'" if macro else "the attribute 'annotate'"
        spelling = (macro or "annotate") + ('("...")' if macro != "enzyme_inactive" and
                                            macro != "enzyme_nofree" else "")
        return (f"{what} in the [[...]] spelling is not supported; write "
                f"__attribute__(({spelling})) instead")
    if name.startswith(("enzyme_", "enzyme::")):
        return (f"unknown Enzyme attribute '{name}': enzymec knows "
                f"{', '.join(sorted(n.split('(')[0] for n in ANNOTATED))} "
                f"(spelt __attribute__((...)))")
    return None
