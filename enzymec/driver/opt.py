"""`enzymec-opt`: run enzymec's IR passes on a .ll file (placeholder until the AD tool lands)."""

import sys


def main() -> int:
    print("enzymec-opt: not yet implemented", file=sys.stderr)
    return 2
