"""enzymec.ir.types' classes behave as the frozen slotted dataclasses they replace (their
methods are written out, not generated at import: benchmarks/RESULTS.md, compile time).

Each class is compared with a dataclass of the same name and fields on the same values:
equality, hash (so sets of types iterate in the same order), repr, refusal of assignment,
copies and pickles.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from enzymec.ir import types as T

SAMPLES = [
    T.VoidType(), T.LabelType(), T.MetadataType(), T.TokenType(), T.IntType(1), T.IntType(64),
    T.FloatType("double"), T.FloatType("float"), T.PointerType(), T.PointerType(3),
    T.ArrayType(4, T.DOUBLE), T.VectorType(8, T.FLOAT), T.VectorType(2, T.I64, True),
    T.StructType((T.I32, T.DOUBLE)), T.StructType((), True), T.NamedStructType("struct.S"),
    T.TargetExtType('target("spirv.Image")'), T.FunctionType(T.VOID, (T.PTR, T.I64), True),
]


def _reference(value):
    """A frozen slotted dataclass like value's class, holding the same field values."""
    cls = type(value)
    made = dataclasses.make_dataclass(cls.__qualname__, list(cls._fields), frozen=True,
                                      slots=True)
    return made(*value._values())


@pytest.mark.parametrize("value", SAMPLES, ids=str)
def test_each_type_is_the_dataclass_it_was(value):
    ref = _reference(value)
    again = type(value)(*value._values())
    assert again == value and again is not value and hash(again) == hash(value) == hash(ref)
    assert repr(value) == repr(ref).replace(repr(ref).split("(")[0], type(value).__qualname__)
    assert [getattr(value, f) for f in value._fields] == [getattr(ref, f) for f in value._fields]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, (value._fields or ("x",))[0], 1)
    assert copy.copy(value) == value and copy.deepcopy(value) == value
    assert pickle.loads(pickle.dumps(value)) == value


def test_types_of_other_classes_or_fields_differ():
    distinct = set(SAMPLES)
    assert len(distinct) == len(SAMPLES)
    assert T.IntType(64) != T.FloatType("double") and T.I64 != 64
    assert T.ArrayType(4, T.DOUBLE) != T.ArrayType(4, T.FLOAT) != T.ArrayType(3, T.FLOAT)
    assert T.VectorType(2, T.I64) != T.VectorType(2, T.I64, True)
