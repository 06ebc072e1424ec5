"""The gradient-benchmark section of RESULTS.md and its chart, from a run's BenchResults.

Ratios use each version's best time (the median is shown beside it): every program times its
versions interleaved in one process, so a burst of load on the machine hits all of them.
"""
from __future__ import annotations


from benchmarks import harness as H
from benchmarks.plotting import pyplot

METHOD = """\
Each benchmark is one program, `benchmarks/c/NAME/timed.c`, built by enzymec (`{flags}`),
holding the primal, the expert handwritten gradient and the enzymec gradient
(`__enzyme_autodiff` of the primal function itself). It allocates and touches every buffer,
runs every version once untimed (warm-up), then {repeat} rounds (x40 for the one-gradient
matvec rows, which take milliseconds) that each time every version once in turn
(`benchmarks/c/bench_run.h`); inputs are restored and outputs zeroed untimed before every
call. Seconds are the best (and the median) of those rounds. The same source built by
`gcc {flags} -DBENCH_NO_AD` (no enzymec version) gives the gcc reference columns. ADOL-C
(`adolc.cpp`, `c++ {flags} -ladolc`) runs in a process of its own, one untimed warm-up
then {adolc} timed run(s), best taken, taping inside the measured region. All gradients are compared with the
expert handwritten one (normwise relative difference of value, 16 spread gradient entries or
trained parameters, and the sum of their absolute values), tolerance {tol:g}.

"heap peak" is the peak of heap bytes live above the level before the call, inside the timed
call (programs linked with `-Wl,--wrap=malloc,...`, `benchmarks/c/bench_alloc.h`): the
enzymec tape, or the handwritten gradient's own buffer (tree_reduce's node records); matvec's
primal mallocs its 16 KB `out` inside the timed call, as in the talk, and so does the enzymec
gradient of that shape. These allocations are the algorithms' own, so they stay in the timed
call. enzymec keeps loop tapes and record-stack chunks allocated between gradients (per
thread; runtime/enzymec_rt.c), so a timed call after the first allocates (and page-faults)
almost nothing: "tape bytes (1st call)" is the same peak in the warm-up call, i.e. the
memory enzymec's tapes and records take, beside the handwritten gradient's own extra memory
(issue 11, item 6).
"""


def fmt_time(oc):
    if oc is None:
        return "-"
    if oc.status == "ok":
        return f"{oc.best:.4f}"
    if oc.status == "build failed":
        return "unsupported"
    return oc.status


def ratio(a, b, median=False):
    if a is None or b is None or a.status != "ok" or b.status != "ok" or not b.best:
        return None
    return a.median / b.median if median else a.best / b.best


def fmt_ratio(r):
    return "-" if r is None else f"{r:.2f}x"


def fmt_bytes(oc, key="heap_peak_bytes"):
    if oc is None or key not in oc.fields:
        return "-"
    return f"{int(oc.fields[key][0]):,}"


HEADER = ["| benchmark | primal | expert hand | enzymec | **enzymec / hand** (best) | (median) | "
          "target | hand / primal | enzymec / primal | primal (gcc) | hand (gcc) | ADOL-C | "
          "ADOL-C / enzymec | heap peak enzymec | heap peak hand | tape bytes enzymec "
          "(1st call) | extra bytes hand (1st call) | max rel. diff |",
          "|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
          "---:|"]


def bench_row(r) -> str:
    o, b = r.outcomes, r.bench
    er = ratio(o.get("enzyme"), o.get("hand"))
    met = "-" if er is None else ("met" if er <= b.target else "**missed**")
    diff = max(r.diffs.values()) if r.diffs else float("nan")
    cells = [b.name, fmt_time(o.get("primal")), fmt_time(o.get("hand")),
             fmt_time(o.get("enzyme")), f"**{fmt_ratio(er)}**",
             fmt_ratio(ratio(o.get("enzyme"), o.get("hand"), median=True)),
             f"<= {b.target:.2f}: {met}", fmt_ratio(ratio(o.get("hand"), o.get("primal"))),
             fmt_ratio(ratio(o.get("enzyme"), o.get("primal"))), fmt_time(o.get("primal-gcc")),
             fmt_time(o.get("hand-gcc")), fmt_time(o.get("adolc")),
             fmt_ratio(ratio(o.get("adolc"), o.get("enzyme"))), fmt_bytes(o.get("enzyme")),
             fmt_bytes(o.get("hand")), fmt_bytes(o.get("enzyme"), "heap_first_peak_bytes"),
             fmt_bytes(o.get("hand"), "heap_first_peak_bytes"), f"{diff:.2g}"]
    return "| " + " | ".join(cells) + " |"


def bench_table(results) -> str:
    rows = HEADER + [bench_row(r) for r in results]
    notes = ["", "Arguments of every program:", ""]
    for r in results:
        notes.append(f"- {r.bench.name}: `timed {' '.join(r.bench.full)}` ({r.bench.note})")
    problems = [f"- {r.bench.name} / {r.labels[k]}: **{oc.status}**: "
                f"{oc.detail.splitlines()[-1] if oc.detail else ''}"
                for r in results for k, oc in r.outcomes.items() if oc.status != "ok"]
    if problems:
        notes += ["", "Problems found in this run:", ""] + problems
    return "\n".join(rows + notes)


def method(repeat: int, tol: float) -> str:
    return METHOD.format(flags=" ".join(H.FLAGS), repeat=repeat, adolc=H.ADOLC_REPS, tol=tol)


def plot(results, png):
    """Bars of time / expert handwritten gradient per benchmark (log scale)."""
    plt = pyplot()

    keys = [("primal", "primal"), ("hand", "expert handwritten"), ("enzyme", "enzymec gradient"),
            ("adolc", "ADOL-C")]
    names = [r.bench.name for r in results]
    fig, ax = plt.subplots(figsize=(11, 4.8))
    width = 0.2
    for i, (k, label) in enumerate(keys):
        vals = [ratio(r.outcomes.get(k), r.outcomes.get("hand")) or 0.0 for r in results]
        xs = [j + (i - 1.5) * width for j in range(len(names))]
        bars = ax.bar(xs, vals, width, label=label)
        for bar, v in zip(bars, vals):
            ax.text(bar.get_x() + bar.get_width() / 2, max(v, 0.11) * 1.05,
                    f"{v:.2f}" if v else "n/a", ha="center", va="bottom", fontsize=7, rotation=90)
    ax.set_yscale("log")
    ax.set_ylim(0.1, 2000)
    ax.axhline(1.0, color="gray", lw=0.8, ls="--")
    ax.set_xticks(range(len(names)))
    ax.set_xticklabels(names, fontsize=8, rotation=15)
    ax.set_ylabel("time / expert handwritten gradient (log)")
    ax.set_title("enzymec benchmarks, one process per benchmark, interleaved, best of N "
                 "(lower is better)")
    ax.legend(fontsize=8, ncol=4, loc="upper left")
    fig.tight_layout()
    fig.savefig(png, dpi=120)
    plt.close(fig)
