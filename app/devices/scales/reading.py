"""The one reading type every scale driver returns."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reading:
    """What a scale shows now. `stable` is only ever true with status "ok"; a reading whose status is not
    "ok" carries no weight (grams 0), and neither does an offline one.

    `reason` is the machine-readable why of a status other than "ok" (the codes are listed in
    app.devices.scales; the UI translates them). `at` (monotonic seconds when the frame arrived) and
    `detail` (the scale's own words or the OS error, English, for IT) are for drivers and the Devices
    screen. None of the three takes part in comparisons."""

    grams: int
    stable: bool
    online: bool = True
    status: str = "ok"  # ok, overload, underzero, error, offline
    at: float | None = field(default=None, compare=False)
    detail: str = field(default="", compare=False)
    reason: str = field(default="", compare=False)

    @property
    def usable(self) -> bool:
        """Online and status ok: the grams are a weight the scale shows (stable or still moving)."""
        return self.online and self.status == "ok"

    @classmethod
    def offline(cls, reason: str = "", detail: str = "") -> Reading:
        return cls(0, False, online=False, status="offline", detail=detail, reason=reason)
