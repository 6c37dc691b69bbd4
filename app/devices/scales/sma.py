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

from .core import (ERROR, OK, OVERLOAD, UNDERZERO, Framer, Parsed, Reply, Sample, bad_frame, grams_of,
                   scale_error, split_unit, text, unit_name)

POLL = b"\nW\r"
CONTINUOUS = b"\nR\r"
ZERO = b"\nZ\r"
TARE = b"\nT\r"

MAX_FRAME = 40  # s r n m f, 10 weight characters, 3 unit characters: 18 (level 2 adds a few)
WIDTH = 10      # the weight field
ERRORS = {"E": "zero error", "I": "initial zero error", "T": "tare error"}


def framer() -> Framer:
    return Framer(start=b"\n", end=b"\r", max_len=MAX_FRAME)


def parse(frame: bytes) -> Parsed:
    if len(frame) > MAX_FRAME:
        return None
    s = text(frame)
    if s.strip() == "?":
        return Sample(None, False, ERROR, "unrecognised command", reason="unrecognised_command")
    if len(s) < 7:
        return None
    st, n, m = s[0], s[2], s[3]
    if st not in " ZOUEIT" or n not in "GTNgn" or m not in " M":
        return None
    net = n in "Nn"
    if st in ERRORS:
        return scale_error(ERRORS[st], net=net)
    num, raw_unit = split_unit(s[5:])
    unit = unit_name(raw_unit)
    grams = grams_of(num, unit, WIDTH) if unit else None
    if n == "T":
        return Reply("tare", grams is not None, s.strip())
    if st == "O":
        return Sample(None, False, OVERLOAD, net=net, reason="overload")
    if st == "U":
        return Sample(None, False, UNDERZERO, net=net, reason="underzero")
    if grams is None:
        return bad_frame(net=net)
    return Sample(grams, m != "M", OK, net=net)
