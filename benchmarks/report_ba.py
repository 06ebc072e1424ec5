"""The bundle adjustment rows' extra table: J/F of each way enzymec can build BA's
observation Jacobians (benchmarks/c/ba/enzyme_jac.h), beside the expert's, from the same
interleaved run. Ratios use best times, like report.py."""
from __future__ import annotations

from benchmarks import report as R

MODES = [("enzyme", "width-2 reverse (the row above)"), ("enzyme_rev", "2 reverse sweeps"),
         ("enzyme_fwd15", "width-15 forward")]


def modes_table(results) -> list[str]:
    """Markdown lines (empty when no result has extra versions)."""
    rows = [r for r in results if r.bench.extra]
    if not rows:
        return []
    head = " | ".join(label for _, label in MODES)
    lines = ["", "enzymec's BA Jacobian modes (J/F; / expert in parentheses):", "",
             f"| benchmark | expert hand | {head} |",
             "|---|---:|" + "---:|" * len(MODES)]
    for r in rows:
        o = r.outcomes
        cells = [R.fmt_ratio(R.ratio(o.get("hand"), o.get("primal")))]
        for key, _ in MODES:
            cells.append(f"{R.fmt_ratio(R.ratio(o.get(key), o.get('primal')))} "
                         f"({R.fmt_ratio(R.ratio(o.get(key), o.get('hand')))})")
        lines.append(f"| {r.bench.name} | " + " | ".join(cells) + " |")
    return lines
