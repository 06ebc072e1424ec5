"""--check-gradients: what one autodiff call site's check needs, decided at compile time.

Each parameter of the differentiated function gets a role in the check:
  scalar   an active float argument, perturbed (reverse: `enzyme_out`; forward: dup with
           its tangent);
  memory   the doubles or floats behind an `enzyme_dup` pointer: copied, perturbed, and
           compared through their shadow;
  scratch  memory the function may write but that carries no derivative (`enzyme_const`
           pointers, integer buffers): copied afresh for every re-run;
  pass     passed to the re-runs as the call passed it (integers, constant floats, memory
           the function only reads).
A site the checker cannot handle raises `Unchecked` with the reason (listed as a warning).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from enzymec.ir import VOID, CallInst, StructType, VectorType
from enzymec.ir.builder import IRBuilder

from .check_access import FLOAT_KINDS, pointer_access
from .check_effects import memory_effects, state_changes
from .check_extent import access_extent, object_base, object_extent, object_kind, \
    unknown_reason
from ..entry.requests import Mode

SCRATCH = 2  # the runtime's kind for memory that is only copied
ACTIVE_KINDS = {Mode.REVERSE: ("out",), Mode.FORWARD: ("dup", "dupnoneed"),
                Mode.AUGMENTED: ("out",), Mode.SPLIT_REVERSE: ("out",)}  # check_split.py


class Unchecked(Exception):
    """Why a call site cannot be checked (the message completes 'because ...')."""


@dataclass
class Role:
    role: str            # scalar | memory | scratch | pass
    slot: int = -1       # index among the scalars or among the memories
    kind: int = 0        # 0 double, 1 float, 2 scratch


@dataclass
class CheckPlan:
    site: object
    roles: list = field(default_factory=list)      # Role per parameter
    primal: list = field(default_factory=list)     # the value passed per parameter
    tangents: list = field(default_factory=list)   # forward: per scalar, its tangent
    memories: list = field(default_factory=list)   # per memory: (primal, shadow, bytes, kind)
    result_kind: int = -1

    @property
    def nscalar(self) -> int:
        return sum(r.role == "scalar" for r in self.roles)


def refuse_side_effects(function) -> None:
    """Re-running a function that writes globals or does I/O would change program state."""
    reason = state_changes(function)
    if reason is not None:
        raise Unchecked(reason)


def reads_only(param, effects) -> bool:
    """True when the function never writes through `param`."""
    if re.search(r"\b(readonly|readnone)\b", param.attrs):
        return True
    argmem = None if effects is None else effects.get("argmem", effects.get("", "none"))
    return argmem is not None and "write" not in argmem


def per_parameter(site) -> list[list]:
    """The values the call passes for each parameter (one, or two after a dup marker)."""
    values, queue = [], list(site.forwarded)
    for kind in site.kinds:
        needed = 2 if kind in ("dup", "dupnoneed") else 1
        values.append(queue[:needed])
        del queue[:needed]
    return values


def plan_site(site) -> CheckPlan:
    """The roles and extents of one decoded call site (instructions computing extents are
    inserted before the call); raises Unchecked."""
    function = site.function
    refuse_side_effects(function)
    plan = CheckPlan(site)
    values = per_parameter(site)
    plan.primal = [v[0] for v in values]
    b = IRBuilder(site.call.function).position_before(site.call)
    effects = memory_effects(function)
    for param, kind, vals in zip(function.args, site.kinds, values):
        if param.type.is_pointer:
            plan.roles.append(_pointer_role(b, plan, param, kind, vals, effects))
        else:
            plan.roles.append(_value_role(plan, param, kind, vals))
    plan.result_kind = _result_kind(site)
    return plan


def _value_role(plan: CheckPlan, param, kind: str, vals: list) -> Role:
    site = plan.site
    active = kind in ACTIVE_KINDS[site.mode]
    if site.mode == Mode.REVERSE and site.result_type == VOID:
        active = False  # the call drops the gradients: the check keeps these fixed
    if not active:
        return Role("pass")
    if str(param.type) not in FLOAT_KINDS:
        raise Unchecked(f"parameter {param.index + 1} of '{site.function.name}' has type "
                        f"{param.type}, which the checker does not perturb")
    if site.mode == Mode.FORWARD:
        plan.tangents.append(vals[1])
    return Role("scalar", plan.nscalar, FLOAT_KINDS[str(param.type)])


def _pointer_role(b: IRBuilder, plan: CheckPlan, param, kind: str, vals: list,
                  effects) -> Role:
    site = plan.site
    layout = site.call.function.module.layout
    access = pointer_access(param, layout)
    float_kind = _dup_kind(site, param, kind, access, vals[0], layout)
    dup = float_kind is not None
    if not dup and reads_only(param, effects):
        return Role("pass")
    extent = _extent(b, vals[0], float_kind if dup else None, access, plan.primal, layout)
    if extent is None:
        raise Unchecked(f"the extent of the memory behind parameter {param.index + 1} of "
                        f"'{site.function.name}' is not known at compile time: "
                        f"{unknown_reason(access, float_kind if dup else None)}")
    role = Role("memory" if dup else "scratch", len(plan.memories),
                float_kind if dup else SCRATCH)
    plan.memories.append((vals[0], vals[1] if dup else None, extent, role.kind))
    return role


def _extent(b: IRBuilder, primal, float_kind, access, args: list, layout):
    """The bytes to copy: a whole object when all of it is of the kind perturbed (or for
    memory only copied); else what the function touches; else a heap block's size."""
    base, _ = object_base(primal, layout)
    typed = float_kind is None or object_kind(base, layout) == float_kind
    extent = object_extent(b, primal, layout) if typed else None
    if extent is None and not access.dense(4 if float_kind == 1 else 8):
        return None
    if extent is None:
        extent = access_extent(b, access, args)
    if extent is None and float_kind is not None and isinstance(base, CallInst):
        extent = object_extent(b, primal, layout)  # a heap block (untyped)
    return extent


def _dup_kind(site, param, kind: str, access, primal, layout) -> int | None:
    """The float kind of dup memory the check perturbs; None for memory without
    derivatives (not dup, or only integers); Unchecked when it cannot be told."""
    if kind not in ("dup", "dupnoneed"):
        return None
    where = f"the memory of parameter {param.index + 1} of '{site.function.name}'"
    if access.unknown is not None:
        found = object_kind(object_base(primal, layout)[0], layout)
        if found is None:
            raise Unchecked(f"the extent and type of {where} are not known at compile time: "
                            f"{access.unknown}")
        return found
    if not access.kinds & set(FLOAT_KINDS):
        return None
    if access.float_kind is None:
        raise Unchecked(f"{where} holds data other than only doubles or only floats, which "
                        f"the checker does not perturb")
    return access.float_kind


def _result_kind(site) -> int:
    """The float kind of the result that takes part in the check, or -1."""
    ret = site.function.return_type
    if str(ret) not in FLOAT_KINDS:
        return -1
    if site.mode == Mode.FORWARD:
        primal, tangent = site.wants()
        if not tangent:
            return -1
        if site.sret is not None:
            raise Unchecked("the call returns its result through memory (sret)")
    return FLOAT_KINDS[str(ret)]


def refuse_unhandled(site, marker_positions: int) -> None:
    """Flags, vector width and other markers change the call's conventions."""
    if site.flags:
        raise Unchecked(f"it uses {', '.join(sorted(site.flags))}")
    fn_pos = 1 if site.sret is not None else 0
    plain = len(site.call.args) - fn_pos - 1 - marker_positions
    if plain != len(site.forwarded):
        raise Unchecked("it uses markers the checker does not handle (enzyme_width, ...)")
    if isinstance(site.call.type, VectorType) and site.mode == Mode.FORWARD:
        raise Unchecked("it returns a vector of tangents")
    if site.mode == Mode.FORWARD and isinstance(site.call.type, StructType) and \
            not site.wants()[0]:
        raise Unchecked("it returns a struct the checker does not read")
