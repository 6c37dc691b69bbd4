"""Printer streams read back: what a label printer would print from ESC/POS, TSPL or ZPL bytes.

For the simulated printer and the tests. ``decode_stream(data)`` recognises the language, parses every
command the encoders in this package write (and skips the common ones they do not), and returns a
:class:`PrintedPage`: the texts, barcodes, bitmaps, bars and reversed areas with their positions in dots, the
settings (darkness, page size), and ``image()`` — the page drawn the way the printer would draw it (bitmaps
exactly; text in the shipped font at the printer font's cell size, which only approximates the printer's own
glyphs; barcodes from their data with the module width and height the stream asked for).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageOps


@dataclass(frozen=True)
class PText:
    x: int               # top-left of the first cell
    y: int
    height: int          # cell height in dots
    width: int           # total width in dots (cells)
    text: str
    bold: bool = False
    reverse: bool = False
    font: str = ""
    cell_w: int = 0      # full-width cell width when condensed (0 = square cells)


@dataclass(frozen=True)
class PBarcode:
    kind: str            # "code128" | "qr"
    x: int               # top-left
    y: int
    width: int
    height: int
    data: str
    module: int
    ecc: str = ""


@dataclass(frozen=True)
class PBitmap:
    x: int
    y: int
    image: Image.Image   # mode "1", black = 0
    overwrite: bool = False   # white pixels erase (TSPL BITMAP mode 0); else only black is added
    nbytes: int = 0      # data bytes the command carried (for length-field tests)


@dataclass(frozen=True)
class PBar:
    x0: int
    y0: int
    x1: int
    y1: int


@dataclass(frozen=True)
class PReverse:
    x0: int
    y0: int
    x1: int
    y1: int


@dataclass
class PrintedPage:
    language: str
    width: int = 0
    height: int = 0
    elements: list = field(default_factory=list)    # in stream order
    settings: dict = field(default_factory=dict)
    copies: int = 1

    def of(self, kind) -> list:
        return [e for e in self.elements if isinstance(e, kind)]

    @property
    def texts(self) -> list[PText]:
        return self.of(PText)

    @property
    def barcodes(self) -> list[PBarcode]:
        return self.of(PBarcode)

    @property
    def bitmaps(self) -> list[PBitmap]:
        return self.of(PBitmap)

    @property
    def bars(self) -> list[PBar]:
        return self.of(PBar)

    def image(self) -> Image.Image:
        """The page as the printer would print it (mode "1", black = 0)."""
        w = self.width or max([_right(e) for e in self.elements] or [8])
        h = self.height or max([_bottom(e) for e in self.elements] or [8])
        img = Image.new("1", (max(1, w), max(1, h)), 1)
        draw = ImageDraw.Draw(img)
        draw.fontmode = "1"
        for e in self.elements:
            if isinstance(e, PBitmap):
                if e.overwrite:
                    img.paste(e.image, (e.x, e.y))
                else:
                    img.paste(0, (e.x, e.y), _ink_mask(e.image))
            elif isinstance(e, PBar):
                if e.x1 > e.x0 and e.y1 > e.y0:
                    draw.rectangle((e.x0, e.y0, e.x1 - 1, e.y1 - 1), fill=0)
            elif isinstance(e, PReverse):
                box = (max(0, e.x0), max(0, e.y0), min(img.width, e.x1), min(img.height, e.y1))
                if box[2] > box[0] and box[3] > box[1]:
                    region = ImageOps.invert(img.crop(box).convert("L")).convert("1", dither=Image.Dither.NONE)
                    img.paste(region, box)
            elif isinstance(e, PText):
                _draw_text(draw, e)
            elif isinstance(e, PBarcode):
                _draw_barcode(draw, e)
        return img


def _right(e) -> int:
    if isinstance(e, PBitmap):
        return e.x + e.image.width
    if isinstance(e, (PBar, PReverse)):
        return e.x1
    return e.x + e.width


def _bottom(e) -> int:
    if isinstance(e, PBitmap):
        return e.y + e.image.height
    if isinstance(e, (PBar, PReverse)):
        return e.y1
    return e.y + e.height


def _ink_mask(image: Image.Image) -> Image.Image:
    return image.convert("L").point(lambda v: 255 if v < 128 else 0)


def _draw_text(draw: ImageDraw.ImageDraw, t: PText) -> None:
    from .fonts import pil_font
    from .printers import is_wide

    full = t.cell_w or t.height
    size = min(t.height, full)
    font = pil_font(max(4, size - max(1, size // 12)))
    ink = 1 if t.reverse else 0
    if t.reverse:
        draw.rectangle((t.x, t.y, t.x + t.width - 1, t.y + t.height - 1), fill=0)
    x = t.x
    for ch in t.text:
        cw = full if is_wide(ch) else full // 2
        for dx in range(2 if t.bold else 1):
            draw.text((x + cw / 2 + dx, t.y + t.height / 2), ch, font=font, fill=ink, anchor="mm")
        x += cw


def _draw_barcode(draw: ImageDraw.ImageDraw, b: PBarcode) -> None:
    if b.kind == "code128":
        from .code128 import modules

        row = modules(b.data)
        for i, m in enumerate(row):
            if m == "1":
                x = b.x + i * b.module
                draw.rectangle((x, b.y, x + b.module - 1, b.y + b.height - 1), fill=0)
    elif b.kind == "qr":
        from .engine import qr_matrix

        for r, row in enumerate(qr_matrix(b.data, b.ecc or "M")):
            for c, m in enumerate(row):
                if m == "1":
                    x, y = b.x + c * b.module, b.y + r * b.module
                    draw.rectangle((x, y, x + b.module - 1, y + b.module - 1), fill=0)


def sniff_language(data: bytes) -> str:
    """"zpl", "tspl" or "escpos" from the first bytes of a job."""
    head = data.lstrip()[:64]
    if head.startswith((b"^XA", b"~")) or b"^XA" in head:
        return "zpl"
    if head[:4].upper() in (b"SIZE", b"GAP ", b"CLS\r", b"DIRE", b"DENS", b"REFE") or head.startswith(b"SIZE"):
        return "tspl"
    return "escpos"


def decode_stream(data: bytes, language: str | None = None, dpi: int = 203) -> PrintedPage:
    """The page a printer makes of ``data`` (language sniffed when not given: "escpos…", "tspl…", "zpl…";
    ``dpi`` matters for ESC/POS, whose positions are in motion units, and TSPL, whose SIZE is in mm)."""
    lang = (language or sniff_language(data)).split("-")[0]
    if lang == "zpl":
        from .zpl import parse_zpl
        return parse_zpl(data)
    if lang == "tspl":
        from .tspl import parse_tspl
        return parse_tspl(data, dpi=dpi)
    if lang == "escpos":
        from .escpos import parse_escpos
        return parse_escpos(data, dpi=dpi)
    raise ValueError(f"unknown printer language {language!r}")


def decode_image(data: bytes, language: str | None = None, dpi: int = 203) -> Image.Image:
    """What the printer prints for ``data`` (the simulated printer's preview)."""
    return decode_stream(data, language, dpi).image()
