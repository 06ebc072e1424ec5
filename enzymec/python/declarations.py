"""The functions a C file exports, read from clang's AST (`-ast-dump=json`).

The AST, not the LLVM IR, is the source: with opaque pointers the IR says `ptr` where cffi
needs `const double *`, and clang's desugared types resolve typedefs (`size_t`, `real`).
Only functions with a body in the file itself are exported (not those of its headers), and
`static` and variadic ones are left out.
"""

from __future__ import annotations

import json
import os
import subprocess

from enzymec.driver.resources import include_dir
from enzymec.driver.toolchain import find_toolchain

from . import cache
from .signature import Param, Signature, classify

# zig cc adds its own `-c` and then fails to move the object -fsyntax-only never writes;
# the AST on standard output is complete all the same.
_ZIG_RENAME = "failed to rename"


_FRONTEND = ("-D", "-U", "-I", "-std=", "-isystem", "-include", "-iquote", "-f", "-m", "-W")
_WITH_OPERAND = ("-D", "-U", "-I", "-isystem", "-include", "-iquote")


def frontend_flags(flags: list[str]) -> list[str]:
    """The flags that shape the AST (macros, include paths, language); not the linker's."""
    kept, keep_next = [], False
    for flag in flags:
        if keep_next or (flag.startswith(_FRONTEND) and not flag.startswith("-Wl,")):
            kept.append(flag)
            keep_next = not keep_next and flag in _WITH_OPERAND
    return kept


def ast_command(path: str, flags: list[str]) -> list[str]:
    tc = find_toolchain()
    return [*tc.clang(path.endswith((".cc", ".cpp", ".cxx", ".C"))), "-isystem", include_dir(),
            *frontend_flags(flags), "-Xclang", "-ast-dump=json", "-fsyntax-only", path]


def read_ast(path: str, flags: list[str]) -> dict:
    """clang's AST of one file; a failure carries clang's output."""
    cmd = ast_command(path, flags)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    errors = [ln for ln in proc.stderr.splitlines() if "error:" in ln and _ZIG_RENAME not in ln]
    if (proc.returncode != 0 and errors) or not proc.stdout.startswith("{"):
        from .errors import BuildError
        raise BuildError(proc.stderr, cmd)
    return json.loads(proc.stdout)


def _type_spelling(node: dict) -> str:
    kind = node.get("type", {})
    return kind.get("desugaredQualType", kind.get("qualType", ""))


def _in_main_file(node: dict) -> bool:
    """Every location inside an #included file carries `includedFrom` in clang's JSON."""
    loc = node.get("loc", {})
    loc = loc.get("expansionLoc", loc)
    return bool(loc) and "includedFrom" not in loc


def _result_spelling(node: dict) -> str:
    """The result type: what precedes the parameter list in the function's type."""
    text = _type_spelling(node)
    return text[:text.index("(")].strip() if "(" in text else text


def signature(node: dict, path: str) -> Signature:
    params = [c for c in node.get("inner", []) if c.get("kind") == "ParmVarDecl"]
    return Signature(node["name"], classify(_result_spelling(node)),
                     tuple(Param(p.get("name") or f"arg{i}", classify(_type_spelling(p)))
                           for i, p in enumerate(params)), path)


def _top_level(ast: dict):
    """The translation unit's declarations, and those of its `extern "C"` blocks (C++:
    only functions with C linkage have the plain names cffi looks up)."""
    for node in ast.get("inner", []):
        if node.get("kind") == "LinkageSpecDecl" and node.get("language") == "C":
            yield from node.get("inner", [])
        elif node.get("kind") == "FunctionDecl" and node.get("mangledName", node.get("name")) \
                == node.get("name"):
            yield node


def exported_functions(path: str, flags: list[str]) -> list[Signature]:
    """The externally visible, defined, non-variadic functions of the file at `path`."""
    found: list[Signature] = []
    for node in _top_level(read_ast(path, flags)):
        if node.get("kind") != "FunctionDecl" or not _in_main_file(node):
            continue
        has_body = any(c.get("kind") == "CompoundStmt" for c in node.get("inner", []))
        if has_body and node.get("storageClass") != "static" and not node.get("variadic") \
                and not node.get("inline") and not node["name"].startswith("__enzyme"):
            found.append(signature(node, path))
    return found


def to_json(sigs: list[Signature]) -> list:
    return [[s.name, s.result.spelling, [[p.name, p.type.spelling] for p in s.params], s.file]
            for s in sigs]


def from_json(data: list) -> list[Signature]:
    return [Signature(name, classify(result), tuple(Param(n, classify(t)) for n, t in params), path)
            for name, result, params, path in data]


def cached_functions(path: str, flags: list[str], library: str) -> list[Signature]:
    """exported_functions, remembered next to the library built from the same inputs."""
    key = cache.build_key(["ast", library, path, cache.file_digest(path), "\0".join(flags)])
    memo = os.path.join(cache.cache_dir(), f"{key}.sig.json")
    try:
        with open(memo) as f:
            return from_json(json.load(f))
    except (OSError, ValueError):
        sigs = exported_functions(path, flags)
        cache.publish(memo, json.dumps(to_json(sigs)).encode())
        return sigs
