"""`python -m enzymec`: the same cc-compatible driver as the `enzymec` command."""

import sys

from enzymec.driver.cli import main

sys.exit(main())
