"""The runtime's slow paths (RT_SLOW: `noinline` and `cold`) are optimized once, when the
runtime's bitcode is made, and reach a unit marked `optnone` (enzymec/driver/runtime.py,
compiled_once): in the text, only the functions defined with a cold, noinline group get an
optnone group of their own (the call sites and other functions sharing the group keep
theirs); in the cached bitcode, exactly the RT_SLOW functions of enzymec_rt.c are optnone
and every other function is not; a gradient that takes those paths (a tape of a loop
whose length is known late, taken and kept, records pushed past a chunk) is right."""

from __future__ import annotations

import re
import subprocess

import llvmlite.binding as llvm

from drivertools import run_enzymec, write
from enzymec.driver import runtime
from enzymec.driver.resources import runtime_source

TEXT = """define void @slow(ptr %p) #0 {
  call void @abort() #0
  ret void
}
define void @hot(ptr %p) #1 {
  ret void
}
define void @also_slow() local_unnamed_addr #0 !dbg !3 {
  ret void
}
declare void @abort() #0
attributes #0 = { cold noinline nounwind optsize }
attributes #1 = { noinline nounwind }
"""


def test_only_cold_noinline_definitions_get_optnone():
    text = runtime.compiled_once(TEXT)
    assert "define void @slow(ptr %p) #2 {" in text
    assert "define void @also_slow() local_unnamed_addr #2 !dbg !3 {" in text
    assert "define void @hot(ptr %p) #1 {" in text
    assert "call void @abort() #0" in text and "declare void @abort() #0" in text
    assert "attributes #0 = { cold noinline nounwind optsize }" in text
    assert "attributes #2 = { optnone cold noinline nounwind }" in text


def test_the_cached_bitcode_marks_exactly_the_slow_paths(tmp_path):
    write(tmp_path, "grad.c", GRADIENT)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    run_enzymec("-O2", "grad.c", "-o", "grad", "-lm", cwd=tmp_path, env=env, check=True)
    (bitcode,) = (tmp_path / "cache" / "enzymec").glob("enzymec_rt-*.bc")
    text = str(llvm.parse_bitcode(bitcode.read_bytes()))
    groups = dict(re.findall(r"^attributes #(\d+) = \{ (.*) \}$", text, re.M))
    optnone = {name for name, group in
               re.findall(r"^define [^@\n]*@([\w.]+)\([^\n]*#(\d+)", text, re.M)
               if "optnone" in groups[group].split()}
    source = open(runtime_source()).read()
    slow = set(re.findall(r"^static RT_SLOW [^\n]*?\b(__enzymec_\w+)\(", source, re.M))
    opaque = set(re.findall(r"^RT_OPAQUE [^(]*?\b(__enzymec_\w+)\(", source, re.M))
    assert len(slow) >= 8 and optnone == slow | opaque  # RT_OPAQUE: optnone in the source
    for depth in ("10", "30000"):  # 30000 records: past a chunk of the record stack
        out = subprocess.run([str(tmp_path / "grad"), "400", depth], capture_output=True,
                             text=True, check=True).stdout
        assert out == "agrees\n", (depth, out)


GRADIENT = r"""
#include <enzyme.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static double rec(double x, int n) {
    return n == 0 ? x : 0.5 * sin(rec(x, n - 1)) + 0.001 * x;
}
double f(const double *x, int n, int depth) {
    double s = 0;
    for (int i = 0; i < n; i++) s += sin(x[i]) * x[(i * 7) % n];
    return s + rec(x[0], depth);
}
int main(int argc, char **argv) {
    int n = atoi(argv[1]), depth = atoi(argv[2]);
    double *x = malloc(n * sizeof *x), *dx = malloc(n * sizeof *dx), h = 1e-6, worst = 0;
    for (int i = 0; i < n; i++) x[i] = 0.3 + 0.001 * i;
    for (int round = 0; round < 3; round++) {  /* a kept tape taken again */
        for (int i = 0; i < n; i++) dx[i] = 1.0;  /* not zero: no tape in the shadow */
        __builtin_autodiff(f, x, dx, n, depth);
    }
    for (int i = 0; i < n; i += 37) {
        double keep = x[i];
        x[i] = keep + h; double up = f(x, n, depth);
        x[i] = keep - h; double down = f(x, n, depth);
        x[i] = keep;
        double err = fabs((up - down) / (2 * h) - (dx[i] - 1.0)) / (1 + fabs(dx[i]));
        worst = err > worst ? err : worst;
    }
    printf("%s\n", worst < 1e-6 ? "agrees" : "differs");
    return 0;
}
"""
