"""The modes enzymec implements, as data: how a mode's call site is decoded and which
builder synthesizes its function. User split mode's three entry points (split_sites.py) share one builder: both halves come
from one split pair. A mode not listed here is a located error where it is
asked for (api.refuse_unsupported_modes)."""

from __future__ import annotations

from enzymec.records import FrozenRecord, init_field

from .cache import Builder
from .entry.requests import CallSite, Mode
from .split.split_sites import AugmentedCall, AugmentSizeCall, SplitReverseCall, build_split_half
from .vector.vector_call import VectorForwardCall, VectorReverseCall
from .vector.vector_forward import build_forward
from .vector.vector_reverse import build_reverse


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
