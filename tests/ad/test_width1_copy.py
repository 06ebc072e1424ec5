"""A width-2 reverse call and width-1 reverse calls of the same function share one synthesis
(cache.Derivatives.offer, vector_reverse.py): the width-1 gradient is a copy of the
gradient the lanes were expanded from, made before the expansion. The copy must be the
function a width-1 call alone gets (the same IR text, name aside), and the numbers of every
call right: each width-1 gradient equals its lane of the width-2 one and the analytic
gradient to rounding (LLVM may contract the two differently: one ulp apart), at seeded
random points.

The function has no `out` argument, so its width-2 gradient returns nothing while the
width-1 call, declared `double`, returns 0.0: the shared synthesis is built with the
width-1 return type and the lanes drop the value (vector_reverse._single_request).

A second function, `h`, has a loop whose width-1 reverse counts up (ascending.py), and a
third, `m` (matvec's shape, a malloc'd `out`), loops the width-1 synthesis fuses
(loop_fusion.py, fuse_plan.py); the lanes' synthesis does neither: there the two differ,
so nothing is shared (two syntheses each), and each width-1 gradient is again exactly
what a width-1 call alone gets.
"""

from __future__ import annotations

import ast
import math
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FUNCTION = r"""
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
extern int enzyme_width, enzyme_dupv, enzyme_dup;
double __enzyme_autodiff(void *, ...);
void __enzyme_autodiff_lanes(void *, ...) __asm__("__enzyme_autodiff");

/* out[0] = sum_i sin(x_i) x_{i+1 mod n}, out[1] = out[0] x_0 */
__attribute__((noinline)) void f(const double *x, double *out, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += sin(x[i]) * x[(i + 1) % n];
    out[0] = s;
    out[1] = s * x[0];
}

/* sum_i 2^(i + 1 - rows) o_i^2, o_i = sum_j sin(x_j (i + 1)) x_{(i + j) mod 4}, over a
 * malloc'd out: loops the width-1 synthesis fuses; the decaying sum keeps every reverse
 * loop from counting up, so only the fusion tells the two syntheses apart */
__attribute__((noinline)) double m(const double *x, int rows) {
    double *out = malloc(sizeof(double) * (size_t)rows);
    for (int i = 0; i < rows; i++) {
        out[i] = 0.0;
        for (int j = 0; j < 4; j++)
            out[i] += sin(x[j] * (i + 1)) * x[(i + j) % 4];
    }
    double s = 0.0;
    for (int i = 0; i < rows; i++)
        s = 0.5 * s + out[i] * out[i];
    free(out);
    return s;
}

/* out[j] = x_j^2 / 2 + x_{j+1 mod 8}: its reverse loop may count up (ascending.py) */
__attribute__((noinline)) void h(const double *restrict x, double *restrict out, int n) {
    for (int j = 0; j < n; j++)
        out[j] = x[j] * x[j] * 0.5 + x[(j + 1) % 8];
}
"""

BOTH = FUNCTION + r"""
int main(int argc, char **argv) {
    double x[4], out[2];
    for (int i = 0; i < 4; i++) x[i] = atof(argv[1 + i]);
    double dx2[2][4] = {{0}}, out2[2][2], dout2[2][2] = {{1, 0}, {0, 1}};
    __enzyme_autodiff_lanes((void *)f, enzyme_width, 2, enzyme_dupv, sizeof(double[4]), x,
                            dx2, enzyme_dupv, sizeof(double[2]), out2, dout2, 4);
    for (int k = 0; k < 2; k++) {
        double dx[4] = {0}, dout[2] = {k == 0, k == 1};
        __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_dup, out, dout, 4);
        for (int i = 0; i < 4; i++) printf("f %d %d %a %a\n", k, i, dx[i], dx2[k][i]);
    }
    double y[8], hx2[2][8] = {{0}}, hout2[2][8], hseed[2][8];
    for (int i = 0; i < 8; i++) {
        y[i] = atof(argv[1 + i % 4]) + 0.125 * i;
        hseed[0][i] = 1.0 + i;
        hseed[1][i] = 0.5 - i;
    }
    __enzyme_autodiff_lanes((void *)h, enzyme_width, 2, enzyme_dupv, sizeof(double[8]), y,
                            hx2, enzyme_dupv, sizeof(double[8]), hout2, hseed, 8);
    for (int k = 0; k < 2; k++) {
        double dy[8] = {0}, hout[8], dout[8];
        for (int i = 0; i < 8; i++) dout[i] = k == 0 ? 1.0 + i : 0.5 - i;  /* hseed: zeroed */
        __enzyme_autodiff((void *)h, enzyme_dup, y, dy, enzyme_dup, hout, dout, 8);
        for (int i = 0; i < 8; i++) printf("h %d %d %a %a\n", k, i, dy[i], hx2[k][i]);
    }
    double mx2[2][4] = {{0}}, mx[4] = {0};
    __enzyme_autodiff_lanes((void *)m, enzyme_width, 2, enzyme_dupv, sizeof(double[4]), x,
                            mx2, 5);
    __enzyme_autodiff((void *)m, enzyme_dup, x, mx, 5);
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < 4; i++) printf("m %d %d %a %a\n", k, i, mx[i], mx2[k][i]);
    return 0;
}
"""

ALONE = FUNCTION + r"""
int main(void) {
    double x[8] = {1, 2, 3, 4, 5, 6, 7, 8}, out[8], dx[8] = {0}, dout[8] = {1, 0};
    __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_dup, out, dout, 4);
    __enzyme_autodiff((void *)h, enzyme_dup, x, dx, enzyme_dup, out, dout, 8);
    __enzyme_autodiff((void *)m, enzyme_dup, x, dx, 5);
    printf("%a\n", dx[0]);
    return 0;
}
"""

# counts the gradient syntheses of the compile it runs (GradientSynthesizer.run, the
# lanes' subclass included), printed on stderr
COUNTING = """
import sys
from enzymec.ad.reverse import reverse
runs = []
original = reverse.GradientSynthesizer.run
def run(self):
    runs.append(self.spec.function.name)
    return original(self)
reverse.GradientSynthesizer.run = run
from enzymec.driver import cli
code = cli.main()
print("syntheses:", runs, file=sys.stderr)
sys.exit(code)
"""


def compile_c(tmp: Path, name: str, text: str) -> tuple[Path, str]:
    source = tmp / f"{name}.c"
    source.write_text(text)
    exe = tmp / name
    done = subprocess.run([sys.executable, "-c", COUNTING, "-O2", "--enzymec-dump-ir=ad",
                           str(source), "-o", str(exe), "-lm"],
                          capture_output=True, text=True, cwd=ROOT, check=True,
                          env={k: v for k, v in os.environ.items() if k != "ENZYMEC_EXPLAIN"})
    return exe, done.stdout + done.stderr


def body(ir: str, name: str) -> str:
    """The definition of `name` in the dumped IR, its own name replaced by @G (also where
    it begins the name of a function made for it: a fused loop body's gradient) and the
    module's numbering of attribute groups and metadata by # and !: the two programs
    number them differently."""
    found = re.search(r"^define [^@\n]*@" + re.escape(name) + r"\(.*?^}$", ir, re.S | re.M)
    assert found is not None, f"no definition of {name} in the AD output"
    text = re.sub("@" + re.escape(name) + r"(?=[(.])", "@G", found.group(0))
    return re.sub(r"([#!])\d+\b", r"\1", text)


def gradient(x: list[float], seed: tuple[float, float]) -> list[float]:
    """d(seed . out)/dx of f, by hand."""
    n = len(x)
    s = sum(math.sin(x[i]) * x[(i + 1) % n] for i in range(n))
    ds = [0.0] * n
    for i in range(n):
        ds[i] += math.cos(x[i]) * x[(i + 1) % n]
        ds[(i + 1) % n] += math.sin(x[i])
    g = [(seed[0] + seed[1] * x[0]) * d for d in ds]
    g[0] += seed[1] * s
    return g


def h_gradient(y: list[float], seed: list[float]) -> list[float]:
    """d(seed . out)/dy of h, by hand."""
    g = [0.0] * 8
    for j in range(8):
        g[j] += seed[j] * y[j]
        g[(j + 1) % 8] += seed[j]
    return g


def m_gradient(x: list[float], rows: int) -> list[float]:
    """d/dx of m, by hand (every lane of its width-2 gradient is seeded with 1 too)."""
    g = [0.0] * 4
    for i in range(rows):
        o = sum(math.sin(x[j] * (i + 1)) * x[(i + j) % 4] for j in range(4))
        for j in range(4):
            w = 2 * o * 0.5 ** (rows - 1 - i)
            g[j] += w * math.cos(x[j] * (i + 1)) * (i + 1) * x[(i + j) % 4]
            g[(i + j) % 4] += w * math.sin(x[j] * (i + 1))
    return g


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("width1_copy")
    return compile_c(tmp, "both", BOTH), compile_c(tmp, "alone", ALONE)


def syntheses(log: str) -> list[str]:
    """The functions whose gradients the compile synthesized (COUNTING), in order."""
    found = re.search(r"syntheses: (\[.*\])", log)
    assert found is not None, log[-2000:]
    return ast.literal_eval(found.group(1))


def test_one_synthesis_for_both_widths_where_they_agree(built):
    (_, log), (_, alone_log) = built
    both, alone = syntheses(log), syntheses(alone_log)
    assert [both.count(name) for name in "fhm"] == [1, 2, 2], both
    assert [alone.count(name) for name in "fhm"] == [1, 1, 1], alone


@pytest.mark.parametrize("name", ["f", "h", "m"])
def test_width_1_is_what_a_width_1_call_gets(built, name):
    (_, log), (_, alone_log) = built
    width2, width1 = body(log, f"{name}.gradient"), body(log, f"{name}.gradient.1")
    assert width2.startswith("define internal void @G(") and "%arg0.shadow.lane1" in width2
    assert width1.startswith("define internal double @G(")
    assert "lane1" not in width1 and "ret double 0" in width1
    assert width1 == body(alone_log, f"{name}.gradient")
    # h's width-1 reverse counts up (a slot for its counter's last value); m's width-1
    # forward fuses its two loops, so its scratch `out` goes (no malloc); the lanes' do
    # neither
    ascending = "%iv.reverse.last = alloca"
    assert (ascending in width1, ascending in width2) == (name == "h", False)
    scratch = "@malloc("
    assert (scratch in width1, scratch in width2) == (False, name == "m")


def test_every_call_right(built):
    (exe, _), _ = built
    rng = random.Random(20261203)
    for _ in range(6):
        x = [rng.uniform(-2.0, 2.0) for _ in range(4)]
        done = subprocess.run([str(exe), *map(repr, x)], capture_output=True, text=True,
                              check=True)
        rows = [line.split() for line in done.stdout.splitlines()]
        assert len(rows) == 8 + 16 + 8
        y = [x[i % 4] + 0.125 * i for i in range(8)]
        for which, k, i, one, lane in rows:
            k, i = int(k), int(i)
            want = gradient(x, (1.0, 0.0) if k == 0 else (0.0, 1.0))[i] if which == "f" \
                else h_gradient(y, [1.0 + j if k == 0 else 0.5 - j for j in range(8)])[i] \
                if which == "h" else m_gradient(x, 5)[i]
            for what, got in (("width-1", one), (f"lane {k} of width 2", lane)):
                assert math.isclose(float.fromhex(got), want, rel_tol=1e-12, abs_tol=1e-12), \
                    f"x={x}: seed {k}, {what} d/dx{i} = {float.fromhex(got)}, by hand {want}"
