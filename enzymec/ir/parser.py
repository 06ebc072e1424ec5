"""Parser for the textual LLVM IR clang emits: module, globals, functions and instructions.

The module is read line-oriented at the top level: metadata, attribute groups and comdats
are kept as lines (they are most of a debug build and enzymec never rewrites them), so only
globals, type definitions and function bodies are tokenized. A pre-scan creates every global
and function first, so `@f` resolves even before its definition. Inside a function, numbered
names (`%5`) are forgotten after parsing: the printer renumbers unnamed values in order, as
LLVM's slot tracker does, so inserted instructions never break the numbering.
"""

from __future__ import annotations

import gc

from enzymec import regex_cache
from enzymec.diagnostics import CompileError

from .function import Function
from .instructions import (AggregateInst, AllocaInst, AtomicRMWInst, Block, CallInst, CmpInst,
                           CmpXchgInst, DebugRecord, FenceInst, GepInst, Instruction,
                           InvokeInst, LandingPadInst, MemoryInst, PhiInst, SwitchInst,
                           BINARY_OPS, CAST_OPS)
from .lazy_bodies import LazyBody, parsing_rank, pend
from .lexer import location_of, tokenize, unquote
from .module import Module
from .parse_base import VALUE_WORDS, ParserBase, is_type_start
from .types import (I1, LABEL, PTR, VOID, FunctionType, NamedStructType, PointerType,
                    StructType, Type, VectorType)
from .values import GlobalAlias, GlobalVariable, Placeholder, Value

_SYMBOL_DEF = regex_cache.compile(
    r'@("[^"]*"|[-a-zA-Z$._0-9]+)\s*=\s*((?:[a-z_]+(?:\([^)]*\))?\s+)*?)'
    r'(global|constant|alias|ifunc)\b')
_SYMBOL_REF = regex_cache.compile(r'@("(?:[^"\\]|\\.)*"|[-a-zA-Z$._0-9]+)')
_FUNCTION_DEF = regex_cache.compile(r'(?:define|declare)\b[^@]*@("[^"]*"|[-a-zA-Z$._0-9]+)\(')


def parse_module(src: str, name: str = "<module>", lazy_bodies: bool = False) -> Module:
    """Parse a whole module of textual IR; errors are `CompileError`s at `name:line:col`.
    With `lazy_bodies`, function bodies are parsed when first read (lazy_bodies.py): a
    malformed body is then an error only if something reads it."""
    # the parse allocates millions of small objects and frees none: the cyclic collector
    # would only rescan them over and over
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse_module(src, name, lazy_bodies)
    finally:
        if was_enabled:
            gc.enable()


def _parse_module(src: str, name: str, lazy_bodies: bool) -> Module:
    module = Module(name)
    lines = src.split("\n")
    offsets = _line_offsets(lines)
    chunks = _split_top_level(lines, offsets, src, name)
    _create_symbols(module, src, chunks, name)
    lazy = _lazy_bodies(module, src, chunks, name) if lazy_bodies else {}
    for rank, (kind, start, end) in enumerate(chunks):
        with parsing_rank(rank if lazy else None):
            if rank in lazy:
                function, body = lazy[rank]
                _parse_chunk(module, src, "define-header", start, body.start, name)
                body.arg_names = [arg.name for arg in function.args]
                for arg in function.args:  # numbers are the printer's, as after a whole parse
                    if arg.name.isdigit():
                        arg.name = ""
                function.make_lazy(body)
            else:
                _parse_chunk(module, src, kind, start, end, name)
    return module


def _lazy_bodies(module: Module, src: str, chunks, file: str) -> dict:
    """rank -> (function, LazyBody) of every definition, the use-lists of the symbols each
    body names made pending on it (before anything is parsed: lazy_bodies.py)."""
    lazy = {}
    for rank, (kind, start, end) in enumerate(chunks):
        if kind != "define":
            continue
        brace = src.rfind("{", start, src.find("\n", start, end))
        function = module.symbols[unquote(_FUNCTION_DEF.match(src, start, end).group(1))]
        body = LazyBody(src, brace, end, rank,
                        lambda fn, body, file=file: _parse_body(module, fn, body, file))
        lazy[rank] = (function, body)
        for match in _SYMBOL_REF.finditer(src, brace, end):
            symbol = module.symbols.get(unquote(match[1]))
            if symbol is not None:
                pend(symbol, function, body)
    return lazy


def _parse_body(module: Module, function: Function, body: LazyBody, file: str) -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        parser = IRParser(body.src, tokenize(body.src, body.start, body.end, file), module, file)
        parser.parse_function_body(function, body.arg_names)
    finally:
        if was_enabled:
            gc.enable()


def _line_offsets(lines: list[str]) -> list[int]:
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    return offsets


def _split_top_level(lines, offsets, src, file) -> list[tuple[str, int, int]]:
    """Classify top-level entities as (kind, start offset, end offset) chunks."""
    chunks, i = [], 0
    while i < len(lines):
        line = lines[i]
        start = offsets[i]
        if line.startswith("define"):
            j = i
            while j < len(lines) and lines[j] != "}":
                j += 1
            if j == len(lines):
                raise CompileError("function body has no closing '}'", location_of(src, start, file))
            chunks.append(("define", start, offsets[j] + 1))
            i = j + 1
            continue
        kind = _classify_line(line)
        if kind:
            chunks.append((kind, start, start + len(line)))
        elif line.strip() and not line.lstrip().startswith(";"):
            raise CompileError(f"expected top-level entity but found '{line.split()[0]}'",
                               location_of(src, start, file))
        i += 1
    return chunks


def _classify_line(line: str) -> str | None:
    if line.startswith("@"):
        return "global"
    if line.startswith("declare"):
        return "declare"
    if line.startswith("%"):
        return "type"
    if line.startswith(("source_filename", "target ")):
        return "header"
    if line.startswith(("!", "attributes ", "$", "module asm", "uselistorder")):
        return "trailer"
    return None


def _create_symbols(module: Module, src: str, chunks, file: str) -> None:
    for kind, start, end in chunks:
        if kind == "global":
            m = _SYMBOL_DEF.match(src, start, end)
            if m is None:
                raise CompileError("malformed global definition", location_of(src, start, file))
            name = unquote(m.group(1))
            value = GlobalAlias(name) if m.group(3) in ("alias", "ifunc") else GlobalVariable(name)
            _add_symbol(module, value, src, start, file)
        elif kind in ("define", "declare"):
            m = _FUNCTION_DEF.match(src, start, end)
            if m is None:
                raise CompileError("malformed function header", location_of(src, start, file))
            _add_symbol(module, Function(unquote(m.group(1))), src, start, file)


def _add_symbol(module, value, src, start, file) -> None:
    if value.name in module.symbols:
        raise CompileError(f"redefinition of '@{value.name}'", location_of(src, start, file))
    (module.add_function if isinstance(value, Function) else module.add_global)(value)


def _parse_chunk(module: Module, src: str, kind: str, start: int, end: int, file: str) -> None:
    if kind == "header":
        module.header.append(src[start:end])
    elif kind == "trailer":
        module.trailer.append(src[start:end])
    else:
        parser = IRParser(src, tokenize(src, start, end, file), module, file)
        {"global": parser.parse_global, "type": parser.parse_type_definition,
         "declare": parser.parse_function, "define": parser.parse_function,
         "define-header": parser.parse_function_header}[kind]()


class IRParser(ParserBase):
    """Productions for top-level entities, functions and instructions."""

    # -- top level --------------------------------------------------------------------------
    def parse_type_definition(self) -> None:
        """TypeDef ::= %name = type (opaque | Type)"""
        name = unquote(self.next()[1][1:])
        self.expect("=")
        self.expect("type")
        if self.accept("opaque"):
            self.module.struct_bodies[name] = None
            return
        body = self.parse_type()
        if not isinstance(body, StructType):
            self.error(f"type %{name} must be a struct")
        self.module.struct_bodies[name] = body

    def parse_global(self) -> None:
        """Global ::= @name = prefix* (global|constant|alias|ifunc) T [init | , aliasee] suffix"""
        value = self.global_value(self.next())
        self.expect("=")
        start = self.pos
        while not (self.peek()[0] == "WORD" and self.peek()[1] in
                   ("global", "constant", "alias", "ifunc")):
            self.skip_balanced()
        value.prefix = self.text_between(start, self.pos)
        word = self.next()[1]
        value.value_type = self.parse_type()
        if isinstance(value, GlobalAlias):
            value.kind = word
            self.expect(",")
            value.aliasee = self.parse_typed_value()
        else:
            value.is_constant = word == "constant"
            if self.peek()[0] != "EOF" and not self.at(","):
                value.initializer = self.parse_value(value.value_type)
        value.suffix = self.text_between(self.pos, self.token_count)

    # -- functions --------------------------------------------------------------------------
    def parse_function_header(self) -> None:
        """A definition's header alone (its body is lazy: lazy_bodies.py)."""
        self.parse_function(header_only=True)

    def parse_function(self, header_only: bool = False) -> None:
        """Function ::= (define|declare) prefix RetT @name(Params) suffix [{ Blocks }]"""
        is_define = self.next()[1] == "define" and not header_only
        name_index = next(i for i, t in enumerate(self.tokens)
                          if t[0] == "GLOBAL" and self.tokens[i + 1][1] == "(")
        function = self.global_value(self.tokens[name_index])
        ret_start = self.find_type_ending_at(name_index)
        function.prefix = self.text_between(1, ret_start)
        self.pos = ret_start
        return_type = self.parse_type()
        self.pos = name_index + 1
        params, names, attrs, varargs = self.parse_parameters()
        function.set_signature(FunctionType(return_type, tuple(params), varargs), names, attrs)
        suffix_start = self.pos
        while self.peek()[0] != "EOF" and not self.at("{"):
            self.skip_balanced()
        function.suffix = self.text_between(suffix_start, self.pos)
        if is_define:
            self.parse_function_body(function)

    def find_type_ending_at(self, end: int) -> int:
        """The first token index from which a whole type parses and ends exactly at `end`."""
        for start in range(1, end):
            if not is_type_start(self.tokens[start]):
                continue
            self.pos = start
            try:
                self.parse_type()
            except CompileError:
                continue
            if self.pos == end:
                return start
        self.error("cannot find the function's return type", self.tokens[end])

    def parse_parameters(self):
        """Params ::= '(' (T attrs* [%name] ',')* ['...'] ')'"""
        self.expect("(")
        params, names, attrs, varargs = [], [], [], False
        while not self.accept(")"):
            if self.accept("..."):
                varargs = True
                continue
            params.append(self.parse_type())
            attr_start = self.pos
            while self.peek()[0] != "LOCAL" and not self.at(",") and not self.at(")"):
                self.skip_balanced()
            attrs.append(self.text_between(attr_start, self.pos))
            names.append(unquote(self.next()[1][1:]) if self.peek()[0] == "LOCAL" else "")
            self.accept(",")
        return params, names, attrs, varargs

    def parse_function_body(self, function: Function, arg_names: list[str] | None = None) -> None:
        """Blocks ::= '{' ... '}'; `arg_names`: the arguments' names as the text spells them
        (a lazy body's: its arguments' numbers are cleared with the header, lazy_bodies.py)."""
        self.expect("{")
        self.locals = {}
        self.instruction_token: dict[Instruction, int] = {}
        self.arg_names = [a.name for a in function.args] if arg_names is None else arg_names
        for arg, name in zip(function.args, self.arg_names):
            if name:
                self.locals[name] = arg
        block = None
        records: list[DebugRecord] = []
        while not self.accept("}"):
            kind, text, _ = self.peek()
            if kind == "LABEL" or block is None:
                block = self.start_block(function, kind == "LABEL")
            elif kind == "HASH" and text.startswith("#dbg_"):
                records.append(self.parse_debug_record())
            else:
                inst = self.parse_instruction()
                inst.debug_records, records = records, []
                block.append(inst)
        self.finish_function(function)

    def start_block(self, function: Function, labelled: bool) -> Block:
        if labelled:
            name = unquote(self.next()[1][:-1])
        else:  # an unlabelled entry block takes the next slot number after the arguments
            name = str(sum(1 for n in self.arg_names if n.isdigit()))
        block = self.locals.get(name)
        if block is None:
            block = Block(name)
        elif not isinstance(block, Block) or block.function is not None:
            self.error(f"redefinition of label '%{name}'")
        self.locals[name] = block
        return function.append_block(block)

    def finish_function(self, function: Function) -> None:
        for name, value in self.locals.items():
            if isinstance(value, Placeholder) or (isinstance(value, Block) and value.function is None):
                use = self.tokens[self.first_use.get(name, self.token_count - 1)]
                self.error(f"use of undefined value '%{name}' in @{function.name}", use)
        for block in function.blocks:
            if block.terminator is None:
                where = block.instructions[-1] if block.instructions else None
                self.error(f"block '%{block.name}' in @{function.name} does not end with a "
                           f"terminator", self.tokens[self.instruction_token.get(where, 0)])
        for value in [*function.args, *function.blocks, *function.instructions()]:
            if value.name.isdigit():
                value.name = ""
        self.locals = None

    def local_value(self, name: str, ty: Type, token: int) -> Value:
        if ty == LABEL and name not in self.locals:
            self.locals[name] = Block(name)
        return super().local_value(name, ty, token)

    def define_local(self, name: str, value: Value, token: int) -> None:
        old = self.locals.get(name)
        if isinstance(old, Placeholder):
            if old.type != value.type:
                self.error(f"'%{name}' is defined with type {value.type} but was used as "
                           f"{old.type}", self.tokens[self.first_use[name]])
            old.replace_all_uses_with(value)
        elif old is not None:
            self.error(f"multiple definition of local value named '%{name}'", self.tokens[token])
        self.locals[name] = value

    def parse_debug_record(self) -> DebugRecord:
        """#dbg_kind '(' (Metadata | T Value) (',' ...)* ')'"""
        record = DebugRecord(self.next()[1][5:])
        self.expect("(")
        while not self.accept(")"):
            if self.peek()[:2] == ("META", "!DIArgList"):
                record.parts.append(self.parse_arg_list(record))
            elif self.peek()[0] == "META":
                start = self.pos
                self.skip_metadata_node()
                record.parts.append(self.text_between(start, self.pos))
            else:
                record.add_value(self.parse_typed_value())
            self.accept(",")
        return record

    def parse_arg_list(self, record: DebugRecord) -> list:
        """`!DIArgList(T V, ...)` in a record: its values are tracked operands (so they print
        with their current names), kept as one part: the values' operand indices."""
        self.next()
        self.expect("(")
        indices = []
        while not self.accept(")"):
            indices.append(len(record.operands))
            record.append_operand(self.parse_typed_value())
            self.accept(",")
        return indices

    # -- instructions -----------------------------------------------------------------------
    def parse_instruction(self) -> Instruction:
        name = ""
        start = self.pos
        if self.peek()[0] == "LOCAL":
            name = unquote(self.next()[1][1:])
            self.expect("=")
        tok = self.next()
        opcode = tok[1]
        if opcode in BINARY_OPS:
            inst = self.parse_binary(opcode)
        elif opcode in CAST_OPS:
            inst = self.parse_cast(opcode)
        else:
            production = _PRODUCTIONS.get(opcode)
            if production is None:
                self.error(f"unsupported instruction '{opcode}'", tok)
            inst = production(self, opcode)
        self.parse_metadata_attachments(inst)
        self.instruction_token[inst] = start
        if name:
            inst.name = name
            self.define_local(name, inst, start)
        return inst

    def accept_operand_comma(self) -> bool:
        """Accept a ',' that separates operands, not one that starts `, !dbg !N`."""
        if self.at(",") and self.peek(1)[0] != "META":
            self.pos += 1
            return True
        return False

    def parse_metadata_attachments(self, inst: Instruction) -> None:
        while self.at(",") and self.peek(1)[0] == "META":
            self.next()
            kind = self.next()[1][1:]
            start = self.pos
            self.skip_metadata_node()
            inst.metadata.append((kind, self.text_between(start, self.pos)))

    def parse_flags(self) -> str:
        """Keywords between an opcode and its first type (nsw, exact, fast, ...)."""
        flags = []
        while self.peek()[0] == "WORD" and not is_type_start(self.peek()):
            flags.append(self.next()[1])
        return " ".join(flags)

    def parse_binary(self, opcode: str) -> Instruction:
        flags = self.parse_flags()
        lhs = self.parse_typed_value()
        self.expect(",")
        rhs = self.parse_value(lhs.type)
        return Instruction(opcode, lhs.type, (lhs, rhs), flags=flags)

    def parse_unary(self, opcode: str) -> Instruction:
        flags = self.parse_flags()
        operand = self.parse_typed_value()
        return Instruction(opcode, operand.type, (operand,), flags=flags)

    def parse_cast(self, opcode: str) -> Instruction:
        flags = self.parse_flags()
        operand = self.parse_typed_value()
        self.expect("to")
        return Instruction(opcode, self.parse_type(), (operand,), flags=flags)

    def parse_cmp(self, opcode: str) -> Instruction:
        words = self.parse_flags().split()
        lhs = self.parse_typed_value()
        self.expect(",")
        rhs = self.parse_value(lhs.type)
        ty = VectorType(lhs.type.count, I1) if isinstance(lhs.type, VectorType) else I1
        return CmpInst(opcode, words[-1], lhs, rhs, ty, flags=" ".join(words[:-1]))

    def parse_select(self, opcode: str) -> Instruction:
        flags = self.parse_flags()
        ops = [self.parse_typed_value()]
        while self.accept_operand_comma():
            ops.append(self.parse_typed_value())
        return Instruction("select", ops[1].type, ops, flags=flags)

    def parse_phi(self, opcode: str) -> Instruction:
        flags = self.parse_flags()
        ty = self.parse_type()
        phi = PhiInst("phi", ty, flags=flags)
        while self.accept("["):
            value = self.parse_value(ty)
            self.expect(",")
            block = self.parse_value(LABEL)
            self.expect("]")
            phi.add_incoming(value, block)
            if not self.accept_operand_comma():
                break
        return phi

    def parse_alloca(self, opcode: str) -> Instruction:
        inalloca = self.accept("inalloca")
        inst = AllocaInst(self.parse_type(), PTR)
        if inalloca:
            inst.flags = "inalloca"
        while self.accept_operand_comma():
            if self.accept("align"):
                inst.align = int(self.next()[1])
            elif self.at("addrspace"):
                start = self.pos
                inst.type = PointerType(self.parse_optional_addrspace())
                inst.suffix = self.text_between(start, self.pos)
            else:
                inst.append_operand(self.parse_typed_value())
        return inst

    def parse_memory_tail(self, inst: MemoryInst, atomic: bool = True) -> MemoryInst:
        """[syncscope("x") ordering...] [, align N]; orderings only on atomic accesses."""
        start = self.pos
        while atomic and self.peek()[0] == "WORD" and self.peek()[1] != "align":
            self.skip_balanced()
        inst.ordering = self.text_between(start, self.pos)
        if self.at(",") and self.peek(1)[1] == "align":
            self.pos += 2
            inst.align = int(self.next()[1])
        return inst

    def parse_load(self, opcode: str) -> Instruction:
        atomic = self.accept("atomic")
        volatile = self.accept("volatile")
        ty = self.parse_type()
        self.expect(",")
        ptr = self.parse_typed_value()
        inst = MemoryInst("load", ty, [ptr], volatile=volatile)
        inst.flags = "atomic" if atomic else ""
        return self.parse_memory_tail(inst, atomic)

    def parse_store(self, opcode: str) -> Instruction:
        atomic = self.accept("atomic")
        volatile = self.accept("volatile")
        value = self.parse_typed_value()
        self.expect(",")
        ptr = self.parse_typed_value()
        inst = MemoryInst("store", VOID, [value, ptr], volatile=volatile)
        inst.flags = "atomic" if atomic else ""
        return self.parse_memory_tail(inst, atomic)

    def parse_gep(self, opcode: str) -> Instruction:
        flags = self.parse_flags()
        source_type = self.parse_type()
        self.expect(",")
        base = self.parse_typed_value()
        indices = []
        while self.accept_operand_comma():
            indices.append(self.parse_typed_value())
        result = base.type
        for index in indices:
            if isinstance(index.type, VectorType):
                result = VectorType(index.type.count, base.type)
        return GepInst(source_type, result, base, indices, flags=flags)

    def parse_extractvalue(self, opcode: str) -> Instruction:
        agg = self.parse_typed_value()
        indices = self.parse_index_list()
        return AggregateInst(opcode, self.aggregate_member_type(agg.type, indices), [agg], indices)

    def parse_insertvalue(self, opcode: str) -> Instruction:
        agg = self.parse_typed_value()
        self.expect(",")
        elem = self.parse_typed_value()
        return AggregateInst(opcode, agg.type, [agg, elem], self.parse_index_list())

    def parse_index_list(self) -> list[int]:
        indices = []
        while self.at(",") and self.peek(1)[0] == "INT":
            self.next()
            indices.append(int(self.next()[1]))
        return indices

    def aggregate_member_type(self, ty: Type, indices: list[int]) -> Type:
        for index in indices:
            if isinstance(ty, NamedStructType):
                ty = self.module.struct_bodies[ty.name]
            ty = ty.elements[index] if isinstance(ty, StructType) else ty.element
        return ty

    def parse_vector_op(self, opcode: str) -> Instruction:
        ops = [self.parse_typed_value()]
        while self.accept_operand_comma():
            ops.append(self.parse_typed_value())
        vector = ops[0].type
        if opcode == "extractelement":
            ty = vector.element
        elif opcode == "shufflevector":
            ty = VectorType(ops[2].type.count, vector.element, ops[2].type.scalable)
        else:
            ty = vector
        return Instruction(opcode, ty, ops)

    def parse_ret(self, opcode: str) -> Instruction:
        if self.accept("void"):
            return Instruction("ret", VOID)
        return Instruction("ret", VOID, [self.parse_typed_value()])

    def parse_br(self, opcode: str) -> Instruction:
        ops = [self.parse_typed_value()]
        while self.accept_operand_comma():
            ops.append(self.parse_typed_value())
        return Instruction("br", VOID, ops)

    def parse_switch(self, opcode: str) -> Instruction:
        cond = self.parse_typed_value()
        self.expect(",")
        inst = SwitchInst("switch", VOID, [cond, self.parse_typed_value()])
        self.expect("[")
        while not self.accept("]"):
            inst.append_operand(self.parse_typed_value())
            self.expect(",")
            inst.append_operand(self.parse_typed_value())
        return inst

    def parse_indirectbr(self, opcode: str) -> Instruction:
        inst = Instruction("indirectbr", VOID, [self.parse_typed_value()])
        self.expect(",")
        self.expect("[")
        while not self.accept("]"):
            inst.append_operand(self.parse_typed_value())
            self.accept(",")
        return inst

    def parse_simple_terminator(self, opcode: str) -> Instruction:
        if opcode == "resume":
            return Instruction("resume", VOID, [self.parse_typed_value()])
        return Instruction(opcode, VOID)

    def parse_call(self, opcode: str) -> Instruction:
        """Call ::= [tail|musttail|notail] call prefix* T|FnT callee(args) fnattrs
        Invoke ::= invoke prefix* T|FnT callee(args) fnattrs to label %n unwind label %u"""
        tail = ""
        if opcode != "call" and opcode != "invoke":
            tail, opcode = opcode, self.expect("call")[1]
        prefix_start = self.pos
        while not is_type_start(self.peek()):
            self.skip_attribute()
        prefix = self.text_between(prefix_start, self.pos)
        ty = self.parse_type()
        explicit = isinstance(ty, FunctionType)
        callee = self.parse_value(PTR)
        args, attrs = self.parse_call_args()
        fnty = ty if explicit else FunctionType(ty, tuple(a.type for a in args))
        attr_start = self.pos
        while not self.at_end_of_call(opcode):
            self.skip_balanced()
        fn_attrs = self.text_between(attr_start, self.pos)
        if opcode == "invoke":
            self.expect("to")
            normal = self.parse_typed_value()
            self.expect("unwind")
            inst = InvokeInst(fnty, callee, args, normal, self.parse_typed_value())
        else:
            inst = CallInst(fnty, callee, args)
        inst.tail, inst.prefix, inst.arg_attrs, inst.fn_attrs = tail, prefix, attrs, fn_attrs
        inst.explicit_type = explicit
        return inst

    def skip_attribute(self) -> None:
        """One attribute word with its argument: `align 8`, `dereferenceable(8)`, `cc 10`."""
        word = self.next()[1]
        if self.at("("):
            self.skip_balanced()
        elif word in ("align", "cc", "alignstack") and self.peek()[0] == "INT":
            self.next()

    def parse_call_args(self) -> tuple[list[Value], list[str]]:
        self.expect("(")
        args, attrs = [], []
        while not self.accept(")"):
            ty = self.parse_type()
            start = self.pos
            while self.peek()[0] == "WORD" and self.peek()[1] not in VALUE_WORDS:
                self.skip_attribute()
            attrs.append(self.text_between(start, self.pos))
            args.append(self.parse_value(ty))
            self.accept(",")
        return args, attrs

    def at_end_of_call(self, opcode: str) -> bool:
        kind = self.peek()[0]
        if kind == "EOF" or (self.at(",") and self.peek(1)[0] == "META"):
            return True
        if opcode == "invoke":
            return self.at("to")
        last = self.tokens[self.pos - 1]
        return self.src.find("\n", last[2], self.peek()[2]) != -1

    def parse_landingpad(self, opcode: str) -> Instruction:
        inst = LandingPadInst(self.parse_type())
        while self.peek()[1] in ("cleanup", "catch", "filter"):
            word = self.next()[1]
            if word == "cleanup":
                inst.cleanup = True
            else:
                inst.clause_kinds.append(word)
                inst.append_operand(self.parse_typed_value())
        return inst

    def parse_va_arg(self, opcode: str) -> Instruction:
        valist = self.parse_typed_value()
        self.expect(",")
        return Instruction("va_arg", self.parse_type(), [valist])

    def parse_atomicrmw(self, opcode: str) -> Instruction:
        volatile = self.accept("volatile")
        operation = self.next()[1]
        ptr = self.parse_typed_value()
        self.expect(",")
        value = self.parse_typed_value()
        inst = AtomicRMWInst("atomicrmw", value.type, [ptr, value], volatile=volatile)
        inst.operation = operation
        return self.parse_memory_tail(inst)

    def parse_cmpxchg(self, opcode: str) -> Instruction:
        weak = self.accept("weak")
        volatile = self.accept("volatile")
        ops = [self.parse_typed_value()]
        for _ in range(2):
            self.expect(",")
            ops.append(self.parse_typed_value())
        inst = CmpXchgInst("cmpxchg", StructType((ops[1].type, I1)), ops, volatile=volatile)
        inst.weak = weak
        return self.parse_memory_tail(inst)

    def parse_fence(self, opcode: str) -> Instruction:
        inst = FenceInst("fence", VOID)
        start = self.pos
        while self.peek()[0] == "WORD" and not self.at_end_of_call("fence"):
            self.skip_balanced()
        inst.ordering = self.text_between(start, self.pos)
        return inst


_PRODUCTIONS = {
    "fneg": IRParser.parse_unary, "freeze": IRParser.parse_unary,
    "icmp": IRParser.parse_cmp, "fcmp": IRParser.parse_cmp,
    "select": IRParser.parse_select, "phi": IRParser.parse_phi,
    "alloca": IRParser.parse_alloca, "load": IRParser.parse_load, "store": IRParser.parse_store,
    "getelementptr": IRParser.parse_gep,
    "extractvalue": IRParser.parse_extractvalue, "insertvalue": IRParser.parse_insertvalue,
    "extractelement": IRParser.parse_vector_op, "insertelement": IRParser.parse_vector_op,
    "shufflevector": IRParser.parse_vector_op,
    "ret": IRParser.parse_ret, "br": IRParser.parse_br, "switch": IRParser.parse_switch,
    "indirectbr": IRParser.parse_indirectbr,
    "unreachable": IRParser.parse_simple_terminator, "resume": IRParser.parse_simple_terminator,
    "call": IRParser.parse_call, "invoke": IRParser.parse_call, "tail": IRParser.parse_call,
    "musttail": IRParser.parse_call, "notail": IRParser.parse_call,
    "landingpad": IRParser.parse_landingpad, "va_arg": IRParser.parse_va_arg,
    "atomicrmw": IRParser.parse_atomicrmw, "cmpxchg": IRParser.parse_cmpxchg,
    "fence": IRParser.parse_fence,
}
