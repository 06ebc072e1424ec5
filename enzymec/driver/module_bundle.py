"""enzymec's own modules served from one file in the cache directory (issue 11 item 5).

Why: a compile imports about 210 of enzymec's modules, and for each Python's path finder
looks through the package's directory listing, stats candidates, opens the module's
bytecode file, reads it and checks its header. One file holding the code of every module,
read once, serves them instead: on benchmarks/c/logsumexp/timed.c the driver's process
went from 437M to 415M instructions (cachegrind).

How: `install` puts a finder first on `sys.meta_path` for the names the file holds; it
serves a module only while its source has the size and modification time the file recorded
(one stat per module, the check Python makes of a .pyc), and leaves every other module to
the usual import. `save`, called when the compile is done, writes the file anew if some
module came the usual way (a new module, an edited source, a first run): the code of every
enzymec module loaded or still current, from its bytecode file when that matches its
source, else compiled. The file's name holds the Python's version and the package's
directory (two installations never share one); it is written atomically, so parallel
compiles (`make -j`) at worst write it twice. Anything unexpected (no such file, a damaged
one, an unwritable cache) leaves the usual import in charge. ENZYMEC_MODULE_BUNDLE=0 turns
it off.

The file is mapped, not read (`pack` and `unpack` give its layout: an index, then each
module's marshalled code): reading it copied its 2.5 MB into fresh memory twice (the
buffer, then one bytes object per module), page by page faulted in, each fault a few
microseconds on a virtual machine; a mapping shares the page cache's pages, faulted in 16
at a time, and each module's code is unmarshalled straight from its slice. The driver's
process on benchmarks/c/logsumexp/timed.c: 4228 -> 3508 page faults (perf stat); its
imports alone: 93 -> 88 ms of CPU (perf stat, 20 runs each).
"""

from __future__ import annotations

import marshal
import os
import sys

from enzymec.digest import sha256_hex
from enzymec.driver.cache_file import cache_path, store_bytes

try:
    from _frozen_importlib import ModuleSpec as _ModuleSpec  # loaded in every process
except ImportError:
    from importlib.machinery import ModuleSpec as _ModuleSpec

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # .../enzymec
_PREFIX = "enzymec."


class _Bundle:
    """The file's entries (name -> (is_package, source, size, mtime_ns, code)), what was
    served from them, and whether anything came the usual way."""

    def __init__(self, path: str, entries: dict):
        self.path = path
        self.entries = entries  # name -> (is_package, source, size, mtime_ns, code)
        self.stale = False

    # the finder (a meta path finder's two methods) and loader, all in one
    def find_spec(self, name, path=None, target=None):
        entry = self.entries.get(name)
        if entry is None or not _current(entry):
            self.stale = self.stale or name.startswith(_PREFIX)
            return None
        spec = _ModuleSpec(name, self, origin=entry[1], is_package=entry[0])
        spec.has_location = True
        # `__cached__`, the file the code came from: this one. Left unset, importlib would
        # derive a bytecode file's name from the source's for each module (cache_from_source,
        # a sixth of the import system's own time per module)
        spec.cached = self.path
        if entry[0]:
            spec.submodule_search_locations = [os.path.dirname(entry[1])]
        return spec

    def invalidate_caches(self) -> None:
        pass

    def create_module(self, spec):
        return None

    def exec_module(self, module) -> None:
        exec(marshal.loads(self.entries[module.__name__][4]), module.__dict__)


_active: _Bundle | None = None


def _path() -> str:
    version = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"
    return cache_path(f"modules-{version}-{sha256_hex(_PACKAGE, 16)}.bundle")


def install() -> None:
    """Serve enzymec's modules from the file, where it holds them (see the module doc)."""
    global _active
    if _active is not None or os.environ.get("ENZYMEC_MODULE_BUNDLE") == "0" or \
            sys.implementation.cache_tag is None:
        return
    path = _path()
    try:
        import mmap

        with open(path, "rb") as handle:  # the code slices keep the mapping open
            entries = unpack(memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)))
    except (ImportError, OSError, EOFError, ValueError, TypeError, IndexError):
        entries = {}
    _active = _Bundle(path, entries)
    sys.meta_path.insert(0, _active)


def pack(entries: dict) -> bytes:
    """The file's bytes for `entries` (name -> (is_package, source, size, mtime_ns, code)):
    the index's length (8 bytes, little-endian), the index (marshal: name -> (is_package,
    source, size, mtime_ns, start, end) of the code within the rest), then every code."""
    index, codes, at = {}, [], 0
    for name, (is_package, source, size, mtime, code) in entries.items():
        index[name] = (is_package, source, size, mtime, at, at + len(code))
        codes.append(code)
        at += len(code)
    head = marshal.dumps(index)
    return b"".join([len(head).to_bytes(8, "little"), head, *codes])


def unpack(data: memoryview) -> dict:
    """`pack`'s entries from its bytes, each code a slice of `data` (nothing copied);
    ValueError if they are not in that form."""
    length = int.from_bytes(data[:8], "little")
    index = marshal.loads(data[8:8 + length])
    if type(index) is not dict:
        raise ValueError("not a module bundle")
    base, end = 8 + length, len(data)
    entries = {}
    for name, (is_package, source, size, mtime, start, stop) in index.items():
        if not 0 <= start <= stop <= end - base:
            raise ValueError("not a module bundle")
        entries[name] = (is_package, source, size, mtime, data[base + start:base + stop])
    return entries


def save() -> None:
    """Write the file anew when some enzymec module was imported the usual way; never
    raises (a compile's result does not depend on it)."""
    bundle = _active
    if bundle is None or not bundle.stale:
        return
    try:
        entries = {name: entry for name, entry in bundle.entries.items() if _current(entry)}
        for name, module in list(sys.modules.items()):
            if (name == "enzymec" or name.startswith(_PREFIX)) and name not in entries:
                entry = _entry(module)
                if entry is not None:
                    entries[name] = entry
        data = pack(entries)
    except Exception:  # a module of an unexpected kind: no file, the usual import stays
        return
    store_bytes(bundle.path, data)


def _current(entry) -> bool:
    """Whether the entry's source still has the size and time recorded (Python's .pyc check)."""
    try:
        info = os.stat(entry[1])
    except OSError:
        return False
    return (info.st_size, info.st_mtime_ns) == entry[2:4]


def _entry(module) -> tuple | None:
    """(is_package, source, size, mtime_ns, code) of a module of this package that the
    usual import loaded from its source: the code its loader gives (from the bytecode file
    when that is current, else compiled), as that import made it."""
    spec = getattr(module, "__spec__", None)
    source = getattr(spec, "origin", None)
    if not source or not source.endswith(".py") or not hasattr(spec.loader, "get_code") or \
            not os.path.abspath(source).startswith(_PACKAGE + os.sep):
        return None
    info = os.stat(source)
    code = marshal.dumps(spec.loader.get_code(module.__name__))
    return (hasattr(module, "__path__"), source, info.st_size, info.st_mtime_ns, code)
