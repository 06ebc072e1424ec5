"""SHA-256 hex digests (cache keys, unique names) without importing `hashlib`.

Why: `hashlib` loads OpenSSL's libcrypto (`_hashlib`) at import, about 2 ms of every
compile's start-up, where enzymec only hashes a few short keys. CPython's own SHA-256
(`_sha2` from 3.12, `_sha256` before) gives the same digest at a fraction of the cost;
`hashlib` remains the fallback where neither exists.
"""

from __future__ import annotations

try:
    from _sha2 import sha256 as _sha256  # CPython >= 3.12
except ImportError:
    try:
        from _sha256 import sha256 as _sha256  # CPython 3.11
    except ImportError:  # another interpreter
        from hashlib import sha256 as _sha256


def sha256_hex(data: str | bytes, length: int = 64) -> str:
    """The first `length` hex digits of the SHA-256 digest of `data` (text as UTF-8)."""
    return _sha256(data.encode() if isinstance(data, str) else data).hexdigest()[:length]


def sha256_parts(parts) -> str:
    """The SHA-256 hex digest of the byte strings `parts`, fed in turn."""
    digest = _sha256()
    for part in parts:
        digest.update(part)
    return digest.hexdigest()
