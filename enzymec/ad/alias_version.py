"""Runtime alias versioning of a gradient: a second gradient synthesized as if the pointer
arguments were `restrict`, called when the memory the call touches proves them disjoint.

Without `restrict`, a function that writes through one pointer argument (`out`) may
overwrite what it reads through another (`vec`): its gradient must tape every value read
from memory, and LLVM must keep `out[i]` and the shadows in memory (issue 11,
matvec_outarg). At the call site the arguments are known, so the bytes each pointer can
touch are known there too (alias_extent.py): when every written extent, of a primal or
of a shadow (a gradient writes every shadow), is disjoint from every other extent, the
function behaves exactly as its clone with `noalias` parameters, whose gradient reloads
unwritten arguments instead of taping them (aliasing.py) and whose own pointer
parameters are `noalias` (the same test covers the shadows). Otherwise, or when some
extent's requirements fail (alias_ranges.py), the usual gradient runs.

That usual gradient, the overlap arm, runs only for arguments that overlap, which a caller
rarely passes. It and the derivative functions only it calls are marked `cold minsize
optsize` (`finish`): LLVM then neither vectorizes nor unrolls them, and lays the disjoint
arm out as the likely path. The disjoint arm is what the program runs: its code is
unchanged, and the overlap arm still gives the same values. Without the mark, the overlap
arm took about 20 of the 115 ms of CPU clang's -O3 spent on the code of
benchmarks/c/tree_reduce/timed.c, and 2.6 KB of its 15 KB object code; `minsize` (beside
`optsize`) took 3.5 of the 100 ms clang spends on benchmarks/c/logsumexp/timed.c's.

Versioned: width-1 `__enzyme_autodiff` calls (a `call`, not an `invoke`) outside code
another call differentiates, of a function that writes through a pointer argument, reads
another in a loop (`worthwhile`) and touches no memory but its arguments' and its locals
(alias_extent.touches_only_arguments).
"""

from __future__ import annotations

from enzymec import regex_cache
from enzymec.ir import I64, CallInst, Function, Instruction, IntType
from enzymec.ir.builder import IRBuilder, const_int
from enzymec.ir.clone import clone_function
from enzymec.records import ValueRecord

from .analyses.alias_extent import argument_extents, touches_only_arguments
from .analyses.aliasing import reachable_functions
from .passes.inline import split_after
from .analyses.partition_extents import partition_extents
from .entry.requests import Mode
from .entry.reverse_call import ReverseCall
from .shadow_tape.shadow_tape_sites import SHADOW_KINDS, shadow_candidates

# parameters passed as hidden copies or results: their extents are not the caller's memory
HIDDEN_COPIES = ("byval", "sret", "inalloca", "preallocated")
I128 = IntType(128)  # the extents' arithmetic: exact for the bits alias_ranges.py allows
# every address the disjointness test compares lies below this (user space does, on every
# 64-bit target LLVM has): a test of each, so that address + offset never wraps in i64
LOW_ADDRESSES = 1 << 62


class Region(ValueRecord):
    """Bytes [pointer + lo, pointer + hi) the call touches; `written` when it may store."""

    _fields = ("pointer", "lo", "hi", "written")

    def __init__(self, pointer: object, lo: tuple, hi: tuple, written: bool) -> None:
        self.pointer = pointer
        self.lo = lo
        self.hi = hi
        self.written = written


class AliasVersioning:
    """Replaces the call sites it can version (`replace`); the others are left alone."""

    def __init__(self, module, sites: list, derivatives, shadow_tapes: bool = False):
        self.derivatives = derivatives
        self.shadow_tapes = shadow_tapes  # version for a tape in a zero shadow too
        self.clones: dict[Function, Function] = {}
        self.inside = set()  # functions some autodiff call differentiates (nested calls)
        for site in sites:
            self.inside.update(reachable_functions(site.function))
        self.module = module
        self.existing = set(module.functions)  # the user's and what the AD built before
        self.overlap_calls: set[CallInst] = set()

    def replace(self, site) -> bool:
        """Version `site` and return True, or return False (nothing changed)."""
        if not self.eligible(site):
            return False
        layout = site.call.function.module.layout
        found = argument_extents(site.function, layout) or \
            (partition_extents(site.function, layout) if self.shadow_tapes else None)
        if found is None:
            return False
        shadow = self.shadow_tapes and shadow_worthwhile(site.function, site.kinds, found[0])
        if not worthwhile(found[0]) and not shadow:
            return False
        regions = call_regions(site, found[0])
        slow = self.derivatives.get(site.request())
        fast = self.fast_gradient(site.request(), self.shadow_tapes)
        self.overlap_calls.add(
            dispatch(site, disjoint_condition(site, regions, found[1]), fast, slow))
        return True

    def finish(self) -> None:
        """Marks the overlap arms' gradients, and the derivative functions only they call,
        `cold minsize optsize` (the module doc)."""
        if not self.overlap_calls:
            return
        cold = {f for f in self.module.functions if f not in self.existing and f.blocks}
        changed = True
        while changed:  # the largest set whose every use is an overlap call or inside it
            changed = False
            for function in list(cold):
                if not all(user in self.overlap_calls or isinstance(user, Instruction) and
                           user.function in cold for user, _ in function.uses):
                    cold.discard(function)
                    changed = True
        for function in _called_from(self.overlap_calls, cold):
            function.suffix = _with_words(function.suffix, ("cold", "minsize", "optsize"))

    def eligible(self, site) -> bool:
        return isinstance(site, ReverseCall) and site.mode is Mode.REVERSE and \
            getattr(site, "width", 1) == 1 and type(site.call) is CallInst and \
            site.call.function not in self.inside and \
            not all("noalias" in a.attrs.split() for a in site.function.args
                    if a.type.is_pointer) and \
            not any(word in a.attrs for a in site.function.args for word in HIDDEN_COPIES) \
            and (touches_only_arguments(site.function) or self.shadow_tapes and  # recursion
                 partition_extents(site.function, site.call.function.module.layout))

    def fast_gradient(self, request, shadow_tapes: bool = False) -> Function:
        """The gradient of the `noalias` clone, its own pointer parameters `noalias`; with
        `shadow_tapes`, told that it runs only for disjoint regions (shadow_tape_apply.py)."""
        function = request.function
        if function not in self.clones:
            self.clones[function] = noalias_clone(function)
        clone = self.clones[function]
        options = request.options if not shadow_tapes else \
            tuple(sorted(request.options + (("disjoint_shadows", True),)))
        fast = self.derivatives.get(request.replaced(function=clone, options=options))
        for arg in fast.args:
            if arg.type.is_pointer and "noalias" not in arg.attrs.split():
                arg.attrs = f"noalias {arg.attrs}".strip()
        if not clone.uses and clone.module is not None and clone in clone.module.functions:
            clone.module.remove(clone)  # its gradient holds its own copy of the body
        return fast


def _called_from(calls, among: set) -> list[Function]:
    """The functions of `among` that `calls` call, directly or through each other."""
    found: list[Function] = []
    work = [call.called_function for call in calls]
    while work:
        function = work.pop()
        if function in among and function not in found:
            found.append(function)
            work += [inst.called_function for block in function.blocks
                     for inst in block.instructions if isinstance(inst, CallInst)]
    return found


_DBG = regex_cache.compile(r"!dbg ![0-9]+")
_ADDRESS_WORDS = regex_cache.compile(
    r"^(?:(?:local_unnamed_addr|unnamed_addr|addrspace\(\d+\))\s*)*")


def _with_words(suffix: str, words: tuple) -> str:
    """A `define` line's text after its parameters with function attributes `words` added
    where LLVM's grammar takes them (after unnamed_addr and addrspace)."""
    words = [w for w in words if w not in suffix.split()]
    at = _ADDRESS_WORDS.match(suffix).end()
    return " ".join(part for part in (suffix[:at].strip(), *words, suffix[at:].strip()) if part)


def worthwhile(extents: dict) -> bool:
    """Some argument is written, and another, only read, is walked by a loop whose length
    the arguments give: the ordinary gradient tapes what that loop reads, once per
    iteration, where the noalias one reads it again. Reads at constant offsets (a loop of 3)
    tape a few scalars, less than the test costs (bundle adjustment's per-observation
    reprojection took 2.3x instead of 1.8x the expert's time when versioned)."""
    return any(e.written for e in extents.values()) and \
        any(e.indexed and not e.written and not _constant(e) for e in extents.values())


def shadow_worthwhile(function, kinds, extents: dict) -> bool:
    """Some loop tape could live in a shadow (shadow_tape_sites.py) whose argument a loop
    walks over a length the arguments give (as in `worthwhile`: not for a loop of 3). Only
    a call's result counts: a call is never run again in the reverse sweep, so it is taped
    for sure, where cheaper values may be recomputed and the version would buy nothing
    (a running maximum's gradient then kept two copies of its loop)."""
    walked = {function.args[i] for i, e in extents.items() if e.indexed and not _constant(e)}
    return any(slot.argument in walked and isinstance(slot.value, CallInst)
               for slot in shadow_candidates(function, kinds))


def _constant(extent) -> bool:
    return extent.lo[0] == "const" and extent.hi[0] == "const"


def noalias_clone(function: Function) -> Function:
    """An internal copy of `function` whose pointer parameters are `noalias`."""
    module = function.module
    attrs = [f"noalias {a.attrs}".strip() if a.type.is_pointer and
             "noalias" not in a.attrs.split() else a.attrs for a in function.args]
    # its instructions keep their locations for --explain and errors; the clone itself is
    # removed once its gradient is built (fast_gradient), so no subprogram is shared
    clone = clone_function(function, module.unique_symbol(f"{function.name}.noalias"), attrs,
                           _DBG.sub("", function.suffix).strip())  # one subprogram each
    if not hasattr(module, "noalias_origins"):  # own_pair.py
        module.noalias_origins = {}
    module.noalias_origins[clone] = function
    return clone


def parameter_values(site) -> dict[int, tuple]:
    """Parameter index -> (primal value, shadow value or None) the call passes."""
    values, position = {}, 0
    for index, kind in enumerate(site.kinds):
        shadowed = kind in SHADOW_KINDS
        values[index] = (site.forwarded[position],
                         site.forwarded[position + 1] if shadowed else None)
        position += 2 if shadowed else 1
    return values


def call_regions(site, extents: dict) -> list[Region]:
    """The primal's and the shadow's region of every accessed pointer parameter."""
    regions = []
    values = parameter_values(site)
    for index, extent in extents.items():
        primal, shadow = values[index]
        regions.append(Region(primal, extent.lo, extent.hi, extent.written))
        if shadow is not None:
            regions.append(Region(shadow, extent.lo, extent.hi, True))
    return regions


class Emitter:
    """Builds range expressions (alias_ranges.py) as i128 values before the call, and byte
    offsets (which the requirements bound by MAX_OFFSET) as their exact i64 truncations."""

    def __init__(self, site):
        self.b = IRBuilder(site.call.function).position_before(site.call)
        self.values = parameter_values(site)
        self.done: dict = {}

    def value(self, expr: tuple):
        if expr not in self.done:
            self.done[expr] = self._build(expr)
        return self.done[expr]

    def _build(self, expr: tuple):
        b = self.b
        if expr[0] == "const":
            return const_int(I128, expr[1])
        if expr[0] == "arg":
            value = self.values[expr[1]][0]
            return b.cast(expr[2] or "sext", value, I128, "alias.arg")
        a, c = self.value(expr[1]), self.value(expr[2])
        if expr[0] in ("smin", "smax"):
            return b.call_named(f"llvm.{expr[0]}.i128", I128, [a, c], "alias.bound")
        return b.binary(expr[0], a, c, "alias.bound")  # no nsw: unchecked values, no poison

    def test(self, predicate: str, a: tuple, c: tuple):
        return self.b.icmp(predicate, self.value(a), self.value(c), "alias.req")

    def offset(self, expr: tuple):
        """`expr` as an i64: exact wherever the requirements hold (|offset| <= MAX_OFFSET),
        and where they fail the condition is false whatever it is (no flags: no poison)."""
        key = ("i64", expr)
        if key not in self.done:
            self.done[key] = self.b.cast("trunc", self.value(expr), I64, "alias.offset")
        return self.done[key]


def disjoint_condition(site, regions: list[Region], requirements: set):
    """An i1 that is true when the requirements hold and every written region is disjoint
    from every other region.

    The requirements and the offsets' arithmetic are exact in i128 (alias_ranges.py); the
    addresses are compared in i64, each address required below LOW_ADDRESSES: with offsets
    within MAX_OFFSET (a requirement of every extent, alias_extent.py) an end then lies in
    [-2^62, 2^63) and nothing wraps. Why not i128 throughout: LLVM's SLP vectorizer packs the
    comparisons of every pair of regions into vectors of i128 (<8 x i128> for matvec_out's
    five pointers), which x86 has no instructions for: their expansion was about 1.1 KB of
    the caller's code and a tenth of the clang run's CPU on benchmarks/c/matvec/timed.c."""
    emit = Emitter(site)
    b = emit.b
    conditions = [emit.test(*requirement) for requirement in sorted(requirements, key=repr)]
    ends, addresses = [], {}
    for region in regions:
        address = addresses.get(region.pointer)
        if address is None:
            address = b.cast("ptrtoint", region.pointer, I64, "alias.address")
            addresses[region.pointer] = address
            conditions.append(b.icmp("ult", address, const_int(I64, LOW_ADDRESSES),
                                     "alias.req"))
        ends.append((b.add(address, emit.offset(region.lo), "alias.lo"),
                     b.add(address, emit.offset(region.hi), "alias.hi")))
    for i, first in enumerate(regions):
        for j in range(i + 1, len(regions)):
            if first.written or regions[j].written:
                (lo1, hi1), (lo2, hi2) = ends[i], ends[j]
                apart = b.binary("or", b.icmp("sle", hi1, lo2, "alias.before"),
                                 b.icmp("sle", hi2, lo1, "alias.after"), "alias.apart")
                conditions.append(apart)
    result = conditions[0]
    for condition in conditions[1:]:
        result = b.binary("and", result, condition, "alias.disjoint")
    return result


def dispatch(site, condition, fast: Function, slow: Function) -> CallInst:
    """`condition ? fast(args) : slow(args)` in place of the entry point's call; returns
    the call of `slow`."""
    call, function = site.call, site.call.function
    block = call.block
    rest = split_after(call, function)
    b = IRBuilder(function)
    results = []
    for name, gradient in (("alias.disjoint", fast), ("alias.overlap", slow)):
        arm = b.new_block(name, after=block)
        b.position_at_end(arm)
        results.append((b.call(gradient, site.forwarded, name="gradient"), arm))
        b.br(rest)
    b.position_at_end(block).cond_br(condition, results[0][1], results[1][1])
    b.position_before(rest.instructions[0])
    result = results[1][0]
    if not result.type.is_void:
        result = b.phi(result.type, results, "gradient")
    site.deliver(b, result)
    return results[1][0]
