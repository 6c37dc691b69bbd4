"""What every printer raises and reports: ``PrinterError`` (the job did not print) and ``PrinterStatus``."""
from __future__ import annotations

from dataclasses import dataclass


class PrinterError(Exception):
    """The job did not print (offline, paper out, …): it must not count as printed."""


@dataclass(frozen=True)
class PrinterStatus:
    """What a printer says about itself. ``known`` is False when the transport cannot ask (a one-way link):
    the other fields are then only what the program could see (it opened, it took the bytes)."""

    online: bool
    paper_out: bool = False
    cover_open: bool = False
    error: str = ""
    paper_low: bool = False
    known: bool = True

    @property
    def ready(self) -> bool:
        return self.online and not self.paper_out and not self.cover_open and not self.error

    def describe(self) -> str:
        """A short English reason, e.g. "paper out, cover open"; "ready" when nothing is wrong."""
        parts = []
        if not self.online:
            parts.append("offline")
        if self.paper_out:
            parts.append("paper out")
        if self.cover_open:
            parts.append("cover open")
        if self.error:
            parts.append(self.error)
        if not parts:
            parts.append("ready" if self.known else "ready (status not reported)")
        if self.paper_low:
            parts.append("paper low")
        return ", ".join(parts)

    @classmethod
    def offline(cls, error: str = "not answering") -> PrinterStatus:
        return cls(online=False, error=error)
