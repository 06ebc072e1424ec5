"""How the runtime reaches a program: linked into modules that use it, and only those.

A program without autodiff calls must compile as clang compiles it: no runtime symbol, and
the runtime is not even built. A program with derivatives gets the runtime functions it
uses inside its own object, internal: no `__enzymec_` symbol is exported or left undefined,
so the object links with a plain `cc`. The runtime's bitcode is cached once per user and
compiler, written atomically even when parallel builds race to create it.
"""

from __future__ import annotations

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

import llvmlite.binding as llvm
import pytest

from drivertools import run_enzymec, write
from enzymec.ad.rules.runtime_calls import PREFIX, SIGNATURES
from enzymec.ir import FunctionType

PLAIN = r"""
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
static int cmp(const void *a, const void *b) { return *(const double *)a > *(const double *)b; }
int main(void) {
    double *v = malloc(4 * sizeof *v);
    for (int i = 0; i < 4; i++) v[i] = lgamma(4.5 - i);
    qsort(v, 4, sizeof *v, cmp);
    printf("%.6f %.6f\n", v[0], v[3]);
    free(v);
    return 0;
}
"""

# uses tapes (a loop of data-dependent length), heap shadows (malloc), digamma (lgamma)
# and records (a recursive, non-inlined callee)
GRADIENT = r"""
#include <enzyme.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static double rec(double x, int n) {
    return n == 0 ? x : sin(rec(x, n - 1)) * x;
}
double f(double *x, int n) {
    double *t = malloc(n * sizeof *t), s = 0;
    for (int i = 0; i < n; i++) t[i] = lgamma(x[i] + 2.0);
    for (int i = 0; i < n; i++) s += t[i] * t[n - 1 - i] + rec(x[i], i % 3);
    free(t);
    return s;
}
void df(double *x, double *dx, int n) { __builtin_autodiff(f, x, dx, n); }
int main(void) {
    double x[5] = {0.3, 1.1, 2.5, 0.7, 1.9}, dx[5] = {0}, h = 1e-6;
    df(x, dx, 5);
    double worst = 0;
    for (int i = 0; i < 5; i++) {
        double keep = x[i];
        x[i] = keep + h; double up = f(x, 5);
        x[i] = keep - h; double down = f(x, 5);
        x[i] = keep;
        double err = fabs((up - down) / (2 * h) - dx[i]) / (1 + fabs(dx[i]));
        worst = err > worst ? err : worst;
    }
    printf("%s\n", worst < 1e-6 ? "agrees" : "differs");
    return 0;
}
"""


def exported_runtime_symbols(obj) -> list[str]:
    """`__enzymec_` symbols an object defines globally or leaves undefined (nm's upper case
    and U); local ones (lower case) are fine."""
    lines = subprocess.run(["nm", str(obj)], capture_output=True, text=True, check=True).stdout
    return [ln for ln in lines.splitlines()
            if PREFIX in ln and ln.split()[-2] not in ("t", "d", "b", "r")]


def runtime_files(cache) -> list[str]:
    """The runtime's files in the cache (which also holds the toolchain probe's), temporary
    ones included."""
    return [n for n in os.listdir(cache) if "enzymec_rt" in n] if cache.is_dir() else []


def test_program_without_autodiff_gets_no_runtime(tmp_path):
    write(tmp_path, "plain.c", PLAIN)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    for flags in (["-O0"], ["-O2"]):
        run_enzymec(*flags, "-S", "-emit-llvm", "plain.c", "-o", "plain.ll", cwd=tmp_path,
                    env=env, check=True)
        assert PREFIX not in (tmp_path / "plain.ll").read_text()
        run_enzymec(*flags, "plain.c", "-o", "plain", "-lm", cwd=tmp_path, env=env, check=True)
        nm = subprocess.run(["nm", str(tmp_path / "plain")], capture_output=True, text=True)
        assert PREFIX not in nm.stdout
        run = subprocess.run([str(tmp_path / "plain")], capture_output=True, text=True)
        assert run.stdout == "-0.120782 2.453737\n"  # lgamma(1.5), lgamma(4.5)
    assert not runtime_files(tmp_path / "cache" / "enzymec")  # the runtime was never built


@pytest.mark.parametrize("level", ["-O0", "-O2"])
def test_gradient_object_keeps_its_runtime_inside(tmp_path, level):
    write(tmp_path, "grad.c", GRADIENT)
    run_enzymec(level, "-c", "grad.c", "-o", "grad.o", cwd=tmp_path, check=True)
    assert exported_runtime_symbols(tmp_path / "grad.o") == []
    subprocess.run(["cc", "grad.o", "-o", "grad", "-lm"], cwd=tmp_path, check=True)  # no runtime
    run = subprocess.run([str(tmp_path / "grad")], capture_output=True, text=True)
    assert run.stdout == "agrees\n", run.stdout + run.stderr


def test_runtime_cache_is_built_once_atomically(tmp_path):
    write(tmp_path, "grad.c", GRADIENT)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    with ThreadPoolExecutor(max_workers=6) as pool:
        runs = list(pool.map(lambda i: run_enzymec("-O1", "grad.c", "-o", f"g{i}", "-lm",
                                                   cwd=tmp_path, env=env), range(6)))
    assert all(r.returncode == 0 for r in runs), [r.stderr for r in runs]
    for i in range(6):
        run = subprocess.run([str(tmp_path / f"g{i}")], capture_output=True, text=True)
        assert run.stdout == "agrees\n"
    cache = tmp_path / "cache" / "enzymec"
    files = runtime_files(cache)
    assert len(files) == 1 and files[0].endswith(".bc")
    bitcode = cache / files[0]
    assert bitcode.read_bytes()[:4] == b"BC\xc0\xde"
    before = bitcode.stat().st_mtime_ns
    run_enzymec("-O1", "-c", "grad.c", "-o", "again.o", cwd=tmp_path, env=env, check=True)
    assert bitcode.stat().st_mtime_ns == before and runtime_files(cache) == files
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]
    check_signatures(bitcode)


def check_signatures(bitcode) -> None:
    """The IR types the AD stage declares runtime functions with are the C definitions'."""
    llvm.initialize_native_target()
    module = llvm.parse_bitcode(bitcode.read_bytes())
    defined = {f.name: str(f.global_value_type) for f in module.functions
               if not f.is_declaration}
    for name, (result, params) in SIGNATURES.items():
        assert defined.get(PREFIX + name) == str(FunctionType(result, params)), name


# a user's function whose name happens to start like the runtime's (reserved in C, but
# legal to write) is the user's: it stays exported, only the runtime's own are made internal
NAMESAKE = r"""
#include <enzyme.h>
double __enzymec_user_scale(double x) { return 3.0 * x; }
static double f(double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += __enzymec_user_scale(x[i]) * x[i];
    return s;
}
void df(double *x, double *dx, int n) { __builtin_autodiff(f, x, dx, n); }
"""


def test_user_function_with_runtime_prefix_stays_exported(tmp_path):
    write(tmp_path, "namesake.c", NAMESAKE)
    run_enzymec("-O2", "-c", "namesake.c", "-o", "namesake.o", cwd=tmp_path, check=True)
    nm = subprocess.run(["nm", str(tmp_path / "namesake.o")], capture_output=True, text=True,
                        check=True).stdout
    kinds = {ln.split()[-1]: ln.split()[-2] for ln in nm.splitlines()}
    assert kinds.get("__enzymec_user_scale") == "T", nm
    exported = [ln.split()[-1] for ln in exported_runtime_symbols(tmp_path / "namesake.o")]
    assert exported == ["__enzymec_user_scale"], nm
