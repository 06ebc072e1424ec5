"""Vector mode on random programs (the fuzzer's generator, unchanged): for each seed's
`prog(x)`, one `__enzyme_fwddiff` call at width N (N = 2, 3, 4, 8 by seed) along N seeded
random directions gives, lane by lane, the width-1 JVPs of those directions; one
`__enzyme_autodiff` call at width N gives N copies of the width-1 gradient (its result is
seeded with 1 in every lane). At seeded random points, at -O0, -O2 and with every call
kept (ENZYMEC_AD_INLINE=0). No finite differences: the lanes and the width-1 calls
differentiate the same branch at the same point.

Reverse vector mode refuses a call kept out of line (a recursive function: an augmented
forward and reverse pair), a located error; such a seed must fail with exactly that error,
naming one of the generator's recursive functions (`rec*`), and is checked in forward mode.

    . .venv/bin/activate && pytest tests/fuzz/test_vector_lanes.py -q
"""

from __future__ import annotations

import os
import zlib
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from .check import gradcheck
from .generator import generate

SEEDS = range(0, int(os.environ.get("ENZYMEC_VECTOR_SEEDS", "16")))
WIDTHS = (2, 3, 4, 8)
VARIANTS = tuple(gradcheck.VARIANTS)
JOBS = int(os.environ.get("ENZYMEC_TEST_JOBS", max(2, os.cpu_count() or 2)))
POINTS = 3
CDEF_FORWARD = "double jvp(const double *x, const double *v);\n" \
               "void jvps(const double *x, const double *v, double *out);"
CDEF_REVERSE = "void grad(const double *x, double *g); void grads(const double *x, double *g);"
REFUSED = "vector mode cannot differentiate through the call of 'rec"

FORWARD = """
extern int enzyme_width, enzyme_dupv;
typedef struct {{ double d[{w}]; }} lanes_t;
lanes_t __enzyme_fwddiff_lanes(void *, ...);

double jvp(const double *x, const double *v) {{
    return __enzyme_fwddiff((void *)prog, enzyme_dup, x, v);
}}

void jvps(const double *x, const double *v, double *out) {{
    lanes_t r = __enzyme_fwddiff_lanes((void *)prog, enzyme_width, {w},
                                       enzyme_dupv, {n} * sizeof(double), x, v);
    for (int k = 0; k < {w}; k++) out[k] = r.d[k];
}}
"""

REVERSE = """
extern int enzyme_width, enzyme_dupv;
void __enzyme_autodiff_lanes(void *, ...);

void grads(const double *x, double *g) {{
    for (int i = 0; i < {w} * {n}; i++) g[i] = 0;
    __enzyme_autodiff_lanes((void *)prog, enzyme_width, {w},
                            enzyme_dupv, {n} * sizeof(double), x, g);
}}
"""


def width(seed: int) -> int:
    return WIDTHS[seed % len(WIDTHS)]


def build(seed: int, variant: str, workdir) -> tuple:
    """(n, forward library, reverse library or BuildError)."""
    program = generate(seed)
    built = []
    for mode, extra in (("fwd", FORWARD), ("rev", REVERSE)):
        source = workdir / f"lanes_{mode}_{seed}{variant}.c"
        source.write_text(program.source() + extra.format(w=width(seed), n=program.n))
        try:
            built.append(gradcheck.build(source, workdir, variant))
        except gradcheck.BuildError as error:
            built.append(error)
    return program.n, *built


@pytest.fixture(scope="session")
def lane_libraries(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("lanes")
    jobs = [(seed, variant) for seed in SEEDS for variant in VARIANTS]
    with ThreadPoolExecutor(JOBS) as pool:
        return dict(zip(jobs, pool.map(lambda job: build(*job, workdir), jobs)))


def close(a: float, b: float, scale: float) -> bool:
    return abs(a - b) <= 1e-12 * (scale + 1.0)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("seed", SEEDS)
def test_width_n_equals_n_width_1(seed, variant, lane_libraries):
    n, forward, reverse = lane_libraries[seed, variant]
    for built in (forward, reverse):
        if isinstance(built, gradcheck.BuildError) and REFUSED not in str(built):
            pytest.fail(str(built), pytrace=False)
    w = width(seed)
    rng = np.random.default_rng(zlib.crc32(f"lanes/{seed}/{variant}".encode()))
    fwd = gradcheck.load(forward, CDEF_FORWARD)
    rev = None if isinstance(reverse, gradcheck.BuildError) else \
        gradcheck.load(reverse, CDEF_REVERSE)
    for _ in range(POINTS):
        x, v = rng.uniform(-1.5, 1.5, n), rng.uniform(-1, 1, (w, n))
        check_forward(*fwd, x, v, f"seed {seed} {variant} width {w}")
        if rev is not None:
            check_reverse(*rev, x, w, f"seed {seed} {variant} width {w}")
    gradcheck.record("tests/fuzz/test_vector_lanes (width N = N width 1)", points=POINTS,
                     lanes=POINTS * w * (2 if rev else 1),
                     **{"reverse refused (recursion kept out of line)": int(rev is None)})


def check_forward(ffi, lib, x, v, label: str) -> None:
    w, n = v.shape
    cx, out = ffi.new("double[]", list(x)), ffi.new("double[]", w)
    lib.jvps(cx, ffi.new("double[]", list(v.ravel())), out)
    ones = [lib.jvp(cx, ffi.new("double[]", list(v[k]))) for k in range(w)]
    scale = float(np.abs(ones).sum())
    for k in range(w):
        assert close(out[k], ones[k], scale), \
            f"{label} at x={list(x)}: lane {k} of the JVPs is {out[k]}, the width-1 JVP " \
            f"along v={list(v[k])} is {ones[k]}"


def check_reverse(ffi, lib, x, w: int, label: str) -> None:
    n = len(x)
    cx, g, gs = ffi.new("double[]", list(x)), ffi.new("double[]", n), ffi.new("double[]", w * n)
    lib.grad(cx, g)
    lib.grads(cx, gs)
    scale = float(np.abs(np.array(list(g))).sum())
    for k in range(w):
        for i in range(n):
            assert close(gs[k * n + i], g[i], scale), \
                f"{label} at x={list(x)}: lane {k} of the gradients has {gs[k * n + i]} at " \
                f"{i}, the width-1 gradient {g[i]}"
