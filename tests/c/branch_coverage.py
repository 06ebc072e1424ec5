"""Which branches of a gradient program's primal a set of points takes, measured with gcov.

The program is compiled by gcc (g++ for .cpp) with `--coverage` at -O0, so every `if`,
loop test, `switch` arm, `&&`/`||` operand and `?:` of the source is a branch gcov counts,
and linked with a small driver that reads points from stdin and calls `f` at each. `grad`,
`jvp` and `analytic` are never called: the link leaves the autodiff entry points unresolved.

fabs, fmin, fmax and copysign (and their float versions) have a branch inside libm that
gcov cannot see, yet their derivative depends on which argument wins or on a sign: in C
programs a forced-include shim redefines them as `?:` expressions at the call site, so
their two outcomes are branches of the line that calls them (copysign's: the sign of its
second argument).
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gradcheck import Spec

INCLUDE = Path(__file__).resolve().parents[2] / "include"
NOT_PRIMAL = {"grad", "analytic", "jvp", "main"}  # functions f does not reach by design

SHIM = r"""
#include <math.h>
#define _COV_PICK(a, b, op) __extension__({ __typeof__(a) _cov_a = (a); \
    __typeof__(b) _cov_b = (b); _cov_a op _cov_b ? _cov_a : _cov_b; })
#define _COV_ABS(a) __extension__({ __typeof__(a) _cov_a = (a); _cov_a < 0 ? -_cov_a : _cov_a; })
#define _COV_SIGN(a, b) __extension__({ __typeof__(a) _cov_m = __builtin_fabs(a); \
    (b) < 0 ? -_cov_m : _cov_m; })
#define fmax(a, b) _COV_PICK(a, b, >=)
#define fmaxf(a, b) _COV_PICK(a, b, >=)
#define fmin(a, b) _COV_PICK(a, b, <=)
#define fminf(a, b) _COV_PICK(a, b, <=)
#define fabs(a) _COV_ABS(a)
#define fabsf(a) _COV_ABS(a)
#define copysign(a, b) _COV_SIGN(a, b)
#define copysignf(a, b) _COV_SIGN(a, b)
"""

DRIVER = r"""
#include <stdio.h>
#include <stdlib.h>
#ifdef __cplusplus
extern "C"
#endif
double f(const double *x);
int main(int argc, char **argv) {
    int n = atoi(argv[1]);
    double *x = (double *)malloc(sizeof(double) * (n + 1));
    for (;;) {
        for (int i = 0; i < n; i++)
            if (scanf("%lf", &x[i]) != 1) return 0;
        printf("%.17g\n", f(x));
    }
}
"""


# C++ lines whose branches g++ adds and the source does not write, as (pattern, why): the
# null test of `delete` and the size check of `new T[n]`. Only on lines with no conditional.
IMPLICIT_CXX = [
    (re.compile(r"\bdelete\b"), "g++'s null test of a delete"),
    (re.compile(r"\bnew\s+\w+(\s*<[^>]*>)?\s*\["), "g++'s size check of a new T[n]"),
]
_THROWS = re.compile(r"\b(try|throw|catch)\b")
SOURCE_CONDITIONAL = re.compile(r"\b(if|for|while|switch|case)\b|\?|&&|\|\|")


def implicit_reason(path: Path, line: str) -> str | None:
    """Why a C++ line's branches are the compiler's own, or None."""
    if path.suffix != ".cpp" or SOURCE_CONDITIONAL.search(line):
        return None
    return next((why for pattern, why in IMPLICIT_CXX if pattern.search(line)), None)


@dataclass(frozen=True)
class Branch:
    """One outcome of a conditional of the source, as gcov numbers it."""
    line: int
    index: int   # which outcome of the line's conditionals (gcov's order)
    outcomes: int  # how many outcomes the line has
    function: str
    count: int


class Instrumented:
    """A program's primal built with gcov instrumentation, run at chosen points."""

    def __init__(self, spec: Spec, workdir: Path):
        self.spec, self.dir = spec, workdir
        self.object = workdir / f"{spec.name}.o"
        self.exe = workdir / spec.name
        self._build()
        self.nested, self.unreached = _unreached(self.object)

    def _build(self) -> None:
        cxx = self.spec.path.suffix == ".cpp"
        compiler = "g++" if cxx else "gcc"
        (self.dir / "cov_shim.h").write_text("" if cxx else SHIM)
        (self.dir / "driver.c").write_text(DRIVER)
        # g++ counts the cleanup edges of `new T(...)` (a constructor that throws) as branches
        # of the line; programs that throw nothing are measured without them
        quiet = ["-fno-exceptions"] if cxx and not _THROWS.search(self.spec.path.read_text()) else []
        _run([compiler, "--coverage", "-O0", "-w", "-ffunction-sections", *quiet, f"-I{INCLUDE}",
              "-include", str(self.dir / "cov_shim.h"), "-c", str(self.spec.path), "-o",
              str(self.object)])
        _run([compiler, "-x", "c++" if cxx else "c", "-c", str(self.dir / "driver.c"),
              "-o", str(self.dir / "driver.o")])
        _run([compiler, "--coverage", "-no-pie", str(self.object), str(self.dir / "driver.o"),
              "-o", str(self.exe), "-Wl,--unresolved-symbols=ignore-all", "-lm"])

    def branches(self, points: list[np.ndarray]) -> list[Branch]:
        """Run f at `points` (a fresh count) and return every branch of the source file's
        primal functions with how often it was taken."""
        self.object.with_suffix(".gcda").unlink(missing_ok=True)
        text = "\n".join(" ".join(repr(float(v)) for v in p) for p in points) + "\n"
        if not self.nested:  # else gcov reads the notes alone: every branch counted 0
            _run([str(self.exe), str(self.spec.n)], stdin=text, timeout=120)
        report = _run(["gcov", "--json-format", "--branch-probabilities", "--stdout", "-o",
                       str(self.dir), str(self.object.with_suffix(".gcda"))], cwd=self.dir)
        return _parse(report, self.spec.path, self.unreached)


def _references(obj: Path) -> dict[str, set[str]]:
    """Function -> the symbols its code refers to. Each function has its own section
    (-ffunction-sections), so the relocations say who calls what."""
    refs: dict[str, set[str]] = {}
    section = ""
    for line in _run(["readelf", "-rW", str(obj)]).splitlines():
        fields = line.split()
        if line.startswith("Relocation section"):
            section = line.split("'")[1].removeprefix(".rela.text.")
            refs.setdefault(section, set())
        elif len(fields) >= 5 and fields[0][:1].isdigit():
            refs[section].add(fields[4].removeprefix(".text.").split("+")[0].split("-")[0])
    return refs


def _reached_from_f(refs: dict[str, set[str]]) -> set[str]:
    """The functions f's code reaches (through calls or address uses), f included."""
    seen, work = {"f"}, ["f"]
    while work:
        for symbol in refs.get(work.pop(), ()):
            if symbol not in seen:
                seen.add(symbol)
                work.append(symbol)
    return seen


def _unreached(obj: Path) -> tuple[bool, set[str]]:
    """Whether f reaches an autodiff entry point itself (nested derivatives: a gcc build
    cannot run it), and the functions with code f never reaches. The latter are measured
    by nobody: in a program testing nested derivatives, the functions only `grad`
    differentiates (f is then written with the inner derivatives in closed form, which
    take the same branches)."""
    refs = _references(obj)
    reached = _reached_from_f(refs)
    nested = any(symbol.startswith("__enzyme_") for symbol in reached)
    return nested, set(refs) - reached - NOT_PRIMAL


def _run(cmd: list[str], stdin: str | None = None, timeout: float = 120,
         cwd: Path | None = None) -> str:
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=timeout,
                          cwd=cwd)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n"
                           f"{proc.stdout}{proc.stderr}")
    return proc.stdout


def _source_report(report: str, source: Path) -> dict:
    """gcov's JSON entry for the program's own source file."""
    for entry in json.loads(report)["files"]:
        if Path(entry["file"]).name == source.name:
            return entry
    raise RuntimeError(f"gcov reported nothing for {source}")


def _parse(report: str, source: Path, unreached: set[str] = frozenset()) -> list[Branch]:
    """The branches of the program's own functions (not grad, analytic, main, nor the
    `unreached` ones f never runs)."""
    out = []
    for line in _source_report(report, source)["lines"]:
        function = line.get("function_name", "")
        kept = [b for b in line["branches"] if not b["throw"]]
        if function in NOT_PRIMAL or function.split("(")[0] in NOT_PRIMAL or \
                function in unreached:
            continue
        out += [Branch(line["line_number"], i, len(kept), function, b["count"])
                for i, b in enumerate(kept)]
    return out
