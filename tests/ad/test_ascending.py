"""enzymec/ad/reverse/ascending.py: which reverse loops count up. Checked on the AD stage's
output of tests/c/reverse_ascending.c (whose gradients are checked against finite
differences in every build variant by tests/c/test_gradients.py): its functions have one
loop each (rows_sum one innermost; triangle GMM's nest, where the loop filling `xc` and the
triangle's inner loop count up, the sum of squares, whose `out` is taped, does not), so the
number of reverse counters with a slot for their last value (`iv.reverse.last`) in a
gradient counts the loops flipped.
Each refused function is refused by one condition of the module: a carried product, a
value leaving the loop, a read of an element another iteration writes (two shapes), a
store that may alias what the loop reads; test_refusals_are_what_keeps_gradients_right
shows, for each, that without that condition the loop would count up (and
tests/c/test_gradients.py's check of that function fails: see the closing notes)."""

from __future__ import annotations

import pathlib
import re

import pytest

from test_loop_versions import ad_output  # tests/ad is on sys.path (rootdir)

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "tests" / "c" / "reverse_ascending.c"
GMM = ROOT / "benchmarks" / "c" / "gmm" / "timed.c"

FLIPPED = {"triangle.gradient": 2, "rows_sum.gradient.fused.body.gradient": 1,
           "scale_restrict.gradient": 1}
REFUSED = ["scale_may_alias.gradient", "recurrence.gradient", "product.gradient",
           "last_square.gradient", "overlap.gradient", "scatter.gradient",
           "taped_rows.gradient.fused.body.gradient", "local_squares.gradient"]


def flipped_loops(text: str) -> dict[str, int]:
    """Gradient function -> how many of its reverse loops count up."""
    found = {}
    for match in re.finditer(r"^define[^@\n]*@([\w.]+)\(.*?^}", text, re.S | re.M):
        found[match[1]] = len(re.findall(r"%iv\.reverse\.last(?:\.\d+)? = alloca",
                                         match[0]))
    return found


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_commuting_loops_count_up_and_the_others_do_not(opt, tmp_path):
    found = flipped_loops(ad_output(PROGRAM, tmp_path, opt))
    for name, count in FLIPPED.items():
        assert found.get(name) == count, (name, found)
    for name in REFUSED:
        assert found.get(name) == 0, (name, found)


def test_flipped_counter_is_set_tested_and_stepped(tmp_path):
    text = ad_output(PROGRAM, tmp_path, "-O2")
    body = re.search(r"^define[^@\n]*@scale_restrict\.gradient\(.*?^}", text, re.S | re.M)[0]
    # on the way in: the last iteration goes to its own slot, the counter starts at 0
    assert re.search(r"store i64 (%[\w.]+), ptr %iv\.reverse\.last\n\s*store i64 0, ptr "
                     r"%iv\.reverse", body)
    # the test compares with that slot, the back edge adds one
    assert re.search(r"%iv\.rev\.last = load i64, ptr %iv\.reverse\.last\n\s*"
                     r"%first\.iteration[\w.]* = icmp eq i64 %iv\.rev[\w.]*, %iv\.rev\.last",
                     body)
    assert re.search(r"%iv\.rev\.up = add nuw nsw i64 %iv\.rev[\w.]*, 1", body)
    assert not re.search(r"sub i64 %iv\.rev[\w.]*, 1\n", body)


SPLIT = r"""
#include <enzyme.h>
double scale(const double *restrict x, double *restrict out, int n, int depth) {
    for (int j = 0; j < n; j++)
        out[j] = x[j] * x[j] * 0.5;
    double t = out[0] + out[n - 1];
    return depth > 0 ? t * scale(x, out, n, depth - 1) : t;
}
void dscale(const double *x, double *dx, double *out, double *dout, int n) {
    __enzyme_autodiff((void *)scale, enzyme_dup, x, dx, enzyme_dup, out, dout, enzyme_const, n,
                      enzyme_const, 2);
}
"""


def test_split_gradients_keep_counting_down(tmp_path):
    """A recursive function, split into an augmented forward and a reverse for its
    recursive call, keeps its reverse counting down: only combined gradients are flipped
    (its combined gradient, which calls the split pair, may count up)."""
    source = tmp_path / "split.c"
    source.write_text(SPLIT)
    text = ad_output(source, tmp_path, "-O2")
    names = re.findall(r"^define[^@\n]*@([\w.]+)\(", text, re.M)
    pair = [n for n in names if n.startswith("scale.") and n != "scale.gradient"]
    assert pair, names  # the split pair of scale
    found = flipped_loops(text)
    assert all(found[name] == 0 for name in pair), found


def test_gmm_rows_count_up(tmp_path):
    text = ad_output(GMM, tmp_path, "-O3", "-march=native", "-fno-math-errno")
    assert sum(flipped_loops(text).values()) >= 1
