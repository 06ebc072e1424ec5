"""Where one `enzymec -c` spends its CPU time, stage by stage (issue 11 item 5):
`python -m benchmarks.compile_stages ENZYMEC-ARGS...` compiles as `enzymec ENZYMEC-ARGS`
would, in this process, and prints one JSON object of CPU seconds: `start-up` (interpreter
and the driver's imports, from the process's own clock), `frontend` (the clang child),
`pre-ad`, `ad`, `optimize` and `codegen` (`optimize` is the post-AD parse and the runtime
link, with the first load of llvmlite's library, none where the AD's text goes to clang as
it is, enzymec/driver/text_codegen.py; plus llvmlite's -O pipeline only where llvmlite
still runs it; for an object file the -O pipeline runs in clang with the codegen,
enzymec/driver/clang_codegen.py, so `codegen` holds both), `clang` (every child process
together: the frontend's, the pre-AD pipeline's and the codegen's clang, which no change to
enzymec's Python can make cheaper) and `total` (this process's CPU and its children's).

The stages are wrapped, not changed: each wrapper reads the process and child CPU clocks
around the driver's own function.
"""
from __future__ import annotations

import json
import resource
import sys
import time

WRAPPED = {"frontend": ("pipeline", "frontend"), "pre-ad": ("pipeline", "pre_ad"),
           "ad": ("pipeline", "ad"), "optimize": ("pipeline", "optimize"),
           "codegen": ("clang_codegen", "emit_object")}


def _cpu(who) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _wrap(module, name: str, stage: str, spent: dict) -> None:
    """Replace module.name by a wrapper adding its CPU time (own and children's) to spent."""
    inner = getattr(module, name)

    def timed(*args, **kwargs):
        own, kids = time.process_time(), _cpu(resource.RUSAGE_CHILDREN)
        try:
            return inner(*args, **kwargs)
        finally:
            spent[stage] = (spent.get(stage, 0.0) + time.process_time() - own
                            + _cpu(resource.RUSAGE_CHILDREN) - kids)
    setattr(module, name, timed)


def main(argv: list[str]) -> int:
    try:  # as the enzymec command starts (enzymec/driver/launch.py): modules from their file
        from enzymec.driver import module_bundle
        from enzymec.driver.gc_tuning import tune_for_compile  # and the collector set first
        tune_for_compile()
        module_bundle.install()
    except ImportError:  # an older checkout
        module_bundle = None
    from enzymec.driver import clang_codegen, cli, pipeline
    spent = {"start-up": time.process_time()}
    modules = {"pipeline": pipeline, "clang_codegen": clang_codegen}
    for stage, (module, name) in WRAPPED.items():
        _wrap(modules[module], name, stage, spent)
    status = cli.main(argv)
    spent["clang"] = _cpu(resource.RUSAGE_CHILDREN)
    spent["total"] = time.process_time() + spent["clang"]
    print(json.dumps({"status": status, **{k: round(v, 4) for k, v in spent.items()}}))
    if module_bundle is not None:
        module_bundle.save()  # as the command does, after what is measured
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
