"""The loop analysis and loop canonicalization stay linear in the number of loops
(issue 11 item 5: the AD stage's growth): a function of many sequential loops is
canonicalized in a few rounds of `loops()`, not one round per loop, and the result is
still canonical (preheaders, one latch, dedicated exits) and valid IR."""
import llvmlite.binding as llvm

import enzymec.ad.passes.canonicalize as canon
from enzymec.analysis import loops
from enzymec.ir import parse_module, print_module


def sequential_loops(count: int) -> str:
    """`count` loops, each entered straight from the previous loop's exiting block (no
    preheaders, no dedicated exits), the last one with two latches."""
    lines = ["define double @f(i64 %n, double %x) {", "entry:", "  br label %h0"]
    for k in range(count):
        prev = "entry" if k == 0 else f"h{k - 1}"
        nxt = f"h{k + 1}" if k + 1 < count else "exit"
        lines += [f"h{k}:",
                  f"  %i{k} = phi i64 [ 0, %{prev} ], [ %i{k}n, %h{k} ]",
                  f"  %s{k} = phi double [ %x, %{prev} ], [ %s{k}n, %h{k} ]",
                  f"  %s{k}n = fmul double %s{k}, %x",
                  f"  %i{k}n = add i64 %i{k}, 1",
                  f"  %c{k} = icmp slt i64 %i{k}n, %n",
                  f"  br i1 %c{k}, label %h{k}, label %{nxt}"]
    lines += ["exit:", f"  %r = phi double [ %s{count - 1}n, %h{count - 1} ]",
              "  ret double %r", "}"]
    return "\n".join(lines) + "\n"


def test_many_sibling_loops_take_few_rounds(monkeypatch):
    module = parse_module(sequential_loops(40), "t.ll")
    fn = next(f for f in module.functions if f.name == "f")
    calls = []

    def counting(function, *a):
        calls.append(1)
        return loops(function, *a)

    monkeypatch.setattr(canon, "loops", counting)
    canon.canonicalize_loops(fn)
    assert len(calls) <= 8, f"{len(calls)} loop analyses for 40 sibling loops"
    info = loops(fn)
    assert len(info) == 40
    for loop in info:
        assert loop.preheader is not None and len(loop.latches) == 1
        for exit_block in loop.exits:
            assert all(loop.contains(p) for p in exit_block.predecessors)
    llvm.parse_assembly(print_module(module)).verify()


def test_nested_loops_still_canonical():
    """Loops inside one another are fixed in different rounds: the outer loop's blocks
    change when the inner one gets a preheader."""
    text = """define void @g(i64 %n) {
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %i.next, %latch ]
  br label %inner
inner:
  %j = phi i64 [ 0, %outer ], [ %j.next, %inner ]
  %j.next = add i64 %j, 1
  %i.next = add i64 %i, 1
  %c = icmp slt i64 %j.next, %n
  %d = icmp slt i64 %i.next, %n
  br i1 %c, label %inner, label %latch
latch:
  br i1 %d, label %outer, label %exit
exit:
  ret void
}
"""
    module = parse_module(text, "n.ll")
    fn = next(f for f in module.functions if f.name == "g")
    canon.canonicalize_loops(fn)
    info = loops(fn)
    assert len(info) == 2
    for loop in info:
        assert loop.preheader is not None and len(loop.latches) == 1
        for exit_block in loop.exits:
            assert all(loop.contains(p) for p in exit_block.predecessors)
    llvm.parse_assembly(print_module(module)).verify()
