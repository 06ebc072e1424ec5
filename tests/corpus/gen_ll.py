#!/usr/bin/env python3
"""Regenerate the checked-in LLVM IR corpus tests/corpus/ll/<name>.O0.ll and <name>.O2.ll.

Every C/C++ program in tests/corpus/ is compiled by clang 22 (the ziglang wheel) with exactly the
frontend flags the enzymec driver uses, so the .ll files are the IR our parser/printer must
round-trip:

    python -m ziglang cc -O<N> -Xclang -disable-llvm-optzns -fno-sanitize=undefined \
        -march=x86_64 -gline-tables-only -S -emit-llvm          (+ -Xclang -disable-O0-optnone at -O0)

(`-march=x86_64`: zig cc parses -march itself and reads "x86-64" as CPU "x86" minus feature "64".)
C++ goes through `python -m ziglang c++` against the system libstdc++ headers (the library the link
uses), passed as -I after -nostdinc++ because zig lists its C header dirs as -isystem first.

Usage:  python tests/corpus/gen_ll.py [--check] [name ...]
  --check   regenerate into a temp dir and fail if any checked-in file differs (stale corpus).
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LL_DIR = HERE / "ll"
LEVELS = ("0", "2")
BASE_FLAGS = ["-Xclang", "-disable-llvm-optzns", "-fno-sanitize=undefined", "-march=x86_64",
              "-gline-tables-only", "-S", "-emit-llvm", "-w"]


def sources():
    """All corpus programs, sorted for a deterministic order."""
    return sorted(list(HERE.glob("*.c")) + list(HERE.glob("*.cpp")))


def libstdcxx_include_dirs():
    """The system C++ driver's libstdc++ include dirs, in its search order."""
    proc = subprocess.run(["c++", "-xc++", "-E", "-v", os.devnull], capture_output=True, text=True)
    dirs, inside = [], False
    for line in proc.stderr.splitlines():
        if line.startswith("#include <...>"):
            inside = True
        elif line.startswith("End of search list"):
            break
        elif inside and "/c++/" in line + "/" and "/gcc/" not in line:
            dirs.append(line.strip())
    return dirs


def frontend_cmd(src, level, out, cxx_dirs):
    """The clang command line for one program at one optimization level."""
    cxx = src.suffix == ".cpp"
    cmd = [sys.executable, "-m", "ziglang", "c++" if cxx else "cc", f"-O{level}", *BASE_FLAGS]
    if level == "0":
        cmd += ["-Xclang", "-disable-O0-optnone"]
    if cxx:
        cmd += ["-nostdinc++"] + [f"-I{d}" for d in cxx_dirs]
    return cmd + [str(src), "-o", str(out)]


def normalize(text, src):
    """Make the output independent of the checkout location and host kernel/glibc versions."""
    text = text.replace(str(src.parent) + "/", "").replace(str(src.parent), ".")
    # zig's triple carries the build host's OS and glibc versions; pin a generic one.
    return re.sub(r'target triple = "x86_64-unknown-linux[^"]*"', 'target triple = "x86_64-unknown-linux-gnu"', text)


def generate(src, level, out_dir, cxx_dirs):
    """Compile one program at one level into out_dir; returns (path, error or None)."""
    out = out_dir / f"{src.stem}.O{level}.ll"
    proc = subprocess.run(frontend_cmd(src, level, out, cxx_dirs), capture_output=True, text=True,
                          cwd=src.parent)
    if proc.returncode != 0:
        return out, proc.stderr
    out.write_text(normalize(out.read_text(), src))
    return out, None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)
    srcs = [s for s in sources() if not args.names or s.stem in args.names]
    cxx_dirs = libstdcxx_include_dirs()
    if args.check:  # compare fresh output (in a temp dir removed afterwards) with the checked-in files
        with tempfile.TemporaryDirectory(prefix="enzymec-ll-") as tmp:
            return run_all(srcs, Path(tmp), cxx_dirs, check=True)
    LL_DIR.mkdir(exist_ok=True)
    return run_all(srcs, LL_DIR, cxx_dirs, check=False)


def run_all(srcs, out_dir, cxx_dirs, check):
    """Generate every (program, level) into out_dir in parallel; 1 if anything failed/was stale."""
    jobs = [(s, lvl) for s in srcs for lvl in LEVELS]
    failed, stale = 0, 0
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        for out, err in ex.map(lambda j: generate(j[0], j[1], out_dir, cxx_dirs), jobs):
            if err:
                failed += 1
                print(f"FAILED {out.name}:\n{err}", file=sys.stderr)
            elif check and (not (LL_DIR / out.name).exists()
                           or (LL_DIR / out.name).read_text() != out.read_text()):
                stale += 1
                print(f"STALE {out.name}", file=sys.stderr)
    print(f"{len(jobs) - failed} of {len(jobs)} .ll files generated in {out_dir}"
          + (f", {stale} stale" if check else ""))
    return 1 if failed or stale else 0


if __name__ == "__main__":
    sys.exit(main())
