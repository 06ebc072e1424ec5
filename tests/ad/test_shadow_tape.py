"""Which loop tapes could live in the caller's shadow (analysis only:
enzymec/ad/shadow_tape/shadow_tape.py): logsumexp's exp tape qualifies, with its run-time
facts; each rule refuses a variant
built to break it (a later loop reading x, a neighbour x[i+1], a store through x, a nested
loop, a conditional value, a value before its load, a call, an inactive load, an index
that may wrap); and the analysis run on the real pre-AD IR of benchmarks/c/logsumexp
finds the exp value and nothing in the max loop."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from enzymec.ad.shadow_tape.shadow_tape import Refusal, ShadowSlot, shadow_slot
from enzymec.ad.shadow_tape.shadow_tape_sites import shadow_candidates, worth_shadow_version
from enzymec.analysis import dominators, loops
from enzymec.ir import parse_module

ROOT = Path(__file__).resolve().parents[2]

# the pre-AD IR of benchmarks/c/logsumexp/timed.c's logsumexp (-O3), metadata dropped;
# {LATER} is replaced by code after the exp loop, {BODY} by code in it after the exp,
# {ARGS} by more arguments, {WRAP} and {STEP} by the counter increment's flags and operands
LOGSUMEXP = """
define double @logsumexp(ptr %x, i64 %n{ARGS}) {
entry:
  %a0 = load double, ptr %x
  %more = icmp sgt i64 %n, 1
  br i1 %more, label %max, label %one
one:
  %single = icmp eq i64 %n, 1
  br i1 %single, label %exp.pre, label %done
exp.pre:
  %A = phi double [ %a0, %one ], [ %a.next, %max ]
  br label %exp
max:
  %j = phi i64 [ %j.next, %max ], [ 1, %entry ]
  %a = phi double [ %a.next, %max ], [ %a0, %entry ]
  %pj = getelementptr inbounds nuw double, ptr %x, i64 %j
  %xj = load double, ptr %pj
  %gt = fcmp ogt double %xj, %a
  %a.next = select i1 %gt, double %xj, double %a
  %j.next = add nuw nsw i64 %j, 1
  %j.end = icmp eq i64 %j.next, %n
  br i1 %j.end, label %exp.pre, label %max
exp:
  %i = phi i64 [ %i.next, %exp ], [ 0, %exp.pre ]
  %s = phi double [ %s.next, %exp ], [ 0.0, %exp.pre ]
  %pi = getelementptr inbounds nuw double, ptr %x, i64 %i
  %xi = load double, ptr %pi
  %d = fsub double %xi, %A
  %e = call double @llvm.exp.f64(double %d)
  {BODY}
  %s.next = fadd double %s, %e
  %i.next = add {WRAP} i64 {STEP}
  %i.end = icmp eq i64 %i.next, %n
  br i1 %i.end, label %exp.exit, label %exp
exp.exit:
  %log = call double @llvm.log.f64(double %s.next)
  {LATER}
  br label %done
done:
  %A.out = phi double [ %a0, %one ], [ %A, %exp.exit ]
  %l = phi double [ 0xFFF0000000000000, %one ], [ %log, %exp.exit ]
  %r = fadd double %A.out, %l
  ret double %r
}
declare double @llvm.exp.f64(double)
declare double @llvm.log.f64(double)
declare void @use(ptr)
"""


def analyse(name="e", body="", later="", args="", wrap="nuw nsw", shadowed=("x",),
            inactive=(), step="%i, 1"):
    """shadow_slot of value %name in the logsumexp variant."""
    text = LOGSUMEXP
    for key, part in (("{BODY}", body), ("{LATER}", later), ("{ARGS}", args),
                      ("{WRAP}", wrap), ("{STEP}", step)):
        text = text.replace(key, part)
    fn = parse_module(text, "case.ll").get_function("logsumexp")
    values = {v.name: v for v in fn.instructions()}
    dup = {a for a in fn.args if a.name in shadowed}
    return shadow_slot(values[name], loops(fn), dominators(fn), dup,
                       lambda v: v.name not in inactive)


def refused(result) -> str:
    assert isinstance(result, Refusal), result
    return result.rule


def test_logsumexp_exp_tape_qualifies():
    slot = analyse()
    assert isinstance(slot, ShadowSlot)
    assert (slot.value.name, slot.load.name, slot.argument.name, slot.index.name,
            slot.step) == ("e", "xi", "x", "i", 1)
    assert slot.runtime == (
        "the shadow of %x is disjoint from every byte %x addresses",
        "each shadow element holds +0.0 bitwise (else the ordinary tape)")


def test_other_pointer_arguments_are_left_to_run_time():
    slot = analyse(args=", ptr %y", body="%yv = load double, ptr %y")
    assert isinstance(slot, ShadowSlot)
    assert "the shadow of %x is disjoint from every byte %y addresses" in slot.runtime
    assert "the shadow of %x is disjoint from the shadow of %y" in slot.runtime


@pytest.mark.parametrize("later", [
    # a later loop's reverse (run before the exp loop's) would add into S while it holds v
    "%p5 = getelementptr inbounds double, ptr %x, i64 5\n  %x5 = load double, ptr %p5",
])
def test_a_later_load_of_x_refuses(later):
    assert refused(analyse(later=later)) == "alone"


def test_a_neighbour_load_in_the_loop_refuses():
    body = ("%i1 = add nuw nsw i64 %i, 1\n  %pn = getelementptr double, ptr %x, i64 %i1\n"
            "  %xn = load double, ptr %pn")
    assert refused(analyse(body=body)) == "alone"


def test_a_store_through_x_refuses():
    assert refused(analyse(body="store double %e, ptr %pi")) == "read only"


def test_passing_x_on_refuses():
    assert refused(analyse(later="call void @use(ptr %x)")) == "read only"


def test_a_call_refuses():
    later = "%q = alloca double\n  call void @use(ptr %q)"
    assert refused(analyse(later=later)) == "local memory"


def test_an_inactive_partner_refuses():
    assert refused(analyse(inactive=("xi",))) == "active"


def test_a_const_argument_has_no_shadow():
    assert refused(analyse(shadowed=())) == "partner load"


def test_values_of_the_exp_loop():
    """%d follows its partner %xi and qualifies; the header phi %s precedes every load;
    the max loop's %a.next has its partner x[j], but the exp loop loads x after it."""
    assert isinstance(analyse(name="d"), ShadowSlot)
    assert refused(analyse(name="s")) == "partner load"
    assert refused(analyse(name="a.next")) == "alone"


def test_an_index_that_may_wrap_refuses():
    assert refused(analyse(wrap="")) == "partner load"


@pytest.mark.parametrize("step", ["%i, 0", "%n, 1", "%i, %n"])
def test_an_index_that_is_no_counter_refuses(step):
    """A zero step (every iteration the same element), an increment of something else, a
    step that is not a constant."""
    assert refused(analyse(step=step)) == "partner load"


def test_a_value_of_another_width_refuses():
    """A float tape slot would not fill a double shadow element."""
    assert refused(analyse(name="f", body="%f = fptrunc double %e to float")) == \
        "partner load"


def test_a_larger_step_qualifies():
    slot = analyse(step="%i, 2")
    assert isinstance(slot, ShadowSlot) and slot.step == 2


def test_the_max_loop_values_refuse():
    assert refused(analyse(name="xj")) == "partner load"  # a load is not after itself


NESTED = """
define void @f(ptr %x, ptr %out, i64 %n) {
entry:
  br label %outer
outer:
  %k = phi i64 [ 0, %entry ], [ %k.next, %outer.end ]
  br label %inner
inner:
  %i = phi i64 [ 0, %outer ], [ %i.next, %inner.tail ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
  %pos = fcmp ogt double %v, 0.0
  br i1 %pos, label %then, label %inner.tail
then:
  %e = call double @llvm.exp.f64(double %v)
  br label %inner.tail
inner.tail:
  %i.next = add nuw nsw i64 %i, 1
  %i.end = icmp eq i64 %i.next, %n
  br i1 %i.end, label %outer.end, label %inner
outer.end:
  %k.next = add nuw nsw i64 %k, 1
  %k.end = icmp eq i64 %k.next, %n
  br i1 %k.end, label %done, label %outer
done:
  ret void
}
declare double @llvm.exp.f64(double)
"""


def test_a_nested_loop_refuses():
    fn = parse_module(NESTED, "nested.ll").get_function("f")
    values = {v.name: v for v in fn.instructions()}
    x = fn.args[0]
    result = shadow_slot(values["e"], loops(fn), dominators(fn), {x})
    assert refused(result) == "outermost"


CONDITIONAL = NESTED.replace("%k = phi i64 [ 0, %entry ], [ %k.next, %outer.end ]\n", "") \
    .replace("br i1 %k.end, label %done, label %outer", "br label %done") \
    .replace("%k.next = add nuw nsw i64 %k, 1\n  %k.end = icmp eq i64 %k.next, %n\n", "")


def test_a_value_not_computed_every_iteration_refuses():
    fn = parse_module(CONDITIONAL, "conditional.ll").get_function("f")
    values = {v.name: v for v in fn.instructions()}
    result = shadow_slot(values["e"], loops(fn), dominators(fn), {fn.args[0]})
    assert refused(result) == "every iteration"


def test_the_real_logsumexp_exp_value_qualifies():
    """On the pre-AD IR the driver makes of benchmarks/c/logsumexp/timed.c: the exp result
    qualifies; every float value of the max loop is refused."""
    source = ROOT / "benchmarks" / "c" / "logsumexp" / "timed.c"
    run = subprocess.run([sys.executable, "-m", "enzymec", "-O3", "-fno-math-errno",
                          "--enzymec-dump-ir=pre-ad", "-c", str(source), "-o", "/dev/null"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    text = re.search(r"define double @logsumexp\(.*?\n}\n", run.stderr, re.S).group(0)
    fn = parse_module(text + "declare double @llvm.exp.f64(double)\n"
                      "declare double @llvm.log.f64(double)\n", "lse.ll") \
        .get_function("logsumexp")
    info, dom = loops(fn), dominators(fn)
    found = {value: shadow_slot(value, info, dom, {fn.args[0]})
             for value in fn.instructions()
             if str(value.type) == "double" and info.loop_for(value.block) is not None}
    qualifying = {v for v, r in found.items() if isinstance(r, ShadowSlot)}
    exp = next(v for v in fn.instructions()
               if "llvm.exp" in getattr(getattr(v, "called_function", None), "name", ""))
    assert exp in qualifying
    assert found[exp].load.block is exp.block
    exp_loop = info.loop_for(exp.block)
    in_other_loops = {v for v in found if info.loop_for(v.block) is not exp_loop}
    assert in_other_loops  # the max loop's values, all refused
    assert not qualifying & in_other_loops


# -- shadow_tape_sites.py: the call-site decision (which functions are worth a version) -----

def variant(body="", later="", args="", wrap="nuw nsw"):
    """The logsumexp variant as a parsed function."""
    text = LOGSUMEXP
    for key, part in (("{BODY}", body), ("{LATER}", later), ("{ARGS}", args),
                      ("{WRAP}", wrap), ("{STEP}", "%i, 1")):
        text = text.replace(key, part)
    return parse_module(text, "case.ll").get_function("logsumexp")


def test_logsumexp_is_worth_a_shadow_version():
    """With x dup the candidates are the exp loop's floats after its partner load %xi
    (%d, %e and %s.next: an over-approximation of what the synthesis tapes); the header
    phi %s precedes the load, and the max loop's values are refused (x read after them)."""
    fn = variant()
    names = {slot.value.name for slot in shadow_candidates(fn, ("dup", "const"))}
    assert names == {"d", "e", "s.next"}
    assert all(slot.argument is fn.args[0] for slot in shadow_candidates(fn, ("dup",)))
    assert worth_shadow_version(fn, ("dupnoneed", "const"))


@pytest.mark.parametrize("kinds", [("const", "const"), ("out", "const"), ()])
def test_no_shadow_no_version(kinds):
    """x passed without a shadow (const, or a kind that is not dup): nothing to keep."""
    assert not worth_shadow_version(variant(), kinds)


@pytest.mark.parametrize("case", [
    dict(later="%x2 = load double, ptr %x"),                       # x read after the loop
    dict(body="store double %e, ptr %pi"),                         # x written
    dict(body="call void @use(ptr %x)"),                           # x passed on
    dict(wrap=""),                                                 # the index may wrap
])
def test_a_broken_rule_means_no_version(case):
    assert not worth_shadow_version(variant(**case), ("dup", "const"))


def test_a_declaration_is_not_worth_a_version():
    fn = variant()
    declared = next(f for f in fn.module.functions if f.name == "llvm.exp.f64")
    assert not worth_shadow_version(declared, ("const",))
