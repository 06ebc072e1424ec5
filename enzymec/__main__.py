"""`python -m enzymec`: the same cc-compatible driver as the `enzymec` command."""

from enzymec.driver.launch import command

command()
