"""Check many seeds with one build: the programs of a batch of seeds go into one translation
unit per variant (generator.batch_source, every program's symbols renamed), one enzymec run
builds it, one child process (evaluate.py --batch) checks every program's gradient.

What a check is stays the same as for a seed alone: one seed in one variant, its `grad`
(enzymec's `__enzyme_autodiff` of its own `prog`) against reliable central differences at
the seed's own points (named fuzz/<seed>/<variant>, the same points as alone). Only a pass
is taken from the batch: when the batch does not build, when its evaluation crashes or hangs,
or when a seed's verdict is anything but pass, those seeds are checked again alone
(check.check_source), and the solo outcome is the one counted and reported, so a failure
always names its seed and variant and its reproducer is `--show SEED`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path

from .check import BUILD_TIMEOUT, EVALUATE, RUN_TIMEOUT, Outcome, _build, check_source
from .generator import batch_source, generate

BUILD_SECONDS_PER_SEED = 30  # a batch's build time limit grows with it (a busy machine)


def check_batch(seeds: list[int], workdir: Path, variant: str) -> list[Outcome]:
    """One Outcome per seed in `variant`; batched passes, solo re-checks for the rest."""
    programs = [generate(seed) for seed in seeds]
    if len(programs) == 1:
        return [_alone(programs[0], workdir, variant)]
    source = _folder(workdir, variant) / f"batch_{seeds[0]}_{len(seeds)}.c"
    source.write_text(batch_source(programs))
    library = source.with_name(f"{source.stem}{variant}.so")
    failed = _build(source, library, variant, BUILD_TIMEOUT + BUILD_SECONDS_PER_SEED * len(seeds))
    verdicts = {} if failed else _evaluate(library, programs, variant)
    return [verdicts.get(p.seed) or _alone(p, workdir, variant) for p in programs]


def _evaluate(library: Path, programs: list, variant: str) -> dict[int, Outcome]:
    """seed -> batched pass, for every program whose batched verdict is a pass (the verdicts
    printed before a crash or a hang of the child still count: each is complete)."""
    entries = [f"{p.seed}:{p.n}:fuzz/{p.seed}/{variant}" for p in programs]
    cmd = [sys.executable, str(EVALUATE), str(library), "--batch", *entries]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True,
                              timeout=RUN_TIMEOUT + 2 * len(programs))
        lines = proc.stdout.splitlines()
    except subprocess.TimeoutExpired as hung:
        lines = (hung.stdout or b"").decode(errors="replace").splitlines()
    passes = {}
    for line in lines:
        result = json.loads(line) if line.startswith("{") and line.endswith("}") else {}
        if result.pop("kind", None) == "pass":
            seed = result.pop("seed")
            passes[seed] = Outcome(seed, variant, "pass", json.dumps(result), batched=True)
    return passes


def check_seeds(seeds, workdir: Path, variants: tuple, size: int, jobs: int,
                deadline: float | None = None):
    """Every (seed, variant) checked, in batches of `size` seeds (in seed order), `jobs`
    builds at once; yields each batch's Outcomes as it finishes. Past `deadline` (a
    time.monotonic() value) batches not yet started are dropped: the caller counts only
    what was checked."""
    seeds = list(seeds)
    tasks = [(seeds[i:i + size], variant) for i in range(0, len(seeds), size)
             for variant in variants]
    with ThreadPoolExecutor(jobs) as pool:
        futures = [pool.submit(check_batch, chunk, workdir, variant) for chunk, variant in tasks]
        for future in as_completed(futures):
            if deadline is not None and time.monotonic() > deadline:
                for pending in futures:
                    pending.cancel()  # only those not started; running ones finish
            if not future.cancelled():
                yield future.result()


def _alone(program, workdir: Path, variant: str) -> Outcome:
    """The seed checked alone in `variant` (its own source file, build and child)."""
    source = _folder(workdir, variant) / f"fuzz_{program.seed}.c"
    source.write_text(program.source())
    return replace(check_source(program.seed, source, variant, program.n), batched=False)


def _folder(workdir: Path, variant: str) -> Path:
    """The variant's own folder in workdir: variants checked at once never share a file."""
    folder = workdir / variant.lstrip("-")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
