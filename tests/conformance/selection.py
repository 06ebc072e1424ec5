"""Which of Enzyme's reverse-mode integration tests the conformance run builds, and how
each one is judged.

Tests that need a library enzymec's users would install separately (Eigen, Boost,
BLAS/cuBLAS, MPI) are left out: they test those libraries' integration, not the C/C++ AD
core, and the machine has none of them. OpenMP tests are selected and built with the
`-fopenmp` their RUN lines give (libomp comes with enzymec's toolchain). Every other test is
selected, in one of three kinds (decided from the source, never from a hand-kept list of
names):

- `run`: a program with `main` whose checks (APPROX_EQ, TEST_EQ of `test_utils.h`) abort on
  a wrong number; it passes when it builds and exits 0.
- `expect-error`: a `-Xclang -verify` test whose `expected-error` comments say compilation
  must fail (for example err_empty.c, an external function with no derivative). It passes
  when enzymec stops with a located `file:line:col: error:` on a line that carries an
  `expected-error` comment: the wording is Enzyme's own, enzymec's differs. It is built at
  the run's -O level when its RUN lines expect the error there, else at the lowest level
  they name (Case.level_for).
- `compile-only`: a test Enzyme never runs: a `-verify` test that only expects remarks
  (warn_cache.c: Enzyme's notes on what it caches, which enzymec does not print), or one
  whose RUN lines only compile it (cout.cpp, fbuff.cpp, sret.cpp, ...: no `lli`, no `%t`).
  Their checks are not validated by Enzyme's CI (fbuff.cpp expects 4x^2 as d(4x^2)/dx),
  so only the build is judged: compiled, and linked when the test has `main`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SUITE = Path("enzyme/test/Integration/ReverseMode")
# the directories a run can take (`--suite`): reverse mode by default, forward mode, or the
# tests of Enzyme's C++ header (`<enzyme/enzyme>`, which enzymec implements itself)
SUITES = {"reverse": SUITE, "forward": Path("enzyme/test/Integration/ForwardMode"),
          "sugar": Path("enzyme/test/Integration/CppSugar")}

# (reason, pattern in the source): the first match excludes the test.
EXCLUSIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("needs Eigen", re.compile(r"#include\s*<[^>]*Eigen/")),
    ("needs Boost", re.compile(r"#include\s*<boost/")),
    ("needs cuBLAS", re.compile(r"cublas", re.I)),
    ("needs BLAS", re.compile(r"cblas|blas\.h|\bd(?:gemm|dot|axpy|scal)_?\s*\(", re.I)),
    ("needs MPI", re.compile(r"#include\s*[<\"]mpi\.h|\bMPI_")),
    ("Enzyme expects it to fail (XFAIL)", re.compile(r"^//\s*XFAIL:", re.M)),
)

_EXPECTED_ERROR = re.compile(r"expected-error")
_EXECUTES = re.compile(r"%lli\b|\blli\b|%t\b|&&\s*%s\.out\b")  # a RUN line that runs the program
_EXPECTED_REMARK = re.compile(r"expected-(?:remark|warning|note)")
_OPT_LEVEL = re.compile(r"\s(-O[0-3sz])\b")
# compiler flags of the RUN lines that change what the program means, passed on to enzymec
_MEANINGFUL_FLAGS = re.compile(r"\s(-fopenmp)(?=\s)")


@dataclass(frozen=True)
class Case:
    """One selected test: its path, its kind, and the lines where an error is expected."""

    path: Path
    kind: str                      # "run" | "expect-error" | "compile-only"
    error_lines: frozenset[int] = frozenset()
    levels: frozenset[str] = frozenset()  # the -O levels its RUN lines compile at
    flags: tuple[str, ...] = ()  # flags its RUN lines compile with (-fopenmp)

    def level_for(self, wanted: str) -> str:
        """The -O level to judge this test at: the run's (`wanted`), except for an
        expect-error test whose RUN lines expect the error only at other levels (nofn.cpp:
        Enzyme fails to find a function through a template's parameter at -O0, which no
        longer hides it at -O2): the expectation is judged where it was stated."""
        if self.kind != "expect-error" or not self.levels or wanted in self.levels:
            return wanted
        return min(self.levels)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def is_cxx(self) -> bool:
        return self.path.suffix == ".cpp"

    @property
    def links(self) -> bool:
        """Built into a program (runs, or compile-only tests that have `main`)."""
        return self.kind == "run" or (self.kind == "compile-only" and self.has_main)

    @property
    def has_main(self) -> bool:
        return re.search(r"\bint\s+main\s*\(", self.path.read_text(errors="replace")) is not None


def exclusion_reason(source: str) -> str | None:
    """Why a test is left out of the run, or None when it is selected."""
    for reason, pattern in EXCLUSIONS:
        if pattern.search(source):
            return reason
    return None


def classify(path: Path, source: str) -> Case:
    """The kind of a selected test, from its `-verify` comments, with its RUN lines' flags."""
    case = _kind(path, source)
    flags = sorted({m.group(1) for line in source.splitlines() if "RUN:" in line
                    for m in _MEANINGFUL_FLAGS.finditer(line)})
    return Case(case.path, case.kind, case.error_lines, case.levels, tuple(flags))


def _kind(path: Path, source: str) -> Case:
    lines = source.splitlines()
    errors = frozenset(i for i, text in enumerate(lines, 1) if _EXPECTED_ERROR.search(text))
    if errors:
        levels = frozenset(m.group(1) for line in lines if "RUN:" in line
                           for m in _OPT_LEVEL.finditer(line))
        return Case(path, "expect-error", errors, levels)
    if "-verify" in source and not re.search(r"\bmain\s*\(", source) \
            and _EXPECTED_REMARK.search(source):
        return Case(path, "compile-only")
    runs = [line for line in lines if "RUN:" in line]
    if runs and not any(_EXECUTES.search(line) for line in runs):
        return Case(path, "compile-only")
    return Case(path, "run")


def discover(checkout: Path, only: list[str] | None = None,
             suite_dir: Path = SUITE) -> tuple[list[Case], dict[str, str]]:
    """The selected cases of the checkout (sorted by name) and the excluded ones with why.

    `only` keeps the tests whose file name (or name without suffix) is listed; `suite_dir`
    is one of SUITES."""
    suite = checkout / suite_dir
    if not suite.is_dir():
        raise FileNotFoundError(f"{suite}: not a directory (is {checkout} an Enzyme checkout?)")
    cases, excluded = [], {}
    for path in sorted(suite.glob("*.c")) + sorted(suite.glob("*.cpp")):
        if only and path.name not in only and path.stem not in only:
            continue
        source = path.read_text(errors="replace")
        reason = exclusion_reason(source)
        if reason:
            excluded[path.name] = reason
        else:
            cases.append(classify(path, source))
    return sorted(cases, key=lambda c: c.name), excluded
