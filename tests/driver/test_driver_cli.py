"""The cc-compatible behaviour of the enzymec command line: outputs, flags, exit codes."""

from __future__ import annotations

import ctypes
import subprocess

import llvmlite.binding as llvm

from drivertools import run_enzymec


def test_hello_matches_cc(shared):
    ours = subprocess.run([str(shared / "hello")], capture_output=True, text=True)
    theirs = subprocess.run([str(shared / "hello_cc")], capture_output=True, text=True)
    assert ours.returncode == theirs.returncode == 0
    assert ours.stdout == theirs.stdout == "hello, 42\n"


def test_default_output_is_a_out(tmp_path, src):
    src("m.c", "int main(void) { return 3; }\n")
    run_enzymec("m.c", cwd=tmp_path, check=True)
    assert subprocess.run([str(tmp_path / "a.out")]).returncode == 3


def test_compile_then_link_two_objects(tmp_path, src):
    src("a.c", "int twice(int x) { return 2 * x; }\n")
    src("b.c", "int twice(int);\nint main(void) { return twice(21) == 42 ? 0 : 1; }\n")
    run_enzymec("-c", "a.c", "b.c", cwd=tmp_path, check=True)
    assert (tmp_path / "a.o").exists() and (tmp_path / "b.o").exists()
    run_enzymec("a.o", "b.o", "-o", "prog", cwd=tmp_path, check=True)
    assert subprocess.run([str(tmp_path / "prog")]).returncode == 0


def test_output_names_follow_cc(tmp_path, src):
    src("n.c", "int f(void) { return 1; }\n")
    run_enzymec("-S", "n.c", cwd=tmp_path, check=True)
    run_enzymec("-S", "-emit-llvm", "n.c", cwd=tmp_path, check=True)
    run_enzymec("-c", "-emit-llvm", "n.c", cwd=tmp_path, check=True)
    assert "f:" in (tmp_path / "n.s").read_text()
    assert (tmp_path / "n.bc").read_bytes()[:2] == b"BC"
    llvm.parse_assembly((tmp_path / "n.ll").read_text()).verify()


def test_ll_and_bc_inputs(tmp_path, src):
    src("k.c", "int main(void) { return 5; }\n")
    run_enzymec("-S", "-emit-llvm", "-O2", "k.c", cwd=tmp_path, check=True)
    run_enzymec("-c", "-emit-llvm", "k.c", cwd=tmp_path, check=True)
    run_enzymec("k.ll", "-o", "from_ll", cwd=tmp_path, check=True)
    run_enzymec("k.bc", "-o", "from_bc", cwd=tmp_path, check=True)
    assert subprocess.run([str(tmp_path / "from_ll")]).returncode == 5
    assert subprocess.run([str(tmp_path / "from_bc")]).returncode == 5


def test_shared_library_loads(tmp_path, src):
    src("lib.c", "double cube(double x) { return x * x * x; }\n")
    run_enzymec("-shared", "-fPIC", "-O2", "lib.c", "-o", "libcube.so", cwd=tmp_path, check=True)
    lib = ctypes.CDLL(str(tmp_path / "libcube.so"))
    lib.cube.restype, lib.cube.argtypes = ctypes.c_double, [ctypes.c_double]
    assert lib.cube(3.0) == 27.0


def test_preprocess_with_defines_and_includes(tmp_path, src):
    (tmp_path / "inc").mkdir()
    src("inc/val.h", "#define BASE 40\n")
    src("p.c", '#include "val.h"\nint value = BASE + EXTRA;\n')
    proc = run_enzymec("-E", "-Iinc", "-D", "EXTRA=2", "p.c", cwd=tmp_path, check=True)
    assert "int value = 40 + 2;" in proc.stdout


def test_defines_reach_compiled_code(tmp_path, src):
    src("d.c", "int main(void) { return CODE; }\n")
    run_enzymec("-DCODE=9", "d.c", "-o", "d", cwd=tmp_path, check=True)
    assert subprocess.run([str(tmp_path / "d")]).returncode == 9


def test_ndebug_not_defined_by_default(tmp_path, src):
    src("a.c", "#include <assert.h>\nint main(void) { assert(0); return 0; }\n")
    run_enzymec("-O2", "a.c", "-o", "a", cwd=tmp_path, check=True)
    assert subprocess.run([str(tmp_path / "a")], capture_output=True).returncode != 0


def test_optimization_levels(tmp_path, src):
    src("o.c", """
        #include <stdio.h>
        double sum(int n) { double s = 0; for (int i = 0; i < n; i++) s += i * 0.5; return s; }
        int main(void) { printf("%g\\n", sum(100)); return 0; }
    """)
    for level in ("-O0", "-O1", "-O2", "-O3", "-Os", "-Oz", "-O"):
        run_enzymec(level, "o.c", "-o", "o", cwd=tmp_path, check=True)
        out = subprocess.run([str(tmp_path / "o")], capture_output=True, text=True).stdout
        assert out == "2475\n", level


def test_libm_link(tmp_path, src):
    src("m.c", """
        #include <math.h>
        #include <stdio.h>
        int main(int argc, char **argv) { (void)argv; printf("%.3f\\n", sin(argc * 0.5)); return 0; }
    """)
    run_enzymec("-O2", "m.c", "-o", "m", "-lm", cwd=tmp_path, check=True)
    out = subprocess.run([str(tmp_path / "m")], capture_output=True, text=True).stdout
    assert out == "0.479\n"


def test_cxx_vector_links_with_libstdcxx(tmp_path, src):
    src("v.cpp", """
        #include <vector>
        #include <cstdio>
        int main() {
            std::vector<double> v;
            for (int i = 0; i < 10; i++) v.push_back(i * 0.5);
            double t = 0;
            for (double x : v) t += x;
            std::printf("%g\\n", t);
        }
    """)
    run_enzymec("-O2", "v.cpp", "-o", "v", cwd=tmp_path, check=True)
    out = subprocess.run([str(tmp_path / "v")], capture_output=True, text=True).stdout
    assert out == "22.5\n"


def test_stdin_input(tmp_path):
    run_enzymec("-x", "c", "-", "-o", "s", cwd=tmp_path, check=True,
                input="int main(void) { return 4; }\n")
    assert subprocess.run([str(tmp_path / "s")]).returncode == 4


def test_dependency_file(tmp_path, src):
    src("h.h", "#define X 1\n")
    src("u.c", '#include "h.h"\nint x = X;\n')
    run_enzymec("-c", "-MD", "-MP", "u.c", "-o", "u.o", cwd=tmp_path, check=True)
    deps = (tmp_path / "u.d").read_text()
    assert deps.startswith("u.o: u.c") and "h.h" in deps


def test_no_debug_info_unless_asked(tmp_path, src):
    src("g.c", "int main(void) { return 0; }\n")
    run_enzymec("-c", "g.c", cwd=tmp_path, check=True)
    plain = subprocess.run(["objdump", "-h", "g.o"], cwd=tmp_path, capture_output=True, text=True)
    run_enzymec("-c", "-g", "g.c", "-o", "gd.o", cwd=tmp_path, check=True)
    debug = subprocess.run(["objdump", "-h", "gd.o"], cwd=tmp_path, capture_output=True, text=True)
    assert ".debug_info" not in plain.stdout
    assert ".debug_info" in debug.stdout


def test_dump_ir_stages(tmp_path, src):
    src("z.c", "int main(void) { return 0; }\n")
    proc = run_enzymec("--enzymec-dump-ir=all", "-c", "z.c", cwd=tmp_path, check=True)
    for stage in ("frontend", "pre-ad", "ad", "opt"):
        assert f"IR after {stage}" in proc.stderr
    run_enzymec("--enzymec-dump-ir=opt", "--enzymec-dump-dir=dumps", "-c", "z.c",
                cwd=tmp_path, check=True)
    assert (tmp_path / "dumps" / "z.c.opt.ll").exists()


def test_help_and_version(tmp_path):
    helped = run_enzymec("--help", cwd=tmp_path, check=True)
    assert "enzymec" in helped.stdout and "--enzymec-dump-ir" in helped.stdout
    version = run_enzymec("--version", cwd=tmp_path, check=True)
    assert "enzymec version" in version.stdout and "clang version 22" in version.stdout


def test_the_command_ends_with_its_whole_output_written(tmp_path):
    """The command ends with os._exit (cli.finish), skipping Python's exit, which would
    flush the buffered standard output: every byte of the help must still arrive through
    a pipe (block-buffered: PYTHONUNBUFFERED, which the machines set, is emptied), and
    stderr too."""
    from enzymec.driver import cli, toolchain
    helped = run_enzymec("--help", cwd=tmp_path, check=True, env={"PYTHONUNBUFFERED": ""})
    assert helped.stdout == cli.HELP.format(major=toolchain.required_major()) + "\n"
    failed = run_enzymec("-c", "missing.c", cwd=tmp_path, env={"PYTHONUNBUFFERED": ""})
    assert failed.returncode == 1 and "missing.c" in failed.stderr, failed


def test_closed_output_pipe_is_quiet(tmp_path):
    """`enzymec --help | true`: the reader is gone before enzymec writes; like a C tool
    killed by SIGPIPE, exit 141 without a word (it was an 'internal compiler error')."""
    proc = subprocess.run("enzymec --help | true; echo $(( PIPESTATUS[0] ))", shell=True,
                          executable="/bin/bash", cwd=tmp_path, capture_output=True, text=True)
    assert proc.stdout.strip() == "141"
    assert proc.stderr == ""
