"""Sizes, alignments and field offsets of types under the x86-64 System V data layout.

Type analysis and memory shadows need byte offsets (what lies at offset 8 of a struct), and
the tape needs element sizes. Identified structs are looked up in the module's bodies.
"""

from __future__ import annotations

from .types import (ArrayType, FloatType, IntType, NamedStructType, PointerType, StructType,
                    Type, VectorType)

_FLOAT_SIZE_ALIGN = {"half": (2, 2), "bfloat": (2, 2), "float": (4, 4), "double": (8, 8),
                     "x86_fp80": (16, 16), "fp128": (16, 16), "ppc_fp128": (16, 16)}


def _int_size_align(bits: int) -> tuple[int, int]:
    size = max(1, (bits + 7) // 8)
    size = 1 << (size - 1).bit_length()  # i24 is stored in 4 bytes, i128 in 16
    return size, min(size, 16)


class DataLayout:
    """Answers size and alignment questions for types of one module."""

    def __init__(self, struct_bodies: dict[str, StructType | None]):
        self.struct_bodies = struct_bodies

    def body(self, ty: NamedStructType) -> StructType:
        body = self.struct_bodies.get(ty.name)
        if body is None:
            raise ValueError(f"opaque struct %{ty.name} has no size")
        return body

    def size_align(self, ty: Type) -> tuple[int, int]:
        """(allocation size in bytes, ABI alignment) of `ty`."""
        if isinstance(ty, IntType):
            return _int_size_align(ty.bits)
        if isinstance(ty, FloatType):
            return _FLOAT_SIZE_ALIGN[ty.kind]
        if isinstance(ty, PointerType):
            return 8, 8
        if isinstance(ty, ArrayType):
            size, align = self.size_align(ty.element)
            return size * ty.count, align
        if isinstance(ty, VectorType):
            elem, _ = self.size_align(ty.element)
            size = 1 << max(0, (elem * ty.count - 1).bit_length())
            return size, size
        if isinstance(ty, NamedStructType):
            return self.size_align(self.body(ty))
        if isinstance(ty, StructType):
            offsets, size, align = self._struct_layout(ty)
            return size, align
        raise ValueError(f"type {ty} has no size")

    def size(self, ty: Type) -> int:
        return self.size_align(ty)[0]

    def _struct_layout(self, ty: StructType) -> tuple[list[int], int, int]:
        offsets, offset, max_align = [], 0, 1
        for field in ty.elements:
            size, align = self.size_align(field)
            if ty.packed:
                align = 1
            offset = (offset + align - 1) // align * align
            offsets.append(offset)
            offset += size
            max_align = max(max_align, align)
        size = (offset + max_align - 1) // max_align * max_align
        return offsets, size, max_align

    def field_offsets(self, ty: StructType | NamedStructType) -> list[int]:
        if isinstance(ty, NamedStructType):
            ty = self.body(ty)
        return self._struct_layout(ty)[0]
