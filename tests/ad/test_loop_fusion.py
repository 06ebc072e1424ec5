"""enzymec/ad/fuse/loop_fusion.py on small IR functions: a producer loop storing x[i]^2 into
malloc'd o[i] and a consumer loop summing o[i], and one change at a time that makes fusing
them wrong (or unprovable), each refused. The C look-alikes (tests/c/fuse_loops_refused.c)
reach LLVM's optimized IR, which often refuses them on its shape before these conditions are
asked (a guard of their own before the consumer); here each condition is asked alone.
Fused functions must still verify, and lose the scratch."""

from __future__ import annotations

import llvmlite.binding as llvm
import pytest

from enzymec.ad.passes.canonicalize import canonicalize_loops
from enzymec.ad.fuse.loop_fusion import fuse_sibling_loops
from enzymec.ir.parser import parse_module
from enzymec.ir.printer import print_module

TEMPLATE = """
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @tick()

define double @f(ptr %x, i64 %n, i64 %m) {
entry:
  %o = call noalias ptr @malloc(i64 800)
  %n.a = add i64 %n, 0
  %g = icmp sgt i64 %n, 0
  br i1 %g, label %a, label %done
a:
  %i = phi i64 [ 0, %entry ], [ %i.next, %a ]
  %i.next = add i64 %i, 1
  %xp = getelementptr double, ptr %x, i64 %i
  %xv = load double, ptr %xp
  %sq = fmul double %xv, %xv
  %op = getelementptr double, ptr %o, i64 STORED
  store double %sq, ptr %op
  %ca = icmp eq i64 %i.next, %n.a
  br i1 %ca, label %mid, label %a
mid:
  %n.b = add i64 %n, 0  ; the bound computed again, as LLVM does
  BETWEEN
  br label %b
b:
  %j = phi i64 [ START, %mid ], [ %j.next, %b ]
  %s = phi double [ 0.0, %mid ], [ %s.next, %b ]
  %j.next = add i64 %j, STEP
  %bp = getelementptr LOADED, ptr %o, i64 READ
  %bv = load LOADED, ptr %bp
  %bd = CONVERT
  %s.next = fadd double %s, %bd
  %cb = icmp eq i64 %j.next, BOUND
  br i1 %cb, label %exit, label %b
exit:
  %r = phi double [ %s.next, %b ]
  AFTER
  br label %done
done:
  %res = phi double [ 0.0, %entry ], [ %r, %exit ]
  call void @free(ptr %o)
  ret double %res
}
"""
FUSABLE = {"STORED": "%i", "BETWEEN": "", "START": "0", "LOADED": "double", "READ": "%j",
           "CONVERT": "fadd double %bv, 0.0", "STEP": "1", "BOUND": "%n.b", "AFTER": ""}


class NoLibm:
    """The call rules' one question loop_fusion asks (through fuse_plan.pure_call)."""

    def math_name(self, call):
        return None


def fuse(**changes) -> tuple[list, str]:
    return fuse_template(TEMPLATE, FUSABLE, changes, "f")


def fuse_template(template: str, defaults: dict, changes: dict, name: str):
    """`template` with its placeholders filled (`changes` over `defaults`), function `name`
    fused; (what fuse_sibling_loops returned, the module printed, which must verify)."""
    text = template
    for key, value in {**defaults, **changes}.items():
        text = text.replace(key, value)
    module = parse_module(text)
    fn = next(f for f in module.functions if f.name == name)
    canonicalize_loops(fn)
    joined = fuse_sibling_loops(fn, NoLibm())
    out = print_module(module)
    llvm.parse_assembly(out).verify()
    return joined, out


def test_fused_and_scratch_gone():
    joined, out = fuse()
    assert [removed for _, removed in joined] == [True]
    assert "@malloc(" not in out.split("define")[-1] and "store" not in out
    # one loop left: one back edge, the consumer's test
    assert out.count("icmp eq") == 1


@pytest.mark.parametrize("change", [
    {"BOUND": "%m"},                                  # another trip count
    {"START": "1"},                                   # another first element
    {"STEP": "2"},                                    # another step
    {"READ": "%j.next"},                              # reads the next element
    {"STORED": "%i.next"},                            # writes the next element
    {"LOADED": "float", "CONVERT": "fpext float %bv to double"},  # another element size
    {"BETWEEN": "call void @tick()"},                 # an effect between the loops
    {"AFTER": "%late = load double, ptr %o"},         # read after the consumer
    {"AFTER": "store double 0.0, ptr %o"},            # written after the consumer
])
def test_refused(change):
    joined, out = fuse(**change)
    assert joined == [] and "@malloc(i64 800)" in out


def test_only_neighbouring_loops_are_asked(monkeypatch):
    """A function of 40 loops in a row, none fusable (no scratch passes between them): a
    loop is asked about the one loop its exit leads to, not about every other loop (the
    all-pairs search was quadratic: 323,192 pairs for the 568 loops of
    benchmarks.adgrowth's 16k-line `loops` shape)."""
    from enzymec.ad.fuse import loop_fusion
    count = 40
    blocks = ["define void @g(ptr %x, i64 %n) {", "entry:", "  br label %l0"]
    for k in range(count):
        after = f"l{k + 1}" if k + 1 < count else "done"
        blocks += [f"l{k}:",
                   f"  %i{k} = phi i64 [ 0, %{'entry' if k == 0 else f'e{k - 1}'} ], "
                   f"[ %i{k}.next, %l{k} ]",
                   f"  %p{k} = getelementptr double, ptr %x, i64 %i{k}",
                   f"  %v{k} = load double, ptr %p{k}",
                   f"  %w{k} = fadd double %v{k}, 1.0",
                   f"  store double %w{k}, ptr %p{k}",
                   f"  %i{k}.next = add i64 %i{k}, 1",
                   f"  %c{k} = icmp eq i64 %i{k}.next, %n",
                   f"  br i1 %c{k}, label %e{k}, label %l{k}",
                   f"e{k}:", f"  br label %{after}"]
    blocks += ["done:", "  ret void", "}"]
    fn = parse_module("\n".join(blocks)).functions[0]
    canonicalize_loops(fn)
    asked, real = [], loop_fusion._pair

    def counted(a, b, *rest):
        asked.append((a, b))
        return real(a, b, *rest)

    monkeypatch.setattr(loop_fusion, "_pair", counted)
    assert fuse_sibling_loops(fn, NoLibm()) == []
    assert 0 < len(asked) <= count, len(asked)


# Siblings inside an outer loop: A fills o[i], B reads o[j] and writes its own scratch p[j];
# after B both are read again (o stays), as GMM's `xc` and `Q xc` inside its component loop.
NESTED = """
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @keep(ptr)

define double @g(ptr %x, ptr %y, i64 %n, i64 %m) {
entry:
  %o = call noalias ptr @malloc(i64 800)
  %p = call noalias ptr @malloc(i64 800)
  br label %outer
outer:
  %k = phi i64 [ 0, %entry ], [ %k.next, %latch ]
  %acc = phi double [ 0.0, %entry ], [ %acc.next, %latch ]
  br label %a
a:
  %i = phi i64 [ 0, %outer ], [ %i.next, %a ]
  %i.next = add i64 %i, 1
  %xp = getelementptr double, ptr %x, i64 %i
  %xv = load double, ptr %xp
  AEXTRA
  %op = getelementptr double, ptr %o, i64 %i
  store double %xv, ptr %op
  %ca = icmp eq i64 %i.next, %n
  br i1 %ca, label %mid, label %a
mid:
  BETWEEN
  br label %b
b:
  %j = phi i64 [ 0, %mid ], [ %j.next, %b ]
  %j.next = add i64 %j, 1
  %bp = getelementptr double, ptr %o, i64 %j
  %bv = load double, ptr %bp
  %yp = getelementptr double, ptr %y, i64 %j
  %yv = load double, ptr %yp
  %bd = fmul double %bv, %yv
  %pp = getelementptr double, ptr TARGET, i64 WRITTEN
  store double %bd, ptr %pp
  %cb = icmp eq i64 %j.next, %n
  br i1 %cb, label %after, label %b
after:
  %lo = getelementptr double, ptr %o, i64 %k
  %lv = load double, ptr %lo
  %lp = getelementptr double, ptr %p, i64 %k
  %pv = load double, ptr %lp
  %t = fadd double %lv, %pv
  AFTER
  br label %latch
latch:
  %acc.next = fadd double %acc, %t
  %k.next = add i64 %k, 1
  %co = icmp eq i64 %k.next, %m
  br i1 %co, label %done, label %outer
done:
  call void @free(ptr %o)
  call void @free(ptr %p)
  ret double %acc.next
}
"""
NESTED_FUSABLE = {"AEXTRA": "", "BETWEEN": "", "TARGET": "%p", "WRITTEN": "%j", "AFTER": ""}


def fuse_nested(**changes) -> tuple[list, str]:
    return fuse_template(NESTED, NESTED_FUSABLE, changes, "g")


def test_nested_siblings_fused_scratch_kept():
    """Fused inside the outer loop; o, read after the fused loop, stays with its store; B's
    load of o[j] takes A's stored value; p keeps B's store."""
    joined, out = fuse_nested()
    assert [removed for _, removed in joined] == [False]
    body = out.split("define double @g")[1]
    assert body.count("icmp eq") == 2  # the fused loop's test and the outer loop's
    assert "%bv = load" not in body and "fmul double %xv, %yv" in body
    assert "store double %xv, ptr %op" in body and "store double %bd, ptr %pp" in body


@pytest.mark.parametrize("change", [
    {"TARGET": "%o"},                                 # B writes A's scratch
    {"TARGET": "%y"},                                 # B writes an argument's memory
    {"WRITTEN": "%j.next"},                           # B writes another element
    {"AEXTRA": "%ap = getelementptr double, ptr %p, i64 %i\n  %av = load double, ptr %ap"},
    {"BETWEEN": "%mb = getelementptr double, ptr %p, i64 1\n  %mv = load double, ptr %mb"},
    {"BETWEEN": "%mb = getelementptr double, ptr %o, i64 1\n  %mv = load double, ptr %mb"},
    {"AFTER": "call void @keep(ptr %lp)"},            # B's scratch escapes
    {"AFTER": "call void @keep(ptr %lo)"},            # A's scratch escapes
    {"AFTER": "store ptr %lp, ptr %y"},               # a pointer into p stored away
])
def test_nested_refused(change):
    joined, out = fuse_nested(**change)
    assert joined == [] and out.split("define double @g")[1].count("icmp eq") == 3
