"""What every scale parser returns, units, framers and the N-equal-readings stabiliser. Pure: no I/O, no threads.

A parser takes one frame (bytes) and returns a `Sample` (a weight, or a status that carries no weight), a
`Reply` (the answer to a zero or tare command) or None (a frame that is not for us: an echo, a count in
pieces, noise). It never raises: the fuzz tests feed it arbitrary bytes.

A framer splits the byte stream from the port into frames; it keeps at most `max_len` bytes of an
unfinished frame, so a scale spewing garbage cannot grow memory.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# ---------------------------------------------------------------- results
OK, OVERLOAD, UNDERZERO, ERROR = "ok", "overload", "underzero", "error"


@dataclass(frozen=True)
class Sample:
    """One reading as the scale sent it, normalised to grams.

    grams  None when the frame carries no weight (e.g. Toledo 8217 answers "in motion" with a status byte)
    stable True/False from the scale's own flag; None when the protocol has none (the driver then asks
           for `stable_n` equal readings in a row)
    status ok, overload, underzero or error (never stable unless ok)"""

    grams: int | None
    stable: bool | None
    status: str = OK
    detail: str = ""
    net: bool = False
    tare_g: int | None = None


@dataclass(frozen=True)
class Reply:
    """The scale's answer to a command that is not a weight: kind is "zero" or "tare"."""

    kind: str
    ok: bool
    detail: str = ""


Parsed = Sample | Reply | None

# ---------------------------------------------------------------- units
GRAMS_PER_UNIT: dict[str, Decimal] = {
    "g": Decimal(1),
    "kg": Decimal(1000),
    "t": Decimal(1_000_000),
    "lb": Decimal("453.59237"),
    "lbs": Decimal("453.59237"),
    "oz": Decimal("28.349523125"),
}
UNITS = ("kg", "g", "lb", "oz")  # the units a URL may name for protocols whose frames carry none


def unit_name(raw: str) -> str | None:
    """'kg', ' KG', 'lb ', 'Lbs' → the canonical unit name, or None."""
    u = raw.strip().lower()
    return u if u in GRAMS_PER_UNIT else None


def number(text: str) -> Decimal | None:
    """A weight field as scales print it: optional sign (also after leading spaces), spaces, digits, one
    decimal point ('.' or ','). '+  1.500' → 1.500, '-0012.3' → -12.3. None when it is not a number."""
    t = text.replace(" ", "")
    if not t:
        return None
    sign = 1
    if t[0] in "+-":
        sign = -1 if t[0] == "-" else 1
        t = t[1:]
    t = t.replace(",", ".")
    if not t or t.count(".") > 1 or not all(c.isdigit() and c.isascii() or c == "." for c in t) or t == ".":
        return None
    try:
        return Decimal(t) * sign
    except InvalidOperation:  # pragma: no cover - guarded above
        return None


def to_grams(value: Decimal, unit: str) -> int | None:
    factor = GRAMS_PER_UNIT.get(unit)
    if factor is None:
        return None
    try:
        return int((value * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except InvalidOperation:  # absurd exponents
        return None


def grams_of(text: str, unit: str) -> int | None:
    v = number(text)
    return None if v is None else to_grams(v, unit)


def text(frame: bytes) -> str:
    """Frames are ASCII; a 7-bit line read at 8 bits may carry the parity bit: drop it."""
    return bytes(b & 0x7F for b in frame).decode("ascii")


# ---------------------------------------------------------------- framers
class Framer:
    """Split a byte stream into frames between an optional `start` byte string and an `end` byte string.

    With `start`, bytes before it are dropped and a new `start` restarts the frame (a frame cut short by a
    replug does not glue onto the next one). Frames are returned without start and end."""

    def __init__(self, end: bytes, start: bytes | None = None, max_len: int = 256):
        self.end = end
        self.start = start
        self.max_len = max_len
        self._buf = bytearray()
        self._in_frame = start is None

    def reset(self) -> None:
        self._buf.clear()
        self._in_frame = self.start is None

    def feed(self, data: bytes) -> list[bytes]:
        out: list[bytes] = []
        self._buf += data
        while True:
            if not self._in_frame:
                assert self.start is not None
                i = self._buf.find(self.start)
                if i < 0:
                    keep = len(self.start) - 1
                    del self._buf[: len(self._buf) - keep if keep else len(self._buf)]
                    break
                del self._buf[: i + len(self.start)]
                self._in_frame = True
            j = self._buf.find(self.end)
            if self.start is not None:
                k = self._buf.find(self.start)
                if 0 <= k and (j < 0 or k < j):  # a new start before this frame ended: drop the stub
                    del self._buf[: k + len(self.start)]
                    continue
            if j < 0:
                if len(self._buf) > self.max_len:
                    self.reset()
                break
            out.append(bytes(self._buf[:j]))
            del self._buf[: j + len(self.end)]
            self._in_frame = self.start is None
        return out


class FixedFramer:
    """Frames of known lengths after a start byte, e.g. Toledo continuous: STX, 3 status bytes, 6 + 6 digits,
    CR and an optional checksum. `lengths` are counted from the start byte (excluded) to the CR (included);
    the first length whose last byte is `end` wins; `trailer` extra bytes (the checksum) follow."""

    def __init__(self, start: bytes, end: bytes, lengths: tuple[int, ...], trailer: int = 0):
        self.start, self.end, self.lengths, self.trailer = start, end, lengths, trailer
        self._buf = bytearray()

    def reset(self) -> None:
        self._buf.clear()

    def feed(self, data: bytes) -> list[bytes]:
        out: list[bytes] = []
        self._buf += data
        while True:
            i = self._buf.find(self.start)
            if i < 0:
                self._buf.clear()
                break
            del self._buf[:i]
            body = self._buf[1:]
            found = None
            for n in self.lengths:
                if len(body) >= n and body[n - 1 : n] == self.end:
                    found = n
                    break
            if found is None:
                if len(body) >= max(self.lengths):  # not a frame: skip this start byte
                    del self._buf[:1]
                    continue
                break
            if len(body) < found + self.trailer:
                break
            out.append(bytes(self._buf[: 1 + found + self.trailer]))
            del self._buf[: 1 + found + self.trailer]
        return out


# ---------------------------------------------------------------- stability without a flag
class Stabilizer:
    """Stable after `n` equal readings in a row (for frames that carry no motion flag)."""

    def __init__(self, n: int = 3):
        self.n = max(1, n)
        self._last: int | None = None
        self._count = 0

    def reset(self) -> None:
        self._last, self._count = None, 0

    def push(self, grams: int) -> bool:
        if grams == self._last:
            self._count += 1
        else:
            self._last, self._count = grams, 1
        return self._count >= self.n
