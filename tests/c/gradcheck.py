"""Gradient checking for the C test programs: build, load, finite differences, tolerances.

This file is the one place where the tolerance policy lives (STYLE.md section 8).

Program convention (tests/c/*.c, and tests/c/*.cpp for C++ programs, which export the three
functions with extern "C"). The first line of every program is a header comment

    /* gradcheck: n=3 lo=-2 hi=2 [float] */

giving the number of inputs `n`, the box [lo, hi] the random points are drawn from, and
`float` when the differentiated code computes in single precision. The header comment may
go on over more lines, each one directive:

    /* gradcheck: n=2 lo=-2 hi=2
     * point: 0.5, -1.25
     * untaken: "if (n <= 0)" the error path for an empty input; f never takes it
     */

`point:` adds a point (n numbers) checked in every build variant besides the random ones:
for an arm the random points would miss. `untaken:` names a source line by a fragment of
its text and says why a branch on it is never taken at any checked point (unreachable, or
an error path); test_branch_coverage.py accepts nothing else untaken. Every program exports

    double f(const double *x);              the primal (or a scalar loss built from it)
    void grad(const double *x, double *g);  g = gradient of f at x, computed by enzymec
    void analytic(const double *x, double *g);   optional: the closed-form gradient

`grad` writes every one of the n components (it zeroes shadow buffers itself).

Tangent programs (forward mode, tests/c/forward/) say `tangent` in the header and export,
instead of `grad`,

    double jvp(const double *x, const double *v);   directional derivative of f at x along v

computed by enzymec's `__enzyme_fwddiff`; the harness assembles the gradient from the n
JVPs along the unit vectors, and checks it like any other.

Tolerance policy
----------------
Central differences  fd_i = (f(x + h e_i) - f(x - h e_i)) / (2h)  with
h = 1e-6 * max(1, |x_i|) in double precision. Their error is about
eps * |f| / h + h^2 |f'''|, i.e. ~1e-10 relative to the values, so
    |grad_i - fd_i| <= ATOL * max(1, |f(x)|) + RTOL * max(|grad_i|, |fd_i|)
with RTOL = 1e-5, ATOL = 1e-7 is tight enough to catch any real derivative bug (a wrong
sign, a missing term, a dropped loop iteration) and loose enough never to flake.

Single-precision programs: the points are rounded to float32 first, the step is
h = 1e-3 * max(1, |x_i|) and the difference is divided by the float32-rounded step actually
taken; RTOL_F32 = 2e-3, ATOL_F32 = 1e-4.

Random programs (tests/fuzz, whose branches may put a kink or a jump anywhere) take the
central differences as a reference only where they are step-size robust: the differences
at h and at KINK_SCALE * h agree under the same tolerance (reliable_differences); a point
where they do not is skipped, not passed.

The analytic gradient and enzymec's gradient compute the same formula in different orders:
    |grad_i - analytic_i| <= 1e-12 * max(1, |f|) + 1e-9 * max(|grad_i|, |analytic_i|)
(float programs: 1e-5 and 1e-4).

Checked points (check_points): POINTS_PER_VARIANT points spread over the box by Latin
hypercube sampling (each component's range cut into that many strata, one point in each,
kept off the strata's edges), from numpy's default_rng seeded with crc32 of the program's
name and the build variant, so the variants are checked at different points, every run
draws the same ones and a failure reproduces exactly; then the header's `point:`s.
random_points (other suites) draws plain uniform points seeded by a name.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path

import cffi
import numpy as np
import pytest

HERE = Path(__file__).resolve().parent

RTOL, ATOL = 1e-5, 1e-7
RTOL_F32, ATOL_F32 = 2e-3, 1e-4
ANALYTIC_RTOL, ANALYTIC_ATOL = 1e-9, 1e-12
ANALYTIC_RTOL_F32, ANALYTIC_ATOL_F32 = 1e-4, 1e-5
STEP, STEP_F32 = 1e-6, 1e-3
KINK_SCALE = 8.0  # reliable_differences' second step, as a multiple of the first
POINTS = 3  # random_points' default count (other suites)
POINTS_PER_VARIANT = 8  # spread points per program and build variant (check_points)

ENTRY_CDEF = """
double f(const double *x);
void grad(const double *x, double *g);
void analytic(const double *x, double *g);
double jvp(const double *x, const double *v);
"""

_HEADER = re.compile(r"\A\s*/\*\s*gradcheck:(?P<body>.*?)\*/", re.S)
_UNTAKEN = re.compile(r'^"(?P<fragment>[^"]+)"\s+(?P<reason>\S.*)$')


@dataclass(frozen=True)
class Spec:
    """What a program's header says."""
    path: Path
    n: int
    lo: float
    hi: float
    single: bool
    has_analytic: bool
    points: tuple = ()   # the header's `point:`s, each a tuple of n floats
    untaken: tuple = ()  # the header's `untaken:`s, each (fragment of a source line, reason)
    tangent: bool = False  # forward mode: the program exports jvp instead of grad

    @property
    def name(self) -> str:
        return self.path.stem


def read_spec(path: Path) -> Spec:
    """Parse the `/* gradcheck: ... */` header (the module docstring describes it)."""
    text = path.read_text()
    match = _HEADER.match(text)
    if match is None:
        raise ValueError(f"{path}: the first line must be a '/* gradcheck: n=... */' header")
    first, *rest = match.group("body").split("\n")
    fields, flags = _header_words(first)
    n = int(fields["n"])
    points, untaken = [], []
    for line in rest:
        _header_directive(path, n, line.strip().lstrip("*").strip(), points, untaken)
    has_analytic = re.search(r"^\s*void\s+analytic\s*\(", text, re.M) is not None
    return Spec(path, n, float(fields.get("lo", -2)), float(fields.get("hi", 2)),
                "float" in flags, has_analytic, tuple(points), tuple(untaken),
                "tangent" in flags)


def _header_words(line: str) -> tuple[dict, set]:
    """The first header line: key=value words and bare flags."""
    fields, flags = {}, set()
    for word in line.split():
        if "=" in word:
            key, value = word.split("=", 1)
            fields[key] = value
        else:
            flags.add(word)
    return fields, flags


def _header_directive(path: Path, n: int, line: str, points: list, untaken: list) -> None:
    """One continuation line of the header: `point: ...`, `untaken: "..." reason`, a pending
    program's `works: VARIANT...`, or empty."""
    key, _, value = line.partition(":")
    if not line:
        return
    if key == "point":
        point = tuple(float(v) for v in value.replace(",", " ").split())
        if len(point) != n:
            raise ValueError(f"{path}: `point:` needs {n} numbers: {line!r}")
        points.append(point)
    elif key == "untaken" and (found := _UNTAKEN.match(value.strip())):
        untaken.append((found.group("fragment"), found.group("reason")))
    elif key == "works" and path.parent.name == "pending":
        return  # the variants a pending program already works in: test_pending.py reads it
    else:
        raise ValueError(f"{path}: header line not understood (point: X, ... or "
                         f'untaken: "FRAGMENT" REASON): {line!r}')


def programs(folder: Path = HERE) -> list[Path]:
    """The test programs: tests/c/*.c and *.cpp (not subfolders such as pending/), or
    those of `folder` (tests/c/forward)."""
    return sorted([*folder.glob("*.c"), *folder.glob("*.cpp")])


# ---------------------------------------------------------------------------------------
# building and loading


def enzymec_command(source: Path, output: Path, opt: str, *extra: str) -> list[str]:
    return ["enzymec", opt, "-shared", "-fPIC", str(source), "-o", str(output), *extra, "-lm"]


# build variants: name -> (optimization flag, environment). "split" turns inlining before AD
# off, so every call is differentiated through its callee's augmented forward and reverse.
VARIANTS = {"-O0": ("-O0", {}), "-O2": ("-O2", {}), "split": ("-O1", {"ENZYMEC_AD_INLINE": "0"})}
# the flags every benchmark is built with (benchmarks/harness.py): math calls become LLVM's
# intrinsics and the vector width is the machine's, which reach AD paths -O2 does not (the
# loop tapes kept in the caller's shadow). Only test_gradients.py builds it.
BENCH_VARIANT = "O3-native"
BENCH_FLAGS = ("-fno-math-errno", "-march=native")


def build(source: Path, outdir: Path, variant: str, timeout: float = 120) -> Path:
    """Compile `source` into a shared library with enzymec; raise BuildError on failure."""
    opt, extra_env = VARIANTS.get(variant, (variant, {}))
    flags = ()
    if variant == BENCH_VARIANT:
        opt, flags = "-O3", BENCH_FLAGS
    output = outdir / f"{source.stem}{variant}.so"
    proc = subprocess.run(enzymec_command(source, output, opt, *flags), capture_output=True,
                          text=True, timeout=timeout, env={**_env(), **extra_env})
    if proc.returncode != 0:
        raise BuildError(f"enzymec {variant} {source.name} failed (exit {proc.returncode}):\n"
                         f"{proc.stdout}{proc.stderr}")
    return output


class BuildError(Exception):
    pass


def check_built(built, check) -> None:
    """Fail the calling test with the message of `built` when it is a BuildError, or of
    the AssertionError `check(built)` raises: the message alone, without a traceback. The
    check runs in a child process (isolated): a gradient that aborts or crashes fails its
    own test instead of ending the whole run."""
    if isinstance(built, BuildError):
        pytest.fail(str(built), pytrace=False)
    message = isolated(lambda: check(built))
    if message is not None:
        pytest.fail(message, pytrace=False)


def isolated(run) -> str | None:
    """Run `run()` in a forked child; the message of the AssertionError (or other exception)
    it raised, or of the signal that killed it, else None. What the child added to STATS
    comes back to this process."""
    before = {suite: dict(table) for suite, table in STATS.items()}
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read)
        try:
            try:
                run()
                message = None
            except AssertionError as error:
                message = str(error)
            except BaseException as error:  # noqa: BLE001 - reported to the parent
                message = f"{type(error).__name__}: {error}"
            added = {suite: {k: v - before.get(suite, {}).get(k, 0) for k, v in table.items()}
                     for suite, table in STATS.items()}
            data = json.dumps([message, added]).encode()
            while data:
                data = data[os.write(write, data):]
        finally:
            os._exit(0)
    os.close(write)
    chunks = []
    while True:
        chunk = os.read(read, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return f"the program crashed: {signal.Signals(os.WTERMSIG(status)).name}"
    if not chunks:
        return f"the check's process ended without a result (status {status})"
    message, added = json.loads(b"".join(chunks))
    for suite, counts in added.items():
        record(suite, **counts)
    return message


def _env() -> dict:
    env = dict(os.environ)
    env.pop("ENZYMEC_TRACEBACK", None)
    return env


def load(library: Path, cdef: str = ENTRY_CDEF):
    ffi = cffi.FFI()
    ffi.cdef(cdef)
    return ffi, ffi.dlopen(str(library))


class Program:
    """A loaded test program: f, grad and analytic as numpy functions."""

    def __init__(self, spec: Spec, library: Path):
        self.spec = spec
        self.ffi, self.lib = load(library)

    def _in(self, x):
        return self.ffi.new("double[]", [float(v) for v in x])

    def f(self, x) -> float:
        return float(self.lib.f(self._in(x)))

    def _vector(self, entry, x) -> np.ndarray:
        # one spare slot past the end catches a gradient written out of bounds
        out = self.ffi.new("double[]", [float("nan")] * self.spec.n + [12345.0])
        entry(self._in(x), out)
        if out[self.spec.n] != 12345.0:
            raise AssertionError("the gradient was written past its n entries")
        return np.array([out[i] for i in range(self.spec.n)])

    def grad(self, x) -> np.ndarray:
        if self.spec.tangent:
            return self.jvp_gradient(x)
        return self._vector(self.lib.grad, x)

    def jvp(self, x, v) -> float:
        return float(self.lib.jvp(self._in(x), self._in(v)))

    def jvp_gradient(self, x) -> np.ndarray:
        """The gradient from forward mode: the JVP along each unit vector."""
        return np.array([self.jvp(x, np.eye(self.spec.n)[i]) for i in range(self.spec.n)])

    def analytic(self, x) -> np.ndarray:
        return self._vector(self.lib.analytic, x)


# ---------------------------------------------------------------------------------------
# finite differences and comparison


def rng_for(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(name.encode()))


def random_points(spec: Spec, count: int = POINTS, name: str | None = None) -> list[np.ndarray]:
    rng = rng_for(name or spec.name)
    points = [rng.uniform(spec.lo, spec.hi, spec.n) for _ in range(count)]
    if spec.single:
        points = [p.astype(np.float32).astype(np.float64) for p in points]
    return points


def check_points(spec: Spec, variant: str, count: int = POINTS_PER_VARIANT) -> list[np.ndarray]:
    """The points test_gradients checks `spec` at in build `variant` (module docstring)."""
    points = spread_points(spec.n, spec.lo, spec.hi, count, f"{spec.name}/{variant}")
    points += [np.array(p, dtype=np.float64) for p in spec.points]
    if spec.single:
        points = [p.astype(np.float32).astype(np.float64) for p in points]
    return points


def spread_points(n: int, lo: float, hi: float, count: int, name: str) -> list[np.ndarray]:
    """`count` Latin-hypercube points in [lo, hi]^n, off the strata's edges, seeded by name."""
    rng = rng_for(name)
    strata = np.stack([rng.permutation(count) for _ in range(n)], axis=1)
    offsets = rng.uniform(0.05, 0.95, (count, n))
    return list(lo + (strata + offsets) * ((hi - lo) / count))


def central_differences(f, x: np.ndarray, single: bool = False,
                        scale: float = 1.0) -> np.ndarray:
    """Central differences of f at x with the policy's step times `scale`."""
    x = np.asarray(x, dtype=np.float64)
    out = np.empty_like(x)
    for i in range(len(x)):
        h = scale * (STEP_F32 if single else STEP) * max(1.0, abs(x[i]))
        xp, xm = x.copy(), x.copy()
        xp[i] += h
        xm[i] -= h
        if single:
            xp = xp.astype(np.float32).astype(np.float64)
            xm = xm.astype(np.float32).astype(np.float64)
        out[i] = (f(xp) - f(xm)) / (xp[i] - xm[i])
    return out


def mismatches(got, want, scale: float, rtol: float, atol: float) -> list[int]:
    got, want = np.asarray(got), np.asarray(want)
    bound = atol * max(1.0, abs(scale)) + rtol * np.maximum(abs(got), abs(want))
    # NaN is a mismatch, and so is an infinity on either side: its bound is infinite too,
    # so an infinite gradient passed every check (atan2f's at 1e20 was -inf)
    bad = ~(abs(got - want) <= bound) | ~np.isfinite(got) | ~np.isfinite(want)
    return [int(i) for i in np.nonzero(bad)[0]]


def check_fd(f, grad, x, single: bool = False, label: str = "") -> int:
    """Assert grad(x) matches central differences of f at x under the tolerance policy;
    return how many components were non-zero (a check of a zero is a weaker check).

    A mismatch where the differences themselves are no reference (a jump of f, such as
    modf's or remquo's, lies within the steps' reach: reliable_differences) moves the point
    a little, deterministically, and checks there instead (at most NUDGES times; counted
    as "points moved off a jump"): the derivative is not defined on the jump itself."""
    for _ in range(NUDGES):
        fx, g = f(x), np.asarray(grad(x))
        fd = central_differences(f, x, single)
        bad = fd_mismatches(g, fd, fx, single)
        if not bad or reliable_differences(f, x, single) is not None:
            break
        record("test_gradients", **{"points moved off a jump": 1})
        x = np.asarray(x, dtype=np.float64) + _nudge(x, single)
    if bad:
        raise AssertionError(f"{label} gradient != finite differences at x={list(x)!r}\n"
                             f"  f(x)     = {fx!r}\n  enzymec  = {list(g)!r}\n"
                             f"  central  = {list(fd)!r}\n  bad components: {bad}")
    return nonzero_components(g, fx, single)


NUDGES = 4


def _nudge(x, single: bool) -> np.ndarray:
    """A step well beyond the widest stencil's reach, its direction seeded by the point."""
    rng = np.random.default_rng(zlib.crc32(np.asarray(x, dtype=np.float64).tobytes()))
    step = 4 * KINK_SCALE * (STEP_F32 if single else STEP) * np.maximum(1.0, abs(np.asarray(x)))
    return step * rng.choice([-1.0, 1.0], len(x))


def fd_mismatches(g, fd, fx: float, single: bool = False) -> list[int]:
    """The components where a gradient and central differences disagree (the policy)."""
    rtol, atol = (RTOL_F32, ATOL_F32) if single else (RTOL, ATOL)
    return mismatches(g, fd, fx, rtol, atol)


def reliable_differences(f, x, single: bool = False) -> np.ndarray | None:
    """Central differences at x when they are a fair reference: at the policy's step and at
    KINK_SCALE times it they agree under the tolerance, and f(x) lies between its neighbours
    (continuous_at). None when they do not: a kink or a jump of f (a branch's boundary) lies
    within reach of the steps, or at x itself (a test like `log(1 + t) < log1p(t)` that
    rounding decides), so a random program's point there proves nothing either way."""
    fd = central_differences(f, x, single)
    wide = central_differences(f, x, single, scale=KINK_SCALE)
    if fd_mismatches(fd, wide, f(x), single) or not continuous_at(f, x, single):
        return None
    return fd


def continuous_at(f, x, single: bool = False) -> bool:
    """f(x) agrees with the mean of f at x +- h e_i (the policy's step) for every i, up to
    the absolute tolerance: smooth f differ by h^2 f''/2, a jump exactly at x by its size."""
    x = np.asarray(x, dtype=np.float64)
    fx = f(x)
    atol = (ATOL_F32 if single else ATOL) * max(1.0, abs(fx))
    for i in range(len(x)):
        h = (STEP_F32 if single else STEP) * max(1.0, abs(x[i]))
        xp, xm = x.copy(), x.copy()
        xp[i] += h
        xm[i] -= h
        if abs(0.5 * (f(xp) + f(xm)) - fx) > atol:
            return False
    return True


def nonzero_components(g, scale: float, single: bool = False) -> int:
    """Components of g that the tolerance could tell apart from zero."""
    atol = ATOL_F32 if single else ATOL
    return int(np.count_nonzero(abs(np.asarray(g)) > atol * max(1.0, abs(scale))))


# What the suites checked, for the end-of-run summary (tests/c/conftest.py):
# suite -> Counter of "points", "components", "non-zero components", ...
STATS: dict = {}


def record(suite: str, **counts: int) -> None:
    """Add to the end-of-run counts of `suite` (what each AD check really checked)."""
    table = STATS.setdefault(suite, {})
    for key, value in counts.items():
        table[key] = table.get(key, 0) + value


def check_analytic(f, grad, analytic, x, single: bool = False, label: str = "") -> None:
    fx = f(x)
    g, a = np.asarray(grad(x)), np.asarray(analytic(x))
    rtol, atol = (ANALYTIC_RTOL_F32, ANALYTIC_ATOL_F32) if single else (ANALYTIC_RTOL,
                                                                       ANALYTIC_ATOL)
    bad = mismatches(g, a, fx, rtol, atol)
    if bad:
        raise AssertionError(f"{label} gradient != analytic gradient at x={list(x)!r}\n"
                             f"  enzymec  = {list(g)!r}\n  analytic = {list(a)!r}\n"
                             f"  bad components: {bad}")
