"""Mettler Toledo MT-SICS (Standard Interface Command Set), level 0/1.

Commands end with CR LF; so do responses. The driver polls with `SI` (send the weight now, stable or not)
or, in continuous mode, sends `SIR` once after opening (the balance then repeats the weight by itself).

    S S      100.00 g     stable weight (the `S` command's example in the manuals)
    S D      100.02 g     dynamic: the weight is moving
    S I                   command not executable (busy, e.g. taring; or no stability in time)
    S +  /  S -           overload / underload
    ES / ET / EL          syntax error / transmission error / logical error (any command)
    Z A                   zero done (`Z`); Z I, Z +, Z - not done
    T S      12.34 g      tare done (`T`), with the tare weight; T I, T +, T - not done

The weight field is 10 characters, right-aligned, followed by a space and the unit (g, kg, lb, oz …).
"""
from __future__ import annotations

from .core import ERROR, OK, OVERLOAD, UNDERZERO, Framer, Parsed, Reply, Sample, bad_frame, grams_of, text, unit_name

POLL = b"SI\r\n"
CONTINUOUS = b"SIR\r\n"
ZERO = b"Z\r\n"
TARE = b"T\r\n"

ERRORS = {"ES": "syntax error", "ET": "transmission error", "EL": "logical error"}
REASONS = {"ES": "unrecognised_command", "ET": "scale_error", "EL": "scale_error"}

MAX_FRAME = 64  # "S S" + a 10-character weight + unit: 18 bytes; room for long unit names
WIDTH = 10      # the weight field


def framer() -> Framer:
    return Framer(end=b"\r\n", max_len=MAX_FRAME)


def _weight(parts: list[str]) -> int | None:
    if len(parts) < 4:
        return None
    unit = unit_name(parts[3])
    return None if unit is None else grams_of(parts[2], unit, WIDTH)


def parse(frame: bytes) -> Parsed:
    if len(frame) > MAX_FRAME:
        return None
    parts = text(frame).split()
    if not parts:
        return None
    cmd = parts[0]
    if cmd in ERRORS:
        return Sample(None, False, ERROR, f"{cmd} {ERRORS[cmd]}", reason=REASONS[cmd])
    if len(parts) < 2:
        return None
    st = parts[1]
    if cmd in ("S", "SI", "SIR"):
        if st in ("S", "D"):
            grams = _weight(parts)
            if grams is None:
                return bad_frame("unreadable weight: " + " ".join(parts[2:])[:40])
            return Sample(grams, st == "S")
        if st == "I":
            return Sample(None, False, OK, "busy (S I)", reason="busy")
        if st == "+":
            return Sample(None, False, OVERLOAD, "S +", reason="overload")
        if st == "-":
            return Sample(None, False, UNDERZERO, "S -", reason="underzero")
        return None
    if cmd in ("Z", "ZI"):
        return Reply("zero", st in ("A", "S", "D"), " ".join(parts))
    if cmd in ("T", "TI"):
        return Reply("tare", st in ("S", "D"), " ".join(parts))
    return None
