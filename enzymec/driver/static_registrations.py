"""Registration globals declared `static` (or otherwise internal: `const` or in an anonymous
namespace in C++): a located error rather than a silently ignored registration.

Why: clang never emits a `static` variable nothing in its translation unit reads, and
nothing reads a registration (`static void *__enzyme_register_gradient_f[3] = {...};`,
`static void *__enzyme_inactivefn[] = {...};`): it reaches neither the IR nor the AD, so
the custom gradient, the inactive function or global, or an unsupported key's refusal would
be dropped without a word, and the derivative computed from the function's own body: a
wrong number (Enzyme's clang plugin loses it the same way). clang does say so itself, in
its "unused variable" warning, which names the variable where it was declared. So the
frontend runs with that warning on, each one about a variable whose name holds a
registration key becomes an error, and the ones the user did not ask for are taken out
of what they see (with clang's closing count of warnings). The warning is never an error
on the user's -Werror unless the user turned it on.

Not caught: a static registration marked `__attribute__((unused))` or `[[maybe_unused]]`,
about which clang says nothing (one marked `used` is emitted, and works).
"""

from __future__ import annotations

import re

from enzymec.ad.entry.registration_keys import ALL_KEYS
from enzymec.driver.attributes import plain

_UNUSED = re.compile(r"^(?P<loc>[^\n]*?:\d+(?::\d+)?): warning: unused variable '(?P<name>[^']*)'"
                     r"(?: \[-W(?P<flag>unused(?:-const)?-variable)\])?$")
_COUNT = re.compile(r"^(?P<w>\d+) warnings?(?: and (?P<e>\d+) errors?)? generated\.$")
VARIABLE, CONST = "unused-variable", "unused-const-variable"
# what a user flag does to the two warnings (the first holds the second, as in clang);
# the last flag that names one wins
_GROUPS = {"all": (VARIABLE, CONST), "most": (VARIABLE, CONST), "unused": (VARIABLE, CONST),
           "everything": (VARIABLE, CONST), VARIABLE: (VARIABLE, CONST), CONST: (CONST,)}


def wanted_warnings(user_flags: list[str]) -> set[str]:
    """The unused-variable warnings the user's own flags turn on (`-Werror=` ones too)."""
    wanted: set[str] = set()
    for flag in user_flags:
        if flag == "-w":
            wanted.clear()
        elif flag.startswith("-Wno-") and not flag.startswith("-Wno-error"):
            wanted -= set(_GROUPS.get(flag[5:], ()))
        elif flag.startswith("-Werror="):
            wanted |= set(_GROUPS.get(flag[8:], ()))
        elif flag.startswith("-W"):
            wanted |= set(_GROUPS.get(flag[2:], ()))
    return wanted


def _errors(user_flags: list[str]) -> set[str]:
    """The unused-variable warnings the user's flags make errors: -Werror, except where a
    -Wno-error=... names them, and -Werror=... (a named setting wins over -Werror)."""
    named: dict[str, bool] = {}
    everything = False
    for flag in user_flags:
        if flag in ("-Werror", "-Wno-error"):
            everything = flag == "-Werror"
        elif flag.startswith(("-Werror=", "-Wno-error=")):
            for name in _GROUPS.get(flag.split("=", 1)[1], ()):
                named[name] = flag.startswith("-Werror=")
    return {name for name in (VARIABLE, CONST) if named.get(name, everything)}


def warning_flags(user_flags: list[str]) -> list[str]:
    """Flags after the user's that make clang report unused variables (see the module doc):
    the warning on, and an error only where the user made it one (`-Wno-error=` of the
    group also covers the const subgroup, whose error the user may have asked for)."""
    wanted = wanted_warnings(user_flags)
    if VARIABLE in wanted:
        return []
    flags = ["-Wunused-variable", f"-Wno-error={VARIABLE}"]
    if CONST in wanted and CONST in _errors(user_flags):
        flags.append(f"-Werror={CONST}")
    return flags


def diagnose(stderr: bytes, user_flags: list[str]) -> tuple[bytes, bool]:
    """clang's stderr with each unused registration made a located error and, unless the
    user asked for them, the other unused-variable warnings removed; True when there was
    an error of this kind."""
    lines = stderr.split(b"\n")
    wanted = wanted_warnings(user_flags)
    out: list[bytes] = []
    failed, removed, promoted = False, 0, 0
    skipping = False
    for line in lines:
        text = plain(line)
        if skipping and text.startswith(" "):
            continue  # the removed warning's source snippet
        skipping = False
        match = _UNUSED.match(text)
        if match and any(key in match["name"] for key in ALL_KEYS):
            out.append(f"{match['loc']}: error: registration '{match['name']}' is read by "
                       f"nothing in its file, so clang does not emit it and the AD would "
                       f"ignore it; declare it as a global with external linkage (not "
                       f"'static'; in C++ neither 'const' nor in an anonymous namespace), as in "
                       f"Enzyme's examples".encode())
            failed, promoted = True, promoted + 1
            continue
        if match and (match["flag"] or VARIABLE) not in wanted:
            removed += 1
            skipping = True
            continue
        count = _COUNT.match(text)
        if count and (removed or promoted):
            line = _recount(int(count["w"]) - removed - promoted,
                            int(count["e"] or 0) + promoted)
            if line is None:
                continue
        out.append(line)
    return b"\n".join(out), failed


def _recount(warnings: int, errors: int) -> bytes | None:
    """clang's closing line for `warnings` and `errors`, or None when both are 0."""
    parts = []
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    return f"{' and '.join(parts)} generated.".encode() if parts else None
