"""Find the clang frontend and the system linker driver, and hide their quirks.

enzymec needs a clang whose LLVM major version equals llvmlite's, because the textual IR
clang writes must parse in llvmlite's LLVM. The ziglang wheel bundles such a clang, but
`zig cc` adds defaults of its own (UBSan at -O0, the native CPU, debug info, -DNDEBUG,
libc++ headers, an OS-versioned triple). This is the only module that knows about such
version- and toolchain-specific differences; the rest of the driver asks it for flags.
"""

from __future__ import annotations

import functools
import os
import re
import shlex
import sys

from enzymec import regex_cache
from enzymec.diagnostics import CompileError
from enzymec.driver import cache_file, llvm_facts
from enzymec.digest import sha256_hex
from enzymec.records import FrozenRecord, init_field

# `zig cc -march=` takes zig CPU names (underscores; a '-' would start a "minus feature").
_ZIG_CPU_FLAGS = ("-march=", "-mcpu=", "-mtune=")


class Toolchain(FrozenRecord):
    """The commands enzymec runs: clang for C and C++, the linker drivers, and their traits."""

    _fields = ("cc", "cxx", "version", "is_zig", "ld", "ldxx")

    def __init__(
            self, cc: tuple[str, ...], cxx: tuple[str, ...], version: str, is_zig: bool,
            ld: tuple[str, ...] = ("cc",), ldxx: tuple[str, ...] = ("c++",)
    ) -> None:
        init_field(self, "cc", cc)
        init_field(self, "cxx", cxx)
        init_field(self, "version", version)
        init_field(self, "is_zig", is_zig)
        init_field(self, "ld", ld)
        init_field(self, "ldxx", ldxx)

    def clang(self, cxx: bool) -> list[str]:
        return list(self.cxx if cxx else self.cc)

    @property
    def version_major(self) -> int:
        return int(self.version.split(".")[0])

    def linker(self, cxx: bool) -> list[str]:
        return list(self.ldxx if cxx else self.ld)


def required_major() -> int:
    return llvm_facts.llvm_major()


def which(name: str) -> str | None:
    """The executable `name` as a shell finds it on $PATH (or `name` itself when it holds a
    directory part), like shutil.which, whose import (with the compression modules) cost a
    millisecond of every compile's start."""
    def runnable(path: str) -> bool:
        return os.path.isfile(path) and os.access(path, os.X_OK)

    if os.path.dirname(name):
        return name if runnable(name) else None
    for directory in os.environ.get("PATH", os.defpath).split(os.pathsep):
        path = os.path.join(directory or os.curdir, name)
        if runnable(path):
            return path
    return None


def _candidates() -> list[tuple[tuple[str, ...], tuple[str, ...], bool, str]]:
    """(cc, c++, is_zig, origin) in the order the brief prescribes."""
    env = os.environ.get("ENZYMEC_CLANG")
    if env:
        cmd = tuple(shlex.split(env))
        return [(cmd, cmd + ("--driver-mode=g++",), False, "$ENZYMEC_CLANG")]
    found = []
    major = required_major()
    path = which(f"clang-{major}")
    if path:
        found.append(((path,), (path, "--driver-mode=g++"), False, "PATH"))
    zig = _zig_binary()
    if zig:  # the wheel's binary itself: `python -m ziglang` would start a second Python
        found.append(((zig, "cc"), (zig, "c++"), True, "ziglang"))
    else:
        py = sys.executable
        found.append(((py, "-m", "ziglang", "cc"), (py, "-m", "ziglang", "c++"), True, "ziglang"))
    return found


def _zig_binary() -> str | None:
    # the path finder itself, which every process has loaded: importlib.util, which would
    # look in the same places, costs 5.7M instructions to import (a tenth of a compile's
    # standard-library imports)
    try:
        from _frozen_importlib_external import PathFinder
    except ImportError:  # another interpreter
        from importlib.machinery import PathFinder
    spec = PathFinder.find_spec("ziglang")
    if spec is None or not spec.origin:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "zig")
    return path if os.access(path, os.X_OK) else None


def _version_cache_file(cmd: tuple[str, ...]) -> str | None:
    """Where the version of the clang at `cmd` is remembered, keyed by its binary's identity
    (path, size, mtime), so every compile need not run `clang --version` again."""
    binary = which(cmd[-2] if len(cmd) > 1 and cmd[-1] in ("cc", "c++") else cmd[0]) \
        if cmd else None
    if not binary:
        return None
    try:
        info = os.stat(binary)
    except OSError:
        return None
    key = sha256_hex(f"{os.path.realpath(binary)}|{info.st_size}|{info.st_mtime_ns}|"
                     f"{' '.join(cmd)}", 24)
    return cache_file.cache_path(f"clang-version-{key}")


def _cached_clang_version(cmd: tuple[str, ...]) -> str | None:
    cache = _version_cache_file(cmd)
    stored = cache_file.load(cache) if cache else None
    if stored and len(stored) == 1 and stored[0]:
        return stored[0]
    version = _clang_version(cmd)
    if cache and version:
        cache_file.store(cache, [version])
    return version


def _clang_version(cmd: tuple[str, ...]) -> str | None:
    """The `clang version X.Y.Z` that `cmd --version` prints, or None if it does not run."""
    import subprocess  # here: once per machine and compiler (cached), not per compile (spawn.py)

    try:
        proc = subprocess.run([*cmd, "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"clang version (\d+(?:\.\d+)*)", proc.stdout + proc.stderr)
    return match.group(1) if match else None


@functools.lru_cache(maxsize=1)
def find_toolchain() -> Toolchain:
    """Pick the first usable clang; a wrong version is an error, never silently used."""
    need = required_major()
    for cc, cxx, is_zig, origin in _candidates():
        version = _cached_clang_version(cc)
        shown = " ".join(cc)
        if version is None:
            if origin == "$ENZYMEC_CLANG":
                raise CompileError(
                    f"ENZYMEC_CLANG='{shown}' does not run or is not clang",
                    note=f"point ENZYMEC_CLANG at a clang {need} (e.g. clang-{need}) or unset it",
                )
            continue
        if int(version.split(".")[0]) != need:
            raise CompileError(
                f"clang '{shown}' (from {origin}) is version {version}, but enzymec needs clang "
                f"{need}.x (the LLVM of llvmlite)",
                note=f"set ENZYMEC_CLANG to a clang {need} (apt-get install clang-{need}), "
                f"or unset it to use the clang of the ziglang wheel",
            )
        return Toolchain(cc, cxx, version, is_zig, _linker("ENZYMEC_LD", "cc"),
                         _linker("ENZYMEC_LDXX", "c++"))
    raise CompileError(
        f"no clang {need} found", note=f"pip install 'ziglang==0.17.*' or apt-get install clang-{need}"
    )


def _linker(var: str, default: str) -> tuple[str, ...]:
    return tuple(shlex.split(os.environ.get(var) or default))


def user_cpu(user_flags: list[str]) -> str | None:
    """The CPU named by the user's last -march=/-mcpu= (clang spelling), if any."""
    cpu = None
    for flag in user_flags:
        if flag.startswith(("-march=", "-mcpu=")):
            cpu = flag.split("=", 1)[1]
    return cpu


def translate_user_flags(tc: Toolchain, flags: list[str]) -> list[str]:
    """Rewrite user flags into the spelling this clang understands (zig's CPU names)."""
    if not tc.is_zig:
        return list(flags)
    out = []
    for flag in flags:
        if flag.startswith(_ZIG_CPU_FLAGS):
            name, value = flag.split("=", 1)
            flag = f"{name}={value.replace('-', '_')}"
        out.append(flag)
    return out


def default_flags(tc: Toolchain, user_flags: list[str], opt_level: str) -> list[str]:
    """Flags placed before the user's so that clang behaves like Debian's cc by default.

    Verified with `zig cc -###`: without these zig instruments -O0 code with UBSan (which a
    plain `cc` link cannot resolve), targets the build machine's CPU, defines NDEBUG at -O1+,
    makes __DATE__ an error, adds a stack protector and keeps frame pointers. The user's own
    flags come later on the command line and so still win.
    """
    if not tc.is_zig:
        return []
    flags = ["-fno-sanitize=undefined", "-UNDEBUG", "-Wno-error=date-time", "-fno-stack-protector"]
    if not any(f.startswith(_ZIG_CPU_FLAGS) for f in user_flags):
        flags.append("-march=x86_64")
    if opt_level != "0":
        flags.append("-fomit-frame-pointer")
    return flags


def cxx_trailing_flags(tc: Toolchain) -> list[str]:
    """Flags after the user's for C++: compile against the libstdc++ that `c++` links.

    zig's clang ignores -stdlib=libstdc++ and lists the C headers as plain -isystem
    directories ahead of any the user adds, so the libstdc++ directories go in as -I (which is
    searched first; libstdc++ headers declare themselves system headers by pragma) after the
    user's own -I directories.
    """
    if not tc.is_zig:
        return []
    flags = ["-nostdinc++"]
    for path in system_cxx_include_dirs(tc.ldxx):
        flags += ["-I", path]
    return flags


@functools.lru_cache(maxsize=4)
def system_cxx_include_dirs(ldxx: tuple[str, ...]) -> tuple[str, ...]:
    """The libstdc++ include directories of the system C++ driver, in its search order."""
    import subprocess  # here: C++ units only (spawn.py)

    try:
        proc = subprocess.run([*ldxx, "-xc++", "-E", "-v", os.devnull],
                              capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise CompileError(f"cannot run the C++ linker driver '{ldxx[0]}': {err}") from None
    text = proc.stderr
    start, end = text.find("#include <...> search starts here:"), text.find("End of search list.")
    dirs = [line.strip() for line in text[start:end].splitlines()[1:]]
    return tuple(d for d in dirs if "/c++/" in d + "/" and "/gcc/" not in d)


def separate_dependency_run(tc: Toolchain) -> bool:
    """Whether -MD/-MMD need a preprocessor run of their own.

    zig cc uses dependency files for its own cache: given -MD with -c -emit-llvm it writes
    the .d file but no bitcode, and -Xclang -dependency-file collides with its cache. Under
    -E it writes both correctly.
    """
    return tc.is_zig


_ZIG_UNKNOWN = regex_cache.compile(rb'^error: unknown clang option: "([^"]*)"$', re.MULTILINE)


def rewrite_diagnostics(stderr: bytes) -> bytes:
    """Give zig's own driver errors clang's wording; clang's diagnostics pass unchanged."""
    return _ZIG_UNKNOWN.sub(lambda m: b"enzymec: error: unknown argument: '" + m[1] + b"'", stderr)


_TRIPLE = regex_cache.compile(r'^target triple = "[^"]*"', re.MULTILINE)


def normalize_triple(ir_text: str) -> str:
    """Replace an OS/libc-versioned triple (zig's) by the host triple llvmlite targets."""
    line = f'target triple = "{llvm_facts.process_triple()}"'
    return _TRIPLE.sub(lambda _: line, ir_text, count=1)


def target_cpu(user_flags: list[str]) -> tuple[str, str]:
    """(cpu, features) for llvmlite's TargetMachine: the user's -march or generic x86-64."""
    import llvmlite.binding as llvm

    cpu = user_cpu(user_flags)
    if cpu is None:
        return "x86-64", ""
    if cpu == "native":
        return llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten()
    return cpu.replace("_", "-") if cpu.startswith("x86_64") else cpu, ""
