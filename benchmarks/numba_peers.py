"""The peers `python -m benchmarks.numba_bench` compares with, installed when missing.

JAX is in the project's `bench` extra (pyproject.toml), not in `test`: a run without it used
to write n/a in the JAX columns, and issue 13's recurrence target is against JAX. So the
benchmark installs what the extra names (with this interpreter's pip) before measuring,
unless told not to; a failed install stops the run instead of writing a table without JAX.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
# requirement in the extra -> the module it provides
MODULES = {"jax": "jax", "autograd": "autograd"}


def bench_requirements() -> list[str]:
    """The requirements of the `bench` extra, as pyproject.toml writes them."""
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    return list(project["optional-dependencies"]["bench"])


def _module(requirement: str) -> str:
    name = requirement.split("[")[0].split("=")[0].split("<")[0].split(">")[0].strip()
    return MODULES.get(name, name.replace("-", "_"))


def missing() -> list[str]:
    return [r for r in bench_requirements() if importlib.util.find_spec(_module(r)) is None]


def ensure_installed() -> None:
    """pip-install the bench extra's requirements that do not import; SystemExit if pip
    fails (the table would otherwise lose its JAX columns without saying why)."""
    needed = missing()
    if not needed:
        return
    print(f"numba_bench: installing the bench extra's {', '.join(needed)} "
          f"({sys.executable} -m pip install)", flush=True)
    done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", *needed])
    if done.returncode != 0 or missing():
        raise SystemExit(f"numba_bench: could not install {', '.join(needed)}; install the "
                         "bench extra (pip install -e '.[test,bench]') or pass --no-install")
    importlib.invalidate_caches()
