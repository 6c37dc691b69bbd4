"""Printer profiles: what the head can print and how a label ends (pure: bytes in, bytes out).

A profile wraps the job's bytes (built once by app.labels) with what this printer needs around them:

* ESC/POS: print density after the job's ``ESC @`` (``GS ( K`` function 49, −6 … +6), then at the end the
  label-gap handling — ``GS FF`` feeds a die-cut label to the tear bar (or a black-mark label to its mark),
  continuous paper feeds ``feed_dots`` with ``ESC J`` — and the cutter, ``GS V 0`` (full) or ``GS V 1``
  (partial), cutting where the paper stands. No python-escpos ``cut()``: it feeds six lines first, which
  pushes a die-cut label past its gap.
* TSPL: ``DENSITY``, ``GAP`` / ``BLINE`` and ``SET CUTTER`` lines before the job (the job itself must be TSPL).
* ZPL and ``raw``: the bytes go as they are.

``check_width`` refuses a raster wider than the head (it would be cut off on the right).
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

GS_V_0 = b"\x1dv0"
ESC_INIT = b"\x1b@"

LANGUAGES = ("escpos", "tspl", "zpl", "raw")
CUTTERS = ("none", "full", "partial")
MEDIA = ("gap", "continuous", "mark")


class ProfileError(ValueError):
    pass


@dataclass(frozen=True)
class PrinterProfile:
    name: str = "escpos-104"
    language: str = "escpos"
    dpi: int = 203
    dots_per_line: int = 832          # 104 mm head at 203 dpi
    darkness: int | None = None       # ESC/POS −6 … +6 (0 = the printer's standard); TSPL DENSITY 0 … 15
    cutter: str = "none"              # none | full | partial
    media: str = "gap"                # gap (die-cut labels) | continuous | mark (black mark)
    feed_dots: int = 0                # continuous paper: feed this much after the label (tear-off)
    gap_mm: float = 2.0               # TSPL: the gap (or black mark) height
    status: bool = True               # ask for real-time status where the link is two-way

    def __post_init__(self):
        if self.language not in LANGUAGES:
            raise ProfileError(f"language must be one of {LANGUAGES}, got {self.language!r}")
        if self.cutter not in CUTTERS:
            raise ProfileError(f"cutter must be one of {CUTTERS}, got {self.cutter!r}")
        if self.media not in MEDIA:
            raise ProfileError(f"media must be one of {MEDIA}, got {self.media!r}")
        if self.dots_per_line <= 0 or self.dpi <= 0 or not 0 <= self.feed_dots <= 255 * 8:
            raise ProfileError("dots_per_line and dpi must be > 0, feed_dots 0 … 2040")
        if self.darkness is not None:
            lo, hi = (-6, 6) if self.language == "escpos" else (0, 15)
            if not lo <= self.darkness <= hi:
                raise ProfileError(f"darkness for {self.language} must be {lo} … {hi}, got {self.darkness}")

    # -------------------------------------------------------------- framing
    def prologue(self) -> bytes:
        if self.language == "escpos":
            if self.darkness is None:
                return b""
            return b"\x1d(K\x02\x00\x31" + bytes((self.darkness & 0xFF,))
        if self.language == "tspl":
            lines = []
            if self.darkness is not None:
                lines.append(f"DENSITY {self.darkness}")
            if self.media == "gap":
                lines.append(f"GAP {self.gap_mm:g} mm,0 mm")
            elif self.media == "mark":
                lines.append(f"BLINE {self.gap_mm:g} mm,0 mm")
            else:
                lines.append("GAP 0,0")
            if self.cutter == "full":
                lines += ["SET PARTIAL_CUTTER OFF", "SET CUTTER 1"]
            elif self.cutter == "partial":
                lines += ["SET CUTTER OFF", "SET PARTIAL_CUTTER 1"]
            else:
                lines += ["SET CUTTER OFF", "SET PARTIAL_CUTTER OFF"]
            return "".join(line + "\r\n" for line in lines).encode("ascii")
        return b""

    def epilogue(self) -> bytes:
        if self.language != "escpos":
            return b""
        out = bytearray()
        if self.media in ("gap", "mark"):
            out += b"\x1d\x0c"                       # GS FF: to the next label's start (tear / cut position)
        else:
            left = self.feed_dots
            while left > 0:                          # ESC J n: feed n dots, no line spacing, no cut
                n = min(255, left)
                out += b"\x1bJ" + bytes((n,))
                left -= n
        if self.cutter == "full":
            out += b"\x1dV\x00"
        elif self.cutter == "partial":
            out += b"\x1dV\x01"
        return bytes(out)

    def frame(self, data: bytes) -> bytes:
        """The job as it goes on the wire: the density after a leading ``ESC @`` (which would reset it)."""
        pro, epi = self.prologue(), self.epilogue()
        if not pro and not epi:
            return data
        if self.language == "escpos" and data.startswith(ESC_INIT):
            return ESC_INIT + pro + data[len(ESC_INIT):] + epi
        return pro + data + epi

    def check_width(self, data: bytes) -> None:
        """Refuse an ESC/POS raster wider than the head (walks the GS v 0 headers, not the payload)."""
        if self.language != "escpos":
            return
        i, n = 0, len(data)
        while True:
            j = data.find(GS_V_0, i)
            if j < 0 or j + 8 > n:
                return
            wb, rows = data[j + 4] + 256 * data[j + 5], data[j + 6] + 256 * data[j + 7]
            if wb * 8 > self.dots_per_line and wb * 8 - self.dots_per_line >= 8:
                raise ProfileError(f"the label is {wb * 8} dots wide; the printer's head ({self.name}) "
                                   f"prints {self.dots_per_line}")
            i = j + 8 + wb * rows

    def with_options(self, options: dict[str, str]) -> PrinterProfile:
        """This profile changed by URL query options (``darkness=3&cutter=partial&media=gap&dots=576`` …)."""
        names = {f.name for f in fields(self)}
        alias = {"dots": "dots_per_line", "density": "darkness", "feed": "feed_dots", "gap": "gap_mm"}
        changes: dict[str, object] = {}
        for key, value in options.items():
            key = alias.get(key, key)
            if key not in names or key == "name":
                continue
            if key in ("dots_per_line", "dpi", "feed_dots"):
                changes[key] = int(value)
            elif key == "darkness":
                changes[key] = None if value in ("", "none") else int(value)
            elif key == "gap_mm":
                changes[key] = float(value)
            elif key == "status":
                changes[key] = value.lower() not in ("0", "no", "false", "off")
            else:
                changes[key] = value
        return replace(self, **changes) if changes else self


PROFILES: dict[str, PrinterProfile] = {
    # 4-inch waybill printers: 104 mm head, 203 dpi, die-cut 100×150 labels torn off at the gap
    "escpos-104": PrinterProfile(),
    # 80-mm receipt printers (576 dots) with an auto-cutter, continuous paper
    "escpos-80": PrinterProfile(name="escpos-80", dots_per_line=576, cutter="partial", media="continuous",
                                feed_dots=96),
    "tspl-104": PrinterProfile(name="tspl-104", language="tspl", darkness=8),
    "zpl-104": PrinterProfile(name="zpl-104", language="zpl", status=False),
    "raw": PrinterProfile(name="raw", language="raw", status=False),
}


def profile_for(name: str | None, options: dict[str, str] | None = None,
                base: PrinterProfile | None = None) -> PrinterProfile:
    if base is None:
        key = name or "escpos-104"
        if key not in PROFILES:
            raise ProfileError(f"unknown printer profile {key!r}: one of {', '.join(PROFILES)}")
        base = PROFILES[key]
    return base.with_options(options or {})
