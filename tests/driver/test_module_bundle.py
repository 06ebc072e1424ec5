"""enzymec's modules served from one cached file (enzymec/driver/module_bundle.py).

What must hold: once a compile has written the file, the next start serves every enzymec
module it imports after the launcher from it; a module whose source no longer has the
recorded size and time is imported from its source, never from the file, and the file is
written anew; a damaged file and an unwritable cache are no error and leave no file; the
`enzymec` command builds the same object with and without the file, and with
ENZYMEC_MODULE_BUNDLE=0 writes none.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys

from drivertools import REPO

from enzymec.driver import module_bundle

# served: the enzymec modules the file's loader ran; usual: the others; the driver's
# modules, the AD's and the IR parser's are imported as a compile imports them
PROBE = """
from enzymec.driver import module_bundle as b
b.install()
import enzymec.driver.cli, enzymec.ad.api, enzymec.ir.parser
b.save()
import sys
mods = [m for n, m in list(sys.modules.items()) if n.startswith('enzymec.')]
served = [m for m in mods if isinstance(m.__spec__.loader, b._Bundle)]
print(len(served), len(mods) - len(served), getattr(enzymec.ir.parser, 'MARK', ''))
"""


def _env(tmp_path, **extra) -> dict:
    return {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPATH": str(REPO),
            "PATH": os.environ["PATH"], "HOME": str(tmp_path), **extra}


def _probe(tmp_path, **extra) -> tuple[int, int, str]:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         env=_env(tmp_path, **extra), check=True).stdout.split()
    return int(out[0]), int(out[1]), out[2] if len(out) > 2 else ""


def _framed(index: bytes) -> bytes:
    """`index` as the file's index (module_bundle.pack's layout), no code after it."""
    return len(index).to_bytes(8, "little") + index


def _bundle_file(tmp_path):
    found = list((tmp_path / "cache" / "enzymec").glob("modules-*.bundle"))
    assert len(found) <= 1
    return found[0] if found else None


def test_a_warm_start_serves_the_modules_from_the_file(tmp_path):
    served, usual, _ = _probe(tmp_path)
    assert served == 0 and usual > 100 and _bundle_file(tmp_path) is not None
    served, usual, _ = _probe(tmp_path)
    # left to the usual import: those the launcher itself imports before installing
    assert served > 100 and usual <= 4, (served, usual)


def test_a_changed_source_is_imported_from_the_source(tmp_path):
    _probe(tmp_path)
    path = _bundle_file(tmp_path)
    entries = module_bundle.unpack(memoryview(path.read_bytes()))
    is_package, source, size, mtime, _ = entries["enzymec.ir.parser"]
    stale = compile("MARK = 'stale code ran'", source, "exec")
    entries["enzymec.ir.parser"] = (is_package, source, size, mtime - 1, marshal.dumps(stale))
    path.write_bytes(module_bundle.pack(entries))
    served, usual, mark = _probe(tmp_path)
    assert mark == "" and usual >= 1  # the parser came from its source, not the file
    entry = module_bundle.unpack(memoryview(path.read_bytes()))["enzymec.ir.parser"]
    assert entry[3] == mtime and bytes(entry[4]) != marshal.dumps(stale)  # written anew
    assert _probe(tmp_path)[2] == ""


def test_a_damaged_file_is_no_entry(tmp_path):
    # empty, no index, an index of another kind, a length past the end, code past the end
    out_of_range = marshal.dumps({"enzymec.x": (False, "x.py", 1, 2, 0, 99)})
    for content in (b"", b"garbage", _framed(marshal.dumps([1, 2, 3])), b"\xff" * 8 + b"x" * 64,
                    _framed(out_of_range)):
        (tmp_path / "cache" / "enzymec").mkdir(parents=True, exist_ok=True)
        _probe(tmp_path)  # the name of the file for this Python and package
        path = _bundle_file(tmp_path)
        path.write_bytes(content)
        served, usual, _ = _probe(tmp_path)
        assert served == 0 and usual > 100
        assert len(module_bundle.unpack(memoryview(path.read_bytes()))) > 100  # written anew


def test_an_unwritable_cache_leaves_no_file(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory would be")
    env = {"XDG_CACHE_HOME": str(blocked)}
    assert _probe(tmp_path, **env)[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked"]


def test_the_command_builds_the_same_object_with_the_file_and_without(tmp_path):
    (tmp_path / "f.c").write_text(
        "#include <enzyme.h>\n"
        "double f(double x) { return x * x * x; }\n"
        "double df(double x) { return __builtin_autodiff(f, x); }\n")
    cmd = [sys.executable, "-m", "enzymec", "-O2", "-c", "f.c", "-o"]
    objects = []
    for n, extra in enumerate(({"ENZYMEC_MODULE_BUNDLE": "0"}, {}, {})):
        subprocess.run(cmd + [f"f{n}.o"], cwd=tmp_path, env=_env(tmp_path, **extra),
                       check=True, capture_output=True)
        objects.append((tmp_path / f"f{n}.o").read_bytes())
        if n == 0:
            assert _bundle_file(tmp_path) is None  # turned off: no file written
    assert _bundle_file(tmp_path) is not None
    assert objects[0] == objects[1] == objects[2]
