"""A cc1 command template that holds the working directory as a placeholder (zig_cc1.py).

Why: `zig cc -###` writes the working directory into the cc1 command it prints as
`-fdebug-compilation-dir=DIR` and `-fcoverage-compilation-dir=DIR` (where debug info and
coverage data say the compile ran). When these are its only mentions of the directory,
the rest of the command is the same in every directory, and one template, with a
placeholder for DIR, serves all of them: a build that compiles in many directories then
asks `zig cc -###` once per set of flags instead of once per directory (issue 11 item 5).
zig keeps the user's relative paths relative (`-Iinc` stays `-I inc`), so the directory
appears elsewhere only in paths that do not depend on it: the caller's own arguments
(enzymec's include directory) and the toolchain's files (clang's resource directory),
which may well lie under it (a project's `.venv`). But zig names its own headers by a
path relative to the directory when they lie under it (`-isystem .venv/lib/.../include`):
a relative path that is not the caller's ties the template to its directory, as does the
directory itself in any other argument.
"""

from __future__ import annotations

import os

CWD = "\0cwd"  # the placeholder; no real argument holds a NUL
ANY_DIRECTORY = "\0anywhere"  # what zig_cc1's key holds for a template with the placeholder

# The cc1 flags whose value is the working directory itself (clang's driver sets them so).
_DIR_FLAGS = ("-fdebug-compilation-dir=", "-fcoverage-compilation-dir=")


def generalize(template: list[str], cwd: str, given: list[str],
               toolchain_root: str) -> list[str] | None:
    """`template` with the placeholder for `cwd` in the directory flags, or None when
    `cwd` appears in an argument that is none of those, not part of the caller's
    arguments `given` and not under `toolchain_root` (or when no flag names it: the
    template then stays as it was asked)."""
    out, seen = [], False
    for arg in template:
        flag = next((f for f in _DIR_FLAGS if arg.startswith(f)), None)
        if flag is not None and arg == flag + cwd:
            out.append(flag + CWD)
            seen = True
        elif _tied(arg, cwd) and not _independent(arg, given, toolchain_root):
            return None
        else:
            out.append(arg)
    return out if seen else None


def _tied(arg: str, cwd: str) -> bool:
    """Whether `arg` may depend on the directory: it names it, or it is a relative path (a
    value, not a flag, with a `/` in it or naming something in the directory)."""
    if cwd in arg:
        return True
    if arg.startswith(("-", "/", "\0")) or not arg:
        return False
    return "/" in arg or os.path.exists(os.path.join(cwd, arg))


def _independent(arg: str, given: list[str], toolchain_root: str) -> bool:
    """Whether `arg` came from the caller's arguments or names a toolchain file."""
    under = toolchain_root and arg.startswith(toolchain_root.rstrip("/") + "/")
    return bool(under) or any(arg in g for g in given)


def fill(template: list[str], cwd: str) -> list[str]:
    """`template` with the placeholder replaced by the directory `cwd`."""
    return [arg.replace(CWD, cwd) if CWD in arg else arg for arg in template]
