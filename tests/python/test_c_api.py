"""enzymec's Python API for C: load, call with numpy, grad/value_and_grad/vjp, cache.

Gradients are checked against central differences at seeded points, and for the tests/c
gradient programs also against the program's own __enzyme_autodiff gradient."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import numpy as np
import pytest

import enzymec
from conftest import assert_close, central_differences

C_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "c")
PROGRAMS = ["logsumexp.c", "matvec.c", "poly.c", "ode_rk4.c", "mlp_softmax.c", "heat.c",
            "kalman_filter.c", "cxx_template.cpp", "cxx_vector_growth.cpp"]


def _header(path: str) -> tuple[int, float, float]:
    first = open(path).readline()
    m = re.search(r"n=(\d+) lo=(\S+) hi=(\S+)", first)
    return int(m[1]), float(m[2]), float(m[3])


@pytest.mark.parametrize("name", PROGRAMS)
def test_c_program_gradient(name):
    """grad(lib.f) from Python == the program's own gradient == central differences (C++
    programs export f and grad with extern "C")."""
    path = os.path.join(C_DIR, name)
    n, lo, hi = _header(path)
    lib = enzymec.load(files=[path])
    df = enzymec.grad(lib.f)
    rng = np.random.default_rng(sum(map(ord, name)))
    for _ in range(3):
        x = rng.uniform(lo, hi, n)
        g = df(x)
        assert g.shape == x.shape and np.abs(g).max() > 0
        own = np.zeros(n)
        lib.grad(x, own)
        assert_close(g, own, lib.f(x), rtol=1e-9, atol=1e-12)
        assert_close(g, central_differences(lib.f, [x], 0), lib.f(x))


SCALARS = r"""
#include <math.h>
double f(double x, double y, const double *a, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += a[i] * sin(x * a[i]) + (i % 2 ? y * y : exp(-y)) ;
    return s * x;
}
void scale(double *out, const double *in, double c, int n) {
    for (int i = 0; i < n; i++) out[i] = c * in[i] * in[i];
}
double counted(double x, const double *a, int *calls) {
    calls[0] += 1;
    return a[0] * x * x + sin(a[1] * x);
}
float three_floats(float a, float b) { return a * a * b + cosf(b); }
float g32(const float *v, float w, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += w * v[i] * v[i];
    return s;
}
"""


def test_scalar_and_array_arguments():
    lib = enzymec.load(SCALARS)
    rng = np.random.default_rng(7)
    a = rng.uniform(-2, 2, 5)
    args = [0.7, -0.4, a, 5]
    dx, dy, da = enzymec.grad(lib.f, argnums=(0, 1, 2))(*args)
    f = lambda *v: lib.f(*v)
    for index, got in ((0, dx), (1, dy), (2, da)):
        assert_close(got, central_differences(f, args, index), lib.f(*args))
    value, gx = enzymec.value_and_grad(lib.f, argnums=0)(*args)
    assert value == lib.f(*args) and gx == dx
    assert isinstance(dx, np.float64) and da is not a


def test_value_and_grad_runs_the_function_once():
    """value_and_grad takes f's value from the gradient's own run (enzyme_primal_return):
    the function's call counter moves by one, and value and gradients equal f's and grad's."""
    lib = enzymec.load(SCALARS)
    a = np.array([1.5, -0.75])
    calls = np.zeros(1, dtype=np.int32)
    value, (gx, ga) = enzymec.value_and_grad(lib.counted, argnums=(0, 1))(0.6, a, calls)
    assert calls[0] == 1
    want = lib.counted(0.6, a, calls)
    assert calls[0] == 2 and value == pytest.approx(want, rel=1e-15, abs=1e-15)
    dx, da = enzymec.grad(lib.counted, argnums=(0, 1))(0.6, a, calls)
    assert gx == pytest.approx(dx, rel=1e-14) and np.allclose(ga, da, rtol=1e-14)
    assert gx == pytest.approx(2 * 1.5 * 0.6 + (-0.75) * np.cos(-0.75 * 0.6), rel=1e-12)


def test_value_and_grad_three_float_fields_fall_back():
    """{float value, float da, float db} has no C layout the gradient's struct matches on
    x86-64, so the value comes from a second plain call: still right."""
    lib = enzymec.load(SCALARS)
    value, (ga, gb) = enzymec.value_and_grad(lib.three_floats, argnums=(0, 1))(0.5, -1.25)
    assert value == lib.three_floats(0.5, -1.25)
    assert ga == pytest.approx(2 * 0.5 * -1.25, rel=1e-6)
    assert gb == pytest.approx(0.25 - np.sin(-1.25), rel=1e-6)


def test_keyword_arguments_and_float32():
    lib = enzymec.load(SCALARS)
    v = np.array([1.0, -2.0, 0.5], dtype=np.float32)
    gv, gw = enzymec.grad(lib.g32, argnums=(0, 1))(v, w=1.5, n=3)
    assert gv.dtype == np.float32 and isinstance(gw, np.float32)
    np.testing.assert_allclose(gv, 2 * 1.5 * v, rtol=1e-6)
    assert gw == pytest.approx(float((v * v).sum()), rel=1e-6)


def test_vjp_of_output_array():
    """out = c * in^2: the pullback of a cotangent on `out` gives in's and c's adjoints."""
    lib = enzymec.load(SCALARS)
    x = np.array([1.0, 2.0, -3.0])
    out = np.zeros(3)
    lib.scale(out, x, 2.0, 3)
    np.testing.assert_array_equal(out, 2.0 * x * x)
    ybar = np.array([1.0, 0.5, -1.0])
    adj = enzymec.vjp(lib.scale)(out, x, 2.0, 3, cotangents={"out": ybar})
    np.testing.assert_allclose(adj["in"], ybar * 4.0 * x)
    assert adj["c"] == pytest.approx(float((ybar * x * x).sum()))
    np.testing.assert_array_equal(adj["out"], 0.0)  # out is overwritten, not read


def test_arrays_are_shared_not_copied():
    lib = enzymec.load(SCALARS)
    x, out = np.arange(4.0), np.zeros(4)
    lib.scale(out, x, 3.0, 4)
    np.testing.assert_array_equal(out, 3.0 * x * x)
    grid = np.arange(6.0).reshape(2, 3)  # any C-contiguous shape
    out2 = np.zeros((2, 3))
    lib.scale(out2, grid, 1.0, 6)
    np.testing.assert_array_equal(out2, grid * grid)


@pytest.mark.parametrize("call, message", [
    (lambda lib: lib.f(0.5, 0.1, np.zeros(3, np.float32), 3), "dtype float64, got float32"),
    (lambda lib: lib.f(0.5, 0.1, np.zeros(6)[::2], 3), "C-contiguous"),
    (lambda lib: lib.f(0.5, 0.1, [1.0, 2.0], 2), "numpy array"),
    (lambda lib: lib.f(0.5, 0.1, np.zeros(3), 2.5), "takes an integer, got float"),
    (lambda lib: lib.f("x", 0.1, np.zeros(3), 2), "takes a real number"),
    (lambda lib: lib.f(0.5, np.zeros(3), 2), "missing argument"),
    (lambda lib: lib.scale(np.zeros(3).setflags(write=False) or None, np.zeros(3), 1.0, 3), "numpy array"),
    (lambda lib: enzymec.grad(lib.f, argnums=3), "not floating point"),
    (lambda lib: enzymec.grad(lib.scale), "grad needs a floating-point result"),
    (lambda lib: enzymec.vjp(lib.scale)(np.zeros(3), np.ones(3), 1.0, 3,
                                        cotangents={"out": np.zeros(4)}), "shape"),
    (lambda lib: lib.nothere, "no exported function 'nothere'"),
])
def test_argument_errors(call, message):
    lib = enzymec.load(SCALARS)
    with pytest.raises((enzymec.ArgumentError, AttributeError), match=re.escape(message)):
        call(lib)


def test_read_only_array_for_written_pointer():
    lib = enzymec.load(SCALARS)
    out = np.zeros(3)
    out.setflags(write=False)
    with pytest.raises(enzymec.ArgumentError, match="read-only"):
        lib.scale(out, np.ones(3), 1.0, 3)


def test_qualified_parameters():
    lib = enzymec.load("double q(const double x, double *const restrict p, const int n) {\n"
                       "    double s = 0.0;\n    for (int i = 0; i < n; i++) s += p[i] * x;\n"
                       "    return s;\n}\n")
    p = np.array([1.0, 2.0])
    gx, gp = enzymec.grad(lib.q, argnums=(0, 1))(1.5, p, 2)
    assert gx == 3.0 and list(gp) == [1.5, 1.5]


def test_unsupported_signature_is_named():
    lib = enzymec.load("typedef struct { double a, b; } P;\n"
                       "double h(P p) { return p.a * p.b; }\ndouble k(double x) { return x; }\n")
    assert lib.k(2.0) == 2.0
    with pytest.raises(enzymec.ArgumentError, match="parameter 'p' of type"):
        lib.h(1.0)


def test_compile_error_carries_location():
    with pytest.raises(enzymec.BuildError) as info:
        enzymec.load("double f(double x) {\n    return x * ;\n}\n", name="broken.c")
    err = info.value.errors[0]
    assert (os.path.basename(err.file), err.line, err.column) == ("broken.c", 2, 16)
    assert "broken.c:2:16: error: expected expression" in str(info.value)


def test_a_symbol_defined_nowhere_is_a_build_error():
    """A shared library links with undefined symbols; loading it is where that shows: a
    BuildError naming the symbol (it was cffi's OSError, with ctypes' noise after it)."""
    with pytest.raises(enzymec.BuildError) as info:
        enzymec.load("double nowhere_defined(double);\n"
                     "double f(double x) { return nowhere_defined(x); }\n")
    assert "cannot be loaded: undefined symbol: nowhere_defined" in str(info.value)
    assert "Additionally" not in str(info.value)


def test_ad_error_carries_location(tmp_path):
    """Built file by file (-fno-lto), a function of another file has no body in the
    gradient's translation unit: an external function without a derivative, enzymec's
    located error, raised by grad."""
    (tmp_path / "ext.c").write_text("double mystery(double);\n"
                                    "double f(double x) {\n  return mystery(x) * x;\n}\n")
    (tmp_path / "other.c").write_text("double mystery(double x) { return x + 1.0; }\n")
    lib = enzymec.load(files=[str(tmp_path / "ext.c"), str(tmp_path / "other.c")],
                       flags=["-O2", "-fno-lto"])
    assert lib.f(2.0) == 6.0
    with pytest.raises(enzymec.BuildError) as info:
        enzymec.grad(lib.f)
    err = info.value.errors[0]
    assert os.path.basename(err.file) == "ext.c" and err.line == 3
    assert "mystery" in err.message


def test_cache_second_load_is_instant_and_header_change_rebuilds(tmp_path):
    header = tmp_path / "k.h"
    header.write_text("#define K 2.0\n")
    src = tmp_path / "k.c"
    src.write_text('#include "k.h"\ndouble f(double x) { return K * x * x; }\n')
    lib = enzymec.load(files=[str(src)])
    assert enzymec.grad(lib.f)(3.0) == 12.0
    start = time.perf_counter()
    again = enzymec.load(files=[str(src)])
    assert time.perf_counter() - start < 0.5 and again.path == lib.path  # a build takes seconds
    header.write_text("#define K 5.0\n")
    changed = enzymec.load(files=[str(src)])
    assert changed.path != lib.path and changed.f(1.0) == 5.0
    assert enzymec.grad(changed.f)(3.0) == 30.0


def test_concurrent_builds_of_one_source(tmp_path):
    """Several processes building the same new source at once all get a working library."""
    code = "double f(double x) { return x * x * x + %d; }\n" % os.getpid()
    script = ("import enzymec, sys\nlib = enzymec.load(sys.argv[1])\n"
              "print(lib.path, enzymec.grad(lib.f)(2.0))\n")
    env = dict(os.environ, ENZYMEC_CACHE_DIR=str(tmp_path))
    procs = [subprocess.Popen([sys.executable, "-c", script, code], env=env,
                              stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [p.communicate()[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert {o[1] for o in outputs} == {"12.0"}
    assert not [n for n in os.listdir(tmp_path) if n.startswith((".tmp-", ".build-"))]


RESTRICT = r"""
#include <math.h>
/* x is read in both loops, work written through a restrict pointer: x's loads are re-read
   in the reverse pass instead of taped (AD's aliasing rule for noalias arguments). */
double h(const double *x, double *restrict work, int n) {
    for (int i = 0; i < n; i++)
        work[i] = sin(x[i]) * x[i];
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += work[i] * x[(i + 1) % n] + x[i] * x[i];
    return s;
}
double k(const double *restrict a, const double *restrict b, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += exp(a[i] - b[n - 1 - i]) * a[i];
    return s;
}
"""


@pytest.mark.parametrize("opt", ["-O0", "-O2"])
def test_restrict_arguments(opt):
    lib = enzymec.load(RESTRICT, flags=[opt])
    rng = np.random.default_rng(21)
    x, work = rng.uniform(-2, 2, 6), np.zeros(6)
    gx = enzymec.grad(lib.h, argnums=0)(x, work, 6)
    assert_close(gx, central_differences(lambda v: lib.h(v, np.zeros(6), 6), [x], 0), lib.h(x, work, 6))
    a, b = rng.uniform(-1, 1, 5), rng.uniform(-1, 1, 5)
    ga, gb = enzymec.grad(lib.k, argnums=(0, 1))(a, b, 5)
    f = lambda u, v: lib.k(u, v, 5)  # noqa: E731
    assert_close(ga, central_differences(f, [a, b], 0), lib.k(a, b, 5))
    assert_close(gb, central_differences(f, [a, b], 1), lib.k(a, b, 5))


def test_files_given_by_a_relative_path(tmp_path, monkeypatch):
    """The gradient wrappers #include the defining file from the cache directory: a path
    relative to the caller's directory was not found there (a BuildError)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "k.c").write_text("double f(const double *x) { return x[0] * x[0] * x[1]; }\n")
    lib = enzymec.load(files=["k.c"])
    x = np.array([3.0, 2.0])
    assert lib.f(x) == 18.0
    assert np.array_equal(enzymec.grad(lib.f)(x), [12.0, 9.0])


def test_arrays_sharing_memory():
    """The same array passed for two parameters: read only, each gets its partial
    derivative; written through one and read through the other, the derivative between them
    would be lost in their separate derivative memories (it was a wrong number: 6 where
    d/dz of 4 z^2 is 8): a clear error."""
    lib = enzymec.load(r"""
double dot(const double *a, const double *b, int n) {
    double s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
double twice(double *a, double *b, int n) {
    for (int i = 0; i < n; i++) b[i] = a[i] * 2.0;
    double s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
""")
    x = np.array([1.0, 2.0])
    da, db = enzymec.grad(lib.dot, argnums=(0, 1))(x, x, 2)
    assert np.array_equal(da, x) and np.array_equal(db, x)
    z = np.array([1.0])
    with pytest.raises(enzymec.ArgumentError, match="share memory and the function writes it"):
        enzymec.grad(lib.twice, argnums=(0, 1))(z, z, 1)
    da, db = enzymec.grad(lib.twice, argnums=(0, 1))(np.array([1.0]), np.array([1.0]), 1)
    assert da[0] == 4.0 and db[0] == 0.0


def test_build_error_names_the_first_error_once():
    with pytest.raises(enzymec.BuildError) as caught:
        enzymec.load("double f(double x) { return x * undeclared_y; }")
    text = str(caught.value)
    assert text.startswith("enzymec build failed: ") and \
        text.count("use of undeclared identifier 'undeclared_y'") == 1, text
    assert "return x * undeclared_y" in text  # clang's snippet follows


def test_a_function_calling_into_another_file(tmp_path):
    """load(files=[a.c, b.c]) with f in a.c calling helper in b.c: the files are linked as
    one program before AD, so helper's body is differentiated (it was refused: 'cannot
    differentiate the call to external function')."""
    (tmp_path / "a.c").write_text("double helper(double x);\n"
                                  "double f(const double *x) { return helper(x[0]) * x[1]; }\n")
    (tmp_path / "b.c").write_text("double helper(double x) { return x * x * x; }\n")
    lib = enzymec.load(files=[str(tmp_path / "a.c"), str(tmp_path / "b.c")])
    x = np.array([0.5, 2.0])
    assert lib.f(x) == 0.25
    assert np.allclose(enzymec.grad(lib.f)(x), [3 * 0.25 * 2.0, 0.125])
