"""What every scale parser returns, units, the line decoders, framers and the N-equal-readings stabiliser.
Pure: no I/O, no threads.

A parser takes one frame (bytes) and returns a `Sample` (a weight, or a status that carries no weight), a
`Reply` (the answer to a zero or tare command) or None (a frame that is not for us: an echo, a count in
pieces, noise). It never raises and runs in time linear in the frame (no backtracking patterns): the fuzz
tests feed it arbitrary bytes with a time limit per frame. A number field longer than the protocol's field
(absurd precision, a 400-digit weight) is no weight.

A line decoder checks the parity bit of every byte where the line has one (`SoftParity`: a 7E1 line read
as 8N1; `MarkedParity`: an 8E1 line read with the OS marking bad bytes) and flags the bad ones.

A framer splits the byte stream from the port into frames. A frame longer than `max_len` is dropped
whole (up to its end: its tail never passes for a frame), and so is a frame with a flagged byte:
`frames()` hands back a `Rejected` for each, so the driver can say why no weight came.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# ---------------------------------------------------------------- results
OK, OVERLOAD, UNDERZERO, ERROR = "ok", "overload", "underzero", "error"

# A parcel station's platform and bench scales: what a reading may be at most when the URL names no capacity
DEFAULT_CAPACITY_G = 300_000
MAX_CAPACITY_G = 10_000_000  # 10 t: the most a URL may name (the database stores grams in 32 bits)


@dataclass(frozen=True)
class Sample:
    """One reading as the scale sent it, normalised to grams.

    grams  None when the frame carries no weight (e.g. Toledo 8217 answers "in motion" with a status byte)
    stable True/False from the scale's own flag; None when the protocol has none (the driver then asks
           for `stable_n` equal readings in a row)
    status ok, overload, underzero or error (never stable unless ok)
    reason the machine-readable why of a status other than ok (see app.devices.scales: REASONS)"""

    grams: int | None
    stable: bool | None
    status: str = OK
    detail: str = ""
    net: bool = False
    tare_g: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class Reply:
    """The scale's answer to a command that is not a weight: kind is "zero" or "tare"."""

    kind: str
    ok: bool
    detail: str = ""


@dataclass(frozen=True)
class Rejected:
    """A frame the framer dropped: reason "parity_error" (a byte failed its parity check) or
    "frame_too_long" (longer than the protocol's longest frame)."""

    reason: str


Parsed = Sample | Reply | None


def bad_frame(detail: str = "unreadable weight", *, reason: str = "bad_frame", net: bool = False) -> Sample:
    """A frame of the protocol whose weight cannot be read: no weight, never stable."""
    return Sample(None, False, ERROR, detail, net=net, reason=reason)


def scale_error(detail: str, *, net: bool = False) -> Sample:
    """The scale reports a fault of its own (zero error, RAM error, ES …): `detail` has its words."""
    return Sample(None, False, ERROR, detail, net=net, reason="scale_error")


def plausible(sample: Parsed, capacity_g: int) -> Parsed:
    """A weight the scale can really be showing, or no weight. Above the scale's capacity (the URL's
    `capacity_kg`/`capacity_g`, else the protocol's default) is status overload, reason over_capacity; a
    gross weight below zero (no scale weighs less than nothing) is underzero, reason negative_gross; a net
    weight may be negative, but not beyond the capacity."""
    if not isinstance(sample, Sample) or sample.grams is None or sample.status != OK:
        return sample
    g = sample.grams
    if g > capacity_g:
        return Sample(None, False, OVERLOAD, f"{g} g is above the capacity of {capacity_g} g", sample.net,
                      reason="over_capacity")
    if g < 0 and (not sample.net or g < -capacity_g):
        return Sample(None, False, UNDERZERO, f"{'net' if sample.net else 'gross'} {g} g", sample.net,
                      reason="negative_gross" if not sample.net else "over_capacity")
    return sample


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


def number(text: str, width: int = 12) -> Decimal | None:
    """A weight field as scales print it: optional sign (also after leading spaces), spaces, digits, one
    decimal point ('.' or ','). '+  1.500' → 1.500, '-0012.3' → -12.3. None when it is not a number, or when
    it has more than `width` characters without its spaces (more than the protocol's field holds)."""
    t = text.replace(" ", "")
    if not t or len(t) > width:
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


def whole_number(text: str) -> int | None:
    """A URL parameter's whole number: ASCII digits with an optional sign, or 0x and hex digits. Not
    '1_0', '١٢' or '1e3', which int() would take."""
    t = text.strip()
    body = t[1:] if t[:1] in "+-" else t
    if body[:2].lower() == "0x" and body[2:] and all(c in "0123456789abcdefABCDEF" for c in body[2:]):
        return int(t, 16)
    if body and all("0" <= c <= "9" for c in body):
        return int(t)
    return None


def flag(name: str, value: str) -> bool:
    """Parameter `name`'s yes or no: 1/0, true/false, yes/no, on/off; ValueError naming it otherwise."""
    v = value.strip().lower()
    if v in ("1", "yes", "true", "on", "0", "no", "false", "off"):
        return v in ("1", "yes", "true", "on")
    raise ValueError(f"parameter '{name}' must be 1 or 0 (true/false, yes/no, on/off), not {value!r}")


def whole(name: str, value: str, lo: int, hi: int) -> int:
    """Parameter `name`'s whole number in lo…hi; ValueError naming the parameter otherwise."""
    n = whole_number(value)
    if n is None:
        raise ValueError(f"parameter '{name}' must be a whole number, not {value!r}")
    if not lo <= n <= hi:
        raise ValueError(f"parameter '{name}' must be between {lo} and {hi}, not {n}")
    return n


def to_grams(value: Decimal, unit: str) -> int | None:
    factor = GRAMS_PER_UNIT.get(unit)
    if factor is None:
        return None
    try:
        return int((value * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except InvalidOperation:  # absurd exponents
        return None


def grams_of(text: str, unit: str, width: int = 12) -> int | None:
    v = number(text, width)
    return None if v is None else to_grams(v, unit)


def split_unit(field: str, extra: str = "") -> tuple[str, str]:
    """'  +0013.50kg ' → ('+0013.50', 'kg'): the letters (and any of `extra`) at the end are the unit, what
    stands before them the number. One pass from the end: linear in the field, whatever it holds."""
    s = field.strip()
    i = len(s)
    while i > 0 and s[i - 1].isascii() and (s[i - 1].isalpha() or s[i - 1] in extra):
        i -= 1
    return s[:i].rstrip(), s[i:]


def text(frame: bytes) -> str:
    """A frame's text. Scale frames are ASCII: a byte with bit 7 set (noise, or a 7-bit line whose parity
    bit was not taken off by a line decoder) becomes U+FFFD, which no field accepts."""
    return frame.decode("ascii", "replace")


# ---------------------------------------------------------------- line decoders
BAD_BYTE = 0xFF  # stands for a byte that failed its parity check: never a start or end byte of any protocol


class SoftParity:
    """A line of `bits` data bits with a parity bit (E, O, M or S), read as `bits` + 1 data bits without
    parity: the UART hands over the parity bit as the top bit of each byte (a 7E1 line read as 8N1), and
    it is checked here. Works on every OS and USB adapter, since every UART can do 8N1."""

    def __init__(self, bits: int, parity: str):
        if not 5 <= bits <= 7 or parity not in "EOMS":
            raise ValueError(f"no software parity for {bits} data bits, parity {parity!r}")
        clean, bad, out = bytearray(256), bytearray(256), bytearray(256)
        for b in range(256):
            data, p = b & ((1 << bits) - 1), (b >> bits) & 1
            ones = bin(data).count("1") & 1
            want = {"E": ones, "O": ones ^ 1, "M": 1, "S": 0}[parity]
            ok = p == want and b >> (bits + 1) == 0
            clean[b], bad[b] = (data, 0) if ok else (BAD_BYTE, 1)
            out[b] = (data | want << bits) if b == data else 0
        self._clean, self._bad, self._out = bytes(clean), bytes(bad), bytes(out)
        self.errors = 0

    def encode(self, data: bytes) -> bytes:
        """What to write so that the other end, set to the real line, gets `data` with a good parity bit."""
        return data.translate(self._out)

    def decode(self, data: bytes) -> tuple[bytes, bytes | None]:
        """(the data bits of each byte, a flag per byte: 1 = parity error) — flags None when all are good."""
        flags = data.translate(self._bad)
        if 1 not in flags:
            return data.translate(self._clean), None
        self.errors += flags.count(1)
        return data.translate(self._clean), flags


class MarkedParity:
    """An 8-bit line with hardware parity on POSIX, the port set to INPCK | PARMRK: the OS hands a byte that
    failed its parity (or framing) check over as FF 00 <byte>, a real FF as FF FF."""

    def __init__(self) -> None:
        self._pending = b""
        self.errors = 0

    def decode(self, data: bytes) -> tuple[bytes, bytes | None]:
        buf = self._pending + data
        if 0xFF not in buf:
            self._pending = b""
            return buf, None
        out, flags = bytearray(), bytearray()
        i, n = 0, len(buf)
        while i < n:
            b = buf[i]
            if b != 0xFF:
                out.append(b)
                flags.append(0)
                i += 1
                continue
            if i + 1 >= n:
                break  # FF at the end of a read: wait for what follows it
            if buf[i + 1] == 0xFF:
                out.append(0xFF)
                flags.append(0)
                i += 2
            elif buf[i + 1] == 0x00:
                if i + 2 >= n:
                    break
                out.append(BAD_BYTE)
                flags.append(1)
                self.errors += 1
                i += 3
            else:  # cannot come from PARMRK: take it as data
                out.append(0xFF)
                flags.append(0)
                i += 1
        self._pending = bytes(buf[i:])
        return bytes(out), (bytes(flags) if 1 in flags else None)

    @staticmethod
    def encode(data: bytes) -> bytes:
        return data


class PlainLine:
    """A line without parity (or one whose parity nobody here can see: socket://, loop://)."""

    errors = 0

    @staticmethod
    def decode(data: bytes) -> tuple[bytes, bytes | None]:
        return data, None

    @staticmethod
    def encode(data: bytes) -> bytes:
        return data


# ---------------------------------------------------------------- framers
class FlaggedBuffer:
    """Bytes waiting to be framed, each with its parity flag (1: the byte failed its parity check)."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._bad = bytearray()

    def _add(self, data: bytes, bad: bytes | None) -> None:
        self._buf += data
        self._bad += bad if bad is not None else bytes(len(data))

    def _drop(self, n: int) -> None:
        del self._buf[:n]
        del self._bad[:n]

    def _keep_last(self, n: int) -> None:
        self._drop(max(0, len(self._buf) - n))

    def _flagged(self, n: int) -> bool:
        return self._bad.find(1, 0, n) >= 0

    def reset(self) -> None:
        self._buf.clear()
        self._bad.clear()


class _Splitter(FlaggedBuffer):
    def feed(self, data: bytes) -> list[bytes]:
        """The good frames that `data` completes (rejected ones left out)."""
        return [f for f in self.frames(data) if isinstance(f, bytes)]

    def frames(self, data: bytes, bad: bytes | None = None) -> list[bytes | Rejected]:  # pragma: no cover
        """Every frame `data` completes, or a Rejected in its place; `bad` flags bytes that failed parity."""
        raise NotImplementedError


class Framer(_Splitter):
    """Split a byte stream into frames between an optional `start` byte string and an `end` byte string.

    With `start`, bytes before it are dropped and a new `start` restarts the frame (a frame cut short by a
    replug does not glue onto the next one). Frames are returned without start and end. At most `max_len`
    bytes make a frame: a longer one is rejected, and everything up to its end (or the next start) with it."""

    def __init__(self, end: bytes, start: bytes | None = None, max_len: int = 256):
        super().__init__()
        self.end = end
        self.start = start
        self.max_len = max_len
        self._in_frame = start is None
        self._skipping = False

    def reset(self) -> None:
        super().reset()
        self._in_frame = self.start is None
        self._skipping = False

    def frames(self, data: bytes, bad: bytes | None = None) -> list[bytes | Rejected]:
        out: list[bytes | Rejected] = []
        self._add(data, bad)
        while True:
            if not self._in_frame:
                assert self.start is not None
                i = self._buf.find(self.start)
                if i < 0:
                    self._keep_last(len(self.start) - 1)
                    break
                self._drop(i + len(self.start))
                self._in_frame, self._skipping = True, False
            j = self._buf.find(self.end)
            if self.start is not None:
                k = self._buf.find(self.start)
                if 0 <= k and (j < 0 or k < j):  # a new start before this frame ended: drop the stub
                    self._drop(k + len(self.start))
                    self._skipping = False
                    continue
            if j < 0:
                if len(self._buf) > self.max_len:
                    if not self._skipping:
                        out.append(Rejected("frame_too_long"))
                        self._skipping = True
                    self._keep_last(len(self.end) - 1)  # the end may be arriving split across reads
                break
            frame, flagged = bytes(self._buf[:j]), self._flagged(j)
            self._drop(j + len(self.end))
            self._in_frame = self.start is None
            if self._skipping:  # the tail of a frame already rejected as too long
                self._skipping = False
            elif len(frame) > self.max_len:
                out.append(Rejected("frame_too_long"))
            elif flagged:
                out.append(Rejected("parity_error"))
            else:
                out.append(frame)
        return out


class FixedFramer(_Splitter):
    """Frames of known lengths after a start byte, e.g. Toledo continuous: STX, 3 status bytes, 6 + 6 digits,
    CR and an optional checksum. `lengths` are counted from the start byte (excluded) to the CR (included);
    the first length whose last byte is `end` wins; `trailer` extra bytes (the checksum) follow."""

    def __init__(self, start: bytes, end: bytes, lengths: tuple[int, ...], trailer: int = 0):
        super().__init__()
        self.start, self.end, self.lengths, self.trailer = start, end, lengths, trailer
        self.max_len = 1 + max(lengths) + trailer

    def frames(self, data: bytes, bad: bytes | None = None) -> list[bytes | Rejected]:
        out: list[bytes | Rejected] = []
        self._add(data, bad)
        while True:
            i = self._buf.find(self.start)
            if i < 0:
                self.reset()
                break
            self._drop(i)
            body = self._buf[1:]
            found = None
            for n in self.lengths:
                if len(body) >= n and body[n - 1 : n] == self.end:
                    found = n
                    break
            if found is None:
                if len(body) >= max(self.lengths):  # not a frame: skip this start byte
                    self._drop(1)
                    continue
                break
            size = 1 + found + self.trailer
            if len(self._buf) < size:
                break
            frame, flagged = bytes(self._buf[:size]), self._flagged(size)
            self._drop(size)
            out.append(Rejected("parity_error") if flagged else frame)
        return out


# ---------------------------------------------------------------- stability without a flag
class Stabilizer:
    """Stable after `n` equal readings in a row (for frames that carry no motion flag; the driver also uses
    it to take a flagged-stable weight only once consecutive frames agree)."""

    def __init__(self, n: int = 3):
        self.n = max(1, n)
        self._last: object = None
        self._count = 0

    def reset(self) -> None:
        self._last, self._count = None, 0

    def push(self, key: object) -> bool:
        if self._count and key == self._last:
            self._count += 1
        else:
            self._last, self._count = key, 1
        return self._count >= self.n
