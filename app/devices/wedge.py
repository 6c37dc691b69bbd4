"""Keyboard-wedge scanners: tell a scan from typing by the time between keys (pure; the Qt event filter
in app.ui.scanner feeds it key presses with times and carries out what it says).

A scanner types a whole code in a few milliseconds and ends it with Enter or Tab; a person types slower.
Keys are held back while they might be a scan; as soon as a gap shows they were typed, they are given back
to the widget (`Replay`), so typing in a field works as usual, a few tens of milliseconds late."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scan:
    text: str


@dataclass(frozen=True)
class Replay:
    text: str  # typed by a person: deliver to the focused widget


Action = Scan | Replay


class WedgeAssembler:
    def __init__(self, max_gap_ms: float = 40, min_length: int = 4):
        if max_gap_ms <= 0 or min_length < 1:
            raise ValueError("max_gap_ms must be > 0 and min_length ≥ 1")
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._buf = ""
        self._last = 0.0

    @property
    def pending(self) -> str:
        return self._buf

    def key(self, ch: str, t_ms: float) -> list[Action]:
        """A printable key. Control characters never reach a scan."""
        out: list[Action] = []
        if self._buf and t_ms - self._last > self.max_gap_ms:
            out.append(Replay(self._buf))
            self._buf = ""
        if ch.isprintable():
            self._buf += ch
        self._last = t_ms
        return out

    def terminator(self, t_ms: float) -> tuple[list[Action], bool]:
        """Enter or Tab. Returns the actions and whether the terminator key itself was used up by a scan
        (False: deliver it to the widget after the replayed text)."""
        buf, self._buf = self._buf, ""
        if not buf:
            return [], False
        fast = t_ms - self._last <= self.max_gap_ms
        if fast and len(buf) >= self.min_length:
            return [Scan(buf)], True
        return [Replay(buf)], False

    def timeout(self, t_ms: float) -> list[Action]:
        """Called when no key came for a while: what is held back was typed (or a half-read code with no
        terminator, which is not a scan either)."""
        if self._buf and t_ms - self._last > self.max_gap_ms:
            buf, self._buf = self._buf, ""
            return [Replay(buf)]
        return []
