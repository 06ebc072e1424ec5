"""Build hook: ship the top-level include/ and runtime/ inside the wheel as enzymec/_data/.

Everything else is declared in pyproject.toml. The C files stay at the top of the
repository, where CMakeLists.txt installs the header as well.
"""

import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_DIRS = ("include", "runtime")


class BuildPyWithData(build_py):
    """build_py that also copies the C header and runtime sources into the package."""

    def run(self):
        super().run()
        here = os.path.dirname(os.path.abspath(__file__))
        for name in DATA_DIRS:
            target = os.path.join(self.build_lib, "enzymec", "_data", name)
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(os.path.join(here, name), target)


setup(cmdclass={"build_py": BuildPyWithData})
