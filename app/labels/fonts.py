"""The shipped CJK font (WenQuanYi Micro Hei, TTC face 0) for Pillow and ReportLab, loaded once and cached."""
from __future__ import annotations

from functools import lru_cache

from PIL import ImageFont

from app.paths import cjk_font_path

FACE_INDEX = 0                    # face 0: proportional 文泉驿微米黑; face 1 is the monospaced one
PDF_FONT_NAME = "WQYMicroHei"


@lru_cache(maxsize=256)
def pil_font(px: int) -> ImageFont.FreeTypeFont:
    """The font at ``px`` pixels (dots) per em. Basic layout: deterministic and fast, no shaping needed."""
    return ImageFont.truetype(str(cjk_font_path()), px, index=FACE_INDEX,
                              layout_engine=ImageFont.Layout.BASIC)


@lru_cache(maxsize=256)
def line_metrics(px: int) -> tuple[int, int]:
    """(ascent, descent) in dots: a line box of ascent + descent holds every glyph of the font."""
    return pil_font(px).getmetrics()


_WIDTHS: dict[tuple[int, str], float] = {}


def text_width(text: str, px: int) -> float:
    """Advance width of ``text`` in dots (cached per size and string: labels repeat the same strings)."""
    key = (px, text)
    w = _WIDTHS.get(key)
    if w is None:
        if len(_WIDTHS) > 50_000:
            _WIDTHS.clear()
        w = _WIDTHS[key] = pil_font(px).getlength(text)
    return w


@lru_cache(maxsize=1)
def _reportlab_ttfont():
    from reportlab.pdfbase.ttfonts import TTFont

    return TTFont(PDF_FONT_NAME, str(cjk_font_path()), subfontIndex=FACE_INDEX)


def register_pdf_font() -> str:
    """Register the TTC face with ReportLab (once) and return its name; ReportLab embeds a subset."""
    from reportlab.pdfbase import pdfmetrics

    if PDF_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(_reportlab_ttfont())
    return PDF_FONT_NAME


def missing_glyphs(text: str) -> list[str]:
    """Characters of ``text`` the font has no glyph for (they would print as the .notdef box)."""
    cmap = _reportlab_ttfont().face.charToGlyph
    return [c for c in dict.fromkeys(text) if not c.isspace() and ord(c) not in cmap]
