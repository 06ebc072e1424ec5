"""Running indices rebuilt in the reverse sweep (analysis/running_sum.py,
ad/tape/running_rebuild.py), by --explain's remarks: the packed index of a triangular nest
(ADBench GMM's `l`, and its
copy in tests/c/packed_index.c) is no longer taped; the look-alikes of
tests/c/packed_index_refused.c (a row length read from memory, a step that depends on data)
still are. The gradients are checked against finite differences in every variant by
tests/c/test_gradients.py."""

from __future__ import annotations

import pathlib
import re
import subprocess

import pytest

from test_tape_removal import enzymec  # tests/ad is on sys.path (rootdir)

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "tests" / "c"
GMM = ROOT / "benchmarks" / "c" / "gmm"
REBUILT = "rebuilt from the reverse sweep's iteration number (a running sum"


def phi_remarks(source: pathlib.Path, *flags: str) -> dict[str, str]:
    """line:column of each phi the reverse sweep needs -> how it gets it."""
    done = subprocess.run([*enzymec(), *flags, "--explain", "-fno-caret-diagnostics", "-c",
                           source.name, "-o", "/dev/null"], cwd=source.parent,
                          capture_output=True, text=True, check=True)
    found = {}
    for line in done.stderr.splitlines():
        match = re.match(r"\S+?:(\d+:\d+): remark: the reverse sweep needs index or counter "
                         r"\(phi\): (.*) \[", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_packed_index_is_rebuilt(opt):
    assert phi_remarks(PROGRAMS / "packed_index.c", opt)["19:9"].startswith(REBUILT)


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_look_alikes_stay_taped(opt):
    remarks = phi_remarks(PROGRAMS / "packed_index_refused.c", opt)
    assert remarks["24:13"].startswith("taped") and remarks["30:15"].startswith("taped")
    assert not any(how.startswith(REBUILT) for how in remarks.values())


def carried_slots(source: pathlib.Path, tmp_path, *flags: str) -> dict[str, list[str]]:
    """Each slot a running sum is carried in (running_rebuild.py) -> the blocks of the
    instructions that store into it, from the AD stage's output."""
    subprocess.run([*enzymec(), *flags, "-c", source.name, "-o", "/dev/null",
                    "--enzymec-dump-ir=ad", f"--enzymec-dump-dir={tmp_path}"],
                   cwd=source.parent, check=True, capture_output=True)
    text = (tmp_path / f"{source.name}.ad.ll").read_text()
    read = set(re.findall(r"%sum\.rev[.\d]* = load i64, ptr (%[\w.]+)", text))
    stores: dict[str, list[str]] = {slot: [] for slot in read}
    block = ""
    for line in text.splitlines():
        label = re.match(r"^([\w.]+):", line)
        if label:
            block = label.group(1)
        stored = re.match(r"^\s*store i64 .*, ptr (%[\w.]+)$", line)
        if stored and stored.group(1) in stores:
            stores[stored.group(1)].append(block)
    return stores


@pytest.mark.parametrize("source", ["packed_index.c", "packed_index_carried.c"])
def test_running_sums_are_carried(source, tmp_path):
    """Inside its loop's reverse a running sum is read from a slot, set once per reverse of
    the loop and lowered once per reverse iteration: two stores, where the closed form
    would rebuild it with about 12 instructions every iteration (a third on the back edge
    of the reverse's copy for long rows, loop_versions.py, when there is one)."""
    slots = carried_slots(PROGRAMS / source, tmp_path, "-O2")
    assert len(slots) == (1 if source == "packed_index.c" else 2)
    for blocks in slots.values():
        assert len([b for b in blocks if not b.endswith(".long")]) == 2
        assert len([b for b in blocks if b.endswith(".long")]) <= 1


def test_gmm_packed_index_tape_is_gone():
    """qtimesx's `l` (objective.inc 29:9), taped d x 4 bytes per (point, component) before."""
    remarks = phi_remarks(GMM / "timed.c", "-O3", "-march=native", "-fno-math-errno")
    assert remarks["29:9"].startswith(REBUILT)
