"""Run zig's clang directly, without the `zig cc` wrapper around it.

Why: `zig cc -c` is a wrapper that, before clang runs, asks the system C compiler for its
include directories (`cc -E -Wp,-v`, a preprocessor run) and crt paths (two more `cc`
runs), then starts a second zig process for clang itself and, for an object, a third
(`ld.lld -r`). On this machine that costs about 0.02 s of CPU per call against clang's own
0.013 s on a tiny file, and an AD compile calls it three times: the frontend
(pipeline.frontend), the pre-AD pipeline (clang_pre_ad.py), the -O pipeline and codegen
(clang_codegen.py). What `zig cc` hands clang's cc1 depends only on the command's flags
(the input and output paths aside), the directory and the environment: it is asked once
(`zig cc -###` prints that cc1 command) and kept in the user's cache directory, keyed by
the zig binary, the command with its two paths taken out, the input's extension, the
working directory, the kernel release (zig names it in the triple) and the environment
variables the driver reads; later calls run `zig clang -cc1 ...` at once. When the working
directory appears in the cc1 command only as `-fdebug-compilation-dir=` and
`-fcoverage-compilation-dir=` (the usual case: zig keeps the user's relative paths
relative), the template holds a placeholder there and its key leaves the directory out, so
a build that compiles in many directories asks zig once per set of flags, not once per
directory (cc1_cwd.py).

The cc1 command is clang's own, so the frontend's bitcode and the pre-AD IR are
byte-identical to `zig cc`'s; an object differs only in what `ld.lld -r` changes in the ELF
container (section order, the symbol table, merged constants), not in its code
(tests/driver/test_zig_cc1.py). Anything unexpected falls back to the `zig cc` command
itself: no template (a driver warning in the `-###` output, which only zig cc would show
again), a cc1 failure (zig cc then runs and shows the errors as before), a dependency file
or standard input (the frontend keeps zig cc).
"""

from __future__ import annotations

import os
import shlex
import sys

from enzymec import regex_cache
from enzymec.driver import cache_file, cc1_cwd, spawn
from enzymec.digest import sha256_hex

_IN, _OUT, _MAIN = "\0in", "\0out", "\0main"  # placeholders no real argument contains

# What `zig cc -###` prints besides the cc1 command; any other line (a driver warning) keeps
# the command with zig cc.
_HEADER = regex_cache.compile(
    r"(clang version |Target: |Thread model: |InstalledDir: | \(in-process\)$)")

# The environment the clang driver and zig's libc detection read into the cc1 command.
_ENV = ("PATH", "CC", "CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH", "SOURCE_DATE_EPOCH",
        "ZIG_LIBC", "CCC_OVERRIDE_OPTIONS", "SDKROOT")


def command(tc, cmd: list[str], source: str, output: str) -> list[str] | None:
    """The direct cc1 command doing what `cmd` (a `zig cc` command reading the IR file
    `source`, writing `output`) does, or None (not zig; no usable template)."""
    if not tc.is_zig or len(tc.cc) != 2 or cmd[:2] not in (list(tc.cc), list(tc.cxx)):
        return None
    cwd = os.getcwd()
    template = _load(_key(cmd, source, output, None))  # a template for any directory
    if template is None:
        template = _load(_key(cmd, source, output, cwd))
    if template is None:
        template = _ask_zig(cmd, source, output)
        if template is None:
            return None
        general = cc1_cwd.generalize(template, cwd, cmd, _root(cmd[0]))
        where = None if general is not None else cwd
        _store(_key(cmd, source, output, where), general or template)
    fill = {_IN: source, _OUT: output, _MAIN: os.path.basename(source)}
    template = cc1_cwd.fill(template, cwd)
    return [tc.cc[0], "clang", *(fill.get(arg, arg) for arg in template)]


def run(tc, cmd: list[str], source: str, output: str, verbose: bool = False,
        edit=None) -> bytes | None:
    """Run the direct form of `cmd` (changed by `edit`, if given, where it returns a
    command); its diagnostics (bytes) when it ran and succeeded (the caller then skips
    `cmd`), None when the caller must run `cmd` itself."""
    direct = command(tc, cmd, source, output)
    if direct is None:
        return None
    if edit is not None:
        direct = edit(direct) or direct
    if verbose:
        print(" ".join(shlex.quote(a) for a in direct), file=sys.stderr)
    try:
        status, said = spawn.run(direct, quiet=True)
    except OSError:
        return None
    return said if status == 0 else None


def _ask_zig(cmd: list[str], source: str, output: str) -> list[str] | None:
    """The cc1 arguments `zig cc -###` prints for `cmd`, with the paths as placeholders."""
    import subprocess  # here: a compile whose cc1 command is cached never imports it

    try:
        proc = subprocess.run([*cmd[:2], "-###", *cmd[2:]], capture_output=True, text=True,
                              timeout=120)
    except (OSError, subprocess.TimeoutExpired, UnicodeError):
        return None
    lines = [line for line in proc.stderr.splitlines() if line.startswith(' "')]
    said = [line for line in proc.stderr.splitlines() if not line.startswith(' "')]
    if proc.returncode != 0 or len(lines) != 1 or not all(map(_HEADER.match, said)):
        return None  # also a driver warning (an unused -L): zig cc must run to show it
    return _template(shlex.split(lines[0]), source)


def _template(argv: list[str], source: str) -> list[str] | None:
    """cc1's arguments (argv without the binary) with source, output and main file name as
    placeholders; None unless the line has the one shape expected: `BIN -cc1 ... -o OUT
    ... SOURCE`, one -o, one -main-file-name, the source last."""
    args = argv[1:]
    if (not args or args[0] != "-cc1" or args.count("-o") != 1
            or args.count("-main-file-name") != 1):
        return None
    args[args.index("-main-file-name") + 1] = _MAIN
    if args[-1] != source or args.count(source) != 1:
        return None
    args[-1] = _IN
    args[args.index("-o") + 1] = _OUT
    return args


def _root(zig: str) -> str:
    """The directory holding zig's installation (the wheel's site-packages: clang's
    resource directory lies under it, zig's headers too)."""
    return os.path.dirname(os.path.dirname(os.path.realpath(zig)))


def _key(cmd: list[str], source: str, output: str, cwd: str | None) -> str:
    """What the cc1 command depends on: the zig binary's identity, the flags, the
    directory (None: a template that names it only through a placeholder), the kernel
    release and zig's own environment settings."""
    try:
        info = os.stat(cmd[0])
        binary = f"{os.path.realpath(cmd[0])}|{info.st_size}|{info.st_mtime_ns}"
    except OSError:
        binary = cmd[0]
    flags = [_IN if a == source else _OUT if a == output else a for a in cmd[1:]]
    env = {k: v for k, v in os.environ.items() if k in _ENV or k.startswith("NIX_")}
    text = repr([binary, flags, os.path.splitext(source)[1],
                 cwd if cwd is not None else cc1_cwd.ANY_DIRECTORY, os.uname().release, env])
    return sha256_hex(text, 32)


def _path(key: str) -> str:
    return cache_file.cache_path("cc1", key)


def _load(key: str) -> list[str] | None:
    args = cache_file.load(_path(key))
    return args if args and args[0] == "-cc1" and args[-1] == _IN else None


def _store(key: str, args: list[str]) -> None:
    cache_file.store(_path(key), args)
