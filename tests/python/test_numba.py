"""enzymec.numba.grad on numba.njit functions, checked against central differences.

Every case of numba_functions.CASES is differentiated with respect to all its floating
arguments at two seeded points; the errors of what is not supported are checked below."""

from __future__ import annotations

import math
import zlib

import numba
import numpy as np
import pytest

import enzymec.numba as en
from conftest import assert_close, central_differences
from numba_functions import CASES


def _floating(args: list) -> tuple[int, ...]:
    return tuple(i for i, a in enumerate(args)
                 if isinstance(a, (float, np.floating))
                 or isinstance(a, np.ndarray) and a.dtype.kind == "f")


@pytest.mark.parametrize("name", sorted(CASES))
def test_gradient_matches_finite_differences(name):
    fn, make = CASES[name]
    gradient = None
    for point in range(2):
        args = make(np.random.default_rng(zlib.crc32(f"{name}/{point}".encode())))
        nums = _floating(args)
        gradient = gradient or en.grad(fn, argnums=nums)
        got = gradient(*args)
        single = any(isinstance(a, np.float32) or getattr(a, "dtype", None) == np.float32
                     for a in args)
        h, rtol, atol = (1e-3, 2e-3, 1e-4) if single else (1e-6, 1e-5, 1e-7)
        value = float(fn(*args))
        assert any(np.any(np.asarray(g) != 0) for g in got), "an all-zero gradient"
        for index, g in zip(nums, got):
            want = central_differences(fn, args, index, h)
            if isinstance(args[index], np.ndarray):
                assert g.shape == args[index].shape and g.dtype == args[index].dtype
            assert_close(g, want, value, rtol, atol)


def test_arguments_are_not_modified_and_value_and_grad():
    fn, make = CASES["heat_steps"]
    args = make(np.random.default_rng(3))
    before = args[0].copy()
    value, (gu, galpha) = en.value_and_grad(fn, argnums=(0, 1))(*args)
    np.testing.assert_array_equal(args[0], before)
    assert value == fn(*args) and gu.shape == before.shape


@numba.njit
def _cumulative_product_sum(x):  # writes its input: each entry times the one before
    for i in range(1, x.size):
        x[i] = x[i] * x[i - 1]
    return np.sum(x)


def test_value_and_grad_of_a_function_writing_its_input():
    """numba's run for the value works on copies: the gradient is taken at the caller's
    values, as grad takes it (value_and_grad ran the function first on the caller's array
    and differentiated at the values it wrote)."""
    x0 = np.array([0.5, 1.5, -0.7, 1.2])
    value, g = en.value_and_grad(_cumulative_product_sum)(x0.copy())
    assert value == pytest.approx(_cumulative_product_sum(x0.copy()), rel=1e-14)
    np.testing.assert_allclose(g, en.grad(_cumulative_product_sum)(x0.copy()), rtol=1e-14)
    want = central_differences(lambda x: _cumulative_product_sum(x.copy()), [x0], 0, 1e-6)
    np.testing.assert_allclose(g, want, rtol=1e-6, atol=1e-9)


def test_single_argnum_returns_one_gradient():
    g = en.grad(CASES["poly"][0])(1.5)
    assert g == pytest.approx(9.0 * 1.5 ** 2 - 4.0 * 1.5 + 1.0)


def test_compiled_once_per_argument_types(monkeypatch):
    import enzymec.numba.gradient as module
    built = []

    class Counting(module.CompiledGradient):
        def __init__(self, fn, args):
            built.append(numba.typeof(args[0]))
            super().__init__(fn, args)
    monkeypatch.setattr(module, "CompiledGradient", Counting)
    fresh = numba.njit(CASES["sum_squares"][0].py_func)
    x64, x32 = np.arange(3.0), np.arange(3.0, dtype=np.float32)
    for _ in range(2):  # grad(f) asked for again (as inside a loop) reuses the compilation
        gradient = en.grad(fresh)
        np.testing.assert_array_equal(gradient(x64), 2 * x64)
        np.testing.assert_array_equal(gradient(x32), 2 * x32)
    assert gradient(x32).dtype == np.float32 and len(built) == 2


@numba.njit
def _cbrt(x):
    return np.cbrt(x)


def test_speculated_branch_with_nan_arm():
    """numba's cbrt computes pow(-x, 1/3) for both signs and selects: the NaN arm not
    chosen must not make the gradient NaN (speculation.py)."""
    assert en.grad(_cbrt)(0.7) == pytest.approx(0.7 ** (-2.0 / 3.0) / 3.0)
    assert en.grad(_cbrt)(-0.7) == pytest.approx(0.7 ** (-2.0 / 3.0) / 3.0)


@numba.njit
def _gamma(x):
    return math.gamma(x) * x  # numba calls its C helper numba_gamma


@numba.njit
def _raises(x):
    if x < 0.0:
        raise ValueError("negative input")
    return x * x


@numba.njit
def _int_result(x):
    return x.shape[0]


@numba.njit
def _tuple_arg(t):
    return t[0] * t[1]


@numba.njit
def _sum3(x):
    return x.sum()


def _plain(x):
    return x * x


@pytest.mark.parametrize("call, message", [
    (lambda: en.grad(_plain)(1.0), "is not a numba.njit function"),
    (lambda: en.grad(_sum3)(np.zeros(6)[::2]), "not supported (only C-contiguous"),
    (lambda: en.grad(_sum3)(np.zeros((2, 2, 2))), "not supported (only C-contiguous"),
    (lambda: en.grad(_int_result)(np.zeros(3)), "a gradient needs a float64 or float32"),
    (lambda: en.grad(_tuple_arg)((1.0, 2.0)), "argument 't' of type UniTuple"),
    (lambda: en.grad(_gamma)(1.5), "external function 'numba_gamma'"),
    (lambda: en.grad(CASES["softmax_xent"][0], argnums=1)(np.ones(3), 1), "is an integer"),
    (lambda: en.grad(_plain.__call__)(1.0), "is not a numba.njit function"),
])
def test_unsupported_is_a_clear_error(call, message):
    with pytest.raises(en.NumbaUnsupportedError, match=message.replace("(", r"\(")):
        call()


def test_exception_in_function_is_raised():
    gradient = en.grad(_raises)
    assert gradient(3.0) == 6.0
    with pytest.raises(ValueError, match="negative input"):
        gradient(-1.0)


@numba.njit(parallel=True, fastmath=True)
def _parallel_sum(x):
    s = 0.0
    for i in numba.prange(x.shape[0]):
        s += math.sin(x[i]) * x[i]
    return s


def test_parallel_and_fastmath_functions():
    """prange is differentiated as the sequential loop it computes; fastmath is kept."""
    x = np.random.default_rng(11).uniform(-2, 2, 7)
    got = en.grad(_parallel_sum)(x)
    np.testing.assert_allclose(got, np.cos(x) * x + np.sin(x), rtol=1e-12)


def test_missing_numba_is_an_import_error_naming_the_version():
    import subprocess
    import sys
    code = ("import sys\nsys.modules['numba'] = None\n"
            "try:\n    import enzymec.numba\nexcept ImportError as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "enzymec.numba needs numba>=0.68,<0.69" in out and "llvmlite 0.50" in out


@numba.njit
def _int32_count(x, n):
    s = 0.0
    for i in range(n):
        s += x[i] * x[i]
    return s


def test_int32_scalar_is_a_constant():
    x = np.array([1.0, 2.0, 3.0])
    np.testing.assert_array_equal(en.grad(_int32_count)(x, np.int32(2)), [2.0, 4.0, 0.0])


@numba.njit
def _step_into(out, x, dt):
    """One explicit step of dx/dt = -x^3 written into `out` (returns None)."""
    for i in range(x.shape[0]):
        out[i] = x[i] - dt * x[i] ** 3


def test_vjp_of_a_function_writing_its_output():
    rng = np.random.default_rng(5)
    x, out, ybar = rng.uniform(-1, 1, 4), np.zeros(4), rng.uniform(-1, 1, 4)
    adj_out, adj_x, adj_dt = en.vjp(_step_into)(out, x, 0.1, cotangents={"out": ybar})
    np.testing.assert_allclose(out, x - 0.1 * x ** 3)
    np.testing.assert_allclose(adj_x, ybar * (1 - 0.3 * x ** 2), rtol=1e-12)
    assert adj_dt == pytest.approx(float(-(ybar * x ** 3).sum()), rel=1e-12)
    np.testing.assert_array_equal(adj_out, 0.0)
    with pytest.raises(en.NumbaUnsupportedError, match="returns None"):
        en.grad(_step_into)(out, x, 0.1)
    with pytest.raises(en.NumbaUnsupportedError, match="cotangent of argument 'out'"):
        en.vjp(_step_into)(out, x, 0.1, cotangents={"out": np.zeros(3)})


def test_vjp_of_a_scalar_function_is_its_gradient():
    fn, make = CASES["matvec_loss"]
    args = make(np.random.default_rng(8))
    adjoints = en.vjp(fn)(*args)
    for got, want in zip(adjoints, en.grad(fn, argnums=(0, 1, 2))(*args)):
        np.testing.assert_array_equal(got, want)


def test_gradients_from_several_threads_agree():
    """The runtime's per-thread state (kept tapes, records) is an ordinary global in
    in-process code (MCJIT cannot relocate thread-locals), so calls hold a lock: gradients
    taken from 4 Python threads at once equal the serial ones. cumprod_last tapes a loop."""
    from concurrent.futures import ThreadPoolExecutor
    fn, make = CASES["cumprod_last"]
    points = [make(np.random.default_rng(seed)) for seed in range(8)]
    nums = _floating(points[0])
    gradient = en.grad(fn, argnums=nums)
    serial = [gradient(*args) for args in points]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda args: gradient(*args), points * 4))
    for index, got in enumerate(parallel):
        for a, b in zip(got, serial[index % len(points)]):
            assert np.array_equal(np.asarray(a), np.asarray(b))


PRINTING = r"""
import numba, numpy as np, enzymec.numba as en
@numba.njit
def f(x):
    print("x0 =", x[0])
    return x[0] ** 2
x = np.array([0.5])
print("grad", en.grad(f)(x)[0])
print("jvp", en.jvp(f, (x,), (np.ones(1),))[1])
"""


def test_a_function_printing_a_float():
    """numba's print of a float needs the function's Environment (a global numba sets in
    its own code): null in enzymec's JIT-compiled copy (and the Environment itself gone
    with the fresh compile that made it), the print took numba's "missing Environment" path
    with the GIL taken, and the program hung. Run apart, with a time limit, so that a hang
    fails the test instead of the run."""
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, "-c", PRINTING], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n") == ["x0 = 0.5", "grad 1.0", "x0 = 0.5", "jvp 1.0", ""], \
        proc.stdout


@numba.njit
def _written_through_b(a, b):
    for i in range(a.size):
        b[i] = a[i] * 2.0
    s = 0.0
    for i in range(a.size):
        s += a[i] * b[i]
    return s


def test_arrays_sharing_memory():
    """One array for both parameters of a function writing through one of them: a clear
    error (it gave 6 and 0, the derivative 8 z split wrongly); read only, the partials."""
    z = np.array([1.0])
    with pytest.raises(en.NumbaUnsupportedError, match="share memory and the function writes"):
        en.grad(_written_through_b, argnums=(0, 1))(z, z)
    x = np.array([1.0, 2.0])
    got = en.grad(_dot_pair, argnums=(0, 1))(x, x)
    assert np.array_equal(got[0], x) and np.array_equal(got[1], x)


@numba.njit
def _dot_pair(a, b):
    return np.sum(a * b)


def test_blas_helpers_are_named_as_python():
    """numba lowers `A @ x` to its BLAS helper numba_xxgemv (with scipy installed): the
    refusal names the Python construct too, and what to write instead."""
    from enzymec.numba.errors import construct_note
    said = construct_note("error: cannot differentiate the call to external function "
                          "'numba_xxgemv': it has no body")
    assert "note: that is a matrix-vector product (`@`, np.dot) on BLAS" in said
    assert construct_note("error: something else") == "error: something else"
    typed = construct_note("error: x", "call void @numba_list_append(ptr %l, ptr %i)")
    assert "note: the function uses a numba.typed.List" in typed


@numba.njit
def _scaled_power(x, scale=2.0, power=2):
    return scale * np.sum(x ** power)


def test_default_and_keyword_arguments():
    """Arguments left to their defaults, or given by keyword, are bound as Python binds
    them (a call with fewer arguments was numba's signature mismatch)."""
    x = np.array([1.0, 2.0])
    assert np.array_equal(en.grad(_scaled_power)(x), [4.0, 8.0])
    dx, dscale = en.grad(_scaled_power, argnums=(0, 1))(x, power=3)
    assert np.array_equal(dx, [6.0, 24.0]) and dscale == 9.0
    value, dx = en.value_and_grad(_scaled_power)(x, scale=3.0)
    assert value == 15.0 and np.array_equal(dx, [6.0, 12.0])
