"""Code 128 for waybills: one segmentation into code sets B and C, used by every output.

The raster, the PDF and the printer languages must draw the *same* bars: the raster and the PDF draw the
modules computed here, and the ESC/POS compact mode sends the same segmentation to the printer as ``{B…{C…``
data (``GS k`` function B, type 73), so a printer that builds the barcode itself makes the same symbol.

Segmentation (the usual minimal-length rules): start in C when the value opens with four or more digits (or
is an even run of digits), else B; inside B switch to C for a run of six or more digits (four or more at the
end), with an odd run's first digit still in B; leave C when fewer than two digits follow. Only printable
ASCII (code set B) is supported — waybill and order numbers are letters, digits and ``-``.
"""
from __future__ import annotations

from functools import lru_cache

from barcode.charsets.code128 import CODES, STOP   # the 107 bar/space patterns of ISO/IEC 15417

START = {"B": 104, "C": 105}
SWITCH = {"B": 100, "C": 99}          # CODE B / CODE C symbols (from the other set)


class Code128Error(ValueError):
    """A value Code 128 (code sets B and C) cannot carry."""


def _digit_run(value: str, i: int) -> int:
    j = i
    while j < len(value) and value[j].isdigit() and value[j].isascii():
        j += 1
    return j - i


@lru_cache(maxsize=1024)
def segments(value: str) -> tuple[tuple[str, str], ...]:
    """The value split into (code set, text) pieces, e.g. ``SF1234567890123`` →
    ``(("B", "SF1"), ("C", "234567890123"))``."""
    if not value:
        raise Code128Error("an empty value has no Code 128")
    bad = [c for c in value if not 32 <= ord(c) <= 126]
    if bad:
        raise Code128Error(f"{value!r}: Code 128 set B cannot carry {''.join(dict.fromkeys(bad))!r}")
    out: list[list[str]] = []

    def put(code_set: str, text: str) -> None:
        if out and out[-1][0] == code_set:
            out[-1][1] += text
        else:
            out.append([code_set, text])

    i, n = 0, len(value)
    while i < n:
        run = _digit_run(value, i)
        at_start, to_end = i == 0, i + run == n
        use_c = run >= 2 and ((at_start and to_end and run % 2 == 0) or (at_start and run >= 4)
                              or (to_end and run >= 4) or run >= 6)
        if use_c:
            if run % 2:
                put("B", value[i])
                i += 1
                run -= 1
            put("C", value[i:i + run])
            i += run
        else:
            put("B", value[i])
            i += 1
    return tuple((s, t) for s, t in out)


@lru_cache(maxsize=1024)
def symbols(value: str) -> tuple[int, ...]:
    """Symbol values: start, data (with code-set switches), check symbol (no stop)."""
    segs = segments(value)
    codes = [START[segs[0][0]]]
    for k, (code_set, text) in enumerate(segs):
        if k:
            codes.append(SWITCH[code_set])
        if code_set == "C":
            codes += [int(text[j:j + 2]) for j in range(0, len(text), 2)]
        else:
            codes += [ord(c) - 32 for c in text]
    check = (codes[0] + sum(i * c for i, c in enumerate(codes[1:], start=1))) % 103
    return tuple(codes + [check])


@lru_cache(maxsize=1024)
def modules(value: str) -> str:
    """'1' (bar) / '0' (space) modules, start to stop (with its two-module termination bar)."""
    return "".join(CODES[c] for c in symbols(value)) + STOP + "11"


def escpos_data(value: str) -> bytes:
    """The value as ESC/POS ``GS k`` CODE128 data: ``{B`` / ``{C`` code-set prefixes, set C as one byte per
    pair of digits (0–99), ``{`` in set B doubled."""
    out = bytearray()
    for code_set, text in segments(value):
        out += b"{" + code_set.encode()
        if code_set == "C":
            out += bytes(int(text[j:j + 2]) for j in range(0, len(text), 2))
        else:
            out += text.replace("{", "{{").encode("ascii")
    return bytes(out)


def parse_escpos_data(data: bytes) -> str:
    """The inverse of :func:`escpos_data` (for decoders): the human-readable value."""
    out, i, code_set = [], 0, ""
    while i < len(data):
        if data[i:i + 1] == b"{" and i + 1 < len(data):
            nxt = chr(data[i + 1])
            if nxt in "ABC":
                code_set, i = nxt, i + 2
                continue
            if nxt == "{" and code_set in "AB":
                out.append("{")
                i += 2
                continue
        if not code_set:
            raise Code128Error("GS k CODE128 data must start with a code-set prefix ({A, {B or {C)")
        if code_set == "C":
            out.append(f"{data[i]:02d}")
        else:
            out.append(chr(data[i]))
        i += 1
    return "".join(out)


def decode_modules(row: str) -> str:
    """Read a module string back to its value (for tests and decoders): start B/C, switches, check."""
    table = {p: i for i, p in enumerate(CODES)}
    if not row.endswith(STOP + "11"):
        raise Code128Error("no stop pattern")
    body = row[:-len(STOP) - 2]
    if len(body) % 11:
        raise Code128Error("modules are not whole symbols")
    codes = [table[body[i:i + 11]] for i in range(0, len(body), 11)]
    *data, check = codes
    if (data[0] + sum(i * c for i, c in enumerate(data[1:], start=1))) % 103 != check:
        raise Code128Error("bad check symbol")
    code_set = {104: "B", 105: "C"}.get(data[0])
    if code_set is None:
        raise Code128Error(f"unsupported start symbol {data[0]}")
    out = []
    for c in data[1:]:
        if code_set == "B" and c == 99:
            code_set = "C"
        elif code_set == "C" and c == 100:
            code_set = "B"
        elif code_set == "C" and c < 100:
            out.append(f"{c:02d}")
        elif code_set == "B" and c < 95:
            out.append(chr(c + 32))
        else:
            raise Code128Error(f"unsupported symbol {c} in code set {code_set}")
    return "".join(out)
