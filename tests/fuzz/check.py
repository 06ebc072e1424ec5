"""Check one generated program in the build variants: compile with enzymec, evaluate in a
child process (evaluate.py), and classify what happened.

Kinds, worst first (a program's kind is the worst over its variants):
    wrong number               the gradient disagrees with reliable central differences
    crash                      the gradient or f crashed or hung (signal, timeout)
    compile error (unlocated)  enzymec failed without a `FILE:LINE:COL: error:` line, with
                               a traceback, or with an exit status other than 1
    compile error (located)    enzymec refused the program cleanly (not a wrong number)
    inconclusive               too few points away from the branches' boundaries and
                               from oscillation below the difference step (substep.py)
    pass
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .generator import generate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "c"))
import gradcheck  # noqa: E402

EVALUATE = Path(__file__).resolve().with_name("evaluate.py")
KINDS = ["wrong number", "crash", "compile error (unlocated)", "compile error (located)",
         "inconclusive", "pass"]  # worst first
BUILD_TIMEOUT, RUN_TIMEOUT = 180, 60


@dataclass(frozen=True)
class Outcome:
    """What one variant of one seed gave."""
    seed: int
    variant: str
    kind: str
    detail: str = ""
    batched: bool = False  # taken from a batch build (batch.py), not a build of its own


def worst(outcomes: list[Outcome]) -> str:
    """The program's kind: the worst of its variants'."""
    return min((o.kind for o in outcomes), key=KINDS.index)


def check_seed(seed: int, workdir: Path, variants: tuple = tuple(gradcheck.VARIANTS)) -> list:
    """Generate the program of `seed` into workdir and check it in every variant."""
    source = workdir / f"fuzz_{seed}.c"
    source.write_text(generate(seed).source())
    return [check_source(seed, source, variant) for variant in variants]


def check_source(seed: int, source: Path, variant: str, n: int | None = None) -> Outcome:
    """Build `source` in `variant` and evaluate it; n defaults to the seed's input count."""
    n = n if n is not None else generate(seed).n
    library = source.with_name(f"{source.stem}{variant}.so")
    failed = _build(source, library, variant)
    if failed is not None:
        return Outcome(seed, variant, *failed)
    return _evaluate(seed, library, variant, n)


def _build(source: Path, library: Path, variant: str,
           timeout: float = BUILD_TIMEOUT) -> tuple[str, str] | None:
    """None when enzymec built the library, else (kind, enzymec's output)."""
    opt, extra_env = gradcheck.VARIANTS[variant]
    try:
        proc = subprocess.run(gradcheck.enzymec_command(source, library, opt), cwd=source.parent,
                              capture_output=True, text=True, timeout=timeout,
                              env={**gradcheck._env(), **extra_env})
    except subprocess.TimeoutExpired:
        return "compile error (unlocated)", f"enzymec took over {timeout} s"
    if proc.returncode == 0:
        return None
    output = proc.stdout + proc.stderr
    located = re.search(rf"^(\S*/)?{re.escape(source.name)}:\d+:\d+: error: ", output, re.M)
    clean = proc.returncode == 1 and "Traceback" not in output and located
    return ("compile error (located)" if clean else "compile error (unlocated)"), output


def _evaluate(seed: int, library: Path, variant: str, n: int) -> Outcome:
    """Run evaluate.py on the library; a signal or a timeout is a crash."""
    cmd = [sys.executable, str(EVALUATE), str(library), str(n), f"fuzz/{seed}/{variant}"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return Outcome(seed, variant, "crash", f"no verdict within {RUN_TIMEOUT} s")
    if proc.returncode != 0:
        return Outcome(seed, variant, "crash",
                       f"evaluate exited with {proc.returncode}\n{proc.stderr[-2000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return Outcome(seed, variant, result.pop("kind"), json.dumps(result))
