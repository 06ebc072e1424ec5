"""enzymec/records.py: the hand-written records behave as the dataclasses they replace, and
a compile with autodiff imports neither `dataclasses` nor the other modules its start no
longer needs (benchmarks/RESULTS.md, compile time; issue 11 item 5).

Each record class of the compile's modules is compared with a dataclass made from its
`_fields` with the same flags (eq, frozen), on the same values: construction by position
and keyword, equality, hash, repr, refusal of assignment, `replaced` (dataclasses.replace),
copies and pickles.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
import subprocess
import sys

import pytest

from drivertools import REPO
import enzymec.ad.api  # noqa: F401  (the modules an autodiff compile imports)
import enzymec.ad.alias_version  # noqa: F401  (reverse mode's, imported when first asked)
import enzymec.ad.entry.annotations  # noqa: F401
import enzymec.ad.entry.registrations  # noqa: F401
import enzymec.ad.passes.library_bodies  # noqa: F401
import enzymec.ad.vector.vector_forward  # noqa: F401  (forward mode's, likewise)
import enzymec.ad.vector.vector_reverse  # noqa: F401
import enzymec.driver.cli  # noqa: F401
from enzymec.records import FrozenIdentityRecord, FrozenRecord, Record, ValueRecord


def _all(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _all(sub)


BASES = {Record, ValueRecord, FrozenRecord, FrozenIdentityRecord}
RECORDS = sorted((c for c in _all(Record) if c not in BASES and c._fields),
                 key=lambda c: f"{c.__module__}.{c.__qualname__}")
FLAGS = {Record: (False, False), ValueRecord: (True, False), FrozenRecord: (True, True),
         FrozenIdentityRecord: (False, True)}


def _flags(cls):
    base = next(b for b in cls.__mro__ if b in BASES)
    return FLAGS[base]


def _reference(cls):
    eq, frozen = _flags(cls)
    return dataclasses.make_dataclass(cls.__qualname__, list(cls._fields), eq=eq,
                                      frozen=frozen)


def test_the_compile_modules_records_are_found():
    assert len(RECORDS) >= 41


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__qualname__)
def test_fields_are_the_constructors_parameters_in_order(cls):
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    assert tuple(params) == cls._fields


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__qualname__)
def test_each_record_is_the_dataclass_it_was(cls):
    values = list(range(len(cls._fields)))
    ref_cls = _reference(cls)
    value, ref = cls(*values), ref_cls(*values)
    by_name = cls(**dict(zip(cls._fields, values)))
    other = cls(*values[:-1], -1)
    eq, frozen = _flags(cls)
    assert [getattr(value, f) for f in cls._fields] == values
    assert (value == by_name) == (ref == ref_cls(*values)) == eq
    assert value != other and value == value
    if type(value).__repr__ in (Record.__repr__,):
        assert repr(value) == repr(ref)
    if eq and frozen:
        assert hash(value) == hash(ref) == hash(by_name)
    elif eq:
        with pytest.raises(TypeError):
            hash(value)
    else:
        assert hash(value) == object.__hash__(value)
    if frozen:
        for attempt in (lambda: setattr(value, cls._fields[0], 5),
                        lambda: delattr(value, cls._fields[0])):
            with pytest.raises(dataclasses.FrozenInstanceError):
                attempt()
    changed = value.replaced(**{cls._fields[-1]: "new"})
    assert [getattr(changed, f) for f in cls._fields] == \
        [getattr(dataclasses.replace(ref, **{cls._fields[-1]: "new"}), f) for f in cls._fields]
    for again in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert [getattr(again, f) for f in cls._fields] == values
        assert (again == value) == eq


def test_a_cycle_prints_as_an_ellipsis():
    from enzymec.analysis.loops import Loop
    outer = Loop(None, [], [])
    outer.children.append(Loop(None, [], [], parent=outer))
    assert "parent=..." in repr(outer)


def test_an_autodiff_compile_does_not_import_what_its_start_no_longer_needs(tmp_path):
    """dataclasses (and inspect with it), typing, traceback and platform: 20 ms of CPU at
    every start together (records.py says which). clang runs the pre-AD pipeline and the
    codegen, as it does from 300 lines of IR on (a small module would load llvmlite, which
    imports typing and platform itself)."""
    code = ("import sys; from enzymec.driver import cli; "
            "status = cli.main(['-O2', '--enzymec-pre-ad=clang', '--enzymec-codegen=clang', "
            f"'-c', {str(REPO / 'examples' / 'square.c')!r}, "
            f"'-o', {str(tmp_path / 'square.o')!r}]); "
            "print(status, sorted(m for m in ('dataclasses', 'inspect', 'typing', 'traceback', "
            "'platform') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=tmp_path)
    assert done.stdout.strip() == "0 []", done.stderr
    assert (tmp_path / "square.o").exists()
