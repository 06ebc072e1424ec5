"""The modes enzymec implements, as data: how a mode's call site is decoded and which
builder synthesizes its function. A mode not listed here is a located error where it is
asked for (api.refuse_unsupported_modes)."""

from __future__ import annotations

from dataclasses import dataclass

from .cache import Builder, build_gradient
from .requests import CallSite, Mode
from .reverse_call import ReverseCall


@dataclass(frozen=True)
class ModeSupport:
    call_site: type[CallSite]
    build: Builder


MODES: dict[Mode, ModeSupport] = {
    Mode.REVERSE: ModeSupport(ReverseCall, build_gradient),
}
