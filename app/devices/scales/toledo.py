"""Mettler Toledo continuous output (the "Toledo continuous" format of IND terminals, Wildcat, Cardinal,
Fairbanks and many Chinese indicators): the terminal sends, about 7–20 times a second,

    <STX> <SWA> <SWB> <SWC> dddddd tttttt <CR> [<CHK>]      18 bytes (17 without checksum)
    <STX> <SWA> <SWB> <SWC> dddddd <CR> [<CHK>]              the short form, without the tare field

dddddd: the displayed weight, 6 digits, no sign, no decimal point; tttttt: the tare, likewise.
CHK (optional, URL `checksum=1|0`, default 1): the 2's complement of the 7-bit sum of every byte from STX
to CR, so that the 7-bit sum of the whole frame is 0.

Status word A: bits 0-2 decimal point (0 = XXXX00, 1 = XXXXX0, 2 = XXXXXX, 3 = XXXXX.X … 7 = X.XXXXX);
               bits 3-4 increment size (x1, x2, x5); bit 5 always 1.
Status word B: bit 0 net · bit 1 negative · bit 2 out of range · bit 3 motion · bit 4 kg (0 = lb) ·
               bit 5 always 1 · bit 6 power-up, not zeroed.
Status word C: bits 0-2 unit extension (0 = lb/kg as word B says, 1 = g, 2 = t, 3 = oz) · bit 3 print
               request · bit 4 expanded display · bit 6 hand tare.
Commands (single characters): Z zero, T tare.
"""
from __future__ import annotations

from decimal import Decimal

from .core import ERROR, OVERLOAD, UNDERZERO, FixedFramer, Parsed, Sample, bad_frame, to_grams

ZERO = b"Z"
TARE = b"T"
STX, CR = 0x02, 0x0D


def framer(checksum: bool = True) -> FixedFramer:
    return FixedFramer(start=b"\x02", end=b"\r", lengths=(16, 10), trailer=1 if checksum else 0)


def checksum_of(body: bytes) -> int:
    """The checksum byte for STX … CR."""
    return (-sum(b & 0x7F for b in body)) & 0x7F


def _digits(raw: bytes) -> int | None:
    s = raw.decode("ascii", "replace").strip()
    return int(s) if s.isdigit() and s.isascii() else None


UNIT_EXT = {1: "g", 2: "t", 3: "oz"}


def parse(frame: bytes, checksum: bool = True) -> Parsed:
    """`frame` is the whole frame from STX to CR (and the checksum byte)."""
    n = len(frame) - (1 if checksum else 0)
    if n not in (11, 17) or frame[0] != STX or frame[n - 1] != CR:
        return None
    if checksum and (sum(b & 0x7F for b in frame) & 0x7F) != 0:
        return Sample(None, False, ERROR, "checksum", reason="checksum_error")
    swa, swb, swc = frame[1] & 0x7F, frame[2] & 0x7F, frame[3] & 0x7F
    shown = _digits(frame[4:10])
    if shown is None:
        return bad_frame()
    ext = swc & 0x07
    unit = UNIT_EXT.get(ext) if ext else ("kg" if swb & 0x10 else "lb")
    if unit is None:
        return bad_frame(f"unit code {ext}")
    exp = 2 - (swa & 0x07)
    value = Decimal(shown).scaleb(exp)
    if swb & 0x02:
        value = -value
    grams = to_grams(value, unit)
    tare = _digits(frame[10:16]) if n == 17 else None
    tare_g = to_grams(Decimal(tare).scaleb(exp), unit) if tare is not None else None
    motion, out_of_range, net = bool(swb & 0x08), bool(swb & 0x04), bool(swb & 0x01)
    if out_of_range:
        under = bool(swb & 0x02)
        return Sample(None, False, UNDERZERO if under else OVERLOAD, net=net, tare_g=tare_g,
                      reason="underzero" if under else "overload")
    return Sample(grams, not motion, net=net, tare_g=tare_g)
