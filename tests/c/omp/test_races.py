"""Race check of synthesized OpenMP gradients: ThreadSanitizer with LLVM's Archer
(race_check.sh says how and why not valgrind's DRD/Helgrind). Each program's gradient runs
at 4 threads under TSan and must report nothing; the racy control (a primal without its
reduction clause) must be reported, so the check can fail. (A stencil whose guarded adjoint
updates (omp_private.py) were all made plain was reported too, tried by hand.)"""

from __future__ import annotations

import os
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ARCHER = "/usr/lib/llvm-22/lib/libarcher.so"
CHECKED = ["map_shared_param", "sum_reduction", "max_reduction", "critical_accumulate",
           "atomic_update", "heat_time_loop", "barrier_phases", "dynamic_schedule",
           "active_firstprivate", "private_plain", "wide_stencil", "offset_alias",
           "nowait_rounds", "nested_shared_read", "forward_reduction"]


def tsan_available() -> bool:
    if not os.path.exists(ARCHER):
        return False
    proc = subprocess.run(["cc", "-fsanitize=thread", "-x", "c", "-", "-o", os.devnull],
                          input="int main(void){return 0;}", capture_output=True, text=True)
    return proc.returncode == 0


pytestmark = pytest.mark.skipif(not tsan_available(),
                                reason="needs libomp-22-dev (Archer) and gcc's libtsan")


def race_check(source: str, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run(["sh", os.path.join(HERE, "race_check.sh"), source, str(tmp_path)],
                          capture_output=True, text=True, timeout=900)


@pytest.mark.parametrize("name", CHECKED)
def test_gradient_has_no_race(name, tmp_path):
    proc = race_check(os.path.join(HERE, name + ".c"), tmp_path)
    assert proc.returncode == 0, proc.stdout[-1500:] + proc.stderr[-3000:]
    assert "maxerr" in proc.stdout and "ThreadSanitizer" not in proc.stderr


def test_racy_primal_is_reported(tmp_path):
    proc = race_check(os.path.join(HERE, "racy", "racy_sum.c"), tmp_path)
    assert proc.returncode == 66 and "WARNING: ThreadSanitizer: data race" in proc.stderr
