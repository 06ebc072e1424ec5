"""Errors as cc reports them: exit 1, a diagnostic on stderr, never a Python traceback."""

from __future__ import annotations

import os

from drivertools import run_enzymec


def assert_clean_failure(proc):
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr


def test_c_syntax_error_is_clangs_diagnostic(tmp_path, src):
    src("bad.c", "int main(void) { return 0 }\n")
    proc = run_enzymec("bad.c", cwd=tmp_path)
    assert_clean_failure(proc)
    assert "bad.c:1:26: error: expected ';'" in proc.stderr


def test_unknown_argument(tmp_path, src):
    src("x.c", "int main(void) { return 0; }\n")
    for flag in ("--bogus", "-foo"):
        proc = run_enzymec(flag, "x.c", cwd=tmp_path)
        assert_clean_failure(proc)
        assert f"enzymec: error: unknown argument: '{flag}'" in proc.stderr


def test_missing_input(tmp_path):
    proc = run_enzymec("nothere.c", cwd=tmp_path)
    assert_clean_failure(proc)
    assert "enzymec: error: no such file or directory: 'nothere.c'" in proc.stderr


def test_malformed_ll_is_located(tmp_path, src):
    src("bad.ll", "define i32 @main() {\n  ret i32 %x\n}\n")
    proc = run_enzymec("bad.ll", cwd=tmp_path)
    assert_clean_failure(proc)
    assert proc.stderr.startswith("bad.ll:2:")
    assert "error:" in proc.stderr


def test_wrong_clang_version(tmp_path, src):
    fake = tmp_path / "clang-old"
    fake.write_text('#!/bin/sh\necho "clang version 14.0.0"\n')
    fake.chmod(0o755)
    src("x.c", "int main(void) { return 0; }\n")
    proc = run_enzymec("x.c", cwd=tmp_path, env={"ENZYMEC_CLANG": str(fake)})
    assert_clean_failure(proc)
    assert "14.0.0" in proc.stderr and "ENZYMEC_CLANG" in proc.stderr and "22" in proc.stderr


def test_no_temp_files_left(tmp_path, src):
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    src("ok.c", "int main(void) { return 0; }\n")
    src("bad.c", "int main(void) { return 0 }\n")
    env = {"TMPDIR": str(tmp)}
    run_enzymec("ok.c", "-o", "ok", cwd=tmp_path, env=env, check=True)
    assert_clean_failure(run_enzymec("bad.c", cwd=tmp_path, env=env))
    assert_clean_failure(run_enzymec("-Wl,--no-such-linker-flag", "ok.c", cwd=tmp_path, env=env))
    assert os.listdir(tmp) == []
