"""One waybill → the bytes a label printer takes, in the printer's own language.

``encode_label(label, courier, size, language, profile)`` lays the label out once (``plan_label``, the same plan
the raster and the PDF draw) and writes it as

* ``"escpos-raster"``  ESC/POS ``GS v 0`` bands: the whole label as a bitmap (~124 kB for 100×150 mm);
* ``"escpos-compact"`` ESC/POS page mode (``ESC L``, ``ESC W``, ``ESC T``, ``ESC $`` / ``GS $``) with the
  printer's own fonts (GB18030 Chinese), ``GS k`` Code 128 and ``GS ( k`` QR; lines, boxes, white-on-black
  fields and anything else it cannot express go as small ``GS ( L`` / ``GS 8 L`` graphics;
* ``"tspl"`` TSC/TSPL (most 4-inch waybill printers): ``TEXT`` with a resident Chinese font (``TSS24.BF2``),
  ``BARCODE "128"``, ``QRCODE``, ``BAR``, ``REVERSE``, ``BITMAP`` for the rest;
* ``"zpl"`` Zebra ZPL II: ``^CI28`` UTF-8 text in a resident Chinese font (``^A@``), ``^BC`` Code 128, ``^BQ``
  QR, ``^GB`` boxes, ``^FR`` white on black, ``^GFA`` (compressed) graphics for the rest;
* ``"tspl-raster"`` / ``"zpl-raster"`` the whole label as one ``BITMAP`` / ``^GFA`` (printers without a
  Chinese font, or when the printer's fonts look wrong).

A :class:`PrinterProfile` says what the printer can do and how it is set up: resolution, head width, darkness
and the offsets that move the print on this printer's labels — applied in every language.

Compact modes print with the printer's fonts, so text keeps its position and size class but not the exact
glyph shapes of the raster; the barcodes keep the raster's position, module width and height exactly.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import asdict, dataclass, fields, replace

from PIL import Image

from .data import WaybillLabel
from .engine import Barcode, LabelRenderError, LabelTooWide, Plan, Rect, Text, plan_label
from .fonts import line_metrics, text_width
from .layout import Layout, load_layout

LANGUAGES = ("escpos-raster", "escpos-compact", "tspl", "zpl", "tspl-raster", "zpl-raster")
RASTER_LANGUAGES = ("escpos-raster", "tspl-raster", "zpl-raster")


@dataclass(frozen=True)
class PrinterProfile:
    """One label printer as the station knows it (saved per printer in the station's settings)."""

    name: str = "4-inch thermal, 203 dpi"
    dpi: int = 203
    dots_per_line: int = 832        # printable width of the head: 4-inch 203 dpi = 832, 80 mm ESC/POS = 576
    darkness: int | None = None     # 0 (lightest) … 15 (darkest); None = leave the printer's own setting
    offset_x: int = 0               # dots; + moves everything right, − left (clipped at the edge)
    offset_y: int = 0               # dots; + moves everything down, − up
    page_mode: bool = True          # ESC/POS: page mode (ESC L) — without it escpos-compact sends raster
    chinese_font: bool = True       # a resident Chinese font (else Chinese text goes as bitmaps)
    escpos_encoding: str = "gb18030"   # what the printer's Chinese mode reads (gb18030, gbk, gb2312 …)
    escpos_qr: bool = True          # ESC/POS GS ( k QR codes
    escpos_barcode_modules: tuple[int, int] = (2, 6)   # GS w range this printer accepts
    tspl_font: str = "TSS24.BF2"    # TSPL resident Simplified Chinese 24×24 font
    tspl_encoding: str = "gb2312"   # the characters TSS24.BF2 has
    tspl_gap_mm: float = 2.0
    tspl_direction: int = 1
    zpl_font: str = "E:SIMSUN.TTF"  # ZPL: a Chinese TrueType font stored on the printer
    band_rows: int = 256            # ESC/POS GS v 0 rows per band

    def __post_init__(self):
        if self.dpi <= 0:
            raise ValueError("dpi must be positive")
        if self.dots_per_line < 8:
            raise ValueError("dots_per_line must be at least 8")
        if self.darkness is not None and not 0 <= self.darkness <= 15:
            raise ValueError("darkness must be 0…15 or None")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def for_head(cls, head, **changes) -> PrinterProfile:
        """This station's label profile for a printer whose head is ``head`` — anything with ``dpi`` and
        ``dots_per_line``: the device profile of an open printer (``printer.profile``) — so a label is never
        made wider than the head it goes to. ``changes``: offsets, darkness … from the station's settings."""
        return cls(dpi=int(head.dpi), dots_per_line=int(head.dots_per_line), **changes)

    @classmethod
    def from_dict(cls, data: dict) -> PrinterProfile:
        """From saved settings; unknown keys (from a newer version) are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "escpos_barcode_modules" in values:
            values["escpos_barcode_modules"] = tuple(values["escpos_barcode_modules"])
        return cls(**values)


#: Typical printers, as starting points for the settings screen.
PROFILES: dict[str, PrinterProfile] = {
    "tspl-4inch-203": PrinterProfile("TSPL 4-inch 203 dpi (TSC, Xprinter, HPRT, Gprinter)", 203, 832),
    "zpl-4inch-203": PrinterProfile("ZPL 4-inch 203 dpi (Zebra ZD420/GK888t)", 203, 832),
    "zpl-4inch-300": PrinterProfile("ZPL 4-inch 300 dpi", 300, 1248),
    "escpos-4inch-203": PrinterProfile("ESC/POS 4-inch label printer 203 dpi", 203, 832),
    "escpos-80mm-203": PrinterProfile("ESC/POS 80 mm receipt printer (72 mm printable)", 203, 576),
}


def encode_label(label: WaybillLabel, courier: str | None = None, size: str | None = None,
                 language: str = "escpos-raster", profile: PrinterProfile | None = None,
                 layout: Layout | None = None) -> bytes:
    """The label as bytes for a printer speaking ``language`` (see :data:`LANGUAGES`).

    ``courier`` and ``size`` pick the layout (``load_layout(courier, size)``; courier None = the label's own,
    size None = 100×150); ``layout`` overrides both. Raises LabelRenderError when the label is wider than the
    printer's head, ValueError for an unknown language."""
    profile = profile or PrinterProfile()
    if language not in LANGUAGES:
        raise ValueError(f"unknown printer language {language!r}; one of {', '.join(LANGUAGES)}")
    if layout is None:
        layout = load_layout(courier or label.courier_code or "GENERIC", size or "100x150")
    page = make_page(plan_label(label, layout, profile.dpi), profile)
    if language == "escpos-raster" or (language == "escpos-compact" and not profile.page_mode):
        from .escpos import escpos_page_raster
        return escpos_page_raster(page)
    if language == "escpos-compact":
        from .escpos import escpos_compact
        return escpos_compact(page)
    if language in ("tspl", "tspl-raster"):
        from .tspl import tspl_page
        return tspl_page(page, raster=language == "tspl-raster")
    from .zpl import zpl_page
    return zpl_page(page, raster=language == "zpl-raster")


# ------------------------------------------------------------------------------------------------- page
@dataclass
class Page:
    """A plan placed on a printer: the printed area is ``width`` × ``height`` dots, the plan's (0, 0) at
    (``dx``, ``dy``) — the profile's offsets."""
    plan: Plan
    profile: PrinterProfile
    width: int
    height: int
    dx: int
    dy: int

    def raster(self) -> Image.Image:
        """Everything, as the raster modes print it (mode "1", black = 0)."""
        from .render import draw_raster
        return draw_raster(self.plan, dx=self.dx, dy=self.dy, size=(self.width, self.height))

    def field(self, field_id: str):
        return self.plan.field(field_id)


def make_page(plan: Plan, profile: PrinterProfile) -> Page:
    if plan.width > profile.dots_per_line:
        from .render import fitting_sizes

        raise LabelTooWide(plan.layout.size or plan.layout.name, plan.width, profile.dots_per_line, profile.name,
                           fitting_sizes(profile))
    wanted = (plan.width + max(0, profile.offset_x) + 7) // 8 * 8      # whole bytes for bitmap commands
    width = min(wanted, max(8, profile.dots_per_line // 8 * 8))
    return Page(plan, profile, width, plan.height, profile.offset_x, profile.offset_y)


def page_for(label: WaybillLabel, courier: str | None = None, size: str | None = None,
             profile: PrinterProfile | None = None) -> Page:
    """The page ``encode_label`` would print (for tests and the preview of a printer's offsets)."""
    profile = profile or PrinterProfile()
    layout = load_layout(courier or label.courier_code or "GENERIC", size or "100x150")
    return make_page(plan_label(label, layout, profile.dpi), profile)


# ------------------------------------------------------------------------------------------ native text
def is_wide(ch: str, encoding: str = "gb18030") -> bool:
    """A full-width cell in a Chinese printer font: every double-byte character (Chinese, full-width
    punctuation, and symbols such as …, × that GB fonts draw full width)."""
    if ord(ch) < 0x80:
        return False
    try:
        return len(ch.encode(encoding)) > 1
    except UnicodeEncodeError:
        return unicodedata.east_asian_width(ch) in ("W", "F", "A")


def cell_width(text: str, height: int, encoding: str = "gb18030") -> int:
    """Width in dots of ``text`` in a printer font whose full-width cell is ``height`` square and whose
    half-width (ASCII) cell is half that (24×24 / 12×24, like TSS24.BF2 and ESC/POS Chinese fonts)."""
    half = height // 2
    return sum(height if is_wide(c, encoding) else half for c in text)


@dataclass(frozen=True)
class NativeText:
    """A line of text placed for a printer font: top-left of its cells, cell height, width."""
    x: int
    y: int
    height: int          # cell height in dots (24·m for bitmap fonts)
    width: int
    text: str
    bold: bool
    reverse: bool        # white on black (the field's black bar is drawn by the printer too)
    field_id: str
    op: Text
    cell_w: int = 0      # width of a full-width cell: < height for condensed text (0 = square cells)

    @property
    def cw(self) -> int:
        return self.cell_w or self.height


def field_box(page: Page, op) -> tuple[int, int, int, int]:
    """The box the op's field was fitted into, in page dots (offsets applied); the invert padding inside."""
    x0, y0, x1, y1 = page.plan.boxes.get(op.field_id, (0, 0, page.plan.width, page.plan.height))
    f = page.field(op.field_id)
    if f is not None and f.invert:
        pad = max(1, round(0.5 * page.plan.dots_per_mm))
        x0, y0, x1, y1 = x0 + pad, y0 + pad, x1 - pad, y1 - pad
    return x0 + page.dx, y0 + page.dy, x1 + page.dx, y1 + page.dy


def place_text(page: Page, op: Text, sizes: list[tuple[int, int]], encoding: str) -> NativeText | None:
    """Place ``op`` in a printer font of one of ``sizes`` — (cell height, full-width cell width), the first
    that fits: same field box, same
    alignment, vertically centred on the line it had. None when no size fits the box or the page (the
    caller then sends the line as a bitmap)."""
    try:
        op.text.encode(encoding)
    except UnicodeEncodeError:
        return None
    f = page.field(op.field_id)
    x0, y0, x1, y1 = field_box(page, op)
    asc, desc = line_metrics(op.px)
    top, bottom = op.baseline - asc + page.dy, op.baseline + desc + page.dy
    centre = (top + bottom) / 2
    single = f is None or f.kind == "text"
    room_h = max(bottom - top, y1 - y0) if single else bottom - top
    for h, cw in sizes:
        if h > room_h + 1:
            continue
        w = cell_width(op.text, cw, encoding)
        if w > x1 - x0:
            continue
        align = f.align if f is not None else "left"
        if align == "center":
            x = x0 + (x1 - x0 - w) // 2
        elif align == "right":
            x = x1 - w
        else:
            x = op.x + page.dx
        y = round(centre - h / 2)
        if single:
            y = min(max(y, y0), y1 - h) if y1 - y0 >= h else y
        if x < 0 or y < 0 or x + w > page.width or y + h > page.height:
            return None
        return NativeText(x, y, h, w, op.text, op.stroke > 0, not op.black, op.field_id, op, cw)
    return None


def bitmap_sizes(px: int, base: int = 24, largest: int = 8, least: float = 0.75) -> list[tuple[int, int]]:
    """(height, cell width) of a 24-dot printer font with whole multipliers: the nearest to ``px``, the same
    height condensed one step (from ×3 up: never narrower than ⅔), then smaller sizes down to ``least`` × ``px``
    (a line that only fits much smaller is better sent as a bitmap than shrunk)."""
    m = max(1, min(largest, round(px / base)))
    out = []
    for k in range(m, 0, -1):
        if k < m and base * k < least * px:
            break
        out.append((base * k, base * k))
        if k >= 3:
            out.append((base * k, base * (k - 1)))
    return out


def scalable_sizes(px: int, least: float = 0.8) -> list[tuple[int, int]]:
    """Sizes for a scalable printer font (ZPL): ``px`` down to ``least`` × ``px``, then ``px`` condensed to
    70 % wide."""
    out = [(h, h) for h in range(px, max(10, int(px * least)) - 1, -1)]
    return out + [(px, w) for w in range(int(px * 0.9), max(8, int(px * 0.7)) - 1, -2)]


def join_lines(lines: list[str]) -> str:
    """Lines of one field back into its text (a space where a break fell between two Latin words)."""
    out = ""
    for line in lines:
        if out and line and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            out += " "
        out += line
    return out


def _reflow(page: Page, f, ops: list[Text], sizes: list[tuple[int, int]], encoding: str
            ) -> list[NativeText] | None:
    """A wrapped field (textbox) set again in the printer font: the same text, wrapped to the printer font's
    cell widths inside the same box, at the largest size whose lines all fit."""
    from .engine import wrap

    x0, y0, x1, y1 = field_box(page, ops[0])
    text = join_lines([op.text for op in ops])
    bold = ops[0].stroke > 0
    for h, cw in sizes:
        gap = max(1, h // 12)             # the cells of printer fonts already carry some leading
        lines = wrap(text, h, x1 - x0, 0, measure=lambda s, cw=cw: cell_width(s, cw, encoding))
        total = len(lines) * h + (len(lines) - 1) * gap
        if total > y1 - y0 or any(cell_width(ln, cw, encoding) > x1 - x0 for ln in lines):
            continue
        out = []
        for i, line in enumerate(lines):
            w = cell_width(line, cw, encoding)
            x = x0 + ((x1 - x0 - w) // 2 if f.align == "center" else (x1 - x0 - w) if f.align == "right" else 0)
            y = y0 + i * (h + gap)
            if x < 0 or y < 0 or x + w > page.width or y + h > page.height:
                return None
            out.append(NativeText(x, y, h, w, line, bold, not ops[0].black, f.id, ops[min(i, len(ops) - 1)],
                                  cw))
        return out
    return None


def native_texts(page: Page, texts: list[Text], heights_for, encoding: str, chinese: bool
                 ) -> tuple[list[NativeText], list[Text]]:
    """Which lines the printer can set in its own font, placed; and the ops left over for bitmaps.

    ``heights_for(px)`` gives the (height, cell width) sizes to try; ``encoding`` is what the font can show (a line with a
    character outside it goes as a bitmap); ``chinese`` False = the printer has no Chinese font."""
    groups: dict[str, list[Text]] = {}
    for op in texts:
        groups.setdefault(op.field_id, []).append(op)
    placed: list[NativeText] = []
    rest: list[Text] = []
    for fid, ops in groups.items():
        def printable(op: Text) -> bool:
            if not chinese and not op.text.isascii():
                return False
            try:
                op.text.encode(encoding)
                return True
            except UnicodeEncodeError:
                return False

        f = page.field(fid)
        if f is not None and f.kind == "textbox" and all(printable(op) for op in ops):
            # a wrapped field may come out smaller (down to half) rather than go as a bitmap: it is the
            # address, and a few kB of bitmap per line cost a second at 115,200 baud
            lines = _reflow(page, f, ops, heights_for(ops[0].px, least=0.5), encoding)
            if lines is not None:
                placed += lines
            else:                       # all of it as a bitmap: one look for the whole address
                rest += ops
            continue
        for op in ops:
            t = place_text(page, op, heights_for(op.px), encoding) if printable(op) else None
            if t is None:
                rest.append(op)
            else:
                placed.append(t)
    return placed, rest


# ---------------------------------------------------------------------------------------- bitmap blocks
@dataclass(frozen=True)
class Block:
    """A piece of the label sent as a bitmap: top-left in page dots and the mode "1" image (black = 0)."""
    x: int
    y: int
    image: Image.Image


BLOCK_OVERHEAD = 24      # bytes a bitmap command costs besides its data (merging is worth it below this)


def op_bounds(op, page: Page) -> tuple[int, int, int, int] | None:
    if isinstance(op, Rect):
        x0, y0, x1, y1 = op.x0, op.y0, op.x1, op.y1
    else:
        asc, desc = line_metrics(op.px)
        x0, y0 = op.x, op.baseline - asc
        x1, y1 = op.x + math.ceil(text_width(op.text, op.px)) + op.stroke + 1, op.baseline + desc
    x0, y0, x1, y1 = x0 + page.dx, y0 + page.dy, x1 + page.dx, y1 + page.dy
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(page.width, x1), min(page.height, y1)
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def _cost(b) -> int:
    return (b[2] - b[0] + 7) // 8 * (b[3] - b[1])


def merge_boxes(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Merge boxes while one bitmap of the union costs fewer bytes than two bitmaps (data + overhead)."""
    boxes = list(boxes)
    changed = True
    while changed and len(boxes) > 1:
        changed = False
        boxes.sort()
        for i in range(len(boxes)):
            a = boxes[i]
            best, best_j = None, -1
            for j in range(i + 1, len(boxes)):
                b = boxes[j]
                if b[0] > a[2] + 64:        # sorted by x0: nothing further right can be worth it
                    break
                u = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                saving = _cost(a) + _cost(b) + BLOCK_OVERHEAD - _cost(u)
                if saving > 0 and (best is None or saving > best[0]):
                    best, best_j = (saving, u), j
            if best is not None:
                boxes[i] = best[1]
                del boxes[best_j]
                changed = True
                break
    return boxes


def bitmap_blocks(page: Page, ops: list) -> list[Block]:
    """The ops (Rects and Texts) as few, small bitmaps: drawn once onto the page, cut out by merged boxes."""
    if not ops:
        return []
    from .render import draw_raster

    order = {id(op): i for i, op in enumerate(page.plan.ops)}
    ops = sorted(ops, key=lambda op: order.get(id(op), -1))        # the plan's drawing order
    boxes = [b for b in (op_bounds(op, page) for op in ops) if b is not None]
    if not boxes:
        return []
    layer = draw_raster(page.plan, ops, dx=page.dx, dy=page.dy, size=(page.width, page.height))
    out = []
    for x0, y0, x1, y1 in sorted(merge_boxes(boxes), key=lambda b: (b[1], b[0])):
        out.append(Block(x0, y0, layer.crop((x0, y0, x1, y1))))
    return out


def split_ops(page: Page):
    """The plan's ops sorted for compact encoders: (texts, rects, barcodes by field id, barcode ops by
    field id). Barcode modules (role bar/qr) are kept apart so an encoder that prints the barcode itself
    can drop them, and one that cannot sends them as a bitmap."""
    texts, rects = [], []
    bars: dict[str, list[Rect]] = {}
    for op in page.plan.ops:
        if isinstance(op, Text):
            texts.append(op)
        elif op.role in ("bar", "qr"):
            bars.setdefault(op.field_id, []).append(op)
        else:
            rects.append(op)
    codes = {b.field_id: b for b in page.plan.barcodes}
    return texts, rects, codes, bars


def shifted(b: Barcode, page: Page) -> tuple[int, int, int, int]:
    return b.x0 + page.dx, b.y0 + page.dy, b.x1 + page.dx, b.y1 + page.dy


def inside(page: Page, box) -> bool:
    x0, y0, x1, y1 = box
    return x0 >= 0 and y0 >= 0 and x1 <= page.width and y1 <= page.height


def with_offsets(profile: PrinterProfile, dx: int, dy: int) -> PrinterProfile:
    return replace(profile, offset_x=dx, offset_y=dy)
