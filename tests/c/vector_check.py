"""Vector mode's test programs (tests/c/vector/): their header, building and checking.

Each program starts with a header comment

    /* vector: n=3 m=2 width=4 mode=forward lo=-2 hi=2
     * point: 0.5, -1, 2
     */

and exports (extern "C" in C++)

    void fun(const double *x, double *y);                  the m outputs at x (n inputs)
    void deriv(const double *x, const double *s, double *out);

computed by one call of Enzyme's API at `width`: in forward mode `s` holds `width`
directions of n numbers and `out` the `width` Jacobian-vector products J s_k (m numbers
each); in reverse mode `s` holds `width` seeds of m numbers and `out` the `width`
vector-Jacobian products s_k^T J (n numbers each). Every lane is checked against central
finite differences of `fun` (gradcheck's steps and tolerance policy), at gradcheck's
spread points of the box plus the header's `point:`s (chosen so that every branch is
taken), with seeded random directions (and the unit vectors at the first point).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import gradcheck

HERE = Path(__file__).resolve().parent / "vector"
CDEF = """
void fun(const double *x, double *y);
void deriv(const double *x, const double *s, double *out);
"""
_HEADER = re.compile(r"\A\s*/\*\s*vector:(?P<body>.*?)\*/", re.S)


@dataclass(frozen=True)
class VectorSpec:
    path: Path
    n: int
    m: int
    width: int
    mode: str
    lo: float
    hi: float
    points: tuple = ()

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def single(self) -> bool:
        return False


def read_spec(path: Path) -> VectorSpec:
    found = _HEADER.match(path.read_text())
    if found is None:
        raise ValueError(f"{path}: no /* vector: ... */ header")
    lines = found.group("body").splitlines()
    words = dict(w.split("=", 1) for w in lines[0].split())
    spec = VectorSpec(path, int(words["n"]), int(words["m"]), int(words["width"]),
                      words["mode"], float(words["lo"]), float(words["hi"]))
    points = []
    for line in lines[1:]:
        line = line.strip().lstrip("*").strip()
        if line.startswith("point:"):
            point = [float(v) for v in line[len("point:"):].split(",")]
            assert len(point) == spec.n, f"{path}: point needs {spec.n} numbers: {line}"
            points.append(tuple(point))
        elif line:
            raise ValueError(f"{path}: header line not understood: {line!r}")
    assert spec.mode in ("forward", "reverse"), spec.mode
    return VectorSpec(*[getattr(spec, f) for f in ("path", "n", "m", "width", "mode", "lo",
                                                    "hi")], tuple(points))


def programs() -> list[VectorSpec]:
    return [read_spec(p) for p in sorted([*HERE.glob("*.c"), *HERE.glob("*.cpp")])]


class VectorProgram:
    def __init__(self, spec: VectorSpec, library: Path):
        self.spec = spec
        self.ffi, self.lib = gradcheck.load(library, CDEF)

    def fun(self, x) -> np.ndarray:
        y = self.ffi.new("double[]", self.spec.m)
        self.lib.fun(self.ffi.new("double[]", [float(v) for v in x]), y)
        return np.array(list(y))

    def deriv(self, x, s: np.ndarray) -> np.ndarray:
        """The lanes enzymec computes: width x m (forward) or width x n (reverse)."""
        spec = self.spec
        size = spec.width * (spec.m if spec.mode == "forward" else spec.n)
        out = self.ffi.new("double[]", [float("nan")] * size + [12345.0])
        self.lib.deriv(self.ffi.new("double[]", [float(v) for v in x]),
                       self.ffi.new("double[]", [float(v) for v in s.ravel()]), out)
        assert out[size] == 12345.0, f"{spec.name}: deriv wrote past its {size} numbers"
        return np.array([out[i] for i in range(size)]).reshape(spec.width, -1)

    def jacobian_fd(self, x) -> np.ndarray:
        """Central differences, column by column (m x n)."""
        columns = []
        for i in range(self.spec.n):
            h = gradcheck.STEP * max(1.0, abs(x[i]))
            up, down = np.array(x, float), np.array(x, float)
            up[i] += h
            down[i] -= h
            columns.append((self.fun(up) - self.fun(down)) / (2 * h))
        return np.array(columns).T


def seeds(spec: VectorSpec, rng, unit: bool) -> np.ndarray:
    """`width` seeds (directions or adjoint seeds), unit vectors first when `unit`."""
    size = spec.n if spec.mode == "forward" else spec.m
    s = rng.uniform(-1, 1, (spec.width, size))
    if unit and spec.mode == "forward":  # reverse: a lane may divide by its first seed
        for k in range(min(spec.width, size)):
            s[k] = np.eye(size)[k]
    return s


def check_point(program: VectorProgram, x, s: np.ndarray, label: str) -> int:
    """Compare every lane with the finite differences; returns the number of non-zero
    reference components."""
    jac = program.jacobian_fd(x)
    got = program.deriv(x, s)
    want = s @ jac.T if program.spec.mode == "forward" else s @ jac
    scale = max(1.0, float(np.max(np.abs(program.fun(x)))))
    # each lane sums |seed| times an entry: the entries' tolerances summed the same way
    size = np.abs(s) @ (np.abs(jac).T if program.spec.mode == "forward" else np.abs(jac))
    bound = gradcheck.ATOL * scale * np.maximum(1.0, np.abs(s).sum(axis=1, keepdims=True)) \
        + gradcheck.RTOL * np.maximum(np.abs(got), size)
    bad = np.argwhere(~(np.abs(got - want) <= bound))
    assert not len(bad), (f"{label} at x={list(x)}: lane {bad[0][0]} component {bad[0][1]} "
                          f"is {got[tuple(bad[0])]}, central differences give "
                          f"{want[tuple(bad[0])]}\nseeds={s.tolist()}")
    return int(np.count_nonzero(np.abs(want) > 1e-12))
