"""SMA: the Scale Manufacturers Association standard serial protocol (SMA SCP-0499, levels 1 and 2).

Requests are <LF>cmd<CR>: W (weight), Z (zero), T (tare), R (repeat the weight continuously until the
next command: used for continuous mode). The standard response is

    <LF> s r n m f xxxxxx.xxx uuu <CR>          e.g. <LF>_1G_______5.025lb_<CR>   (_ = space)

    s  scale status: Z centre of zero · O over capacity · U under capacity · E zero error ·
                     I initial zero error · T tare error · space none of these
    r  range ('1' for a single-range scale)
    n  G gross · N net · T tare (answer to M) · g / n high-resolution gross / net
    m  M in motion · space stable
    f  reserved
    xxxxxx.xxx  weight, 10 characters (dashes on E / I / T errors)
    uuu         unit, 3 characters (lb_, kg_, g__, oz_)
Unrecognised command: <LF>?<CR>.
"""
from __future__ import annotations

import re

from .core import ERROR, OK, OVERLOAD, UNDERZERO, Framer, Parsed, Reply, Sample, grams_of, text, unit_name

POLL = b"\nW\r"
CONTINUOUS = b"\nR\r"
ZERO = b"\nZ\r"
TARE = b"\nT\r"

_BODY = re.compile(r"^(?P<num>[+\- 0-9.]*?)\s*(?P<unit>[A-Za-z]*)\s*$")


def framer() -> Framer:
    return Framer(start=b"\n", end=b"\r", max_len=64)


def parse(frame: bytes) -> Parsed:
    s = text(frame)
    if s.strip() == "?":
        return Sample(None, False, ERROR, "unrecognised command")
    if len(s) < 7:
        return None
    st, n, m = s[0], s[2], s[3]
    if st not in " ZOUEIT" or n not in "GTNgn" or m not in " M":
        return None
    net = n in "Nn"
    if st in "EIT":
        return Sample(None, False, ERROR, {"E": "zero error", "I": "initial zero error", "T": "tare error"}[st])
    body = _BODY.match(s[5:])
    if not body:
        return Sample(None, False, ERROR, "unreadable weight")
    unit = unit_name(body["unit"])
    grams = grams_of(body["num"], unit) if unit else None
    if n == "T":
        return Reply("tare", grams is not None, s.strip())
    if st == "O":
        return Sample(grams, False, OVERLOAD, net=net)
    if st == "U":
        return Sample(grams, False, UNDERZERO, net=net)
    if grams is None:
        return Sample(None, False, ERROR, "unreadable weight")
    return Sample(grams, m != "M", OK, net=net)
