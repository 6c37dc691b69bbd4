"""A&D balances and indicators (EK, EJ, GF, GX, FX, GC, AD-43xx/44xx): the "A&D standard format".

    ST,+001234.5  g<CR><LF>      header, comma, data (9 characters: sign, digits, decimal point), unit
                                 (3 characters, right-aligned: "  g", " kg", " lb", " oz")
    ST,NT,+0012.34kg<CR><LF>     indicators: a second header GS / NT / TR (or G_, N_, T_, PT), then data
    ST,OK,+0001.234 kg<CR><LF>   with a comparator result (LO / OK / HI / --) as a second header

Header 1: ST stable · US unstable · OL out of range (overload; a minus sign: under) · QT stable count
(pieces — not a weight: ignored). Units other than mass (PC, %, …) are ignored.
Commands: Q (send the data now: used to poll), Z (re-zero), T (tare), each ending CR LF. In stream mode
the balance sends about 10 frames a second by itself.
"""
from __future__ import annotations

from .core import (OVERLOAD, UNDERZERO, Framer, Parsed, Sample, bad_frame, grams_of, split_unit, text,
                   unit_name)

POLL = b"Q\r\n"
ZERO = b"Z\r\n"
TARE = b"T\r\n"

MAX_FRAME = 40  # "ST,NT,+0012.34 kg" is 17 bytes before CR LF
WIDTH = 9       # the data field: sign, digits and decimal point
_H2 = {"GS", "NT", "TR", "G ", "N ", "T ", "PT", "LO", "OK", "HI", "--"}


def framer() -> Framer:
    return Framer(end=b"\r\n", max_len=MAX_FRAME)


def parse(frame: bytes) -> Parsed:
    if len(frame) > MAX_FRAME:
        return None
    s = text(frame)
    if len(s) < 4 or s[2] != ",":
        return None
    h1, rest = s[:2], s[3:]
    net = False
    if len(rest) >= 3 and rest[2] == "," and rest[:2] in _H2:
        net = rest[:2] in ("NT", "N ")
        rest = rest[3:]
    if h1 not in ("ST", "US", "OL"):
        return None  # QT (count) and anything else is not a weight
    num, raw_unit = split_unit(rest, "%")
    unit = unit_name(raw_unit)
    if unit is None:
        return None if raw_unit else bad_frame("no unit", reason="no_unit")  # PC, %: not a weight
    if h1 == "OL":
        neg = num.startswith("-")
        return Sample(None, False, UNDERZERO if neg else OVERLOAD, "OL", net=net,
                      reason="underzero" if neg else "overload")
    grams = grams_of(num, unit, WIDTH)
    if grams is None:
        return bad_frame(net=net)
    return Sample(grams, h1 == "ST", net=net)
