"""Locations in functions without a subprogram (enzymec/ir/debug_scopes.py): a body never
read that holds none (no `!dbg`, no debug record, loop nodes without DILocation operands,
as pre_ad_aside.py puts functions back) stays unparsed and unchanged; one that holds some
is read and loses them, its loop node replaced by a copy without the locations."""

from __future__ import annotations

import re

from enzymec.ir import parse_module, print_module
from enzymec.ir.debug_scopes import drop_foreign_locations

MODULE = """
define i32 @count(i32 %n) {
entry:
  br label %loop

loop:
  %i = phi i32 [ 0, %entry ], [ %j, %loop ]
  %j = add i32 %i, 1
  %c = icmp slt i32 %j, %n
  br i1 %c, label %loop, label %done, !llvm.loop !LOOP

done:
  ret i32 %j
}

!llvm.dbg.cu = !{!0}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "c.c", directory: "/tmp")
!5 = distinct !DISubprogram(name: "other", scope: !1, file: !1, line: 3, unit: !0)
!7 = !DILocation(line: 4, column: 12, scope: !5)
!10 = distinct !{!10, !12}
!11 = distinct !{!11, !7, !12}
!12 = !{!"llvm.loop.mustprogress"}
"""


def _dropped(loop: str):
    module = parse_module(MODULE.replace("!LOOP", loop), "c.ll", lazy_bodies=True)
    drop_foreign_locations(module)
    return module, module.get_function("count")


def test_a_body_without_locations_stays_unread_and_as_it_was():
    module, count = _dropped("!10")
    assert count.lazy_body is not None  # never parsed
    assert "!llvm.loop !10" in print_module(module)


def test_a_loop_node_with_a_location_is_replaced_by_a_copy_without():
    module, count = _dropped("!11")
    assert count.lazy_body is None  # read, to rewrite the loop node
    text = print_module(module)
    ref = re.search(r"!llvm\.loop (!\d+)", text)[1]
    assert ref != "!11"
    node = re.search(rf"^{ref} = (.*)$", text, re.M)[1]
    assert node == f"distinct !{{{ref}, !12}}"


def test_a_location_in_the_body_is_dropped():
    module = parse_module(MODULE.replace("!LOOP", "!10").replace(
        "%j = add i32 %i, 1", "%j = add i32 %i, 1, !dbg !7"), "c.ll", lazy_bodies=True)
    drop_foreign_locations(module)
    assert module.get_function("count").lazy_body is None
    assert "!dbg" not in print_module(module).split("!llvm.dbg.cu")[0]
