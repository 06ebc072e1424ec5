"""Tables, chart and runner of the benchmark groups of suites.py (modes, ADBench), each in a
section of RESULTS.md of its own. Ratios use best times, like report.py; "J/F" is a
derivative's time over the objective's (the primal built by enzymec, the same for every tool).
"""
from __future__ import annotations

import datetime
import subprocess
import time
from pathlib import Path

from benchmarks import harness as H
from benchmarks import layouts as L
from benchmarks import report as R
from benchmarks import report_ba as RB
from benchmarks import suites as S
from benchmarks.plotting import pyplot

NOTES = Path(__file__).resolve().parent / "notes"

HEADER = ["| benchmark | primal F (s) | expert hand (s) | enzymec (s) | **enzymec / hand** | "
          "target | hand J/F | enzymec J/F | ADOL-C (s) | ADOL-C J/F | ADOL-C / enzymec | "
          "heap peak enzymec | max rel. diff |",
          "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"]


def row(r) -> str:
    o, b = r.outcomes, r.bench
    er = R.ratio(o.get("enzyme"), o.get("hand"))
    met = "-" if er is None else ("met" if er <= b.target else "**missed**")
    diff = max(r.diffs.values()) if r.diffs else float("nan")
    cells = [b.name, R.fmt_time(o.get("primal")), R.fmt_time(o.get("hand")),
             R.fmt_time(o.get("enzyme")), f"**{R.fmt_ratio(er)}**", f"<= {b.target:.2f}: {met}",
             R.fmt_ratio(R.ratio(o.get("hand"), o.get("primal"))),
             R.fmt_ratio(R.ratio(o.get("enzyme"), o.get("primal"))),
             R.fmt_time(o.get("adolc")) if b.adolc else "-",
             R.fmt_ratio(R.ratio(o.get("adolc"), o.get("primal"))),
             R.fmt_ratio(R.ratio(o.get("adolc"), o.get("enzyme"))),
             R.fmt_bytes(o.get("enzyme")), f"{diff:.2g}"]
    return "| " + " | ".join(cells) + " |"


def table(results) -> str:
    lines = HEADER + [row(r) for r in results] + RB.modes_table(results)
    lines += ["", "Arguments:", ""]
    lines += [f"- {r.bench.name}: `{r.bench.dir}/timed {' '.join(r.bench.full)}` "
              f"({r.bench.note})" for r in results]
    problems = [f"- {r.bench.name} / {r.labels[k]}: **{oc.status}**: "
                f"{_first_error(oc.detail)}"
                for r in results for k, oc in r.outcomes.items() if oc.status != "ok"]
    return "\n".join(lines + (["", "Problems found in this run:", ""] + problems
                              if problems else []))


def _first_error(detail: str) -> str:
    """The line of a build's output that says what went wrong (`error:`), else its last."""
    lines = (detail or "").splitlines()
    found = [line for line in lines if "error:" in line]
    return f"`{(found or lines or [''])[0].strip()}`"


def plot_jf(results, png) -> None:
    """Bars of J/F per tool and problem size (log scale)."""
    plt = pyplot()

    tools = [("hand", "expert handwritten"), ("enzyme", "enzymec"), ("adolc", "ADOL-C")]
    names = [r.bench.name.replace("gmm_", "") for r in results]
    fig, ax = plt.subplots(figsize=(max(6, 0.9 * len(names) + 2), 4.5))
    width = 0.27
    for i, (k, label) in enumerate(tools):
        vals = [R.ratio(r.outcomes.get(k), r.outcomes.get("primal")) or 0.0 for r in results]
        ax.bar([j + (i - 1) * width for j in range(len(names))], vals, width, label=label)
    ax.set_yscale("log")
    ax.set_xticks(range(len(names)))
    ax.set_xticklabels(names, fontsize=7, rotation=30, ha="right")
    ax.set_ylabel("J / F (gradient time / objective time, log)")
    ax.set_title("ADBench GMM and BA: J/F per tool (lower is better)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    plt.close(fig)


def section(group, results, repeat, command, seconds, notes: str) -> str:
    load = R_first_line(["uptime"])
    return (f"## {group.title}\n\n- Date: {datetime.datetime.now():%Y-%m-%d %H:%M}; "
            f"command `{command}` ({seconds:.0f} s with builds); load at the end: {load}\n"
            f"- Each program times its versions interleaved in one process (bench_run.h), "
            f"best of {repeat} rounds (more for short sizes); ADOL-C in its own process, "
            f"best of {H.ADOLC_REPS} after a warm-up, taping included; flags "
            f"`{' '.join(H.FLAGS)}`{layout_note(results)}.\n\n" + table(results) + "\n\n"
            + notes)


def layout_note(results) -> str:
    """The GMM rows' layout-robust timing (layouts.py), when any row used it."""
    if not any(len(r.bench.layouts) > 1 for r in results):
        return ""
    return (f"; GMM also `{' '.join(L.ALIGN)}`, and each version's time is the median over "
            f"{len(L.PADS)} code layouts (`.text` shifted by {', '.join(map(str, L.PADS))} "
            f"bytes) of its best time in each (benchmarks/layouts.py)")


def R_first_line(cmd) -> str:
    p = subprocess.run(cmd, capture_output=True, text=True)
    return (p.stdout or p.stderr).strip()


def run_group(group, builddir, repeat, quick, only, log=print):
    """Run one group's benchmarks (in --quick mode each program and size once)."""
    benches, seen = [], set()
    for b in group.benches:
        key = (b.dir, tuple(b.smoke))
        if quick and key in seen:
            continue
        seen.add(key)
        benches.append(b)
    t0 = time.perf_counter()
    results = H.run_benchmarks(builddir, repeat=repeat, smoke=quick, only=only, log=log,
                               benches=benches)
    return results, time.perf_counter() - t0


def notes_of(group) -> str:
    """The hand-written analysis of a group (benchmarks/notes/KEY.md), kept across runs."""
    path = NOTES / f"{group.key}.md"
    return path.read_text() if path.exists() else ""


def run_all(a, repeat, replace_section, log=print) -> list[str]:
    """Run every group of suites.py (filtered by --only); write each group's section unless
    --quick or --only; return the failures (wrong or missing derivatives)."""
    builddir = a.build_dir
    bad = []
    for group in S.groups(getattr(a, "adbench_full", False)):
        if getattr(a, "group", None) and group.key not in a.group:
            continue
        if a.only and not any(b.name in a.only for b in group.benches):
            continue
        log(f"==== {group.title}")
        results, seconds = run_group(group, builddir, repeat, a.quick, a.only, log)
        bad += H.failures(results, False)
        if a.quick:
            continue
        if a.only:
            log("\n" + table(results) + "\n\n(--only: RESULTS.md left as it was)")
            continue
        full = " --adbench-full" if getattr(a, "adbench_full", False) else ""
        full += f" --group {' '.join(a.group)}" if getattr(a, "group", None) else ""
        command = f"python -m benchmarks {a.command} --repeat {repeat}{full}"
        replace_section(group.key, section(group, results, repeat, command, seconds,
                                           notes_of(group)))
        if group.key == "adbench":
            plot_jf(results, H.HERE / "adbench.png")
    return bad
