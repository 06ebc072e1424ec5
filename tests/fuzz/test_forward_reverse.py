"""Forward and reverse mode agree on random programs (the fuzzer's generator, unchanged):
for each seed's `prog(x)`, the JVP from `__enzyme_fwddiff` along a seeded random direction v
and the gradient from `__enzyme_autodiff` satisfy the dot-product identity

    u (J v) = (J^T u) . v        (prog is scalar: J is a row, u a scalar)

at seeded random points, at -O0, -O2 and with every call kept (ENZYMEC_AD_INLINE=0). No
finite differences are involved, so kinks and jumps of the programs do not matter: the two
modes differentiate the same branch at the same point.

    . .venv/bin/activate && pytest tests/fuzz/test_forward_reverse.py -q
"""

from __future__ import annotations

import os
import zlib
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from .check import gradcheck
from .generator import generate

SEEDS = range(0, int(os.environ.get("ENZYMEC_FWDREV_SEEDS", "30")))
VARIANTS = tuple(gradcheck.VARIANTS)
JOBS = int(os.environ.get("ENZYMEC_TEST_JOBS", max(2, os.cpu_count() or 2)))
POINTS = 4
CDEF = "double f(const double *x); void grad(const double *x, double *g);\n" \
       "double jvp(const double *x, const double *v);"

JVP = """
double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)prog, enzyme_dup, x, v);
}
"""


def build(seed: int, variant: str, workdir) -> tuple:
    program = generate(seed)
    # one source per variant: the variants build in parallel threads, and a file rewritten
    # while another build reads it loses its end (a library without `grad`)
    source = workdir / f"fwdrev_{seed}{variant}.c"
    source.write_text(program.source() + JVP)
    try:
        return program.n, gradcheck.build(source, workdir, variant)
    except gradcheck.BuildError as error:
        return program.n, error


@pytest.fixture(scope="session")
def libraries(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("fwdrev")
    jobs = [(seed, variant) for seed in SEEDS for variant in VARIANTS]
    with ThreadPoolExecutor(JOBS) as pool:
        return dict(zip(jobs, pool.map(lambda job: build(*job, workdir), jobs)))


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("seed", SEEDS)
def test_dot_product_identity(seed, variant, libraries):
    n, built = libraries[seed, variant]
    if isinstance(built, gradcheck.BuildError):
        pytest.fail(str(built), pytrace=False)
    ffi, lib = gradcheck.load(built, CDEF)
    rng = np.random.default_rng(zlib.crc32(f"fwdrev/{seed}/{variant}".encode()))
    for _ in range(POINTS):
        x, v, u = rng.uniform(-1.5, 1.5, n), rng.uniform(-1, 1, n), rng.uniform(-2, 2)
        g = ffi.new("double[]", n)
        lib.grad(ffi.new("double[]", list(x)), g)
        forward = u * lib.jvp(ffi.new("double[]", list(x)), ffi.new("double[]", list(v)))
        reverse = u * float(np.array(list(g)) @ v)
        scale = abs(u) * float(np.abs(np.array(list(g))) @ np.abs(v)) + 1.0
        assert abs(forward - reverse) <= 1e-10 * scale, \
            f"seed {seed} {variant} at x={list(x)}, v={list(v)}, u={u}: u (J v) = {forward} " \
            f"but (J^T u) . v = {reverse}"
        gradcheck.record("tests/fuzz/test_forward_reverse (u Jv = J^T u . v)", points=1)
