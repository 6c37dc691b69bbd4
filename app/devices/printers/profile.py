"""Printer profiles: what the head can print and how a label ends (pure: bytes in, bytes out).

A profile wraps the job's bytes (built once by app.labels) with what this printer needs around them:

* ESC/POS: print density after the job's ``ESC @`` (``GS ( K`` function 49, −6 … +6), then at the end the
  label-gap handling — ``GS FF`` feeds a die-cut label to the tear bar (or a black-mark label to its mark),
  continuous paper feeds ``feed_dots`` with ``ESC J`` — and the cutter, ``GS V 0`` (full) or ``GS V 1``
  (partial), cutting where the paper stands. No python-escpos ``cut()``: it feeds six lines first, which
  pushes a die-cut label past its gap.
* TSPL: ``DENSITY``, ``GAP`` / ``BLINE`` and ``SET CUTTER`` lines before the job (the job itself must be TSPL).
* ZPL and ``raw``: the bytes go as they are.

``check_width`` refuses a job wider than the head (it would be cut off on the right, and a cut-off barcode
does not scan) in every language: ESC/POS ``GS v 0`` rasters and the page-mode print area, TSPL ``SIZE`` and
``BITMAP``, ZPL ``^PW``.

The head: ``profile=`` one of :data:`PROFILES` or a printer model python-escpos knows (its capability
database has the media width of many models: ``profile=TM-T20II`` → 576 dots), ``model=`` the same for the
width alone, ``dots=`` or ``width_mm=`` (printable width) say it outright.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from functools import lru_cache

GS_V_0 = b"\x1dv0"
ESC_INIT = b"\x1b@"

LANGUAGES = ("escpos", "tspl", "zpl", "raw")
CUTTERS = ("none", "full", "partial")
MEDIA = ("gap", "continuous", "mark")


class ProfileError(ValueError):
    pass


class HeadTooNarrow(ProfileError):
    """The job is wider than the print head: refused before a byte is sent."""

    code = "head_too_narrow"

    def __init__(self, head_dots: int, label_dots: int, profile_name: str):
        super().__init__(f"the label is {label_dots} dots wide; the printer's head ({profile_name}) prints "
                         f"{head_dots}: head {head_dots} dots, label {label_dots} dots")
        self.head_dots, self.label_dots = head_dots, label_dots


@lru_cache(maxsize=1)
def escpos_models() -> dict[str, dict]:
    """python-escpos' printer capability database (``escpos/capabilities.json``), read as JSON: model name →
    its profile (``media``: ``width`` ``mm`` / ``pixels``, ``dpi``). Read directly rather than through
    ``escpos.capabilities``, whose import writes a pickle to a new temporary folder and sets up logging."""
    from importlib import resources

    try:
        data = json.loads((resources.files("escpos") / "capabilities.json").read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError, ValueError) as exc:  # a bundle that lost the file
        raise ProfileError(f"python-escpos' capabilities.json cannot be read: {exc}") from exc
    return dict(data.get("profiles", {}))


def escpos_head(model: str) -> tuple[int, int]:
    """(dots per line, dpi) of a printer model in python-escpos' database; ProfileError when it does not
    know the model or its head width."""
    models = escpos_models()
    found = models.get(model) or next((v for k, v in models.items() if k.lower() == model.lower()), None)
    if found is None:
        known = ", ".join(sorted(k for k, v in models.items() if _pixels(v)))
        raise ProfileError(f"printer model {model!r} is not in python-escpos' database (models with a known "
                           f"head width: {known}); give dots= or width_mm=")
    dots = _pixels(found)
    if dots is None:
        raise ProfileError(f"python-escpos does not know the head width of {model!r}; give dots= or width_mm=")
    dpi = found.get("media", {}).get("dpi")
    return dots, dpi if isinstance(dpi, int) and dpi > 0 else 203


def _pixels(profile: dict) -> int | None:
    px = profile.get("media", {}).get("width", {}).get("pixels")
    return px if isinstance(px, int) and px > 0 else None


def dots_per_mm(dpi: int) -> float:
    """Whole dots per millimetre where the head has them (203 dpi = 8 dots/mm), as the label engine counts."""
    exact = dpi / 25.4
    nearest = round(exact)
    return float(nearest) if nearest >= 1 and abs(exact - nearest) <= 0.02 * exact else exact


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
        """Raise HeadTooNarrow for a job wider than the head (a raster's last byte may be padding: up to
        seven dots over are allowed)."""
        width = job_width(data, self.language, self.dpi)
        if width is not None and width > self.dots_per_line and width - self.dots_per_line >= 8:
            raise HeadTooNarrow(self.dots_per_line, width, self.name)

    @property
    def width_mm(self) -> float:
        return self.dots_per_line / dots_per_mm(self.dpi)

    def with_options(self, options: dict[str, str]) -> PrinterProfile:
        """This profile changed by URL query options (``darkness=3&cutter=partial&media=gap&dots=576`` …)."""
        names = {f.name for f in fields(self)}
        alias = {"dots": "dots_per_line", "density": "darkness", "feed": "feed_dots", "gap": "gap_mm"}
        changes: dict[str, object] = {}
        model = options.get("model")
        if model:
            dots, dpi = escpos_head(model)
            changes.update(dots_per_line=dots, dpi=dpi)
        for key, value in options.items():
            key = alias.get(key, key)
            if key == "width_mm":
                try:
                    mm = float(value)
                except ValueError:
                    raise ProfileError(f"width_mm={value!r} is not a number of millimetres") from None
                dpi = int(options.get("dpi") or changes.get("dpi") or self.dpi)
                changes["dots_per_line"] = round(mm * dots_per_mm(dpi))
                continue
            if key not in names or key == "name":
                continue
            if key == "dots_per_line" and "width_mm" in options:
                raise ProfileError("give dots= or width_mm=, not both")
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
    """The profile ``name`` (one of PROFILES, or an ESC/POS printer model python-escpos knows: its head
    width and dpi) changed by the URL ``options``."""
    if base is None:
        key = name or "escpos-104"
        if key in PROFILES:
            base = PROFILES[key]
        else:
            try:
                dots, dpi = escpos_head(key)
            except ProfileError as exc:
                raise ProfileError(f"unknown printer profile {key!r}: one of {', '.join(PROFILES)}, or a model "
                                   f"python-escpos knows ({exc})") from None
            cont = PROFILES["escpos-80"]
            base = replace(cont, name=key, dots_per_line=dots, dpi=dpi) if dots <= 640 else \
                replace(PROFILES["escpos-104"], name=key, dots_per_line=dots, dpi=dpi)
    try:
        return base.with_options(options or {})
    except (TypeError, ValueError) as exc:
        if isinstance(exc, ProfileError):
            raise
        raise ProfileError(str(exc)) from None


# --------------------------------------------------------------------------------------- job width
def job_width(data: bytes, language: str, dpi: int = 203) -> int | None:
    """How many dots wide ``data`` prints (its widest part), read from its headers only; None when the
    language or the job does not say (raw bytes)."""
    if language == "escpos":
        return _escpos_width(data, dpi)
    if language == "tspl":
        return _tspl_width(data, dpi)
    if language == "zpl":
        return _zpl_width(data)
    return None


def _escpos_width(data: bytes, dpi: int) -> int | None:
    head = data[:64]
    if head.find(b"\x1bL") >= 0:
        # page mode: the print area (ESC W) set among the job's first commands, in GS P motion units (the
        # graphics after it may hold any bytes, GS v 0 look-alikes too: not scanned)
        k = 1
        p = head.find(b"\x1dP")
        if 0 <= p <= len(head) - 4 and head[p + 2]:
            k = max(1, round(dpi / head[p + 2]))
        w = head.find(b"\x1bW")
        if 0 <= w <= len(head) - 10:
            area = head[w + 2:w + 10]
            return (area[0] + 256 * area[1] + area[4] + 256 * area[5]) * k
        return None
    widest = None
    i, n = 0, len(data)
    while True:                                    # GS v 0 rasters (walks the headers, not the payload)
        j = data.find(GS_V_0, i)
        if j < 0 or j + 8 > n:
            break
        wb, rows = data[j + 4] + 256 * data[j + 5], data[j + 6] + 256 * data[j + 7]
        widest = max(widest or 0, wb * 8)
        i = j + 8 + wb * rows
    return widest


def _tspl_width(data: bytes, dpi: int) -> int | None:
    import re

    widest = None
    head = data[:200].decode("latin-1")
    m = re.search(r"(?m)^SIZE\s+([0-9.]+)\s*(mm)?\s*,", head)
    if m:
        value = float(m.group(1))
        mm = value if m.group(2) else value * 25.4
        widest = round(mm * dots_per_mm(dpi))
    for b in re.finditer(rb"BITMAP (\d+),(\d+),(\d+),", data):
        widest = max(widest or 0, int(b.group(1)) + 8 * int(b.group(3)))
    return widest


def _zpl_width(data: bytes) -> int | None:
    import re

    m = re.search(rb"\^PW(\d+)", data[:400])
    return int(m.group(1)) if m else None
