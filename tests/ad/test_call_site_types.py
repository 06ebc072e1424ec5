"""Integer copies of pointers and doubles inside callees differentiated on their own (split
at -O0, ENZYMEC_AD_INLINE=0): typed from the caller's facts (enzymec/ad/passes/call_site_types.py).
Before, the pointer's shadow was lost (std::map's erase crashed) and the double's
derivative was silently zero. test_gradients.py builds these programs in its variants,
which do not include split at -O0.

    . .venv/bin/activate && pytest tests/ad/test_call_site_types.py -q
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "c"))
import gradcheck  # noqa: E402  (tests/c's gradient-check harness)

from test_cxx import check_program  # noqa: E402

PROGRAMS = [gradcheck.HERE / name for name in
            ("pun_callee_pointer_copy.c", "pun_callee_double_copy.c", "cxx_map.cpp")]
SPLIT_O0 = ("-O0", {"ENZYMEC_AD_INLINE": "0"})


@pytest.mark.parametrize("source", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_integer_copy_in_a_split_callee_keeps_shadow_and_derivative(tmp_path, source,
                                                                    monkeypatch):
    check_program(tmp_path, source, "split-O0", SPLIT_O0, monkeypatch)


def test_the_callee_is_a_copy_typed_for_its_call_site(tmp_path):
    """The callee the gradient calls is `copy_val.site.<digest>`."""
    source = gradcheck.HERE / "pun_callee_double_copy.c"
    command = gradcheck.enzymec_command(source, tmp_path / "v.so", "-O0",
                                        "--enzymec-dump-ir=ad")
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120,
                          env={**gradcheck._env(), "ENZYMEC_AD_INLINE": "0"})
    assert proc.returncode == 0, proc.stderr
    assert "@copy_val.site." in proc.stdout + proc.stderr
