"""The on-disk build cache: one shared library per content hash, published atomically.

The key hashes everything that decides the library: the sources' bytes, the flags, the
generated wrapper and enzymec itself (its Python files and headers). Headers a source
includes are recorded after the build (clang's -MMD list, with their hashes) and checked on
every hit, so editing a header rebuilds. Files are written under a temporary name and
renamed into place: several processes building the same key at once each publish a
complete file, and a reader never sees half of one.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile

import enzymec

_PACKAGE = os.path.dirname(os.path.abspath(enzymec.__file__))


def cache_dir() -> str:
    """ENZYMEC_CACHE_DIR, else $XDG_CACHE_HOME/enzymec, else ~/.cache/enzymec."""
    root = os.environ.get("ENZYMEC_CACHE_DIR")
    if not root:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        root = os.path.join(base, "enzymec")
    os.makedirs(root, exist_ok=True)
    return root


def file_digest(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@functools.lru_cache(maxsize=1)
def compiler_fingerprint() -> str:
    """A hash of enzymec's own code and headers: a new enzymec never reuses old builds."""
    digest = hashlib.sha256(enzymec.__version__.encode())
    roots = [_PACKAGE, os.path.join(os.path.dirname(_PACKAGE), "include"),
             os.path.join(os.path.dirname(_PACKAGE), "runtime")]
    for root in roots:
        for folder, dirs, files in sorted(os.walk(root)):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".py", ".h", ".c")):
                    digest.update(name.encode() + file_digest(os.path.join(folder, name)).encode())
    return digest.hexdigest()


def build_key(parts: list[str]) -> str:
    digest = hashlib.sha256(compiler_fingerprint().encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little") + part.encode())
    return digest.hexdigest()[:32]


def publish(path: str, data: bytes) -> None:
    """Write `data` to `path` atomically (temporary file in the same directory, rename)."""
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def dependencies_fresh(manifest_path: str) -> dict | None:
    """The manifest of a cached build when every file it depends on is unchanged."""
    try:
        with open(manifest_path) as f:
            manifest = json.load(f)
        for path, digest in manifest["depends"].items():
            if file_digest(path) != digest:
                return None
    except (OSError, ValueError, KeyError):
        return None
    return manifest if os.path.exists(manifest["library"]) else None


def dependency_manifest(depfile_texts: list[str], library: str, extra: dict) -> bytes:
    """The JSON manifest of a build: its library, the hashes of what it read, `extra`."""
    paths = set()
    for text in depfile_texts:
        body = text.replace("\\\n", " ").split(":", 1)[-1]
        paths.update(p for p in body.split() if os.path.isfile(p))
    depends = {os.path.abspath(p): file_digest(p) for p in sorted(paths)}
    return json.dumps({"library": library, "depends": depends, **extra}).encode()
