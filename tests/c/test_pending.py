"""tests/c/pending: gradient programs enzymec does not differentiate yet (pending/README.md).
Each must be refused cleanly in every build variant: exit status 1, a located
`NAME:LINE:COL: error:` in the program, no Python traceback. When enzymec starts building
one, this test fails on purpose: either the gradient is right (move the program up into
tests/c, where test_gradients checks it) or it is a silently wrong number.

    . .venv/bin/activate && pytest tests/c/test_pending.py -q
"""

from __future__ import annotations

import re
import subprocess

import pytest

import gradcheck
from gradcheck import Program, read_spec

PENDING = sorted([*(gradcheck.HERE / "pending").glob("*.c"),
                  *(gradcheck.HERE / "pending").glob("*.cpp")])


@pytest.mark.parametrize("variant", tuple(gradcheck.VARIANTS))
@pytest.mark.parametrize("path", PENDING, ids=[p.stem for p in PENDING])
def test_pending_is_refused_with_a_located_error(path, variant, tmp_path):
    opt, extra_env = gradcheck.VARIANTS[variant]
    library = tmp_path / f"{path.stem}.so"
    proc = subprocess.run(gradcheck.enzymec_command(path, library, opt), cwd=path.parent,
                          capture_output=True, text=True, timeout=120,
                          env={**gradcheck._env(), **extra_env})
    output = proc.stdout + proc.stderr
    if proc.returncode == 0:
        _now_builds(path, library, variant)
    assert "Traceback" not in output, output
    assert "internal compiler error" not in output, output
    assert proc.returncode == 1, f"exit {proc.returncode}, want 1:\n{output}"
    located = rf"^(\S*/)?{re.escape(path.name)}:\d+:\d+: error: \S"
    assert re.search(located, output, re.M), f"no '{path.name}:LINE:COL: error:' in:\n{output}"


def _now_builds(path, library, variant: str) -> None:
    """enzymec built a pending program: say whether its gradient is right or wrong."""
    spec = read_spec(path)
    program = Program(spec, library)
    try:
        for x in gradcheck.check_points(spec, variant):
            gradcheck.check_fd(program.f, program.grad, x, spec.single, path.name)
    except AssertionError as error:
        pytest.fail(f"{path.name} now builds ({variant}) and its gradient is WRONG:\n{error}",
                    pytrace=False)
    pytest.fail(f"{path.name} now builds ({variant}) with a right gradient: "
                f"git mv tests/c/pending/{path.name} tests/c/ (and update pending/README.md)",
                pytrace=False)


def test_pending_programs_are_listed():
    """pending/README.md's table names every pending program, and only those."""
    readme = (gradcheck.HERE / "pending" / "README.md").read_text()
    listed = set(re.findall(r"^\| (\S+\.(?:c|cpp)) \|", readme, re.M))
    assert listed == {p.name for p in PENDING}
