"""The net benchmark's tapes (enzymec/ad/tape/nested_finals.py, exit_tapes.py), read from
`--explain=FILE` and from clang's vectorizer remarks on the IR after AD.

The kernel is the net's batch loss at toy size: per image (a run-time count), 10 dot
products of 16 weights (constant counts), their maximum (a flag per iteration), 10 exps
and their running sum, read after its loop by `log`. The reverse sweep takes the constant
counts of the outputs loop and the exps loop as constants (no tape), keeps the dot loop's
taped (else LLVM's hoisted alias check over the backwards outputs loop folds to "always
conflicts" and the dW loop stays scalar), and tapes the sum once per image. The gradients
of these shapes are checked against finite differences by tests/c/nested_const_loops.c,
nested_const_recursion.c, omp/nested_const_images.c and vector/vr_nested_const_w2.c.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

NET = r"""
#include <enzyme.h>
#include <math.h>
#define NIN 16
#define NOUT 10
double loss(const double *W, const double *x, const unsigned char *labels, long bs) {
    double total = 0;
    for (long k = 0; k < bs; k++) {
        double act[NOUT], mx = -1e300, sum = 0;
        for (int o = 0; o < NOUT; o++) {
            double a = 0;
            for (int j = 0; j < NIN; j++)
                a += W[o * NIN + j] * x[k * NIN + j];
            act[o] = a;
            mx = a > mx ? a : mx;
        }
        for (int o = 0; o < NOUT; o++)
            sum += exp(act[o] - mx);
        total += log(sum) + mx - act[labels[k]];
    }
    return total / (double)bs;
}
void dloss(const double *W, double *dW, const double *x, const unsigned char *labels,
           long bs) {
    __enzyme_autodiff((void *)loss, enzyme_dup, W, dW, enzyme_const, x, enzyme_const,
                      labels, bs);
}
"""
SUM_LINE = 18   # `sum += exp(act[o] - mx);`
IMAGE_LINE = 9  # the images loop, as --explain names it (its first statement)
OUTPUTS_LINE = 12  # the outputs loop, as --explain names it


def enzymec(*args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("enzymec")
    command = [exe] if exe else [sys.executable, "-m", "enzymec"]
    # the images loop is reversed per iteration by default (fuse_plan.py, test_fuse.py);
    # these tests look at its loops' tapes unfused
    return subprocess.run([*command, *args], capture_output=True, text=True, check=True,
                          env={**os.environ, "ENZYMEC_FUSE": "0"})


@pytest.fixture(scope="module")
def taped(tmp_path_factory) -> list[dict]:
    """The kernel's taped values, as --explain=FILE reports them."""
    tmp = tmp_path_factory.mktemp("net")
    (tmp / "net.c").write_text(NET)
    enzymec("-O3", "-fno-math-errno", "-c", str(tmp / "net.c"), "-o", str(tmp / "net.o"),
            f"--explain={tmp / 'net.json'}")
    log = json.loads((tmp / "net.json").read_text())
    events = [e for unit in log["units"] for f in unit["functions"] for e in f["events"]]
    return [e for e in events if e["kind"] == "need" and e["how"] == "taped"]


def loop_line(event: dict) -> int:
    return int(re.search(r"computed in the loop at line (\d+)", event["reason"])[1])


def test_constant_counts_of_nested_loops_are_constants(taped):
    """Only the dot loop's count is taped (one per output, in the outputs loop's tape); the
    outputs and exps loops' counts are constants in the reverse sweep."""
    counts = [e for e in taped if e["value"] == "the iteration count of a loop"]
    assert [loop_line(e) for e in counts] == [OUTPUTS_LINE], counts


def test_sum_read_after_its_loop_is_taped_once_per_image(taped):
    """The running sum is an exit tape of the images loop, not a tape of the exps loop."""
    sums = [e for e in taped if e["location"]["line"] == SUM_LINE and e["value"] == "'+'"]
    assert len(sums) == 1 and loop_line(sums[0]) == IMAGE_LINE, sums
    assert sums[0]["loop_trip_count"] is None  # per image, not 10 per run of the exps loop


def test_dw_reverse_loop_is_vectorized(tmp_path):
    """clang's -O3 on the IR after AD vectorizes the reverse of the dot loop (dW += d x)."""
    from enzymec.driver.toolchain import find_toolchain
    source = tmp_path / "net.c"
    source.write_text(NET)
    dump = enzymec("-O3", "-fno-math-errno", "-c", str(source), "-o", str(tmp_path / "n.o"),
                   "--enzymec-dump-ir=ad").stderr
    ir = tmp_path / "net.ll"
    ir.write_text(dump[dump.index("\n") + 1:])  # after the dump's banner line
    clang = find_toolchain().clang(False)
    proc = subprocess.run([*clang, "-O3", "-fno-math-errno", "-c", str(ir), "-o",
                           str(tmp_path / "v.o"), "-Wno-override-module",
                           "-Rpass=loop-vectorize"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    # the only loop of the module LLVM can vectorize: the forward dot products are strict
    # FP reductions, the exps call `exp`, the outputs loops are unrolled
    assert len(re.findall(r"remark: .*vectorized loop", proc.stderr)) == 1, proc.stderr
