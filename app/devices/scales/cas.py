"""CAS indicators and bench scales (CI-200/400/600, NT, ER …): continuous stream, lines ending CR LF.

    ST,GS,<id><lamp>,000013.5 kg<CR><LF>     the 22-byte CAS format: header 1, header 2, device id (1 byte),
                                             lamp status byte, data (8 bytes, sign and decimal point
                                             included), a space, unit (2 bytes)
    ST,GS,+0013.50kg<CR><LF>                 the 18-byte format (A&D style): headers, data (8), unit (2)
    000013.5<CR><LF>                         the 10-byte format: data only — no flag, no unit: the URL's
                                             `unit` applies and stability is `stable_n` equal readings

Header 1: ST stable · US unstable · OL overload (the data is then blanks or 9s).
Header 2: GS gross · NT net (TR tare).
Lamp status byte: bit 7 = 1, bit 6 stable, bit 4 hold, bit 3 printing, bit 2 gross, bit 1 tare, bit 0 zero.
No zero or tare command: press the keys on the indicator.
"""
from __future__ import annotations

from .core import (OVERLOAD, UNDERZERO, Framer, Parsed, Sample, bad_frame, grams_of, number, split_unit, text,
                   unit_name)

MAX_FRAME = 40  # the 22-byte format is the longest: 20 bytes before CR LF, with room for a wider unit
WIDTH = 8       # the data field: 8 bytes, sign and decimal point included


def framer() -> Framer:
    return Framer(end=b"\r\n", max_len=MAX_FRAME)


def _data(raw: bytes, default_unit: str) -> tuple[str, str | None, str]:
    num, u = split_unit(text(raw))
    return num, (unit_name(u) if u else default_unit), u


def parse(frame: bytes, unit: str = "kg") -> Parsed:
    if len(frame) > MAX_FRAME:
        return None
    if len(frame) >= 6 and frame[2:3] == b"," and frame[5:6] == b",":
        h1, h2 = text(frame[:2]), text(frame[3:5])
        if h1 not in ("ST", "US", "OL"):
            return None
        rest = frame[6:]
        if len(rest) >= 3 and rest[2:3] == b",":  # device id and lamp byte
            rest = rest[3:]
        num, u, raw_unit = _data(rest, unit)
        if u is None:
            return None if raw_unit else bad_frame("no unit", reason="no_unit")
        net = h2 == "NT"
        if h1 == "OL":
            neg = num.startswith("-")
            return Sample(None, False, UNDERZERO if neg else OVERLOAD, "OL", net=net,
                          reason="underzero" if neg else "overload")
        grams = grams_of(num, u, WIDTH)
        if grams is None:
            return bad_frame(net=net)
        return Sample(grams, h1 == "ST", net=net)
    # the 10-byte format: just the number
    num, u, raw_unit = _data(frame, unit)
    if raw_unit or number(num, WIDTH) is None:
        return None
    grams = grams_of(num, unit, WIDTH)
    return None if grams is None else Sample(grams, None)
