"""Memory safety of the synthesized gradients under valgrind memcheck.

Each program is built with enzymec (-O0, -O2, and with calls split: gradcheck.VARIANTS)
into an executable with a small driver that calls its `grad` a few times at fixed points;
valgrind must report no invalid access and no definitely-lost block (tapes, shadow allocations and their frees are all synthesized
code). CI checks the `CI_PROGRAMS` below, chosen for heap shadows (realloc and aligned
allocations too), tapes in nested and data-dependent loops, memcpy, struct returns and
recursion; `ENZYMEC_MEMCHECK_ALL=1 python -m pytest tests/c/test_memcheck.py` checks every
program.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from gradcheck import VARIANTS, _env, programs, read_spec

CI_PROGRAMS = ["heap_malloc", "memcpy_active", "nested_3", "while_data_exit", "loop_break",
               "loop_early_return", "matvec", "logsumexp", "struct_triple", "local_array",
               "heap_in_struct", "realloc_grow", "realloc_vec", "realloc_rows", "posix_memalign",
               "recursion_pointer", "recursion_scalar", "custom_gradient_enzyme",
               "recursive_tree_sum", "recursion_deep", "split_local_array_loop",
               "custom_gradient_notape", "scratch_reload", "scratch_forward", "heap_handed_out",
               "split_returns_heap", "list_append_recursive",
               "heap_rows_in_local_table"]

DRIVER = r"""
void grad(const double *x, double *g);
int main(void) {
    double x[%(n)d], g[%(n)d + 1];
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < %(n)d; i++) x[i] = %(lo)r + (%(hi)r - %(lo)r) * (i + 1.0 + round) / (%(n)d + 3.0);
        grad(x, g);
    }
    return 0;
}
"""


def selected() -> list:
    every = programs()
    if os.environ.get("ENZYMEC_MEMCHECK_ALL") == "1":
        return every
    chosen = [p for p in every if p.stem in CI_PROGRAMS]
    assert len(chosen) == len(CI_PROGRAMS), "a CI memcheck program is missing"
    return chosen


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("source", selected(), ids=lambda p: p.stem)
def test_no_invalid_access_or_leak(tmp_path, source, variant):
    if shutil.which("valgrind") is None:
        pytest.fail("valgrind is not installed (apt-get install valgrind; .ci/run does)")
    spec = read_spec(source)
    driver = tmp_path / "driver.c"
    driver.write_text(DRIVER % {"n": spec.n, "lo": spec.lo, "hi": spec.hi})
    exe = tmp_path / "prog"
    opt, extra_env = VARIANTS[variant]
    build = subprocess.run(["enzymec", opt, str(source), str(driver), "-o", str(exe), "-lm"],
                           capture_output=True, text=True, env={**_env(), **extra_env})
    assert build.returncode == 0, build.stderr
    run = subprocess.run(["valgrind", "--quiet", "--error-exitcode=99", "--leak-check=full",
                          "--errors-for-leak-kinds=definite", str(exe)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"valgrind found errors:\n{run.stderr}"
