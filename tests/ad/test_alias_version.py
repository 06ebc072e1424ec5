"""Runtime alias versioning (enzymec/ad/alias_version.py): the byte extents of pointer
arguments (alias_extent.py, alias_ranges.py) against the accesses the loops really make,
the requirements that guard them, what is refused, and that the disjoint call site of
tests/c/alias_outarg_disjoint.c dispatches to a gradient that reloads instead of taping.
The gradients of both paths are checked against finite differences in tests/c
(alias_outarg_*.c)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from enzymec.ad.analyses.alias_extent import argument_extents, touches_only_arguments
from enzymec.ad.alias_version import worthwhile
from enzymec.ir import parse_module

ROOT = Path(__file__).resolve().parents[2]

MATVEC = """
define double @f(ptr %mat, ptr %vec, ptr %out, i64 %n) {
entry:
  %pos = icmp sgt i64 %n, 0
  br i1 %pos, label %row, label %done
row:
  %i = phi i64 [ %i.next, %row.end ], [ 0, %entry ]
  %o = getelementptr inbounds double, ptr %out, i64 %i
  store double 0.0, ptr %o
  %base = mul nuw nsw i64 %i, %n
  %rowp = getelementptr double, ptr %mat, i64 %base
  br label %col
row.end:
  %i.next = add nuw nsw i64 %i, 1
  %last = icmp eq i64 %i.next, %n
  br i1 %last, label %done, label %row
col:
  %acc = phi double [ 0.0, %row ], [ %acc.next, %col ]
  %j = phi i64 [ 0, %row ], [ %j.next, %col ]
  %mp = getelementptr double, ptr %rowp, i64 %j
  %m = load double, ptr %mp
  %vp = getelementptr inbounds double, ptr %vec, i64 %j
  %v = load double, ptr %vp
  %acc.next = call double @llvm.fmuladd.f64(double %m, double %v, double %acc)
  store double %acc.next, ptr %o
  %j.next = add nuw nsw i64 %j, 1
  %end = icmp eq i64 %j.next, %n
  br i1 %end, label %row.end, label %col
done:
  ret double 0.0
}
declare double @llvm.fmuladd.f64(double, double, double)
"""

# j <= i with int indices: LLVM's sibling counter k = i + 1 bounds the inner loop; the
# inner loop reads x[2*j + 1] (a stride and an offset) and out[i - j] (a subtraction)
TRIANGULAR = """
define void @f(ptr %x, ptr %out, i32 %n) {
entry:
  %pos = icmp sgt i32 %n, 0
  %wide = zext nneg i32 %n to i64
  br i1 %pos, label %row, label %done
row:
  %i = phi i64 [ 0, %entry ], [ %i.next, %row.end ]
  %k = phi i64 [ 1, %entry ], [ %k.next, %row.end ]
  br label %col
row.end:
  %i.next = add nuw nsw i64 %i, 1
  %k.next = add nuw nsw i64 %k, 1
  %last = icmp eq i64 %i.next, %wide
  br i1 %last, label %done, label %row
col:
  %j = phi i64 [ 0, %row ], [ %j.next, %col ]
  %twice = shl nsw i64 %j, 1
  %odd = add nsw i64 %twice, 1
  %xp = getelementptr inbounds double, ptr %x, i64 %odd
  %v = load double, ptr %xp
  %back = sub nsw i64 %i, %j
  %op = getelementptr inbounds double, ptr %out, i64 %back
  store double %v, ptr %op
  %j.next = add nuw nsw i64 %j, 1
  %end = icmp eq i64 %j.next, %k
  br i1 %end, label %row.end, label %col
done:
  ret void
}
"""

# a signed `i < n` latch (slt) over an i32 counter, sign-extended for the address
SIGNED = """
define void @f(ptr %x, ptr %out, i32 %n, i32 %s) {
entry:
  br label %loop
loop:
  %i = phi i32 [ %s, %entry ], [ %i.next, %loop ]
  %wide = sext i32 %i to i64
  %xp = getelementptr inbounds float, ptr %x, i64 %wide
  %v = load float, ptr %xp
  %op = getelementptr inbounds float, ptr %out, i64 %wide
  store float %v, ptr %op
  %i.next = add nsw i32 %i, 1
  %more = icmp slt i32 %i.next, %n
  br i1 %more, label %loop, label %done
done:
  ret void
}
"""


def evaluate(expr, args: dict) -> int:
    """The value of a range expression (alias_ranges.py) for parameter values `args`."""
    kind = expr[0]
    if kind == "const":
        return expr[1]
    if kind == "arg":
        return args[expr[1]]
    a, b = evaluate(expr[1], args), evaluate(expr[2], args)
    return {"add": a + b, "sub": a - b, "mul": a * b, "smin": min(a, b), "smax": max(a, b)}[kind]


def holds(requirement, args: dict) -> bool:
    predicate, a, b = requirement
    a, b = evaluate(a, args), evaluate(b, args)
    return {"sle": a <= b, "sge": a >= b}[predicate]


def extents_of(ir: str):
    module = parse_module(ir)
    function = module.get("f")
    return argument_extents(function, module.layout), function


def spans(extents: dict, args: dict) -> dict:
    return {index: (evaluate(e.lo, args), evaluate(e.hi, args), e.written)
            for index, e in extents.items()}


@pytest.mark.parametrize("n", [1, 2, 5, 2000])
def test_matvec_extents_are_the_accessed_bytes(n):
    (extents, requirements), _ = extents_of(MATVEC)
    args = {3: n}
    assert all(holds(r, args) for r in requirements)
    assert spans(extents, args) == {0: (0, 8 * n * n, False), 1: (0, 8 * n, False),
                                    2: (0, 8 * n, True)}


@pytest.mark.parametrize("n", [0, -3, (1 << 40) + 1])
def test_matvec_requirements_fail_outside_what_they_prove(n):
    """n = 0: the `eq` exit would never be met from i = 0 (the loop is guarded, but the
    ranges do not read guards); huge n: the arithmetic bound no longer holds."""
    (_, requirements), _ = extents_of(MATVEC)
    assert not all(holds(r, {3: n}) for r in requirements)


@pytest.mark.parametrize("n", [1, 2, 3, 7])
def test_triangular_extents_cover_the_accesses(n):
    (extents, requirements), _ = extents_of(TRIANGULAR)
    args = {2: n}
    assert all(holds(r, args) for r in requirements)
    pairs = [(i, j) for i in range(n) for j in range(i + 1)]
    x_bytes = [8 * (2 * j + 1) for _, j in pairs]
    out_bytes = [8 * (i - j) for i, j in pairs]
    got = spans(extents, args)
    assert got[0][0] <= min(x_bytes) and got[0][1] >= max(x_bytes) + 8 and not got[0][2]
    assert got[1][0] <= min(out_bytes) and got[1][1] >= max(out_bytes) + 8 and got[1][2]
    # interval arithmetic on i - j loses the correlation of i and j: the lower end is
    # -(n - 1) elements, sound and no tighter
    assert got[0] == (8, 8 * (2 * (n - 1) + 1) + 8, False)
    assert got[1] == (-8 * (n - 1), 8 * n, True)


@pytest.mark.parametrize("start,n", [(0, 5), (3, 4), (2, 1), (-2, 3)])
def test_signed_loop_runs_at_least_once(start, n):
    """A rotated `slt` loop runs its first iteration whatever n is: [s, max(s, n - 1)]."""
    (extents, requirements), _ = extents_of(SIGNED)
    args = {2: n, 3: start}
    assert all(holds(r, args) for r in requirements)
    touched = range(start, max(start, n - 1) + 1)
    assert spans(extents, args)[0] == (4 * touched[0], 4 * touched[-1] + 4, False)


REFUSED = {
    "the pointer passed to a call": """
define void @f(ptr %x, ptr %out) {
  call void @g(ptr %x)
  store double 0.0, ptr %out
  ret void
}
declare void @g(ptr)
""",
    "an index loaded from memory": """
define void @f(ptr %x, ptr %idx, ptr %out) {
  %k = load i64, ptr %idx
  %p = getelementptr double, ptr %out, i64 %k
  store double 0.0, ptr %p
  ret void
}
""",
    "an i32 index that may wrap (no nsw)": """
define void @f(ptr %out, i32 %a) {
  %k = add i32 %a, 7
  %w = sext i32 %k to i64
  %p = getelementptr double, ptr %out, i64 %w
  store double 0.0, ptr %p
  ret void
}
""",
    "an i128 index": """
define void @f(ptr %out, i128 %a) {
  %p = getelementptr double, ptr %out, i128 %a
  store double 0.0, ptr %p
  ret void
}
""",
    "a pointer induction variable": """
define void @f(ptr %out, ptr %end) {
entry:
  br label %loop
loop:
  %p = phi ptr [ %out, %entry ], [ %q, %loop ]
  store double 0.0, ptr %p
  %q = getelementptr double, ptr %p, i64 1
  %more = icmp ne ptr %q, %end
  br i1 %more, label %loop, label %done
done:
  ret void
}
""",
    "a loop counting down": """
define void @f(ptr %out, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ %n, %entry ], [ %i.next, %loop ]
  %p = getelementptr double, ptr %out, i64 %i
  store double 0.0, ptr %p
  %i.next = add nsw i64 %i, -1
  %more = icmp sgt i64 %i.next, 0
  br i1 %more, label %loop, label %done
done:
  ret void
}
""",
    "an eq exit whose bound changes inside the loop": """
define void @f(ptr %out, ptr %bounds) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %p = getelementptr double, ptr %out, i64 %i
  store double 0.0, ptr %p
  %i.next = add nsw i64 %i, 1
  %bp = getelementptr i64, ptr %bounds, i64 %i
  %b = load i64, ptr %bp
  %clamped = call i64 @llvm.smin.i64(i64 %b, i64 100)
  %end = icmp eq i64 %i.next, %clamped
  br i1 %end, label %done, label %loop
done:
  ret void
}
declare i64 @llvm.smin.i64(i64, i64)
""",
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_accesses_have_no_extents(case):
    found, _ = extents_of(REFUSED[case])
    assert found is None


OTHER_MEMORY = {
    "a global written": ("@g = global double 0.0\n"
                         "define void @f(ptr %x) {\n  %v = load double, ptr %x\n"
                         "  store double %v, ptr @g\n  ret void\n}\n"),
    "a pointer loaded from an argument": ("define void @f(ptr %x) {\n"
                                          "  %p = load ptr, ptr %x\n"
                                          "  store double 0.0, ptr %p\n  ret void\n}\n"),
    "an external call": ("define void @f(ptr %x) {\n  call void @h()\n"
                         "  store double 0.0, ptr %x\n  ret void\n}\ndeclare void @h()\n"),
}


@pytest.mark.parametrize("case", sorted(OTHER_MEMORY))
def test_functions_touching_other_memory_are_not_versioned(case):
    function = parse_module(OTHER_MEMORY[case]).get("f")
    assert not touches_only_arguments(function)


def test_matvec_touches_only_arguments():
    assert touches_only_arguments(parse_module(MATVEC).get("f"))


# a read-only argument walked by a loop of constant length, or read at constant offsets:
# the ordinary gradient tapes a few scalars, not worth a second gradient and the test
SHORT_LOOP = """
define void @f(ptr %x, ptr %out) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %p = getelementptr double, ptr %x, i64 %i
  %v = load double, ptr %p
  %q = getelementptr double, ptr %out, i64 %i
  store double %v, ptr %q
  %i.next = add nsw i64 %i, 1
  %end = icmp eq i64 %i.next, 3
  br i1 %end, label %done, label %loop
done:
  ret void
}
"""
STRAIGHT = """
define void @f(ptr %x, ptr %out) {
  %p = getelementptr double, ptr %x, i64 2
  %v = load double, ptr %p
  store double %v, ptr %out
  ret void
}
"""
READ_ONLY = """
define double @f(ptr %x, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %s = phi double [ 0.0, %entry ], [ %s.next, %loop ]
  %p = getelementptr double, ptr %x, i64 %i
  %v = load double, ptr %p
  %s.next = fadd double %s, %v
  %i.next = add nsw i64 %i, 1
  %end = icmp eq i64 %i.next, %n
  br i1 %end, label %done, label %loop
done:
  ret double %s.next
}
"""


@pytest.mark.parametrize("ir,expected", [(MATVEC, True), (TRIANGULAR, True), (SIGNED, True),
                                         (SHORT_LOOP, False), (STRAIGHT, False),
                                         (READ_ONLY, False)])
def test_versioning_is_worthwhile_only_for_loops_over_read_memory(ir, expected):
    (extents, _), _ = extents_of(ir)
    assert worthwhile(extents) is expected


def enzymec(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "enzymec", *args], capture_output=True,
                          text=True, cwd=ROOT, check=True)


@pytest.fixture(scope="module")
def disjoint(tmp_path_factory):
    """The -O2 AD-stage IR and --explain document of tests/c/alias_outarg_disjoint.c."""
    out = tmp_path_factory.mktemp("alias")
    done = enzymec("-O2", "--enzymec-dump-ir=ad", f"--explain={out / 'explain.json'}",
                   "-c", "tests/c/alias_outarg_disjoint.c", "-o", str(out / "x.o"))
    units = json.loads((out / "explain.json").read_text())["units"]
    return done.stdout + done.stderr, {f["synthesized"]: f for f in units[0]["functions"]}


def test_call_site_dispatches_on_the_disjointness_test(disjoint):
    ir, _ = disjoint
    grad = ir[ir.index("define void @grad("):]
    grad = grad[:grad.index("\n}\n")]
    assert "br i1 %alias.disjoint" in grad
    assert "call double @matvec_out.noalias.gradient(" in grad
    assert "call double @matvec_out.gradient(" in grad
    header = next(line for line in ir.splitlines()
                  if line.startswith("define internal double @matvec_out.noalias.gradient("))
    assert header.count("ptr noalias") == 6  # mat, dmat, vec, dvec, out, dout


def test_addresses_are_compared_in_i64_below_the_bound_that_keeps_them_exact(disjoint):
    """Offsets are exact in i128, then truncated (the requirements bound them by 2^62);
    every address is required below 2^62, so address + offset cannot wrap in i64; no
    comparison of addresses in i128 (LLVM's SLP vectorizer packed those into <8 x i128>)."""
    import re
    ir, _ = disjoint
    grad = ir[ir.index("define void @grad("):]
    grad = grad[:grad.index("\n}\n")]
    pointers = set(re.findall(r"%(alias\.address[.\d]*) = ptrtoint ptr", grad))
    bounded = set(re.findall(r"icmp ult i64 %(alias\.address[.\d]*), 4611686018427387904",
                             grad))
    assert len(pointers) == 6 and bounded == pointers, (pointers, bounded)
    # two comparisons per pair of the 6 regions but (mat, vec), which nothing writes
    assert len(re.findall(r"icmp sle i64 %alias\.hi", grad)) == 2 * (15 - 1)
    assert not re.search(r"icmp \w+ i128 %alias\.(hi|lo)", grad)
    assert "zext" not in "".join(line for line in grad.splitlines() if "alias.address" in line)


def test_fast_gradient_reloads_what_the_other_tapes(disjoint):
    """`mat[i * n + j]` and `vec[j]`: taped per (i, j) by the ordinary gradient (`out` might
    overwrite them), read again by the noalias one; `out[i]` of the last loop is taped by
    the ordinary gradient (the function writes `out`) and read again by the noalias one,
    since nothing writes `out` after that loop (argument_reload.py)."""
    _, functions = disjoint
    source = (ROOT / "tests/c/alias_outarg_disjoint.c").read_text().splitlines()
    dot = 1 + next(k for k, text in enumerate(source) if "out[i] += mat[i * n + j]" in text)
    def loads(name, line):
        return [e["how"] for e in functions[name]["events"] if e["kind"] == "need" and
                e["value"].startswith("load") and e["location"]["line"] == line]
    assert loads("matvec_out.gradient", dot) == ["taped", "taped"]
    assert loads("matvec_out.noalias.gradient", dot) == ["reloaded", "reloaded"]
    assert loads("matvec_out.gradient", dot + 4) == ["taped"]
    assert loads("matvec_out.noalias.gradient", dot + 4) == ["reloaded_argument"]


def test_overlap_arm_is_cold_and_small_the_disjoint_arm_is_not(disjoint):
    """The overlap arm runs only for overlapping arguments: LLVM optimizes it for size (and
    spends less time on it) and lays the disjoint arm out as the likely path (alias_version.AliasVersioning.finish)."""
    ir, _ = disjoint
    def header(name):
        return next(line for line in ir.splitlines()
                    if line.startswith(f"define internal double @{name}("))
    assert header("matvec_out.gradient").endswith(") cold minsize optsize {")
    assert "cold" not in header("matvec_out.noalias.gradient")
    assert "optsize" not in header("matvec_out.noalias.gradient")


COLD_ARMS = """
define void @caller(i1 %c) {
entry:
  br i1 %c, label %overlap, label %other
overlap:
  call void @slow(i32 4)
  ret void
other:
  call void @shared()
  ret void
}
define internal void @slow(i32 %n) unnamed_addr {
entry:
  call void @rec(i32 %n)
  call void @shared()
  ret void
}
define internal void @rec(i32 %n) {
entry:
  %more = icmp sgt i32 %n, 0
  br i1 %more, label %again, label %done
again:
  %m = sub i32 %n, 1
  call void @rec(i32 %m)
  br label %done
done:
  ret void
}
define internal void @shared() {
entry:
  ret void
}
"""


def test_only_what_the_overlap_arm_alone_calls_is_cold():
    """A synthesized function is cold when every call of it is an overlap arm's or comes
    from cold code, its own recursive calls included; one also called from elsewhere is
    not, and neither are the user's functions (`existing`)."""
    from enzymec.ad.alias_version import AliasVersioning
    module = parse_module(COLD_ARMS)
    functions = {f.name: f for f in module.functions}
    versioning = AliasVersioning(module, [], None)
    versioning.existing = {functions["caller"]}
    overlap = functions["caller"].blocks[1].instructions[0]
    versioning.overlap_calls = {overlap}
    versioning.finish()
    suffixes = {name: f.suffix for name, f in functions.items()}
    assert suffixes == {"caller": "", "slow": "unnamed_addr cold minsize optsize",
                        "rec": "cold minsize optsize", "shared": ""}
