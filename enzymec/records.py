"""Small record classes written out by hand, in place of `dataclasses.dataclass`.

Why: `@dataclass` writes each class's methods as source text and compiles it with `exec`
when the module is imported, and importing `dataclasses` imports `inspect` (and with it
`ast`, `dis`, `enum`, `tokenize`). For the 41 records an `enzymec -c` with autodiff imports
that was about 14 ms of CPU for the classes and 5 ms for the modules, at every start
(benchmarks/RESULTS.md, compile time; issue 11 item 5). A class here writes its own
`__init__` (fast to call, and byte-compiled once like the rest of the module) and names its
fields in `_fields`; the base gives what the dataclass gave:

- `Record`: `repr` as `Name(field=value, ...)`; equality and hash by identity (`eq=False`).
- `ValueRecord`: equal to a record of the same class with equal fields; unhashable, as a
  dataclass with `eq=True` that is not frozen.
- `FrozenRecord`: a `ValueRecord` that refuses assignment (dataclasses' own
  FrozenInstanceError) and hashes by its fields; its `__init__` sets fields with
  `init_field`.
- `FrozenIdentityRecord`: refuses assignment, equal and hashed by identity (`frozen=True,
  eq=False`).

`replaced(**changes)` is `dataclasses.replace`.
"""

from __future__ import annotations

init_field = object.__setattr__  # a frozen record's own __setattr__ refuses

_IN_REPR: set[int] = set()  # records being printed: a cycle prints as "..." (as reprlib)


class Record:
    """A record with identity equality; subclasses name their fields in `_fields`."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self._fields)

    def replaced(self, **changes):
        """A copy with `changes` (what dataclasses.replace made)."""
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return self.__class__(**values)

    def __repr__(self) -> str:
        key = id(self)
        if key in _IN_REPR:
            return "..."
        _IN_REPR.add(key)
        try:
            shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        finally:
            _IN_REPR.discard(key)
        return f"{type(self).__qualname__}({shown})"


class ValueRecord(Record):
    """Equal to a record of its own class with equal fields; not hashable."""

    __slots__ = ()

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]


def refuse_assignment(self, name, value):
    """A frozen record's __setattr__ (dataclasses' error, imported only on this path)."""
    from dataclasses import FrozenInstanceError
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def refuse_deletion(self, name):
    """A frozen record's __delattr__."""
    from dataclasses import FrozenInstanceError
    raise FrozenInstanceError(f"cannot delete field {name!r}")


class FrozenRecord(ValueRecord):
    """An immutable ValueRecord, hashed by its fields."""

    __slots__ = ()
    __setattr__ = refuse_assignment
    __delattr__ = refuse_deletion

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self):  # pickle and copy build it anew: assignment is refused
        return (self.__class__, self._values())


class FrozenIdentityRecord(Record):
    """An immutable Record: equal only to itself."""

    __slots__ = ()
    __setattr__ = refuse_assignment
    __delattr__ = refuse_deletion
