"""Lookups hoisted to a loop's lookup point (enzymec/ad/reverse/loop_lookup.py), read from the
gradient before optimization: the point blocks (`reverse.enter.*`) and what they load, and
the `llvm.loop.vectorize.enable` false hint on the reverse loops under a point that loads
memory (loop_hints.py). The gradients are checked against finite differences in every
variant by tests/c/test_gradients.py (loop_lookup.c)."""

from __future__ import annotations

import pathlib
import re

from test_update_in_place import gradient_ir  # tests/ad is on sys.path (rootdir)

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "tests" / "c"
GMM = ROOT / "benchmarks" / "c" / "gmm"


def points(ir: str) -> dict[str, list[str]]:
    """Lookup point block name -> its instructions."""
    found, name = {}, None
    for line in ir.splitlines():
        label = re.match(r"^([\w.]+):", line)
        if label:
            name = label.group(1) if label.group(1).startswith("reverse.enter.") else None
            if name:
                found[name] = []
        elif name and line.strip():
            found[name].append(line.strip())
    return found


def scalar_hints(ir: str) -> int:
    return len(re.findall(r"br label %[\w.]+, !llvm.loop !\d+", ir))


def test_forwarded_value_is_looked_up_once_per_row():
    """loop_lookup.c: xc[i] (x - mu, forwarded from its store) is loaded and subtracted at
    the point of the rows' inner loop, whose reverse is then kept scalar."""
    ir = gradient_ir(PROGRAMS / "loop_lookup.c", "nest", "-O2")
    loaded = [body for body in points(ir).values() if any(" fsub " in i for i in body)]
    assert loaded and all(any(i.startswith("%") and " = load double" in i for i in body)
                          for body in loaded)
    assert scalar_hints(ir) >= 1


def test_gmm_qtimesx_reverse_is_hoisted_and_scalar():
    """ADBench GMM: one point holds xc[i] = x[i] - mu[i] for qtimesx's inner loop, and that
    one reverse loop carries the scalar hint (the only other filled point, the Wishart
    prior's, computes from arguments and loads no memory); the rows' reverse has a copy for
    long rows (loop_versions.py), whose inner loop and point are copies too, without it."""
    ir = gradient_ir(GMM / "timed.c", "gmm_objective", "-O3", "-march=native",
                     "-fno-math-errno")
    loading = {name: body for name, body in points(ir).items()
               if any(" = load double" in i for i in body)}
    original = [name for name in loading if not name.endswith(".long")]
    assert len(original) == 1 and any(" fsub double" in i for i in loading[original[0]])
    assert set(loading) == {original[0], original[0] + ".long"}
    assert scalar_hints(ir) == 2  # which hint each carries: tests/ad/test_loop_versions.py
