"""Recursive-descent parsing of the pieces every production shares: types, constants and
(typed) value references. `parser.py` builds instructions, functions and modules on top.

Grammar names follow the LLVM Language Reference; `parse_optional_x` returns None when x is
absent. Values are resolved through two symbol tables: module globals (created up front by a
pre-scan, so forward references need no placeholders) and the current function's locals
(forward references become `Placeholder`s that the function parser resolves at its end).
"""

from __future__ import annotations

import struct

from enzymec.diagnostics import CompileError

from .lexer import Token, location_of, unquote
from .types import (FLOAT_BITS, LABEL, METADATA, TOKEN, VOID, ArrayType, FloatType,
                    FunctionType, IntType, NamedStructType, PointerType, StructType,
                    TargetExtType, Type, VectorType)
from .values import (ConstantAggregate, ConstantExpr, ConstantFloat, ConstantInt,
                     ConstantSplat, ConstantString, InlineAsm, MetadataValue, Placeholder,
                     RawConstant, SimpleConstant, Value)

SIMPLE_CONSTANTS = frozenset({"null", "undef", "poison", "zeroinitializer", "none"})
CONSTEXPR_CASTS = frozenset("trunc zext sext fptrunc fpext fptoui fptosi uitofp sitofp "
                            "ptrtoint inttoptr bitcast addrspacecast".split())
CONSTEXPR_BINARY = frozenset("add sub mul shl xor and or lshr ashr".split())
RAW_CONSTANT_WORDS = frozenset({"blockaddress", "dso_local_equivalent", "no_cfi", "ptrauth"})
# keywords that begin a value (everything else before a value is an attribute)
VALUE_WORDS = (SIMPLE_CONSTANTS | CONSTEXPR_CASTS | CONSTEXPR_BINARY | RAW_CONSTANT_WORDS
               | {"true", "false", "getelementptr", "splat", "asm", "extractelement"})
TYPE_WORDS = frozenset(FLOAT_BITS) | {"void", "ptr", "label", "metadata", "token", "target",
                                      "x86_amx", "x86_mmx"}


def is_type_start(tok: Token) -> bool:
    kind, text = tok[0], tok[1]
    if kind == "WORD":
        return text in TYPE_WORDS or (text[0] == "i" and text[1:].isdigit())
    if kind == "LOCAL":
        return True
    return kind == "PUNCT" and text in ("{", "<", "[")


class ParserBase:
    """Token cursor plus type, constant and value productions."""

    def __init__(self, src: str, tokens: list[Token], module, file: str):
        self.src = src
        # an end-of-input sentinel makes `peek` a plain index (the parser's hottest path)
        self.tokens = tokens + [("EOF", "", len(src))] * 3
        self.token_count = len(tokens)
        self.pos = 0
        self.module = module
        self.file = file
        self.locals: dict[str, Value] | None = None
        self.first_use: dict[str, int] = {}  # token index of a forward reference

    # -- cursor ------------------------------------------------------------------------------
    def peek(self, ahead: int = 0) -> Token:
        return self.tokens[self.pos + ahead]

    def next(self) -> Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def at(self, text: str) -> bool:
        tok = self.tokens[self.pos]
        return tok[1] == text and (tok[0] == "PUNCT" or tok[0] == "WORD")

    def accept(self, text: str) -> bool:
        if self.at(text):
            self.pos += 1
            return True
        return False

    def expect(self, text: str) -> Token:
        if not self.at(text):
            self.error(f"expected '{text}' but found '{self.peek()[1] or 'end of input'}'")
        return self.next()

    def error(self, message: str, tok: Token | None = None):
        tok = tok or self.peek()
        raise CompileError(message, location_of(self.src, tok[2], self.file))

    def text_between(self, first: int, last: int) -> str:
        """Verbatim source text of tokens[first:last]."""
        if first >= last:
            return ""
        start = self.tokens[first][2]
        end_tok = self.tokens[last - 1]
        return self.src[start:end_tok[2] + len(end_tok[1])]

    def skip_balanced(self) -> None:
        """Skip one token, or a whole parenthesised/bracketed group starting at it."""
        depth = 0
        while True:
            kind, text, _ = self.next()
            if kind == "EOF":
                self.error("unbalanced brackets")
            if kind == "PUNCT" and text in "([{<":
                depth += 1
            elif kind == "PUNCT" and text in ")]}>":
                depth -= 1
            if depth <= 0:
                return

    def line_of(self, tok: Token) -> int:
        return self.src.count("\n", 0, tok[2])

    # -- types -------------------------------------------------------------------------------
    def parse_type(self) -> Type:
        """Type ::= PrimitiveType | iN | ptr [addrspace(N)] | %name | Array | Vector | Struct,
        followed by any number of function-type parameter lists `(T, ...)`."""
        ty = self.parse_base_type()
        while self.at("(") and self.looks_like_function_type():
            ty = self.parse_function_type_params(ty)
        return ty

    def looks_like_function_type(self) -> bool:
        nxt = self.peek(1)
        return (nxt[1] == ")" or nxt[1] == "...") or is_type_start(nxt)

    def parse_base_type(self) -> Type:
        kind, text, _ = tok = self.next()
        if kind == "WORD":
            if text[0] == "i" and text[1:].isdigit():
                return IntType(int(text[1:]))
            if text in FLOAT_BITS:
                return FloatType(text)
            if text == "ptr":
                return PointerType(self.parse_optional_addrspace())
            simple = {"void": VOID, "label": LABEL, "metadata": METADATA, "token": TOKEN}
            if text in simple:
                return simple[text]
            if text == "target":
                start = self.pos - 1
                self.skip_balanced()
                return TargetExtType(self.text_between(start, self.pos))
        elif kind == "LOCAL":
            return NamedStructType(unquote(text[1:]))
        elif text == "[":
            count = int(self.next()[1])
            self.expect("x")
            elem = self.parse_type()
            self.expect("]")
            return ArrayType(count, elem)
        elif text == "<":
            return self.parse_vector_or_packed_struct()
        elif text == "{":
            return StructType(self.parse_type_list("}"))
        self.error(f"expected a type but found '{text}'", tok)

    def parse_vector_or_packed_struct(self) -> Type:
        if self.accept("{"):
            elems = self.parse_type_list("}")
            self.expect(">")
            return StructType(elems, packed=True)
        scalable = self.accept("vscale")
        if scalable:
            self.expect("x")
        count = int(self.next()[1])
        self.expect("x")
        elem = self.parse_type()
        self.expect(">")
        return VectorType(count, elem, scalable)

    def parse_type_list(self, close: str) -> tuple[Type, ...]:
        elems = []
        while not self.accept(close):
            elems.append(self.parse_type())
            self.accept(",")
        return tuple(elems)

    def parse_function_type_params(self, ret: Type) -> FunctionType:
        self.expect("(")
        params, varargs = [], False
        while not self.accept(")"):
            if self.accept("..."):
                varargs = True
                continue
            params.append(self.parse_type())
            self.accept(",")
        return FunctionType(ret, tuple(params), varargs)

    def parse_optional_addrspace(self) -> int:
        if self.at("addrspace") and self.peek(1)[1] == "(":
            self.pos += 2
            space = int(self.next()[1].strip('"'))
            self.expect(")")
            return space
        return 0

    # -- values ------------------------------------------------------------------------------
    def parse_typed_value(self) -> Value:
        ty = self.parse_type()
        return self.parse_value(ty)

    def parse_value(self, ty: Type) -> Value:
        """Value ::= %local | @global | Constant, interpreted at type `ty`."""
        kind, text, _ = self.peek()
        if kind == "LOCAL":
            self.pos += 1
            return self.local_value(unquote(text[1:]), ty, self.pos - 1)
        if ty == METADATA:
            return self.parse_metadata_operand()
        return self.parse_constant(ty)

    def local_value(self, name: str, ty: Type, token: int) -> Value:
        if self.locals is None:
            self.error(f"local value %{name} used outside a function", self.tokens[token])
        value = self.locals.get(name)
        if value is None:
            value = Placeholder(ty, name)
            self.locals[name] = value
            self.first_use[name] = token
        elif value.type != ty:
            self.error(f"'%{name}' has type {value.type} but is used as {ty}",
                       self.tokens[token])
        return value

    def global_value(self, tok: Token) -> Value:
        name = unquote(tok[1][1:])
        value = self.module.symbols.get(name)
        if value is None:
            self.error(f"use of undefined value '@{name}'", tok)
        return value

    def parse_metadata_operand(self) -> Value:
        """`metadata !N`, `metadata !{...}`, `metadata !"str"` or `metadata <ty> <value>`."""
        if self.peek()[0] != "META":
            return MetadataValue(METADATA, [self.parse_typed_value()])
        start = self.pos
        self.skip_metadata_node()
        return RawConstant(METADATA, self.text_between(start, self.pos))

    def skip_metadata_node(self) -> None:
        """Skip `!N`, `!"s"`, `!{...}` or `!DIThing(...)`."""
        kind, text, _ = self.next()
        if text == "!" or (kind == "META" and self.at("(")):
            self.skip_balanced()

    # -- constants ---------------------------------------------------------------------------
    def parse_constant(self, ty: Type) -> Value:
        kind, text, _ = tok = self.next()
        if kind == "INT":
            return ConstantInt(ty, _parse_int(text))
        if kind == "FLOAT":
            return ConstantFloat(ty, _float_value(text, ty), text)
        if kind == "GLOBAL":
            return self.global_value(tok)
        if kind == "CSTRING":
            return ConstantString(ty, text[2:-1])
        if kind == "WORD":
            return self.parse_word_constant(ty, tok)
        if kind == "PUNCT" and text in ("[", "{", "<"):
            return self.parse_aggregate(ty, text)
        self.error(f"expected a value of type {ty} but found '{text}'", tok)

    def parse_word_constant(self, ty: Type, tok: Token) -> Value:
        text = tok[1]
        if text in ("true", "false"):
            return ConstantInt(ty, 1 if text == "true" else 0)
        if text in SIMPLE_CONSTANTS:
            return SimpleConstant(ty, text)
        if text == "splat":
            self.expect("(")
            inner = self.parse_typed_value()
            self.expect(")")
            return ConstantSplat(ty, [inner])
        if text == "asm":
            return self.parse_inline_asm(ty, self.pos - 1)
        if text == "getelementptr" or text in CONSTEXPR_CASTS or text in CONSTEXPR_BINARY:
            return self.parse_constant_expr(ty, text)
        if text in RAW_CONSTANT_WORDS or text == "extractelement":
            start = self.pos - 1
            if text in ("dso_local_equivalent", "no_cfi"):
                self.next()
            else:
                self.skip_balanced()
            return RawConstant(ty, self.text_between(start, self.pos))
        self.error(f"expected a value of type {ty} but found '{text}'", tok)

    def parse_inline_asm(self, ty: Type, start: int) -> Value:
        while self.peek()[0] == "WORD":
            self.next()
        self.next()  # asm string
        self.expect(",")
        self.next()  # constraint string
        return InlineAsm(ty, self.text_between(start, self.pos))

    def parse_aggregate(self, ty: Type, opener: str) -> Value:
        if opener == "<" and self.accept("{"):
            elems = self.parse_constant_list("}")
            self.expect(">")
            return ConstantAggregate(ty, elems)
        close = {"[": "]", "{": "}", "<": ">"}[opener]
        return ConstantAggregate(ty, self.parse_constant_list(close))

    def parse_constant_list(self, close: str) -> list[Value]:
        elems = []
        while not self.accept(close):
            elems.append(self.parse_typed_value())
            self.accept(",")
        return elems

    def parse_constant_expr(self, ty: Type, opcode: str) -> Value:
        """getelementptr [flags] (T, ptr @g, idx...) | cast (T v to T2) | op [flags] (a, b)."""
        flags = []
        while self.peek()[0] == "WORD":
            first = self.pos
            self.next()
            if self.at("(") and self.peek(1)[0] == "INT":  # `inrange(-16, 24)` has arguments
                self.skip_balanced()
            flags.append(self.text_between(first, self.pos))
        self.expect("(")
        source_type = None
        if opcode == "getelementptr":
            source_type = self.parse_type()
            self.expect(",")
        operands = [self.parse_typed_value()]
        while self.accept(","):
            operands.append(self.parse_typed_value())
        if opcode in CONSTEXPR_CASTS:
            self.expect("to")
            ty = self.parse_type()
        self.expect(")")
        return ConstantExpr(ty, opcode, operands, " ".join(flags), source_type)


def _parse_int(text: str) -> int:
    if text[0] in "su" and text[1:3] == "0x":
        value = int(text[3:], 16)
        return value
    return int(text)


def _float_value(text: str, ty: Type) -> float:
    """The numeric value of a float literal (its exact text is kept for printing).

    LLVM spells `float` and `double` hex constants alike, as the bits of the double."""
    if text.startswith("0x") and text[2] not in "KLMHR":
        return struct.unpack("<d", int(text[2:], 16).to_bytes(8, "little"))[0]
    if text.startswith("0x"):
        return float("nan")  # x86_fp80/fp128/half/bfloat: enzymec never folds these
    return float(text)
