"""TSPL (TSC and most Chinese 4-inch waybill printers): write a label page, and read a job back.

Commands end with CR LF. Coordinates are dots from the top-left of the label (``REFERENCE 0,0``); ``TEXT``
places the top-left of its first character cell; ``TSS24.BF2`` is the resident Simplified Chinese font, 24×24
dots for a Chinese character and 12×24 for ASCII, scaled by whole multipliers and read as GB2312 bytes.
``BITMAP x,y,width_bytes,height,0,<data>``: rows top to bottom, MSB first, a 0 bit prints (black) and a 1
bit stays white; mode 0 overwrites what is under it.
"""
from __future__ import annotations

import re

from PIL import Image

from .content import printable
from .decode import PBar, PBarcode, PBitmap, PrintedPage, PReverse, PText

CRLF = b"\r\n"


def _mm(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def quote(text: str) -> str:
    """A TSPL string that stays one string on one command line: control characters (CR LF would end the
    command and start the buyer's own, e.g. ``PRINT 9``) removed, ``\\[`` (TSPL's escape) defused with a
    full-width ``＼``, and double quotes written ``\\["]``."""
    return '"' + printable(text).replace("\\[", "＼[").replace('"', '\\["]') + '"'


def plain_value(text: str) -> bool:
    """True when ``text`` goes into a TSPL string unchanged (a barcode's data must: else it is a bitmap)."""
    return printable(text) == text and '"' not in text and "\\[" not in text


def bitmap_command(x: int, y: int, image: Image.Image, mode: int = 0) -> bytes:
    """``BITMAP`` for a mode "1" image (black = 0 in Pillow, which is also TSPL's printed bit)."""
    img = image if image.mode == "1" else image.convert("1", dither=Image.Dither.NONE)
    wb = (img.width + 7) // 8
    if img.width % 8:
        padded = Image.new("1", (wb * 8, img.height), 1)
        padded.paste(img, (0, 0))
        img = padded
    data = img.tobytes()
    assert len(data) == wb * img.height
    return f"BITMAP {x},{y},{wb},{img.height},{mode},".encode("ascii") + data + CRLF


def tspl_page(page, raster: bool = False) -> bytes:
    """The page as a TSPL job: native TEXT/BARCODE/QRCODE/BAR/REVERSE, BITMAP for the rest (or for the
    whole label when ``raster``)."""
    from .printers import bitmap_blocks, bitmap_sizes, inside, native_texts, shifted, split_ops

    profile = page.profile
    layout = page.plan.layout
    dpmm = page.plan.dots_per_mm
    width_mm = max(layout.width_mm, page.width / dpmm)
    head = [f"SIZE {_mm(width_mm)} mm,{_mm(layout.height_mm)} mm", f"GAP {_mm(profile.tspl_gap_mm)} mm,0 mm",
            f"DIRECTION {profile.tspl_direction},0", "REFERENCE 0,0"]
    if profile.darkness is not None:
        head.append(f"DENSITY {profile.darkness}")
    head.append("CLS")
    out = bytearray(CRLF.join(s.encode("ascii") for s in head) + CRLF)
    if raster:
        out += bitmap_command(0, 0, page.raster())
        out += b"PRINT 1,1" + CRLF
        return bytes(out)

    texts, rects, codes, bars = split_ops(page)
    placed, rest = native_texts(page, texts, lambda px, least=0.75: bitmap_sizes(px, largest=10, least=least), profile.tspl_encoding,
                                profile.chinese_font)
    fallback: list = list(rest)
    inverted = {r.field_id: r for r in rects if r.role == "invert"}
    native_invert = set()
    for fid, r in inverted.items():
        if any(op.field_id == fid for op in rest):        # a white-on-black field the font cannot set
            fallback.append(r)
            fallback += [op for op in texts if op.field_id == fid and op not in rest]
            placed = [t for t in placed if t.field_id != fid]
        else:
            native_invert.add(fid)
    body = bytearray()
    for r in rects:
        if r.role == "invert":
            continue
        x0, y0 = max(0, r.x0 + page.dx), max(0, r.y0 + page.dy)
        x1, y1 = min(page.width, r.x1 + page.dx), min(page.height, r.y1 + page.dy)
        if x1 > x0 and y1 > y0:
            body += f"BAR {x0},{y0},{x1 - x0},{y1 - y0}".encode() + CRLF
    for fid, code in codes.items():
        x0, y0, x1, y1 = shifted(code, page)
        if not inside(page, (x0, y0, x1, y1)) or not plain_value(code.value):
            fallback += bars.get(fid, [])
            continue
        if code.kind == "code128" and 1 <= code.module <= 10:
            body += (f"BARCODE {x0},{y0},\"128\",{y1 - y0},0,0,{code.module},{code.module},"
                     f"{quote(code.value)}").encode("ascii") + CRLF
        elif code.kind == "qr" and 1 <= code.module <= 10:
            body += (f"QRCODE {x0},{y0},{code.ecc or 'M'},{code.module},A,0,{quote(code.value)}"
                     ).encode(profile.tspl_encoding, errors="strict") + CRLF
        else:
            fallback += bars.get(fid, [])
    for t in placed:
        mx, my = t.cw // 24, t.height // 24
        for dx in range(2 if t.bold else 1):          # bold: struck again one dot right, as the raster does
            body += (f'TEXT {t.x + dx},{t.y},"{profile.tspl_font}",0,{mx},{my},{quote(t.text)}'
                     .encode(profile.tspl_encoding) + CRLF)
    for fid in native_invert:
        x0, y0, x1, y1 = (v + d for v, d in zip(page.plan.boxes[fid], (page.dx, page.dy, page.dx, page.dy)))
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(page.width, x1), min(page.height, y1)
        body += f"REVERSE {x0},{y0},{x1 - x0},{y1 - y0}".encode() + CRLF
    for block in bitmap_blocks(page, fallback):
        out += bitmap_command(block.x, block.y, block.image)
    out += body + b"PRINT 1,1" + CRLF
    return bytes(out)


_ARG = re.compile(r'\s*("(?:[^"\\]|\\\["\])*"|[^,]*)\s*(?:,|$)')


def _args(text: str) -> list[str]:
    out, pos = [], 0
    while pos < len(text):
        m = _ARG.match(text, pos)
        if m is None or m.end() == pos:
            break
        out.append(m.group(1))
        pos = m.end()
    return out


def _unquote(s: str) -> str:
    s = s.strip()
    if s.startswith('"') and s.endswith('"'):
        s = s[1:-1]
    return s.replace('\\["]', '"')


def parse_tspl(data: bytes, dpi: int = 203, encoding: str = "gb18030") -> PrintedPage:
    """Read a TSPL job back to a PrintedPage. ``BITMAP`` data lengths are checked (width_bytes × height
    bytes must follow); a truncated command raises ValueError. ``settings["printed"]`` counts ``PRINT``
    commands; a line that is no command this module writes is kept in ``settings["unknown"]``."""
    from .code128 import modules
    from .engine import dots_per_mm, qr_matrix
    from .printers import cell_width

    dpmm = dots_per_mm(dpi)
    page = PrintedPage("tspl")
    i, n = 0, len(data)
    while i < n:
        while i < n and data[i] in b"\r\n \t":
            i += 1
        if i >= n:
            break
        if data.startswith(b"BITMAP", i):
            head_end = i
            commas = 0
            while commas < 5:
                head_end = data.index(b",", head_end) + 1
                commas += 1
            x, y, wb, h, mode = (int(v) for v in data[i + 6:head_end - 1].decode().split(","))
            need = wb * h
            if head_end + need > n:
                raise ValueError(f"BITMAP at byte {i} announces {wb}×{h} = {need} bytes, only "
                                 f"{n - head_end} follow")
            raw = data[head_end:head_end + need]
            img = Image.frombytes("1", (wb * 8, h), raw)
            page.elements.append(PBitmap(x, y, img, mode == 0, need))
            i = head_end + need
            continue
        end = data.find(b"\n", i)
        end = n if end < 0 else end
        line = data[i:end].rstrip(b"\r").decode(encoding, errors="replace")
        i = end + 1
        word, _, rest = line.partition(" ")
        word = word.upper()
        a = _args(rest)
        if word == "SIZE":
            w_mm, h_mm = (float(v.lower().replace("mm", "").strip()) for v in a[:2])
            page.width, page.height = round(w_mm * dpmm), round(h_mm * dpmm)
            page.settings["size_mm"] = (w_mm, h_mm)
        elif word in ("GAP", "DIRECTION", "REFERENCE", "DENSITY", "SPEED", "CODEPAGE", "OFFSET", "SHIFT"):
            page.settings[word.lower()] = rest.strip()
        elif word == "CLS":
            page.elements.clear()
        elif word == "BAR":
            x, y, w, h = (int(v) for v in a[:4])
            page.elements.append(PBar(x, y, x + w, y + h))
        elif word == "BOX":
            x0, y0, x1, y1, t = (int(v) for v in a[:5])
            page.elements += [PBar(x0, y0, x1, y0 + t), PBar(x0, y1 - t, x1, y1), PBar(x0, y0, x0 + t, y1),
                              PBar(x1 - t, y0, x1, y1)]
        elif word == "REVERSE":
            x, y, w, h = (int(v) for v in a[:4])
            page.elements.append(PReverse(x, y, x + w, y + h))
        elif word == "TEXT":
            x, y = int(a[0]), int(a[1])
            font, mx, my = _unquote(a[2]), int(a[4]), int(a[5])
            text = _unquote(a[6])
            h = 24 * my
            w = cell_width(text, 24) * mx
            prev = page.elements[-1] if page.elements else None
            if isinstance(prev, PText) and prev.text == text and prev.y == y and x == prev.x + 1:
                page.elements[-1] = PText(prev.x, prev.y, prev.height, prev.width, text, True, False, font,
                                          prev.cell_w)
            else:
                page.elements.append(PText(x, y, h, w, text, False, False, font, 24 * mx))
        elif word == "BARCODE":
            x, y = int(a[0]), int(a[1])
            kind, h, narrow = _unquote(a[2]), int(a[3]), int(a[6])
            value = _unquote(a[8])
            if kind.upper() in ("128", "128M"):
                page.elements.append(PBarcode("code128", x, y, len(modules(value)) * narrow, h, value, narrow))
            else:
                page.settings.setdefault("other_barcodes", []).append((kind, value))
        elif word == "QRCODE":
            x, y, ecc, cell = int(a[0]), int(a[1]), a[2].strip(), int(a[3])
            value = _unquote(a[-1])
            side = len(qr_matrix(value, ecc)) * cell
            page.elements.append(PBarcode("qr", x, y, side, side, value, cell, ecc))
        elif word == "PRINT":
            page.copies = int(a[0]) if a and a[0].strip() else 1
            page.settings["printed"] = page.settings.get("printed", 0) + 1
        elif line.strip():
            page.settings.setdefault("unknown", []).append(line)
    return page
