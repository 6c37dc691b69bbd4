"""Toledo 8217 (the "ECR" protocol of Mettler Toledo checkout scales, also NCR 8217 mode): poll only.

The host sends one character, no terminator:

    W   weight   → <STX>01.250<CR>           the weight, digits and decimal point, no unit: only sent when the
                                              weight is stable, in range and not negative
                 → <STX>?<status><CR>         otherwise: a status byte instead of the weight
    Z   zero     → <STX>?<status><CR>

Status byte (an ASCII character; bit 7 is even parity at 7E1):
    bit 0 in motion · bit 1 over capacity · bit 2 under zero · bit 3 outside zero capture range ·
    bit 4 centre of zero · bit 5 net weight (some scales: always 1) · bit 6 always 1

The frame has no unit: the URL's `unit` says what the digits are (default kg). No tare command.
"""
from __future__ import annotations

from .core import OK, OVERLOAD, UNDERZERO, Framer, Parsed, Sample, bad_frame, grams_of, text

POLL = b"W"
ZERO = b"Z"

MAX_FRAME = 32  # between STX and CR: "01.250", or "?" and a status byte
WIDTH = 8       # digits and the decimal point


def framer() -> Framer:
    return Framer(start=b"\x02", end=b"\r", max_len=MAX_FRAME)


def parse(frame: bytes, unit: str = "kg") -> Parsed:
    """`frame` is what lies between STX and CR."""
    if len(frame) > MAX_FRAME:
        return None
    if frame[:1] == b"?":
        if len(frame) < 2:
            return bad_frame("status missing")
        b = frame[1] & 0x7F
        motion, over, under, centre = b & 0x01, b & 0x02, b & 0x04, b & 0x10
        if over:
            return Sample(None, False, OVERLOAD, f"status 0x{b:02x}", reason="overload")
        if under:
            return Sample(None, False, UNDERZERO, f"status 0x{b:02x}", reason="underzero")
        if centre and not motion:
            return Sample(0, True, OK, "centre of zero")
        return Sample(None, False, OK, f"status 0x{b:02x}")
    s = text(frame)
    grams = grams_of(s, unit, WIDTH)
    if grams is None:
        return bad_frame() if s.strip() else None
    return Sample(grams, True)  # the scale only sends a weight when it is stable
