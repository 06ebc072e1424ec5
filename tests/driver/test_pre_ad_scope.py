"""The functions the pre-AD pipeline leaves alone (enzymec/driver/pre_ad_scope.py).

What must hold: a function the AD reads (the one differentiated, its callees, the function
calling the entry point and its direct callers, what a call through a pointer may reach,
registered derivatives) is marked never; every other function is, and after the pipeline
its attributes are exactly what they were, an attribute group emptied by the unmarking
included; programs whose entry call needs its caller's constants still compile; the
program's other functions reach the codegen as the frontend wrote them.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from drivertools import run_enzymec, write
from enzymec.driver import pre_ad_scope

MODULE = r"""
@enzyme_dup = external global i32
@table = internal global [1 x ptr] [ptr @via_table]

define double @sq(double %x) #0 {
  %y = fmul double %x, %x
  ret double %y
}

define double @f(double %x) #0 {
  %y = call double @sq(double %x)
  ret double %y
}

define double @df(double %x) #1 {
  %d = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %d
}

define double @calls_df(double %x) #0 {
  %d = call double @df(double %x)
  ret double %d
}

define double @via_table(double %x) #0 {
  ret double %x
}

define i32 @main() #2 {
  %d = call double @calls_df(double 3.0)
  ret i32 0
}

define void @helper() noinline #3 {
  ret void
}

define void @small() alwaysinline {
  ret void
}

declare double @__enzyme_autodiff(ptr, ...)

attributes #0 = { nounwind "frame-pointer"="all" }
attributes #1 = { nounwind uwtable }
attributes #2 = { nounwind optsize }
attributes #3 = { nounwind }
"""


def _attributes(text: str) -> dict[str, set[str]]:
    """Each defined function's attributes, its groups' and those in its line together."""
    groups = dict(re.findall(r"^attributes #(\d+) = \{ (.*) \}$", text, re.M))
    out = {}
    for line in re.findall(r"^define [^\n]*", text, re.M):
        name = re.search(r"@([-\w.$]+)\(", line)[1]
        tail = line[line.rindex(")") + 1:]
        words = set(re.sub(r"#\d+", "", tail).replace("{", "").split())
        for ref in re.findall(r"#(\d+)", tail):
            words |= set(groups[ref].split())
        out[name] = words
    return out


def test_marks_only_what_the_ad_does_not_read():
    marked = _attributes(pre_ad_scope.mark_skipped(MODULE))
    skipped = {name for name, words in marked.items() if "optnone" in words}
    # f, sq: differentiated; df: calls the entry point; calls_df: calls df directly;
    # main: optsize (the verifier forbids it beside optnone); small: alwaysinline
    assert skipped == {"via_table", "helper"}
    assert {"noinline", "optnone", pre_ad_scope.MARK} <= marked["via_table"]


def test_a_call_through_a_pointer_keeps_every_address_taken_function():
    text = MODULE.replace("ret double %y\n}\n\ndefine double @df",
                          "%t = load ptr, ptr @table\n  %z = call double %t(double %y)\n"
                          "  ret double %z\n}\n\ndefine double @df", 1)
    marked = _attributes(pre_ad_scope.mark_skipped(text))
    assert "optnone" not in marked["via_table"]  # reached from f through @table
    assert "optnone" in marked["helper"]


def test_an_entry_call_on_a_computed_function_keeps_every_function_naming_its_caller():
    text = MODULE.replace("@__enzyme_autodiff(ptr @f,", "@__enzyme_autodiff(ptr %p,")
    text = text.replace("define double @df(double %x)", "define double @df(ptr %p, double %x)")
    text = text.replace("call double @df(double %x)", "call double @df(ptr @f, double %x)")
    text = text.replace("define void @helper() noinline #3 {\n  ret void",
                        "define void @helper() noinline #3 {\n  store ptr @calls_df, ptr @table"
                        "\n  ret void")
    text = text.replace("declare double @__enzyme_autodiff",
                        "define void @other() #3 {\n  ret void\n}\n\n"
                        "declare double @__enzyme_autodiff")
    marked = _attributes(pre_ad_scope.mark_skipped(text))
    assert "optnone" not in marked["helper"]  # names calls_df, which calls df
    assert "optnone" in marked["other"]


def test_restore_gives_back_the_attributes_through_llvms_own_printing(tmp_path):
    """The marked module goes through clang (what the pipeline's output looks like: one
    merged group per function); restoring leaves every function as it was, the noinline
    the user wrote kept, a group left empty removed with its references."""
    from enzymec.driver import toolchain
    before = _attributes(MODULE)
    source = write(tmp_path, "m.ll", pre_ad_scope.mark_skipped(MODULE))
    tc = toolchain.find_toolchain()
    out = tmp_path / "out.ll"
    subprocess.run([*tc.clang(False), "-O0", "-Xclang", "-disable-O0-optnone", "-S",
                    "-emit-llvm", "-w", "-o", str(out), str(source)], check=True)
    printed = out.read_text()
    assert pre_ad_scope.MARK in printed
    after = _attributes(pre_ad_scope.restore(printed))
    for name, words in before.items():
        if name != "small":  # alwaysinline and unused: -O0 drops it
            assert after[name] == words, name
    plain = MODULE.replace("define void @helper() noinline #3", "define void @helper()")
    plain = plain.replace('attributes #3 = { nounwind }\n', "")
    source = write(tmp_path, "p.ll", pre_ad_scope.mark_skipped(plain.replace(" #3", "")))
    subprocess.run([*tc.clang(False), "-O0", "-Xclang", "-disable-O0-optnone", "-S",
                    "-emit-llvm", "-w", "-o", str(out), str(source)], check=True)
    restored = pre_ad_scope.restore(out.read_text())
    assert _attributes(restored)["helper"] == set()  # its only group emptied, then dropped
    assert "{  }" not in restored


PROGRAM = r"""
#include <stdio.h>
#include <enzyme.h>
static double cube(double x) { return x * x * x; }
__attribute__((noinline)) static double harness_sum(const double *v, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += v[i];
    return s;
}
static double grad_cube(double x) { return __enzyme_autodiff((void *)cube, x); }
static double (*volatile pick)(double) = grad_cube;  /* main calls it through a pointer */
int main(void) {
    double v[3] = {1, 2, 3};
    printf("%.6f %.6f\n", pick(2.0), harness_sum(v, 3));
    return 0;
}
"""

COMPUTED = r"""
#include <stdio.h>
#include <enzyme.h>
static double cube(double x) { return x * x * x; }
static double grad_of(double (*fn)(double), double x) {
    return __enzyme_autodiff((void *)fn, x);
}
int main(void) {
    double (*g)(double (*)(double), double) = grad_of;
    printf("%.6f\n", g(cube, 2.0));
    return 0;
}
"""


def _pre_ad_bodies(tmp_path, level, program, output) -> dict[str, str]:
    """Compile and run `program` (it prints `output`); its functions after the pre-AD
    pipeline."""
    src = write(tmp_path, "p.c", program)
    dumps = tmp_path / "dumps"
    run_enzymec(level, src, "-o", tmp_path / "p", "--enzymec-dump-ir=pre-ad",
                f"--enzymec-dump-dir={dumps}", check=True)
    assert subprocess.run([tmp_path / "p"], capture_output=True, text=True,
                          check=True).stdout == output
    pre_ad = (dumps / "p.c.pre-ad.ll").read_text()
    assert pre_ad_scope.MARK not in pre_ad
    return {m[1]: m[2] for m in re.finditer(
        r"^define [^@]*@(\w+)\([^\n]*\n(.*?)\n}", pre_ad, re.M | re.S)}


@pytest.mark.parametrize("level", ["-O0", "-O2"])
def test_the_program_around_the_gradient_reaches_codegen_unoptimized(tmp_path, level):
    """main reaches the entry point's caller through a pointer only: main and its helper
    are left as the frontend wrote them (the pre-AD pipeline once optimized them at O2
    too), the differentiated function is optimized."""
    bodies = _pre_ad_bodies(tmp_path, level, PROGRAM, "12.000000 6.000000\n")
    assert "alloca" in bodies["harness_sum"] and "alloca" in bodies["main"]
    assert "alloca" not in bodies["cube"] and "alloca" not in bodies["grad_cube"]


@pytest.mark.parametrize("level", ["-O0", "-O2"])
def test_an_entry_call_on_a_computed_function_still_gets_it_as_a_constant(tmp_path, level):
    """The function comes from main through a pointer to the entry point's caller: main is
    optimized (inlined there at -O2; at -O0, where the frontend makes every function
    noinline, constant propagation across calls carries it), and so is the function."""
    bodies = _pre_ad_bodies(tmp_path, level, COMPUTED, "12.000000\n")
    assert "alloca" not in bodies["cube"]
    calling = bodies["main"] if level == "-O2" else bodies["grad_of"]
    assert re.search(r"__enzyme_autodiff[^\n]*@cube", calling)
