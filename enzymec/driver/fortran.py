"""The Fortran front end: flang (the same LLVM major as llvmlite) -> LLVM IR, and its runtime.

flang's own Fortran-level optimizer (MLIR) is what turns intrinsics such as `sum`,
`dot_product` and elemental array expressions into loops; at -O0 it leaves them as calls
into the Fortran runtime (`_FortranASumReal8`, ...), which have no derivative. So flang
always runs at -O2 with LLVM's own passes switched off (`-opt-bisect-limit=0` skips every
optional LLVM pass, as `-disable-llvm-optzns` does for clang): enzymec's pre-AD pipeline
and the user's -O level decide the rest, exactly as for C. A runtime call that remains
(`matmul`, `norm2`, I/O) is a located error of the AD pass when it touches active data.

`use enzyme` finds include/enzyme.f90 compiled by this flang into enzymec's cache (module
files are specific to the compiler version), and every link with a Fortran input adds
flang's runtime library.
"""

from __future__ import annotations

import functools
import glob
import os
import re
import shlex
import subprocess

from enzymec.diagnostics import CompileError
from enzymec.digest import sha256_hex
from enzymec.driver.resources import include_dir
from enzymec.driver.toolchain import which

RUNTIME_LIB = "flang_rt.runtime"
# The flags for clang that flang also takes (options.py keeps flang's own apart: fcflags).
PASSED_PREFIXES = ("-I", "-D", "-U", "-fopenmp", "-fPIC", "-fpic", "-fno-PIC", "-fno-pic")
LLVM_PASSES_OFF = ["-mllvm", "-opt-bisect-limit=0", "-mllvm", "-opt-bisect-verbose=false"]


def _install_note(major: int) -> str:
    return (f"install flang {major} (Debian: apt-get install flang-{major}) or set "
            f"ENZYMEC_FLANG to a flang {major}")


@functools.lru_cache(maxsize=1)
def find_flang(major: int) -> tuple[str, ...]:
    """$ENZYMEC_FLANG, else flang-new-MAJOR / flang-MAJOR on PATH; a missing or wrong
    version is an error naming the package to install."""
    env = os.environ.get("ENZYMEC_FLANG")
    candidates = [tuple(shlex.split(env))] if env else [
        (path,) for name in (f"flang-new-{major}", f"flang-{major}")
        if (path := which(name))]
    for cmd in candidates:
        version = _flang_version(cmd)
        if version and int(version.split(".")[0]) == major:
            return cmd
        if version:
            raise CompileError(f"flang '{' '.join(cmd)}' is version {version}, but enzymec "
                               f"needs flang {major}.x (the LLVM of llvmlite)",
                               note=_install_note(major))
    raise CompileError(f"no flang {major} found to compile Fortran", note=_install_note(major))


def _flang_version(cmd: tuple[str, ...]) -> str | None:
    try:
        proc = subprocess.run([*cmd, "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r"flang(?:-new)? version (\d+(?:\.\d+)*)", proc.stdout)
    return match.group(1) if match else None


def frontend_command(flang: tuple[str, ...], cflags: list[str], fcflags: list[str],
                     debug: list[str], module_dir: str) -> list[str]:
    """flang -> bitcode: Fortran-level optimization on, LLVM passes off, `use enzyme` found."""
    passed = [f for f in user_flags(cflags) if f.startswith(PASSED_PREFIXES)]
    return [*flang, "-O2", *LLVM_PASSES_OFF, *debug, *passed, *fcflags, "-I", module_dir,
            "-c", "-emit-llvm"]


def preprocess_command(flang: tuple[str, ...], cflags: list[str],
                       fcflags: list[str]) -> list[str]:
    """flang -E with the user's -I/-D/-U and flang flags."""
    passed = [f for f in user_flags(cflags) if f.startswith(("-I", "-D", "-U"))]
    return [*flang, "-E", *passed, *fcflags]


def user_flags(cflags: list[str]) -> list[str]:
    """The user's flags that flang understands, joined (-I dir -> -Idir) so a filter keeps
    operands with their flags."""
    out, i = [], 0
    while i < len(cflags):
        flag = cflags[i]
        if flag in ("-I", "-D", "-U") and i + 1 < len(cflags):
            out.append(flag + cflags[i + 1])
            i += 2
            continue
        out.append(flag)
        i += 1
    return out


def module_dir(flang: tuple[str, ...], cache: str, tmpdir: str) -> str:
    """A directory holding enzyme.mod, compiled from include/enzyme.f90 by this flang once
    (keyed by the module source and the flang binary) and kept in enzymec's cache."""
    source = os.path.join(include_dir(), "enzyme.f90")
    with open(source, "rb") as handle:
        key = sha256_hex(handle.read() + " ".join(flang).encode()
                         + str(os.stat(which(flang[0]) or flang[0]).st_mtime_ns)
                         .encode(), 16)
    target = os.path.join(cache, f"fortran-modules-{key}")
    if os.path.isfile(os.path.join(target, "enzyme.mod")):
        return target
    staging = os.path.join(tmpdir, f"mods-{key}")
    os.makedirs(staging, exist_ok=True)
    proc = subprocess.run([*flang, "-fsyntax-only", "-J", staging, source],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise CompileError(f"cannot compile enzymec's Fortran module {source}:\n{proc.stderr}")
    os.makedirs(cache, exist_ok=True)
    try:
        os.replace(staging, target)  # atomic: a parallel build sees all of it or none
    except OSError:
        pass  # another build put it there first
    return target


def runtime_link_flags(flang: tuple[str, ...]) -> list[str]:
    """-L and -l for flang's runtime library (in its resource directory), as flang links."""
    proc = subprocess.run([*flang, "-print-resource-dir"], capture_output=True, text=True)
    found = glob.glob(os.path.join(proc.stdout.strip(), "lib", "*", f"lib{RUNTIME_LIB}.a"))
    if proc.returncode != 0 or not found:
        raise CompileError(f"flang's runtime library lib{RUNTIME_LIB}.a was not found under "
                           f"'{proc.stdout.strip()}/lib'",
                           note="install flang's development files (Debian: the "
                                "libflang-22-dev package, a dependency of flang-22)")
    return [f"-L{os.path.dirname(found[0])}", f"-l{RUNTIME_LIB}", "-lm"]
