"""The tape verdict for stack slots does not hang on metadata (explain_slots.py): the
`!enzymec.tape` tags of a slot's accesses may be dropped by LLVM, and the slot's alloca, by
its name, still says whether the tape is there. Checked on the AD stage's real text of the
talk's reluf, with optimized modules written by hand: tags dropped but the slot kept, the
slot promoted to a register, the slot split by SROA, the gradient inlined into its caller.
The program is the talk's reluf with `sin(x) * y[0]` (two active inputs) in the branch, so that the
sin and its cos partner keep two slots: `sin(x) * x` is one preaccumulated chain
(preaccumulate.py) with one slot for its local derivative."""

from __future__ import annotations

import re

import pytest

from explain_run import run

from enzymec.ad.explain.explain_log import ExplainLog
from enzymec.driver.explain_after import record_tape_removal, strip_tags

RELUF_TWO_SLOTS = """/* explain: -O0 */
#include <enzyme.h>
#include <math.h>

double reluf(double x, const double *y) {
    double r;
    if (x > 0)
        r = sin(x) * y[0];
    else
        r = 0;
    return r;
}
double diffe_reluf(double x, const double *y, double *dy) {
    return __builtin_autodiff(reluf, x, enzyme_dup, y, dy);
}
"""

@pytest.fixture(scope="module")
def ad_text(tmp_path_factory) -> str:
    """The AD stage's module of reluf at -O0, tags and all."""
    program = tmp_path_factory.mktemp("slots") / "reluf_O0.c"
    program.write_text(RELUF_TWO_SLOTS)
    done = run(program, "--explain", "--enzymec-dump-ir=ad")
    text = done.stderr[done.stderr.index("; ---- enzymec: IR after ad"):]
    remarks = re.search(r"^reluf_O0\.c:\d+:\d+: remark:", text, re.M)
    return text[:remarks.start()] if remarks else text


def verdicts(ad_text: str, optimized: str) -> dict[str, bool]:
    """cache -> removed, from record_tape_removal over a unit naming reluf's two slots."""
    unit = ExplainLog("reluf_O0.c")
    log = unit.begin("reluf", "reverse", "reluf.gradient", None)
    for cache in ("v.tape", "cos.tape"):
        unit.caches[f"reluf.gradient/{cache}"] = (log, cache)
    record_tape_removal(unit, ad_text, optimized)
    return {e.fields["cache"]: e.fields["removed"] for e in log.events
            if e.kind == "tape_after_optimization"}


def test_the_ad_text_has_both_slots(ad_text):
    assert re.search(r"%v\.tape = alloca double", ad_text)
    assert re.search(r"%cos\.tape = alloca double", ad_text)
    assert "!enzymec.tape" in ad_text


def test_tags_dropped_but_slots_left_is_kept(ad_text):
    """The unoptimized module without its tags: both slots are still there."""
    assert verdicts(ad_text, strip_tags(ad_text)) == {"v.tape": False, "cos.tape": False}


def test_tagged_and_left_is_kept(ad_text):
    assert verdicts(ad_text, ad_text) == {"v.tape": False, "cos.tape": False}


def test_slots_gone_is_removed(ad_text):
    """Both allocas and every access removed (promoted to registers)."""
    gone = re.sub(r"^.*%(v|cos)\.tape\b.*$\n", "", strip_tags(ad_text), flags=re.M)
    assert verdicts(ad_text, gone) == {"v.tape": True, "cos.tape": True}


def test_one_slot_split_by_sroa_is_kept(ad_text):
    """Only `cos.tape` removed; `v.tape` renamed as SROA names its pieces."""
    text = re.sub(r"^.*%cos\.tape\b.*$\n", "", strip_tags(ad_text), flags=re.M)
    text = text.replace("%v.tape ", "%v.tape.sroa.0 ").replace("%v.tape,", "%v.tape.sroa.0,")
    assert verdicts(ad_text, text) == {"v.tape": False, "cos.tape": True}


def test_gradient_inlined_with_its_slot_is_kept(ad_text):
    """reluf.gradient inlined into its caller (its definition gone), the slot copied there
    as `v.tape.i`."""
    text = strip_tags(ad_text)
    start = text.index("define internal double @reluf.gradient")
    body = text[start:text.index("\n}\n", start) + 3]
    text = text.replace(body, "")
    text = re.sub(r"^(define [^\n]*@diffe_reluf\([^\n]*\{)$",
                  r"\1\n  %v.tape.i = alloca double, align 8", text, count=1, flags=re.M)
    assert "%v.tape.i = alloca" in text
    assert verdicts(ad_text, text) == {"v.tape": False, "cos.tape": True}
