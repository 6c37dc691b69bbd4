"""Avery Weigh-Tronix / NCI general serial protocol (SCP-01, "NCI standard"; also Brecknell, Salter): poll.

    W<CR>  weight → <LF>0001.25lb<CR><LF>hh<CR><ETX>     weight with unit, then the status bytes
                  → <LF>hh<CR><ETX>                      status only (some scales: in motion, under zero …)
    S<CR>  status → <LF>hh<CR><ETX>
    Z<CR>  zero   → <LF>hh<CR><ETX>

The weight field may read ^^^^^^^ (over capacity), _______ (under capacity) or ------- (zero error).
Status bytes (bits 4 and 5 always 1, so an all-clear byte is '0'; bit 7 parity; some scales put an 'S'
before them):
    byte 1: bit 0 in motion · bit 1 at zero · bit 2 RAM error · bit 3 EEPROM error
    byte 2: bit 0 under capacity · bit 1 over capacity · bit 2 ROM error · bit 3 faulty calibration
    byte 3 (optional): bits 0-1 range · bit 2 net · bit 3 initial zero error
Unrecognised command: <LF>?<CR><ETX>. No tare command in the mandatory set.
"""
from __future__ import annotations

from .core import (ERROR, OK, OVERLOAD, UNDERZERO, Framer, Parsed, Sample, bad_frame, grams_of,
                   scale_error, split_unit, text, unit_name)

POLL = b"W\r"
ZERO = b"Z\r"

MAX_FRAME = 40  # <LF> weight (10) unit (2) <CR> <LF> status (≤ 4) <CR>, before ETX
WIDTH = 10      # the weight field


def framer() -> Framer:
    return Framer(end=b"\x03", max_len=MAX_FRAME)


def _status(line: str) -> list[int] | None:
    if line[:1] == "S":
        line = line[1:]
    if not line or len(line) > 4 or not all(0x30 <= ord(c) <= 0x3F or 0x70 <= ord(c) <= 0x7F for c in line):
        return None
    return [ord(c) & 0x4F for c in line]


def _marks(num: str) -> str | None:
    """The weight field's error marks: ^^^ over, ___ under, --- zero error (one character repeated)."""
    if num and num[0] in "^_-" and num.count(num[0]) == len(num) and (num[0] != "-" or len(num) >= 2):
        return num[0]
    return None


def parse(frame: bytes) -> Parsed:
    if len(frame) > MAX_FRAME:
        return None
    lines = [ln.strip("\n") for ln in text(frame).split("\r")]
    lines = [ln for ln in lines if ln.strip()]
    if not lines:
        return None
    if lines[0].strip() == "?":
        return Sample(None, False, ERROR, "unrecognised command", reason="unrecognised_command")
    status = _status(lines[-1])
    if status is None:
        return None
    weight_line = lines[-2] if len(lines) >= 2 else None
    b1 = status[0]
    b2 = status[1] if len(status) > 1 else 0
    b3 = status[2] if len(status) > 2 else 0
    motion, at_zero = bool(b1 & 1), bool(b1 & 2)
    net = bool(b3 & 4)
    if b1 & 0x0C or b2 & 0x0C or b3 & 0x08:
        return scale_error(f"status {''.join(chr(c | 0x30) for c in status)}", net=net)
    if b2 & 2:
        return Sample(None, False, OVERLOAD, net=net, reason="overload")
    if b2 & 1:
        return Sample(None, False, UNDERZERO, net=net, reason="underzero")
    grams = None
    if weight_line is not None:
        num, raw_unit = split_unit(weight_line)
        mark = _marks(num)
        if mark == "^":
            return Sample(None, False, OVERLOAD, net=net, reason="overload")
        if mark == "_":
            return Sample(None, False, UNDERZERO, net=net, reason="underzero")
        if mark == "-":
            return scale_error("zero error", net=net)
        unit = unit_name(raw_unit)
        grams = grams_of(num, unit, WIDTH) if unit else None
        if grams is None:
            return bad_frame(net=net)
    elif at_zero and not motion:
        grams = 0
    return Sample(grams, not motion and grams is not None, OK, net=net)
