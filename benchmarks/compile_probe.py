"""`python benchmarks/compile_probe.py RECORD_DIR ENZYMEC-ARGS...`: the enzymec driver in this
process, recording the cc1 commands it starts (for compile_instructions.py, which counts this
process's instructions: run as a script, it imports nothing of the benchmarks package, and
it records with what the driver has loaded anyway (os, marshal), so the count is the
driver's own, as `enzymec ARGS...` runs it, but for this file's few lines)."""
from __future__ import annotations

import marshal
import os
import sys


def main(record_dir: str, argv: list[str]) -> None:
    """The enzymec driver on `argv`, in this process, recording into `record_dir` each cc1
    command that zig_cc1.run starts (stage{N}.cmd, marshal), with its input where that is
    one of the driver's scratch files (stage{N}.ll, a hard link or a copy: the driver
    removes its scratch directory when it ends)."""
    try:  # as the enzymec command starts (launch.py): the modules from their cached file
        from enzymec.driver import module_bundle
        from enzymec.driver.gc_tuning import tune_for_compile  # and the collector set first
        tune_for_compile()
        module_bundle.install()
    except ImportError:  # an older checkout
        module_bundle = None
    from enzymec.driver import cli, zig_cc1

    # what zig_cc1 starts its cc1 runs with: spawn.py, or subprocess in an older checkout
    way = "spawn" if hasattr(zig_cc1, "spawn") else "subprocess"
    real = getattr(zig_cc1, way)

    class Recording:
        """zig_cc1's view of that module: run records the command first."""

        def __getattr__(self, name):  # subprocess's DEVNULL, PIPE, TimeoutExpired
            return getattr(real, name)

        @staticmethod
        def run(cmd, *args, **kwargs):
            if len(cmd) > 2 and cmd[1:3] == ["clang", "-cc1"]:
                n = len([f for f in os.listdir(record_dir) if f.endswith(".cmd")])
                source = copy = cmd[-1]
                if source.endswith((".ll", ".bc")):  # the driver's scratch files, not the
                    copy = os.path.join(record_dir, f"stage{n}{source[-3:]}")  # user's:
                    _keep(source, copy)
                with open(os.path.join(record_dir, f"stage{n}.cmd"), "wb") as handle:
                    marshal.dump({"cmd": list(cmd), "input": copy}, handle)
            return real.run(cmd, *args, **kwargs)

    setattr(zig_cc1, way, Recording())
    sys.argv = ["enzymec", *argv]
    if module_bundle is not None:  # as launch.command runs the driver
        code = cli.main()
        module_bundle.save()
        cli.finish(code)
    if hasattr(cli, "command"):
        cli.command()  # as an older enzymec command ends: without Python's teardown
    sys.exit(cli.main(argv))  # as an enzymec before cli.command ended (an older checkout)


def _keep(source: str, copy: str) -> None:
    """`source`'s content at `copy`: a hard link where both are on one file system (the
    driver writes each scratch file once), else a copy."""
    try:
        os.link(source, copy)
    except OSError:
        with open(source, "rb") as old, open(copy, "wb") as new:
            new.write(old.read())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
