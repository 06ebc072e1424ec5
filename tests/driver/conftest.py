"""pytest fixtures for the driver tests (helpers live in drivertools.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from drivertools import HELLO, run_enzymec, write


@pytest.fixture(scope="session")
def shared(tmp_path_factory) -> Path:
    """A session directory with hello.c compiled once by enzymec (hello) and by cc (hello_cc)."""
    root = tmp_path_factory.mktemp("shared")
    write(root, "hello.c", HELLO)
    run_enzymec("hello.c", "-o", "hello", cwd=root, check=True)
    subprocess.run(["cc", "hello.c", "-o", "hello_cc"], cwd=root, check=True)
    return root


@pytest.fixture
def enzymec():
    return run_enzymec


@pytest.fixture
def src(tmp_path):
    """write(name, text) into this test's directory."""
    return lambda name, text: write(tmp_path, name, text)
