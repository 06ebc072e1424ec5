"""The printer's memo of literal struct types' text (enzymec/ir/printer.py, source_type):
a split pair's record is the source type of one GEP per field, so its text is made once per
type object. The printed IR is what printing each type anew gives, and the memo's key (the
type object's id) cannot be reused by another type while the memo lives.

    . .venv/bin/activate && pytest tests/ir/test_printer_struct_text.py -q
"""

from __future__ import annotations

from enzymec.ir import parse_module, print_module
from enzymec.ir.printer import ModulePrinter
from enzymec.ir.types import ArrayType, StructType, I32, I64, DOUBLE

FIELDS = ", ".join(["double", "i32", "[2 x i64]", "ptr"] * 5)
SOURCE = f"""define double @f(ptr %r, ptr %s) {{
  %a = getelementptr {{ {FIELDS} }}, ptr %r, i32 0, i32 3
  %b = getelementptr {{ {FIELDS} }}, ptr %r, i32 0, i32 7
  %c = getelementptr <{{ i32, double }}>, ptr %s, i32 0, i32 1
  %d = getelementptr {{ {FIELDS} }}, ptr %s, i32 0, i32 0
  %x = load double, ptr %d
  ret double %x
}}
"""


def test_gep_source_types_print_as_written():
    module = parse_module(SOURCE, "s.ll")
    text = print_module(module)
    for line in SOURCE.splitlines()[1:5]:
        assert line in text
    assert print_module(parse_module(text, "s.ll")) == text


def test_a_new_type_never_takes_an_old_ones_text():
    """Types made and dropped one after another (CPython reuses a freed object's id): each
    prints as itself."""
    printer = ModulePrinter(None)
    for count in range(1, 40):
        ty = StructType(tuple([I32] * count + [ArrayType(count, DOUBLE)]))
        assert printer.source_type(ty) == str(ty)
        del ty
    assert printer.source_type(I64) == "i64"
    packed = StructType((I32, DOUBLE), packed=True)
    assert printer.source_type(packed) == "<{ i32, double }>"
