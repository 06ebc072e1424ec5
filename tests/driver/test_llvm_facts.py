"""llvmlite's LLVM major and process triple, remembered (enzymec/driver/llvm_facts.py), and
llvmlite.binding loaded only when used (enzymec/driver/llvm_lazy.py).

What must hold: the remembered facts are llvmlite's own; once remembered they are read
without loading llvmlite's library; a broken cache file is asked again; a `-c` compile
that needs no LLVM work in process never loads the library.
"""

from __future__ import annotations

import subprocess
import sys

import llvmlite.binding as llvm
import pytest

from drivertools import REPO
from enzymec.driver import llvm_facts


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    llvm_facts.facts.cache_clear()
    yield
    llvm_facts.facts.cache_clear()


def test_the_facts_are_llvmlites():
    assert llvm_facts.llvm_major() == llvm.llvm_version_info[0]
    assert llvm_facts.process_triple() == llvm.get_process_triple()


def _in_fresh_python(code: str, tmp_path) -> str:
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPATH": str(REPO),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True).stdout.strip()


def test_remembered_facts_are_read_without_loading_llvmlite(tmp_path):
    code = ("import sys; from enzymec.driver import llvm_facts as f; f.facts(); "
            "print('llvmlite.binding' in sys.modules)")
    assert _in_fresh_python(code, tmp_path) == "True"  # the first run asks llvmlite
    assert _in_fresh_python(code, tmp_path) == "False"


def test_a_broken_cache_file_is_asked_again(tmp_path):
    llvm_facts.facts()
    for path in (tmp_path / "cache" / "enzymec").glob("llvm-facts-*"):
        path.write_text("10:twenty-two6:x86_64")
    llvm_facts.facts.cache_clear()
    assert llvm_facts.facts() == {"major": llvm.llvm_version_info[0],
                                  "triple": llvm.get_process_triple()}


def test_the_driver_does_not_load_llvmlite_at_import(tmp_path):
    code = "import sys, enzymec.driver.cli; print('llvmlite.binding' in sys.modules)"
    assert _in_fresh_python(code, tmp_path) == "False"


def test_the_driver_does_not_load_the_ir_package_at_import(tmp_path):
    """A plain compile (no autodiff call) never needs enzymec.ir: importing it at start-up
    cost every compile about 4 ms of CPU (clang_pre_ad imported library_bodies at the top)."""
    code = "import sys, enzymec.driver.cli; print('enzymec.ir' in sys.modules)"
    assert _in_fresh_python(code, tmp_path) == "False"


def test_the_driver_starts_without_modules_a_plain_compile_does_not_need(tmp_path):
    """Each of these cost every compile's start-up a millisecond or more (issue 11 item 5):
    OpenSSL's hashlib, tempfile (with random), shutil (with the compression modules), json,
    pathlib, and the driver's runtime-text linker and --explain modules, with their
    regular expressions. A compile that needs one imports it then."""
    unwanted = ["hashlib", "_hashlib", "tempfile", "shutil", "json", "pathlib",
                "enzymec.driver.rt_text", "enzymec.driver.explain", "enzymec.driver.fortran",
                "enzymec.driver.irinput"]
    code = (f"import sys, enzymec.driver.cli; "
            f"print([m for m in {unwanted!r} if m in sys.modules])")
    assert _in_fresh_python(code, tmp_path) == "[]"
