"""lit configuration for the analysis tests: `; RUN: enzymec-opt %s --print-loops | filecheck %s`.

`enzymec-opt` and `filecheck` run as `python -m ...` under the interpreter running lit, with
this checkout first on PYTHONPATH, so the tests need neither an installed package nor a PATH.
"""

import os
import sys
import tempfile

import lit.formats

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

config.name = "enzymec-analysis"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
# each run its own directory (test_lit.py passes a pytest tmp dir): two checkouts tested at
# once wrote each other's %t files under one fixed /tmp path
config.test_exec_root = os.environ.get("ENZYMEC_LIT_EXEC_ROOT") or \
    tempfile.mkdtemp(prefix=f"enzymec-lit-{config.name}-")

python = '"' + sys.executable.replace("\\", "/") + '"'
for tool, module in (("enzymec-opt", "enzymec.driver.opt"), ("filecheck", "filecheck")):
    # only a whole word, so paths and option names that contain the tool's name survive
    config.substitutions.append((r"(?<![\w/.-])" + tool + r"(?![\w/.-])",
                                 f"{python} -m {module}"))

paths = [ROOT] + ([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else [])
config.environment["PYTHONPATH"] = os.pathsep.join(paths)
