"""Diagnostics point at a column whenever one can be known: a function-level location
(DISubprogram has a line only) finds the function's name on that line of its source file,
and an instruction without a location of its own (or with line 0, LLVM's merged location)
borrows the nearest located one among its users, then the rest of its block."""

from __future__ import annotations

from enzymec.ad.context.locate import nearest_location
from enzymec.ir import parse_module
from enzymec.ir.debuginfo import DebugInfo

SOURCE = "#include <math.h>\n\nstatic double  scaled_sum(double *p, int n) {\n  return 0;\n}\n"

MODULE = """
define double @scaled_sum(ptr %p, double %a) !dbg !5 {{
entry:
  %q = getelementptr double, ptr %p, i64 1
  %s = select i1 true, ptr %p, ptr %q, !dbg !9
  %v = load double, ptr %s, align 8, !dbg !8
  %w = fmul double %v, %a, !dbg !7
  ret double %w
}}

!llvm.dbg.cu = !{{!0}}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "{name}", directory: "{directory}")
!5 = distinct !DISubprogram(name: "scaled_sum", scope: !1, file: !1, line: 3, unit: !0)
!7 = !DILocation(line: 4, column: 12, scope: !5)
!8 = !DILocation(line: 4, column: 10, scope: !5)
!9 = !DILocation(line: 0, scope: !5)
"""


def _module(tmp_path):
    source = tmp_path / "sum.c"
    source.write_text(SOURCE)
    module = parse_module(MODULE.format(name="sum.c", directory=tmp_path), "sum.ll")
    return module, module.get_function("scaled_sum")


def test_function_location_has_the_column_of_the_name(tmp_path):
    module, function = _module(tmp_path)
    where = DebugInfo(module).function_location(function)
    assert (where.file, where.line, where.column) == ("sum.c", 3, 16)


def test_function_location_without_its_source_has_no_column(tmp_path):
    module, function = _module(tmp_path)
    (tmp_path / "sum.c").unlink()
    where = DebugInfo(module).function_location(function)
    assert (where.line, where.column) == (3, 0)


def test_an_unlocated_instruction_borrows_its_users_location(tmp_path):
    module, function = _module(tmp_path)
    debug = DebugInfo(module)
    gep, select, load = list(function.instructions())[:3]
    assert debug.location(gep) is None
    where = nearest_location(gep, debug.location)  # gep -> select (line 0, skipped) -> load
    assert (where.line, where.column) == (4, 10)
    assert nearest_location(select, debug.location).column == 10
