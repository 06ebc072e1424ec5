"""The `enzymec` command and `python -m enzymec`: enzymec's modules from their one cached
file where it holds them (module_bundle.py), then the driver (cli.main, cli.finish); the
collector set for a compiler process (gc_tuning.py) from the start: of the 411.7M
instructions of benchmarks/c/logsumexp/timed.c's driver, young collections while the
driver's modules are imported took 4.8M."""

from __future__ import annotations

from enzymec.driver import module_bundle
from enzymec.driver.gc_tuning import tune_for_compile


def command() -> None:
    tune_for_compile()  # before the imports too: their collections were 4.8M instructions
    module_bundle.install()
    from enzymec.driver import cli  # and through it the driver's modules: from the file

    code = cli.main()
    module_bundle.save()
    cli.finish(code)
