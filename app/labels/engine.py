"""Lay a waybill out on the printer's dot grid: a list of black/white rectangles and text runs.

The raster and the PDF renderers draw the same plan, so the PDF is the raster's twin: the same line breaks,
the same font sizes, the same barcode modules.

Dot grid
--------
Thermal print heads have a whole number of dots per millimetre: a "203 dpi" head is 8 dots/mm (203.2 dpi), a
"300 dpi" head 12 dots/mm (304.8 dpi), a "600 dpi" head 24 dots/mm. So when ``dpi / 25.4`` is within 2 % of a
whole number that whole number is used; otherwise (previews at 96 or 150 dpi) the exact ratio is. Every
position and size in millimetres becomes ``round(mm × dots_per_mm)`` dots: a 100 × 150 mm label at 203 dpi is
800 × 1200 dots, 76 × 130 mm is 608 × 1040, 100 × 180 mm is 800 × 1440 (all widths whole bytes for ESC/POS).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from . import code128
from .content import content_value, label_content, printable
from .data import WaybillLabel
from .fonts import line_metrics, text_width
from .fonts import text_width as _text_width
from .layout import Field, Layout

PT_MM = 25.4 / 72.0           # one typographic point in millimetres
ELLIPSIS = "…"
BOLD_MIN_PX = 26              # below this, faux bold clogs Chinese characters: bold fields print regular

# characters that must not start a line (Chinese line-breaking rules, 避头点)
_NO_LINE_START = set("，。、；：？！）》」』】〕〉”’%,.;:?!)]}…·—～")
# a Latin word or number (kept whole, with a 号/室/栋… that follows it: 478号), a run of spaces, or one character
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/@#+×*]*[号室栋幢座楼层]?|\s+|.", re.S)


class LabelRenderError(ValueError):
    """The label's data cannot be drawn in the layout (e.g. a waybill number too long for its barcode)."""

    code = "label_error"


class LabelTooWide(LabelRenderError):
    """The label is wider than the printer's head: it would be cut off (and its barcode not scan). Raised
    before any byte is made, so nothing is sent and nothing counts as printed."""

    code = "head_too_narrow"

    def __init__(self, size: str, label_dots: int, head_dots: int, printer: str = "", fitting=()):
        fit = f"; sizes that fit: {', '.join(fitting)}" if fitting else "; no label size fits it"
        super().__init__(f"the {size} label is {label_dots} dots wide but the printer{' ' + repr(printer) if printer else ''}"
                         f" prints {head_dots}: head {head_dots} dots, label {label_dots} dots{fit}")
        self.size, self.label_dots, self.head_dots, self.fitting = size, label_dots, head_dots, tuple(fitting)


@dataclass(frozen=True, slots=True)
class Rect:
    """A solid rectangle, half-open in dots: x0 ≤ x < x1, y0 ≤ y < y1."""
    x0: int
    y0: int
    x1: int
    y1: int
    black: bool = True
    field_id: str = ""
    role: str = ""   # "rule" (line), "box" (frame), "fill" (solid box), "invert" (behind white text),
                     # "bar" (a barcode bar), "qr" (QR modules)


@dataclass(frozen=True, slots=True)
class Text:
    """One line of text: ``x`` is the left edge of the first glyph's advance, ``baseline`` its baseline."""
    x: int
    baseline: int
    text: str
    px: int          # font size in dots per em
    stroke: int      # faux bold: the line is struck again 1…stroke dots to the right (0 = regular)
    black: bool
    max_w: int       # the width it was fitted into (the PDF squeezes a line that comes out wider)
    field_id: str


@dataclass(frozen=True, slots=True)
class Barcode:
    """Where a barcode went (for tests and the preview): its modules are Rects in the plan."""
    field_id: str
    kind: str
    value: str
    x0: int
    y0: int
    x1: int
    y1: int
    module: int
    ecc: str = ""


@dataclass
class Plan:
    layout: Layout
    dpi: int
    dots_per_mm: float
    width: int
    height: int
    ops: list          # Rect | Text, in drawing order
    barcodes: list     # Barcode
    boxes: dict        # field id -> (x0, y0, x1, y1) in dots, for every field drawn
    fields: dict = None  # field id -> the Field as drawn (its ``if_set`` changes applied)

    def field(self, field_id: str) -> Field | None:
        """The field as it was drawn (``if_set`` applied); None for an id the layout does not have."""
        if self.fields and field_id in self.fields:
            return self.fields[field_id]
        try:
            return self.layout.get_field(field_id)
        except KeyError:
            return None

    def texts(self, field_id: str | None = None) -> list[Text]:
        return [o for o in self.ops if isinstance(o, Text) and (field_id is None or o.field_id == field_id)]


def dots_per_mm(dpi: int | float) -> float:
    if dpi <= 0:
        raise ValueError(f"dpi must be positive, got {dpi}")
    exact = dpi / 25.4
    nearest = round(exact)
    if nearest >= 1 and abs(exact - nearest) <= 0.02 * exact:
        return float(nearest)
    return exact


def plan_label(label: WaybillLabel, layout: Layout, dpi: int = 203) -> Plan:
    dpmm = dots_per_mm(dpi)
    width, height = round(layout.width_mm * dpmm), round(layout.height_mm * dpmm)
    content = label_content(label, layout.privacy, layout.extra)
    plan = Plan(layout=layout, dpi=dpi, dots_per_mm=dpmm, width=width, height=height, ops=[], barcodes=[],
                boxes={}, fields={})

    def d(mm: float) -> int:
        return round(mm * dpmm)

    for f in layout.fields:
        if f.if_set:
            f = f.when_set(lambda name: content_value(content, name))
        plan.fields[f.id] = f
        if f.when and not content_value(content, f.when):
            continue
        if f.unless and content_value(content, f.unless):
            continue
        if f.kind == "line":
            _line(plan, f, d)
            continue
        box = (d(f.x), d(f.y), d(f.x + f.w), d(f.y + f.h))
        if f.kind == "box":
            _box(plan, f, box, d)
        elif f.kind in ("text", "textbox"):
            _text(plan, f, box, content, dpmm)
        elif f.kind == "code128":
            _code128(plan, f, box, str(content.get(f.source, "")), dpmm)
        elif f.kind == "qr":
            _qr(plan, f, box, str(content.get(f.source, "")))
        plan.boxes[f.id] = box
    return plan


# ------------------------------------------------------------------------------------------------- shapes
def _line(plan: Plan, f: Field, d) -> None:
    t = max(1, d(f.width))
    x1, y1, x2, y2 = d(f.x1), d(f.y1), d(f.x2), d(f.y2)
    if y1 == y2:
        top = min(max(0, y1 - t // 2), plan.height - t)
        whole = Rect(min(x1, x2), top, max(x1, x2), top + t, True, f.id, "rule")
    else:
        left = min(max(0, x1 - t // 2), plan.width - t)
        whole = Rect(left, min(y1, y2), left + t, max(y1, y2), True, f.id, "rule")
    plan.boxes[f.id] = whole.x0, whole.y0, whole.x1, whole.y1
    step = d(f.dash)
    if step <= 0:
        plan.ops.append(whole)
        return
    horizontal = y1 == y2
    start, end = (whole.x0, whole.x1) if horizontal else (whole.y0, whole.y1)
    for a in range(start, end, 2 * step):
        b = min(end, a + step)
        plan.ops.append(Rect(a, whole.y0, b, whole.y1, True, f.id, "rule") if horizontal
                        else Rect(whole.x0, a, whole.x1, b, True, f.id, "rule"))


def _box(plan: Plan, f: Field, box, d) -> None:
    x0, y0, x1, y1 = box
    if f.fill:
        plan.ops.append(Rect(x0, y0, x1, y1, True, f.id, "fill"))
        return
    t = max(1, d(f.width))
    plan.ops += [Rect(x0, y0, x1, y0 + t, True, f.id, "box"), Rect(x0, y1 - t, x1, y1, True, f.id, "box"),
                 Rect(x0, y0 + t, x0 + t, y1 - t, True, f.id, "box"),
                 Rect(x1 - t, y0 + t, x1, y1 - t, True, f.id, "box")]


# --------------------------------------------------------------------------------------------------- text
def _stroke(px: int, bold: bool) -> int:
    """Faux-bold offset in dots. The text is struck again shifted right (not outlined): that thickens the
    vertical strokes only, so the dense horizontals of characters like 重 or 量 stay apart."""
    return max(1, round(px / 28)) if bold and px >= BOLD_MIN_PX else 0


def _fits_line(text: str, px: int, stroke: int, max_w: int) -> bool:
    return text_width(text, px) + stroke <= max_w


def wrap(text: str, px: int, max_w: int, stroke: int = 0, measure=None) -> list[str]:
    """Break ``text`` into lines no wider than ``max_w`` dots at ``px``: Chinese anywhere, Latin words and
    numbers kept whole when they fit on a line, no line starting with closing punctuation (避头点: the
    previous word or character moves down with it). ``measure(text) -> dots`` replaces the shipped font's
    widths (a printer font's cells)."""
    if measure is None:
        def text_width(s: str, size: int) -> float:
            return _text_width(s, size)
    else:
        def text_width(s: str, size: int) -> float:
            return measure(s)
    avail = max_w - stroke
    space_w = text_width(" ", px)
    lines: list[list[str]] = []
    cur: list[str] = []
    cur_w = 0.0

    def flush() -> None:
        nonlocal cur, cur_w
        while cur and cur[-1].isspace():
            cur.pop()
        if cur:
            lines.append(cur)
        cur, cur_w = [], 0.0

    for tok in _TOKEN.findall(text.replace("\n", " ")):
        if tok.isspace():
            if cur and cur_w + space_w <= avail:
                cur.append(" ")
                cur_w += space_w
            continue
        tw = text_width(tok, px)
        if cur_w + tw <= avail:
            cur.append(tok)
            cur_w += tw
            continue
        if tw > avail:                                     # a word longer than a line: break it anywhere
            for ch in tok:
                cw = text_width(ch, px)
                if cur_w + cw > avail and cur:
                    flush()
                cur.append(ch)
                cur_w += cw
            continue
        words = [t for t in cur if not t.isspace()]
        if tok[0] in _NO_LINE_START and len(words) > 1 and not cur[-1].isspace():
            carry = cur.pop()                              # take the last word along to the next line
            carry_w = text_width(carry, px)
            if carry_w + tw <= avail:
                flush()
                cur, cur_w = [carry, tok], carry_w + tw
                continue
            cur.append(carry)
        flush()
        cur, cur_w = [tok], tw
    flush()
    # the sum of advances can differ from the measured line (kerning, rounding): check the real widths
    out: list[str] = []
    for parts in lines:
        line = "".join(parts)
        while len(line) > 1 and text_width(line, px) > avail:
            cut = len(line) - 1
            while cut > 1 and text_width(line[:cut], px) > avail:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return [ln for ln in out if ln] or [""]


def _block_height(n: int, px: int, stroke: int, spacing: float) -> tuple[int, int, int]:
    """(height of n lines, line advance, ascent) in dots."""
    asc, desc = line_metrics(px)
    box = asc + desc
    adv = max(box, round((asc + desc) * spacing))
    return (n - 1) * adv + box if n else 0, adv, asc


def _truncate(text: str, px: int, stroke: int, max_w: int) -> str:
    if _fits_line(text, px, stroke, max_w):
        return text
    while text and not _fits_line(text.rstrip() + ELLIPSIS, px, stroke, max_w):
        text = text[:-1]
    return text.rstrip() + ELLIPSIS if text else ELLIPSIS


def fit_text(candidates: tuple[str, ...], w: int, h: int, max_px: int, min_px: int, bold: bool,
             multiline: bool, spacing: float = 1.0) -> tuple[int, list[str]]:
    """Largest font size (max_px … min_px) at which the first candidate fits the w × h box; then the next
    candidates at min_px; the last resort is the last candidate truncated with … at min_px.

    Returns (px, lines). Never returns a line wider than ``w`` or a block taller than ``h`` unless even one
    line of the smallest size is taller than the box.
    """
    def layout(text: str, px: int) -> list[str] | None:
        s = _stroke(px, bold)
        if multiline:
            lines = wrap(text, px, w, s)
        else:
            lines = [text]
            if not _fits_line(text, px, s, w):
                return None
        bh, _, _ = _block_height(len(lines), px, s, spacing)
        return lines if bh <= h else None

    first, *rest = candidates
    # biggest size that fits: binary search (fitting is monotonic in the size, near enough), then confirm
    lo, hi, best = min_px, max_px, None
    while lo <= hi:
        mid = (lo + hi) // 2
        lines = layout(first, mid)
        if lines is not None:
            best, lo = (mid, lines), mid + 1
        else:
            hi = mid - 1
    if best is not None:
        return best
    for text in rest:
        lines = layout(text, min_px)
        if lines is not None:
            return min_px, lines
    # last resort: as many lines as fit at the smallest size, the last one ending in …
    text, px = candidates[-1], min_px
    s = _stroke(px, bold)
    if not multiline:
        return px, [_truncate(text, px, s, w)]
    lines = wrap(text, px, w, s)
    one, adv, _ = _block_height(1, px, s, spacing)
    max_lines = max(1, (h - one) // adv + 1)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and not _fits_line(last.rstrip() + ELLIPSIS, px, s, w):
            last = last[:-1]
        lines[-1] = last.rstrip() + ELLIPSIS
    return px, lines


def _candidates(f: Field, content: dict) -> tuple[str, ...]:
    if f.source:
        value = content.get(f.source, "")
        return tuple(value) if isinstance(value, tuple) else (str(value),)
    # template: expand the one candidate-list value it uses (items), if any
    multi = {k: v for k, v in content.items() if isinstance(v, tuple)}
    used = [k for k in multi if "{" + k + "}" in f.template]
    if not used:
        return (f.template.format_map(content),)
    key = used[0]
    return tuple(f.template.format_map({**content, key: option}) for option in multi[key])


def _text(plan: Plan, f: Field, box, content: dict, dpmm: float) -> None:
    candidates = tuple(printable(c).strip() for c in _candidates(f, content))   # a template too
    if not candidates or not candidates[0]:
        return
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    pad = max(1, round(0.5 * dpmm)) if f.invert else 0
    w, h = w - 2 * pad, h - 2 * pad
    max_px = max(4, round(f.font_pt * PT_MM * dpmm))
    min_px = max(4, min(max_px, round(f.min_pt * PT_MM * dpmm)))
    px, lines = fit_text(candidates, w, h, max_px, min_px, f.bold, f.kind == "textbox", f.line_spacing)
    s = _stroke(px, f.bold)
    block, adv, asc = _block_height(len(lines), px, s, f.line_spacing)
    top = y0 + pad
    if f.valign == "middle":
        top += (h - block) // 2
    elif f.valign == "bottom":
        top += h - block
    if f.invert:
        plan.ops.append(Rect(x0, y0, x1, y1, True, f.id, "invert"))
    for i, line in enumerate(lines):
        lw = math.ceil(text_width(line, px)) + s
        left = x0 + pad
        if f.align == "center":
            left += (w - lw) // 2
        elif f.align == "right":
            left += w - lw
        plan.ops.append(Text(left, top + asc + i * adv, line, px, s, not f.invert, w, f.id))


# ----------------------------------------------------------------------------------------------- barcodes
def code128_modules(value: str) -> str:
    """Code 128 modules ('1' bar, '0' space) with start, check and stop symbols (``app.labels.code128``:
    code set C for runs of digits; the ESC/POS compact mode sends the printer the same code sets)."""
    return code128.modules(value)


def _code128(plan: Plan, f: Field, box, value: str, dpmm: float) -> None:
    if not value:
        return
    try:
        modules = code128_modules(value)
    except code128.Code128Error as exc:
        raise LabelRenderError(f"field {f.id!r}: cannot encode {value!r} as Code 128: {exc}") from None
    x0, y0, x1, y1 = box
    quiet = 10 if f.quiet_modules < 0 else f.quiet_modules
    n = len(modules)
    module = (x1 - x0) // (n + 2 * quiet)
    if f.max_module_mm:
        module = min(module, max(1, math.floor(f.max_module_mm * dpmm + 1e-9)))
    least = max(1, round(f.min_module_mm * dpmm))
    if module < least:
        if f.overflow == "skip":
            return
        raise LabelRenderError(
            f"field {f.id!r}: {value!r} is {n} modules of Code 128; with {quiet}-module quiet zones it needs "
            f"{(n + 2 * quiet) * least} dots at {least} dots per module but the field is {x1 - x0} dots wide")
    left = x0 + ((x1 - x0) - n * module) // 2
    _runs(plan, modules, left, y0, y1, module, f.id, "bar")
    plan.barcodes.append(Barcode(f.id, "code128", value, left, y0, left + n * module, y1, module))


def _runs(plan: Plan, row: str, left: int, top: int, bottom: int, module: int, field_id: str = "",
          role: str = "") -> None:
    i, n = 0, len(row)
    while i < n:
        if row[i] == "1":
            j = i
            while j < n and row[j] == "1":
                j += 1
            plan.ops.append(Rect(left + i * module, top, left + j * module, bottom, True, field_id, role))
            i = j
        else:
            i += 1


@lru_cache(maxsize=512)
def qr_matrix(value: str, ecc: str = "M") -> tuple[str, ...]:
    """QR modules as rows of '1'/'0' (needs the ``qrcode`` package)."""
    import qrcode
    from qrcode import constants

    level = {"L": constants.ERROR_CORRECT_L, "M": constants.ERROR_CORRECT_M,
             "Q": constants.ERROR_CORRECT_Q, "H": constants.ERROR_CORRECT_H}[ecc]
    qr = qrcode.QRCode(border=0, error_correction=level)
    qr.add_data(value)
    qr.make(fit=True)
    return tuple("".join("1" if m else "0" for m in row) for row in qr.get_matrix())


def _qr(plan: Plan, f: Field, box, value: str) -> None:
    if not value:
        return
    rows = qr_matrix(value, f.ecc)
    n = len(rows)
    x0, y0, x1, y1 = box
    quiet = 2 if f.quiet_modules < 0 else f.quiet_modules
    module = min(x1 - x0, y1 - y0) // (n + 2 * quiet)
    if module < 1:
        raise LabelRenderError(f"field {f.id!r}: a {n}×{n} QR code does not fit in {x1 - x0}×{y1 - y0} dots")
    left = x0 + ((x1 - x0) - n * module) // 2
    top = y0 + ((y1 - y0) - n * module) // 2
    for r, row in enumerate(rows):
        _runs(plan, row, left, top + r * module, top + (r + 1) * module, module, f.id, "qr")
    plan.barcodes.append(Barcode(f.id, "qr", value, left, top, left + n * module, top + n * module, module,
                                 f.ecc))
