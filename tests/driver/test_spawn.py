"""Child processes without the subprocess module (enzymec/driver/spawn.py): the status and
standard error come back as `subprocess.run` gives them (an exit code, minus the signal
that ended the child), standard output is the caller's or /dev/null, the child finds its
program on PATH, gets SIGPIPE and SIGXFSZ at their default action (Python ignores SIGPIPE
for itself) and no descriptor of this process but 0, 1 and 2; a program that is not there
raises OSError; and a compile imports no `subprocess`, `signal` or `threading`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from enzymec.driver import spawn

PY = sys.executable


def test_status_and_standard_error():
    status, said = spawn.run([PY, "-c", "import sys; sys.stderr.write('no\\n'); sys.exit(3)"])
    assert (status, said) == (3, b"no\n")
    assert spawn.run([PY, "-c", "pass"]) == (0, b"")


def test_standard_output_is_the_callers_or_nothing(capfd):
    code = "import sys; sys.stdout.write('out'); sys.stdout.flush(); sys.stderr.write('err')"
    assert spawn.run([PY, "-c", code]) == (0, b"err")
    assert capfd.readouterr().out == "out"
    assert spawn.run([PY, "-c", code], quiet=True) == (0, b"err")
    assert capfd.readouterr().out == ""


def test_a_signal_is_minus_its_number():
    status, _ = spawn.run([PY, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"])
    assert status == -15


def test_program_on_path_with_default_signals_and_no_extra_descriptors():
    status, said = spawn.run(["sh", "-c", "grep SigIgn /proc/self/status >&2; ls /proc/self/fd >&2"])
    assert status == 0
    lines = said.decode().split()
    ignored = int(lines[1], 16)
    assert not ignored & (1 << (13 - 1)) and not ignored & (1 << (25 - 1))  # SIGPIPE, SIGXFSZ
    assert set(lines[2:]) <= {"0", "1", "2", "3"}  # 3: the directory ls reads


def test_a_missing_program_raises():
    with pytest.raises(OSError):
        spawn.run(["enzymec-no-such-program-here"])


def test_a_compile_imports_no_subprocess(tmp_path):
    source = tmp_path / "f.c"
    source.write_text("#include <enzyme.h>\n"
                      "double f(double x) { return x * x; }\n"
                      "double df(double x) { return __enzyme_autodiff((void *)f, x); }\n")
    check = ("import sys\n"
             "sys.argv = ['enzymec', '-O2', '-c', sys.argv[1], '-o', sys.argv[2]]\n"
             "from enzymec.driver import cli\n"
             "code = cli.main()\n"
             "print(code, sorted(m for m in ('subprocess', 'signal', 'threading')"
             " if m in sys.modules))\n")
    out = subprocess.run([PY, "-c", check, str(source), str(tmp_path / "f.o")],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "0 []"
    assert (tmp_path / "f.o").exists()
