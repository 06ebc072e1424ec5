"""The `enzymec` command and `python -m enzymec`: enzymec's modules from their one cached
file where it holds them (module_bundle.py), then the driver (cli.main, cli.finish)."""

from __future__ import annotations

from enzymec.driver import module_bundle


def command() -> None:
    module_bundle.install()
    from enzymec.driver import cli  # and through it the driver's modules: from the file

    code = cli.main()
    module_bundle.save()
    cli.finish(code)
