"""Waybill labels to a 1-bit raster at the printer's resolution, or to a PDF of the label's physical size.

Both draw the same plan (``app.labels.engine.plan_label``): text sizes, line breaks and barcode modules are
decided once on the printer's dot grid, so the PDF shows exactly what the thermal printer prints.
"""
from __future__ import annotations

import io

from PIL import Image, ImageDraw

from .data import WaybillLabel
from .engine import LabelRenderError, LabelTooWide, Plan, Rect, Text, dots_per_mm, plan_label
from .fonts import pil_font, register_pdf_font
from .layout import (Layout, LayoutError, available_couriers, available_layouts, available_sizes, load_layout)

__all__ = ["render_raster", "render_pdf", "render_plan", "available_layouts", "available_couriers",
           "available_sizes", "load_layout", "layout_for", "dots_per_mm", "label_size_dots", "DEFAULT_LAYOUT",
           "DEFAULT_SIZE", "DEFAULT_DPI", "LayoutError", "LabelRenderError", "LabelTooWide", "fitting_sizes",
           "check_label_fits", "size_width_dots"]

DEFAULT_LAYOUT = "generic-100x150"
DEFAULT_SIZE = "100x150"
DEFAULT_DPI = 203


def layout_for(label: WaybillLabel | None, layout: str | Layout | None = None, size: str | None = None) -> Layout:
    """The layout to use: a Layout as is; a name (``"sf-100x150"``, ``"generic-100x150"``); a courier code
    with ``size``; or, when ``layout`` is None, the label's own courier at ``size`` (default 100×150)."""
    if isinstance(layout, Layout):
        return layout
    if layout is None:
        courier = (label.layout or label.courier_code) if label is not None else "GENERIC"
        return load_layout(courier or "GENERIC", size or DEFAULT_SIZE)
    if size is not None:
        return load_layout(layout, size)
    return load_layout(layout)


def _layout(layout: str | Layout | None) -> Layout:
    return layout_for(None, layout if layout is not None else DEFAULT_LAYOUT)


def label_size_dots(layout_name: str | Layout | None = DEFAULT_LAYOUT, dpi: int = DEFAULT_DPI
                    ) -> tuple[int, int]:
    """(width, height) in dots of the raster ``render_raster`` makes for this layout and resolution."""
    lay = _layout(layout_name)
    dpmm = dots_per_mm(dpi)
    return round(lay.width_mm * dpmm), round(lay.height_mm * dpmm)


def size_width_dots(size: str, dpi: int = DEFAULT_DPI, courier: str = "GENERIC") -> int:
    """How many dots wide a label of ``size`` ("72x130", "100x150" …) prints at ``dpi``."""
    return label_size_dots(load_layout(courier, size), dpi)[0]


def fitting_sizes(profile) -> list[str]:
    """The label sizes a printer's head can print whole, narrowest first. ``profile``: anything with ``dpi``
    and ``dots_per_line`` (a printer's ``printer.profile``, or the label PrinterProfile). An 80 mm printer
    (576 dots at 203 dpi) → ["72x130"]; a 4-inch one (832 dots) → every size."""
    return [s for s in available_sizes() if size_width_dots(s, profile.dpi) <= profile.dots_per_line]


def check_label_fits(profile, size: str, courier: str = "GENERIC") -> None:
    """None when a ``size`` label fits the head of ``profile`` (see :func:`fitting_sizes`); else raises
    LabelTooWide (``code`` "head_too_narrow", ``head_dots``, ``label_dots``, ``fitting``) — for the station
    before it prints and the Devices screen when a size or a printer is chosen. LayoutError for a size there
    is no layout for."""
    width = label_size_dots(load_layout(courier, size), profile.dpi)[0]
    if width > profile.dots_per_line:
        raise LabelTooWide(size, width, profile.dots_per_line, getattr(profile, "name", ""), fitting_sizes(profile))


def render_plan(label: WaybillLabel, layout_name: str | Layout | None = None, dpi: int = DEFAULT_DPI) -> Plan:
    """Where everything goes, in dots (what the raster, the PDF and the printer languages draw).
    ``layout_name`` None = the label's courier at 100×150 (see :func:`layout_for`)."""
    return plan_label(label, layout_for(label, layout_name), dpi)


def render_raster(label: WaybillLabel, layout_name: str | Layout | None = None,
                  dpi: int = DEFAULT_DPI) -> Image.Image:
    """The label as a mode "1" image at ``dpi`` (black = 0 = a printed dot); ``layout_name`` None = the
    label's own courier at 100×150 mm.

    Text is rasterised by FreeType in monochrome mode (a hard threshold, no grey, no dithering); barcodes are
    solid rectangles on whole-dot module widths. 100 mm at 203 dpi is 800 dots (see ``dots_per_mm``).
    """
    return draw_raster(render_plan(label, layout_name, dpi))


def draw_raster(plan: Plan, ops=None, *, dx: int = 0, dy: int = 0, size: tuple[int, int] | None = None
                ) -> Image.Image:
    """Draw ``ops`` (default: all of the plan's) into a mode "1" image of ``size`` (default: the label's),
    shifted by ``dx``, ``dy`` dots (a printer's offsets); anything off the image is clipped."""
    width, height = size or (plan.width, plan.height)
    img = Image.new("1", (width, height), 1)
    draw_ops(img, plan.ops if ops is None else ops, dx, dy)
    return img


def draw_ops(img: Image.Image, ops, dx: int = 0, dy: int = 0) -> None:
    draw = ImageDraw.Draw(img)
    draw.fontmode = "1"
    width, height = img.size
    for op in ops:
        if isinstance(op, Rect):
            x0, y0 = max(0, op.x0 + dx), max(0, op.y0 + dy)
            x1, y1 = min(width, op.x1 + dx), min(height, op.y1 + dy)
            if x1 > x0 and y1 > y0:
                draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=0 if op.black else 1)
        elif isinstance(op, Text):
            ink, font = (0 if op.black else 1), pil_font(op.px)
            for sx in range(op.stroke + 1):
                draw.text((op.x + dx + sx, op.baseline + dy), op.text, font=font, fill=ink, anchor="ls")


def render_pdf(label: WaybillLabel, layout_name: str | Layout | None = None, dpi: int = DEFAULT_DPI) -> bytes:
    """The label as a one-page PDF of its physical size (e.g. 100 × 150 mm), the Chinese font embedded
    (subset), barcodes as vector bars. ``dpi`` is the printer grid the layout is fitted to, so the PDF
    matches ``render_raster(label, layout_name, dpi)`` line for line."""
    plan = render_plan(label, layout_name, dpi)
    return draw_pdf(plan, title=f"{label.courier_name} {label.waybill_no}")


def draw_pdf(plan: Plan, title: str = "") -> bytes:
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    font = register_pdf_font()
    page_w, page_h = plan.layout.width_mm * mm, plan.layout.height_mm * mm
    k = 72.0 / 25.4 / plan.dots_per_mm          # points per dot
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(page_w, page_h), pageCompression=1)
    c.setTitle(title)
    c.setCreator("PackStation")
    c.setAuthor("PackStation")
    for op in plan.ops:
        gray = 0 if op.black else 1
        if isinstance(op, Rect):
            c.setFillGray(gray)
            c.rect(op.x0 * k, page_h - op.y1 * k, (op.x1 - op.x0) * k, (op.y1 - op.y0) * k, stroke=0, fill=1)
        elif isinstance(op, Text):
            size = op.px * k
            # text state (Tz, Tr) outlives BT/ET in PDF, and ReportLab only writes what it thinks changed: each
            # line in its own q … Q, or one bold line makes every later one bold (or, after white text, eaten
            # away by a white outline)
            c.saveState()
            c.setFillGray(gray)
            natural = stringWidth(op.text, font, size)
            room = (op.max_w - op.stroke) * k
            scale = 100.0 * room / natural if natural > room > 0 else 100.0   # unhinted advances run wider
            # the raster's faux bold (struck again up to `stroke` dots to the right) as a stroked outline of
            # the same added width: one text run, so the PDF's text extracts and searches normally
            t = c.beginText((op.x + op.stroke / 2) * k, page_h - op.baseline * k)
            t.setFont(font, size)
            if scale != 100.0:
                t.setHorizScale(scale)
            if op.stroke:
                c.setStrokeGray(gray)
                c.setLineWidth(op.stroke * k)
                t.setTextRenderMode(2)
            t.textOut(op.text)
            c.drawText(t)
            c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()
