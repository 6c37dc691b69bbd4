"""The one reading type every scale driver returns."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reading:
    """What a scale shows now. `stable` is only ever true with status "ok"; an offline reading has no weight.

    `at` (monotonic seconds when the frame arrived) and `detail` (the scale's own words, e.g. "ES syntax
    error") are for drivers and the Devices screen; they take no part in comparisons."""

    grams: int
    stable: bool
    online: bool = True
    status: str = "ok"  # ok, overload, underzero, error, offline
    at: float | None = field(default=None, compare=False)
    detail: str = field(default="", compare=False)

    @classmethod
    def offline(cls) -> Reading:
        return cls(0, False, online=False, status="offline")
