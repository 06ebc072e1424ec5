"""Build the other-language gradient programs (tests/lang) with enzymec and their front ends.

Program convention: tests/lang/<lang>/NAME.<ext> (ir: .ll, zig: .zig, fortran: .f90,
rust: .rs) exports, with the C ABI, the same two functions as tests/c's programs

    double f(const double *x);              the primal
    void grad(const double *x, double *g);  g = its gradient, computed by enzymec

and starts with a header line in its own comment syntax, with tests/c/gradcheck.py's words:

    ! gradcheck: n=3 lo=-2 hi=2

The header flag `jvp` says the program also exports forward mode's (tests/c/forward's)

    double jvp(const double *x, const double *v);  f's derivative at x along v (fwddiff)

which test_lang_gradients checks from the same library (no second build).

A mixed-language program is tests/lang/mixed/NAME.c (the header, f and grad, in C) beside
one kernel NAME.<ext> in another language; enzymec links both with -flto and
differentiates the kernel from the C driver.

A missing toolchain is a failure naming the package to install (never a skip): .ci/run
installs them. The finite-difference check and its tolerances are gradcheck.py's.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import gradcheck
from gradcheck import BuildError, Spec

HERE = Path(__file__).resolve().parent
LANGS = {"ir": ".ll", "zig": ".zig", "fortran": ".f90", "rust": ".rs"}
LLVM_MAJOR = 22
VARIANTS = ("-O0", "-O2")
_HEADER = re.compile(r"\A\s*(?:;|//|!|/\*)\s*gradcheck:(?P<body>[^\n]*?)(?:\*/)?\s*$", re.M)


class MissingToolchain(Exception):
    """A language's compiler is not installed: the message names the package."""


def read_spec(path: Path) -> Spec:
    """The header line (gradcheck's words in any comment syntax) as a gradcheck.Spec."""
    match = _HEADER.match(path.read_text())
    if match is None:
        raise ValueError(f"{path}: the first line must be a 'gradcheck: n=...' comment")
    fields, flags = gradcheck._header_words(match.group("body"))
    return Spec(path, int(fields["n"]), float(fields.get("lo", -2)),
                float(fields.get("hi", 2)), "float" in flags, False)


def exports_jvp(path: Path) -> bool:
    """Whether the header's flags include `jvp` (the program exports forward mode's jvp)."""
    match = _HEADER.match(path.read_text())
    return match is not None and "jvp" in gradcheck._header_words(match.group("body"))[1]


def programs(lang: str) -> list[Path]:
    """The programs of one language, or the mixed ones (their C drivers)."""
    if lang == "mixed":
        return sorted((HERE / "mixed").glob("*.c"))
    return sorted((HERE / lang).glob("*" + LANGS[lang]))


def kernel_of(driver: Path) -> Path:
    """The other-language kernel beside a mixed program's C driver."""
    found = [p for p in driver.parent.glob(driver.stem + ".*") if p.suffix in LANGS.values()]
    if len(found) != 1:
        raise ValueError(f"{driver}: needs exactly one kernel file beside it, found {found}")
    return found[0]


def _run(cmd: list, cwd: Path, what: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "ENZYMEC_TRACEBACK"}
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env=env)
    if proc.returncode != 0:
        raise BuildError(f"{what} failed (exit {proc.returncode}):\n$ "
                         + " ".join(map(str, cmd)) + f"\n{proc.stdout}{proc.stderr}")


def zig_bitcode(source: Path, out: Path, variant: str) -> list[str]:
    """zig -> bitcode (zig emits it after its own LLVM pipeline). Debug mode without
    error-return traces (a hidden parameter) and stack probes (a compiler-rt call); the
    programs' `panic = no_panic` keeps std's panic machinery out of the module. Optimized:
    ReleaseSmall, which does not vectorize (ReleaseFast's vector loops are left to enzymec's
    own -O after AD)."""
    mode = ["-O", "Debug", "-fno-error-tracing", "-fno-stack-check"] if variant == "-O0" \
        else ["-O", "ReleaseSmall", "-fno-strip"]
    return [sys.executable, "-m", "ziglang", "build-obj", *mode, f"-femit-llvm-bc={out}",
            "-fno-emit-bin", source]


def rustc() -> str:
    """$RUSTC or rustc on PATH, with an LLVM enzymec reads (22); else MissingToolchain."""
    cmd = os.environ.get("RUSTC") or shutil.which("rustc")
    note = (f"install a rustc built on LLVM {LLVM_MAJOR} (Debian 12: apt-get install rustc-web,"
            " 1.96; or rustup's 1.95) or set RUSTC")
    if not cmd:
        raise MissingToolchain(f"rustc not found: {note}")
    info = subprocess.run([cmd, "-vV"], capture_output=True, text=True).stdout
    major = re.search(r"LLVM version: (\d+)", info)
    if not major or int(major.group(1)) != LLVM_MAJOR:
        raise MissingToolchain(f"{cmd} uses LLVM {major and major.group(1)}: {note}")
    return cmd


RUST_FLAGS = {"-O0": ["-C", "opt-level=0"],
              "-O2": ["-C", "opt-level=2", "-C", "no-vectorize-loops", "-C", "no-vectorize-slp"]}
# Line tables: enzymec's errors then name the Rust source line.
RUST_COMMON = ["-C", "panic=abort", "-C", "debuginfo=line-tables-only"]


def rust_bitcode(source: Path, out: Path, variant: str) -> list[str]:
    """rustc -> bitcode of a library crate; panics abort (no unwinding landing pads)."""
    return [rustc(), "--emit=llvm-bc", "--crate-type=lib", *RUST_COMMON, *RUST_FLAGS[variant],
            source, "-o", out]


def rust_std(outdir: Path) -> Path:
    """A static library of Rust's std/core (an empty staticlib crate): what rustc's code
    calls (panics, formatting) resolves in it at link time."""
    lib = outdir / "librust_std_support.a"
    with _RUST_STD_LOCK:  # the session builds programs in parallel threads
        if not lib.exists():
            _build_rust_std(outdir, lib)
    return lib


_RUST_STD_LOCK = threading.Lock()


def _build_rust_std(outdir: Path, lib: Path) -> None:
    empty = outdir / "rust_std_support.rs"
    empty.write_text("// std and core, linked into enzymec's outputs\n")
    _run([rustc(), "--crate-type=staticlib", "-C", "panic=abort", "-C", "opt-level=2", empty,
          "-o", lib], outdir, "rustc (std support library)")


def require(lang: str) -> None:
    """Fail (MissingToolchain) when the language's compiler is not installed."""
    if lang == "fortran" and not shutil.which(f"flang-new-{LLVM_MAJOR}") \
            and not os.environ.get("ENZYMEC_FLANG"):
        raise MissingToolchain(f"flang-new-{LLVM_MAJOR} not found: apt-get install "
                               f"flang-{LLVM_MAJOR}")
    if lang == "rust":
        rustc()


def _front(source: Path, outdir: Path, variant: str, tag: str) -> tuple[Path, bool]:
    """(the input enzymec compiles, whether the link needs Rust's std) for one program or
    kernel source: Zig and Rust go through their compiler's bitcode first."""
    lang = next(k for k, v in LANGS.items() if v == source.suffix)
    require(lang)
    bitcode = outdir / f"{tag}{variant}.bc"
    if lang == "zig":
        _run(zig_bitcode(source, bitcode, variant), outdir, f"zig {variant} {source.name}")
        return bitcode, False
    if lang == "rust":
        _run(rust_bitcode(source, bitcode, variant), outdir, f"rustc {variant} {source.name}")
        return bitcode, True
    return source, False


def build(source: Path, outdir: Path, variant: str) -> Path:
    """A program (or a mixed program's C driver) as a shared library built by enzymec."""
    tag = f"{source.parent.name}-{source.stem}"
    work = outdir / f"{tag}{variant}"
    work.mkdir(exist_ok=True)  # flang writes .mod files into the current directory
    if source.suffix == ".c":
        kernel, rust = _front(kernel_of(source), work, variant, tag)
        inputs = ["-flto", source, kernel]
    else:
        kernel, rust = _front(source, work, variant, tag)
        inputs = [kernel]
    link = [f"-L{rust_std(outdir).parent}", "-lrust_std_support"] if rust else []
    output = outdir / f"{tag}{variant}.so"
    _run(["enzymec", variant, "-shared", "-fPIC", *inputs, "-o", output, *link, "-lm"], work,
         f"enzymec {variant} {source.name}")
    return output
