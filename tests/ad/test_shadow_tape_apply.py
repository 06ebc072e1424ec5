"""The loop tape kept in the caller's shadow (enzymec/ad/shadow_tape/shadow_tape_apply.py).

shadow_tape/lse_cases.c runs four gradients on many contents of dx (zeros, -0.0 in places,
NaN, Inf, nonzero, mixed, a denormal, sizes 1 to 1000) and with dx aliasing x; built with
the shadow tape and without it (ENZYMEC_SHADOW_TAPE=0), the two must print the same bits.
Each rule the transform relies on is broken by a program here whose gradient then keeps the
ordinary tape: a later loop reading x, a step of 2, -O2 (no loop unswitching), split mode,
forward over reverse, a vector width; --explain names the tape kept in dx."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "shadow_tape"
FLAGS = ("-fno-math-errno",)  # exp may not set errno: the function touches only its arguments


def enzymec(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "enzymec", *args], capture_output=True,
                          text=True, cwd=ROOT, check=True, env={**os.environ, **(env or {})})


def gradients_with_shadow_tape(ir: str) -> set[str]:
    """The synthesized gradients of the AD-stage IR that keep a tape in a shadow."""
    found = set()
    for match in re.finditer(r"define internal \S+ @(\S+)\((.*?)\n}\n", ir, re.S):
        if ".in.shadow = alloca i1" in match.group(2):
            found.add(match.group(1))
    return found


def build(tmp: Path, source: Path, opt: str, knob: str, extra=()) -> tuple[str, Path]:
    exe = tmp / f"{source.stem}{opt}{knob}{''.join(extra)}"
    done = enzymec(opt, *FLAGS, *extra, "--enzymec-dump-ir=ad", str(source), "-o", str(exe),
                   "-lm", env={"ENZYMEC_SHADOW_TAPE": knob})
    return done.stdout + done.stderr, exe


@pytest.fixture(scope="module", params=[(), ("-march=native",)], ids=["generic", "native"])
def cases(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("shadow_tape")
    source = HERE / "lse_cases.c"
    ir, shadow = build(tmp, source, "-O3", "1", request.param)
    plain_ir, plain = build(tmp, source, "-O3", "0", request.param)
    run = [subprocess.run([str(exe)], capture_output=True, text=True, check=True).stdout
           for exe in (shadow, plain)]
    return ir, plain_ir, run


def test_shadow_tape_is_bitwise_the_ordinary_tape(cases):
    _, _, (shadow, plain) = cases
    assert len(shadow.splitlines()) == 4 * 11 * 14
    assert shadow == plain


def test_taken_where_the_rules_hold_and_only_there(cases):
    ir, plain_ir, _ = cases
    assert gradients_with_shadow_tape(ir) == {"lse.noalias.gradient",
                                              "sq_lse.noalias.gradient"}
    assert gradients_with_shadow_tape(plain_ir) == set()


def test_the_disjointness_test_guards_the_shadow_tape(cases):
    """The ordinary gradient of lse stays, for calls whose regions may overlap."""
    ir, _, _ = cases
    assert "define internal double @lse.gradient(" in ir
    assert "br i1 %alias.disjoint" in ir


def test_not_at_o2(tmp_path):
    """Without -O3's loop unswitching the reverse loop would keep the branch on the flag:
    the transform is not made (and the call not versioned for it)."""
    ir, _ = build(tmp_path, HERE / "lse_cases.c", "-O2", "1")
    assert gradients_with_shadow_tape(ir) == set()
    assert "lse.noalias.gradient" not in ir


MODES = """
#include <enzyme.h>
#include <math.h>
double lse(const double *x, long n) {
    double s = 0;
    for (long i = 0; i < n; i++)
        s += exp(x[i]);
    return log(s);
}
void d_lse(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)lse, enzyme_dup, x, dx, n);
}
/* forward over reverse: the tangent of the gradient (a Hessian-vector product) */
void hvp(const double *x, const double *v, double *dx, double *hv, long n) {
    __enzyme_fwddiff((void *)d_lse, x, v, dx, hv, n);
}
"""


def test_forward_over_reverse_keeps_the_ordinary_tape(tmp_path):
    """A gradient that forward mode differentiates is not versioned (alias_version.py's
    `inside`), so it never gets the shadow tape."""
    source = tmp_path / "modes.c"
    source.write_text(MODES)
    ir = enzymec("-O3", *FLAGS, "--enzymec-dump-ir=ad", "-c", str(source), "-o",
                 str(tmp_path / "modes.o")).stdout
    assert gradients_with_shadow_tape(ir) == set()


SPLIT = """
#include <enzyme.h>
#include <math.h>
__attribute__((noinline)) double lse(const double *x, long n) {
    double s = 0;
    for (long i = 0; i < n; i++)
        s += exp(x[i]);
    return log(s);
}
double outer(const double *x, long n) { return lse(x, n) * lse(x, n); }
void d_outer(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)outer, enzyme_dup, x, dx, n);
}
"""


def test_split_calls_keep_the_ordinary_tape(tmp_path):
    """With inlining off, lse becomes a split pair inside outer's gradient: no shadow tape
    there (GradientSpec.split), whatever the call site."""
    source = tmp_path / "split.c"
    source.write_text(SPLIT)
    done = enzymec("-O3", *FLAGS, "--enzymec-dump-ir=ad", "-c", str(source), "-o",
                   str(tmp_path / "split.o"), env={"ENZYMEC_AD_INLINE": "0"})
    ir = done.stdout + done.stderr
    assert re.search(r"define internal \S+ @lse\.\S*(augmented|reverse)", ir)
    assert gradients_with_shadow_tape(ir) == set()


WIDTH = """
#include <enzyme.h>
#include <math.h>
extern int enzyme_width;
__attribute__((noinline)) double lse(const double *x, long n) {
    double s = 0;
    for (long i = 0; i < n; i++)
        s += exp(x[i]);
    return log(s);
}
void d_lse2(const double *x, double *dx0, double *dx1, long n) {
    __enzyme_autodiff((void *)lse, enzyme_width, 2, enzyme_dup, x, dx0, dx1, n);
}
"""


def test_vector_width_keeps_the_ordinary_tape(tmp_path):
    """Calls at width 2 are not versioned (alias_version.py), so no shadow tape."""
    source = tmp_path / "width.c"
    source.write_text(WIDTH)
    done = enzymec("-O3", *FLAGS, "--enzymec-dump-ir=ad", "-c", str(source), "-o",
                   str(tmp_path / "width.o"))
    ir = done.stdout + done.stderr
    assert re.search(r"define internal \S+ @lse\.\S*gradient", ir)
    assert gradients_with_shadow_tape(ir) == set()


def test_explain_names_the_shadow_tape(tmp_path):
    """--explain: a `shadow` event at the exp call of each gradient that keeps its tape in
    dx, none in the ordinary gradients."""
    out = tmp_path / "explain.json"
    enzymec("-O3", *FLAGS, f"--explain={out}", "-c", str(HERE / "lse_cases.c"), "-o",
            str(tmp_path / "x.o"))
    functions = json.loads(out.read_text())["units"][0]["functions"]
    kept = {f["synthesized"]: [e for e in f["events"] if e["kind"] == "shadow" and
                               e["how"] == "loop tape kept in a zero shadow"]
            for f in functions}
    assert {name for name, events in kept.items() if events} == \
        {"lse.noalias.gradient", "sq_lse.noalias.gradient"}
    source = (HERE / "lse_cases.c").read_text().splitlines()
    line = 1 + next(k for k, text in enumerate(source) if "s += exp(x[i] - A);" in text)
    event = kept["lse.noalias.gradient"][0]
    assert event["location"]["line"] == line
    assert "kept in the shadow of argument 1" in event["message"]
