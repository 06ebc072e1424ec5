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
import sys

import pytest

import gradcheck

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
    if variant in _works(path):  # the header says this variant works: its gradient is checked
        assert proc.returncode == 0, f"{path.name} ({variant}) should build:\n{output}"
        return _check_gradient(path, library, variant)
    if proc.returncode == 0:
        _now_builds(path, library, variant)
    assert "Traceback" not in output, output
    assert "internal compiler error" not in output, output
    assert proc.returncode == 1, f"exit {proc.returncode}, want 1:\n{output}"
    # located in the program or in a header it includes (libstdc++'s, for C++ programs)
    located = r"^[^\s:]+:\d+:\d+: error: \S"
    assert re.search(located, output, re.M), f"no 'FILE:LINE:COL: error:' in:\n{output}"


def _works(path) -> set[str]:
    """The variants a pending program's header says already work (`works: -O2 split`)."""
    found = re.search(r"^\s*\*?\s*works:([^\n]*)", path.read_text(), re.M)
    return set(found.group(1).split()) if found else set()


def _check_gradient(path, library, variant: str) -> None:
    child = subprocess.run([sys.executable, "-c", _CHECK, str(path), str(library), variant],
                           cwd=gradcheck.HERE, capture_output=True, text=True, timeout=300)
    assert child.returncode == 0, (f"{path.name} ({variant}, listed in works:) gives a wrong "
                                   f"gradient or crashes ({child.returncode}):\n"
                                   f"{child.stdout}{child.stderr}")


def _now_builds(path, library, variant: str) -> None:
    """enzymec built a pending program: say whether its gradient is right, wrong, or crashes
    (checked in a child process, so a crashing gradient cannot take pytest down with it)."""
    child = subprocess.run([sys.executable, "-c", _CHECK, str(path), str(library), variant],
                           cwd=gradcheck.HERE, capture_output=True, text=True, timeout=300)
    if child.returncode < 0:
        pytest.fail(f"{path.name} now builds ({variant}) and its gradient CRASHES "
                    f"(signal {-child.returncode})", pytrace=False)
    if child.returncode != 0:
        pytest.fail(f"{path.name} now builds ({variant}) and its gradient is WRONG:\n"
                    f"{child.stdout}{child.stderr}", pytrace=False)
    pytest.fail(f"{path.name} now builds ({variant}) with a right gradient: "
                f"git mv tests/c/pending/{path.name} tests/c/ (and update pending/README.md)",
                pytrace=False)


_CHECK = """
import sys
from pathlib import Path
import gradcheck
path, library, variant = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
spec = gradcheck.read_spec(path)
program = gradcheck.Program(spec, library)
for x in gradcheck.check_points(spec, variant):
    gradcheck.check_fd(program.f, program.grad, x, spec.single, path.name)
"""


def test_pending_programs_are_listed():
    """pending/README.md's table names every pending program, and only those."""
    readme = (gradcheck.HERE / "pending" / "README.md").read_text()
    listed = set(re.findall(r"^\| (\S+\.(?:c|cpp)) \|", readme, re.M))
    assert listed == {p.name for p in PENDING}
