"""The modes enzymec implements, as data: how a mode's call site is decoded and which
builder synthesizes its function. User split mode's three entry points (split_sites.py) share one builder: both halves come
from one split pair. A mode not listed here is a located error where it is
asked for (api.refuse_unsupported_modes).

Reverse mode's builder is imported when a reverse request is built, not with this table:
its synthesizer, tapes and their analyses are about 60 modules, which a unit asking only
for tangents would import for nothing (4-5 ms of every forward-mode compile's CPU); and
forward mode's when a forward request is, which a unit asking only for gradients would.
"""

from __future__ import annotations

from enzymec.records import FrozenRecord, init_field

from .cache import Builder
from .entry.requests import CallSite, Mode
from .split.split_sites import AugmentedCall, AugmentSizeCall, SplitReverseCall, build_split_half
from .vector.vector_call import VectorForwardCall, VectorReverseCall


def build_reverse(request, debug, rules):
    """Reverse mode at the request's width, imported here: width 1 is reverse.py's gradient
    (through the cache), a wider one vector_reverse.py's lane expansion of it. Only a vector
    request imports the lanes (vector_lanes.py, vector_ops.py: 33 KB of source, about 1.5 ms
    of a compile's start-up)."""
    if request.width == 1:
        from .cache import build_gradient as build
    else:
        from .vector.vector_reverse import build_reverse as build
    return build(request, debug, rules)


def build_forward(request, debug, rules):
    """Forward mode at the request's width, imported here: width 1 is forward.py's tangent,
    a wider one vector_forward.py's lane expansion of it (see build_reverse)."""
    if request.width == 1:
        from .forward.forward import build_tangent as build
    else:
        from .vector.vector_forward import build_forward as build
    return build(request, debug, rules)


class ModeSupport(FrozenRecord):
    _fields = ("call_site", "build")

    def __init__(self, call_site: type[CallSite], build: Builder) -> None:
        init_field(self, "call_site", call_site)
        init_field(self, "build", build)


MODES: dict[Mode, ModeSupport] = {
    Mode.REVERSE: ModeSupport(VectorReverseCall, build_reverse),
    Mode.FORWARD: ModeSupport(VectorForwardCall, build_forward),
    Mode.AUGMENTED: ModeSupport(AugmentedCall, build_split_half),
    Mode.SPLIT_REVERSE: ModeSupport(SplitReverseCall, build_split_half),
    Mode.AUGMENT_SIZE: ModeSupport(AugmentSizeCall, build_split_half),
}
