"""Code-layout-robust timing for the GMM rows (issue 11 item 4; RESULTS.md, ADBench).

The same machine code of GMM's expert gradient took 10.4 or 12.6 ms at d = 20, K = 50
depending on where the linker put it (and the primal 4.8 or 7.1 ms), so one build gave
enzymec / expert anywhere in 1.0-1.4x. Two measures, both applied to every version of the
program alike (primal, expert and enzymec are in one binary):
- ALIGN: functions and loops aligned to 64 bytes (`-falign-functions=64
  -falign-loops=64`), which removed most of the expert's and the primal's spread across
  layouts (benchmarks/RESULTS.md gives the paired figures);
- PADS: the enzymec program built in several layouts, its `.text` shifted by 0, 64, 128
  and 192 bytes (a wrapper source whose top-level `asm` skips that many bytes before the
  program's code; multiples of the alignment, since with functions aligned to 64 bytes a
  shift of 16 or 48 lands every function but the first on the same boundary), each run
  interleaving its versions as usual; each version's time is the median over the layouts
  of its best time in each layout (its per-layout bests are kept in the output fields as
  `layout_best`).
"""

from __future__ import annotations

import statistics
from pathlib import Path

ALIGN = ("-falign-functions=64", "-falign-loops=64")
PADS = (0, 64, 128, 192)


def layout_source(src: Path, pad: int, builddir: Path) -> Path:
    """`src` itself for pad 0, else a wrapper in `builddir` that includes it after `pad`
    bytes of `.text` (quoted includes still resolve next to `src`)."""
    if pad == 0:
        return src
    wrapper = builddir / f"{src.parent.name}.{src.stem}.pad{pad}.c"
    wrapper.write_text(f'__asm__(".text\\n.skip {pad}\\n");\n#include "{src}"\n')
    return wrapper


def merge_layouts(per_layout: list[dict], outcome_cls) -> dict:
    """Version key -> one Outcome from its Outcome in each layout: the median over layouts
    of each layout's best time; other fields (gradients, heap) from the first layout; the
    first failure, if any, as it is."""
    merged = {}
    for key in per_layout[0]:
        outcomes = [layout[key] for layout in per_layout]
        bad = next((oc for oc in outcomes if oc.status != "ok"), None)
        if bad is not None:
            merged[key] = bad
            continue
        bests = [oc.best for oc in outcomes]
        first = outcomes[0]
        oc = outcome_cls(build_seconds=sum(o.build_seconds for o in outcomes))
        oc.times = [statistics.median(bests)]
        oc.fields = dict(first.fields, layout_best=bests)
        merged[key] = oc
    return merged
