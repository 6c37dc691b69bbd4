"""Keyboard-wedge scanners: tell a scan from typing by the time between keys (pure; the Qt event filter
in app.ui.scanner feeds it key presses with times and carries out what it says).

A scanner types a whole code in a few milliseconds and ends it with Enter or Tab (or a configured suffix);
a person types slower. Keys are held back while they might be a scan; as soon as a gap shows they were
typed, they are given back to the widget (`Replay`), so typing in a field works as usual, a few tens of
milliseconds late.

A scan is decoded like any scanner's (app.devices.scanners.decode): a configured prefix and suffix are
checked and removed, an AIM symbology identifier (]C1, ]E0, ]Q1 …) is stripped and recorded, GS1 element
strings are parsed into application identifiers, control characters are dropped. A fast burst without its
configured prefix or suffix is a half-read code and is not a scan; the same code read again within
``window_ms`` counts once; a burst of several codes is split at each terminator (and at a configured
prefix or suffix when the scanner sends no Enter).

At most ``max_length`` keys are held back (default 4096): a fast burst longer than that — a scanner gone
wrong, or a key stuck down, whose auto-repeat is as fast as a scanner — is discarded (`Dropped`), and the
rest of it, up to its Enter or a pause, with it: the UI says "a code too long was discarded", never types
thousands of characters into a field or takes the tail of the burst for a code.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .scanners.decode import GS, Deduper, ScanConfig, ScanData, decode_scan


@dataclass(frozen=True)
class Scan:
    text: str
    data: ScanData | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Replay:
    text: str  # typed by a person: deliver to the focused widget


@dataclass(frozen=True)
class Dropped:
    """Keys discarded: reason "code_too_long" (more than max_length keys in one fast burst)."""

    reason: str
    length: int


Action = Scan | Replay | Dropped


class WedgeAssembler:
    def __init__(self, max_gap_ms: float = 40, min_length: int = 4, *, prefix: str = "", suffix: str = "",
                 aim: bool = True, gs1: bool = True, gs_char: str = "", keep_gs: bool = False,
                 window_ms: float = 0, max_length: int = 4096):
        if max_gap_ms <= 0 or min_length < 1 or max_length < min_length:
            raise ValueError("max_gap_ms must be > 0 and 1 ≤ min_length ≤ max_length")
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.max_length = max_length
        self.keep_gs = keep_gs
        # A wedge sees only printable keys (Enter and Tab end the code): a prefix or suffix of control
        # characters (suffix=%0D, the serial scanner's usual setting) cannot be checked here, only stripped.
        prefix, suffix = _printable(prefix), _printable(suffix)
        self.config = ScanConfig(prefix=prefix, suffix=suffix, aim=aim, gs1=gs1, gs_char=gs_char,
                                 min_length=1, window_ms=window_ms)
        self.dedupe = Deduper(window_ms)
        self.duplicates = 0
        self.dropped = 0
        self._buf = ""
        self._last = 0.0
        self._discarding = 0  # keys swallowed since a burst was dropped as too long (0: not discarding)

    @property
    def pending(self) -> str:
        return self._buf

    def key(self, ch: str, t_ms: float) -> list[Action]:
        """A printable key. Control characters never reach a scan (GS, the GS1 separator, does when
        ``keep_gs`` is set)."""
        out: list[Action] = []
        gap = t_ms - self._last > self.max_gap_ms
        self._last = t_ms
        if self._discarding:
            if not gap:
                self._discarding += 1
                return out  # still the burst that was too long
            self._discarding = 0
        if self._buf and gap:
            out.append(Replay(_printable(self._buf)))
            self._buf = ""
        if ch.isprintable() or (self.keep_gs and ch == GS and self._buf):
            self._buf += ch
        if len(self._buf) > self.max_length:
            self.dropped += 1
            out.append(Dropped("code_too_long", len(self._buf)))
            self._buf, self._discarding = "", 1
            return out
        cfg = self.config
        if cfg.prefix and len(self._buf) > len(cfg.prefix) and self._buf.endswith(cfg.prefix):
            # a new code starts while the last one never ended: that one was half-read
            head = self._buf[:-len(cfg.prefix)]
            self._buf = cfg.prefix
            if _printable(head):
                out.append(Replay(_printable(head)))
        if cfg.suffix and self._buf.endswith(cfg.suffix):
            # the scanner ends codes with a suffix and no Enter: the code is complete now
            buf = self._buf
            body = len(buf) - len(cfg.suffix) - len(cfg.prefix)
            if body >= self.min_length:
                self._buf = ""
                out += self._scan(buf, t_ms)
        return out

    def terminator(self, t_ms: float) -> tuple[list[Action], bool]:
        """Enter or Tab. Returns the actions and whether the terminator key itself was used up by a scan
        (False: deliver it to the widget after the replayed text)."""
        if self._discarding:  # the Enter that ends a burst dropped as too long: swallowed with it
            fast = t_ms - self._last <= self.max_gap_ms
            self._discarding = 0
            if fast:
                return [], True
        buf, self._buf = self._buf, ""
        if not buf:
            return [], False
        fast = t_ms - self._last <= self.max_gap_ms
        printable = sum(1 for ch in buf if ch.isprintable())
        if fast and printable >= self.min_length:
            actions = self._scan(buf, t_ms)
            if actions and isinstance(actions[0], Replay):
                return actions, False
            return actions, True
        return [Replay(_printable(buf))], False

    def _scan(self, buf: str, t_ms: float) -> list[Action]:
        data = decode_scan(buf, self.config)
        if data is None or len(data.text) < self.min_length:
            return [Replay(_printable(buf))]  # half-read (no prefix / suffix): not a scan
        if not self.dedupe.accept(data.text, t_ms):
            self.duplicates += 1
            return []
        return [Scan(data.text, data)]

    def timeout(self, t_ms: float) -> list[Action]:
        """Called when no key came for a while: what is held back was typed (or a half-read code with no
        terminator, which is not a scan either)."""
        if self._buf and t_ms - self._last > self.max_gap_ms:
            buf, self._buf = self._buf, ""
            return [Replay(_printable(buf))]
        return []


def _printable(text: str) -> str:
    return "".join(ch for ch in text if ch.isprintable())
