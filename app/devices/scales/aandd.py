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

import re

from .core import ERROR, OVERLOAD, UNDERZERO, Framer, Parsed, Sample, grams_of, text, unit_name

POLL = b"Q\r\n"
ZERO = b"Z\r\n"
TARE = b"T\r\n"

_DATA = re.compile(r"^(?P<num>[+\- 0-9.]*?)\s*(?P<unit>[A-Za-z%]*)\s*$")
_H2 = {"GS", "NT", "TR", "G ", "N ", "T ", "PT", "LO", "OK", "HI", "--"}


def framer() -> Framer:
    return Framer(end=b"\r\n", max_len=64)


def parse(frame: bytes) -> Parsed:
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
    m = _DATA.match(rest)
    if not m:
        return None
    unit = unit_name(m["unit"])
    if unit is None:
        return None if m["unit"] else Sample(None, False, ERROR, "no unit")
    if h1 == "OL":
        return Sample(None, False, UNDERZERO if m["num"].strip().startswith("-") else OVERLOAD, "OL", net=net)
    grams = grams_of(m["num"], unit)
    if grams is None:
        return Sample(None, False, ERROR, "unreadable weight")
    return Sample(grams, h1 == "ST", net=net)
