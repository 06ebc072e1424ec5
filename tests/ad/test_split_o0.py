"""Split calls at -O0 (ENZYMEC_AD_INLINE=0 with nothing optimized before AD), a build
variant test_gradients.py does not have: a helper that reallocates a buffer kept in the
caller's struct (tests/c/call_grows_struct_buffer.c). The gradient must be right, or the
build a located error (the helper's realloc of memory handed in from outside) — never a
gradient that drops the buffer's paths, which it gave before the struct got a shadow."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "c"))
import gradcheck  # noqa: E402  (tests/c's gradient-check harness)

PROGRAMS = ["call_grows_struct_buffer.c", "alloc_wrapper_through_pointer.c"]


@pytest.mark.parametrize("name", PROGRAMS)
def test_split_at_O0_is_right_or_refused(tmp_path, name, monkeypatch):
    source = Path(gradcheck.__file__).with_name(name)
    monkeypatch.setitem(gradcheck.VARIANTS, "split-O0", ("-O0", {"ENZYMEC_AD_INLINE": "0"}))
    spec = gradcheck.read_spec(source)
    try:
        library = gradcheck.build(source, tmp_path, "split-O0")
    except gradcheck.BuildError as error:
        text = str(error)
        assert re.search(rf"{re.escape(name)}:\d+:\d+: error: ", text), text
        assert "Traceback" not in text
        return
    program = gradcheck.Program(spec, library)
    for x in gradcheck.random_points(spec):
        gradcheck.check_fd(program.f, program.grad, x, spec.single, f"{name} split-O0")
