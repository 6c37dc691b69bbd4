"""ZPL II (Zebra and compatible printers): write a label page, and read a job back.

``^CI28`` makes field data UTF-8; text uses a Chinese TrueType font stored on the printer through ``^A@``
(``^A@N,h,w,E:SIMSUN.TTF``); ``^FH_`` lets ``^``, ``~`` and ``_`` travel as ``_5E``, ``_7E``, ``_5F``.
``^FO`` is the top-left of every field. Graphics are ``^GFA`` with Zebra's ASCII-hex compression (repeat
counts G–Y = 1–19, g–z = 20–400, ``,`` = zeros to the end of the row, ``!`` = ones to the end of the row,
``:`` = the previous row again), 1 = black.
"""
from __future__ import annotations

import re

from PIL import Image

from .content import printable
from .decode import PBar, PBarcode, PBitmap, PrintedPage, PText

_HEX = "0123456789ABCDEF"


def _count(n: int) -> str:
    """A repeat count (1…419) in ZPL's letters: g–z for twenties, G–Y for the rest."""
    out = ""
    if n >= 20:
        out += chr(ord("g") + n // 20 - 1)
        n %= 20
    if n:
        out += chr(ord("G") + n - 1)
    return out


def compress_row(row: str) -> str:
    if set(row) == {"0"} or not row:
        return ","
    if set(row) == {"F"}:
        return "!"
    stripped = row.rstrip("0")
    tail_zero = len(stripped) < len(row)
    if not tail_zero:
        s2 = row.rstrip("F")
        if len(s2) < len(row) - 2:
            stripped, tail = s2, "!"
        else:
            tail = ""
    else:
        tail = ","
    return _RUN.sub(_run, stripped) + tail


_RUN = re.compile(r"(.)\1+")          # runs of two or more of the same hex digit


def _run(m: re.Match) -> str:
    run = m.group(0)
    code = _RUNS.get(run)
    if code is None:
        k, ch, code = len(run), run[0], ""
        while k > 399:
            code += _count(399) + ch
            k -= 399
        code = _RUNS[run] = code + (_count(k) + ch if k > 1 else ch)
    return code


_RUNS: dict[str, str] = {}


def gfa(image: Image.Image) -> tuple[int, int, str]:
    """(total bytes, bytes per row, compressed data) of a mode "1" image for ``^GFA``."""
    img = image if image.mode == "1" else image.convert("1", dither=Image.Dither.NONE)
    wb = (img.width + 7) // 8
    if img.width % 8:
        padded = Image.new("1", (wb * 8, img.height), 1)
        padded.paste(img, (0, 0))
        img = padded
    raw = img.tobytes().translate(bytes(255 - i for i in range(256))).hex().upper()
    rows = [raw[r * wb * 2:(r + 1) * wb * 2] for r in range(img.height)]
    out, prev = [], None
    for row in rows:
        out.append(":" if row == prev else compress_row(row))
        prev = row
    return wb * img.height, wb, "".join(out)


def graphic_field(x: int, y: int, image: Image.Image) -> str:
    total, wb, data = gfa(image)
    return f"^FO{x},{y}^GFA,{total},{total},{wb},{data}^FS"


def decompress(data: str, total: int, row_bytes: int) -> bytes:
    """Expand ``^GFA`` ASCII-hex data (compressed or not); raises ValueError when it does not come to
    ``total`` bytes in rows of ``row_bytes``."""
    row_len = row_bytes * 2
    rows: list[str] = []
    cur: list[str] = []
    count = 0
    cur_len = 0

    def end_row(fill: str | None) -> None:
        nonlocal cur, cur_len
        if fill is not None:
            cur.append(fill * (row_len - cur_len))
        rows.append("".join(cur))
        cur, cur_len = [], 0

    for ch in data:
        if ch in " \r\n\t":
            continue
        if "G" <= ch <= "Y":
            count += ord(ch) - ord("G") + 1
        elif "g" <= ch <= "z":
            count += (ord(ch) - ord("g") + 1) * 20
        elif ch == ",":
            end_row("0")
        elif ch == "!":
            end_row("F")
        elif ch == ":":
            if cur_len:
                end_row("0")
            rows.append(rows[-1] if rows else "0" * row_len)
        elif ch.upper() in _HEX:
            k = count or 1
            count = 0
            cur.append(ch.upper() * k)
            cur_len += k
            while cur_len >= row_len:
                joined = "".join(cur)
                rows.append(joined[:row_len])
                rest = joined[row_len:]
                cur, cur_len = ([rest] if rest else []), len(rest)
        else:
            raise ValueError(f"^GFA data: unexpected character {ch!r}")
    if cur_len:
        end_row("0")
    raw = bytes.fromhex("".join(rows))
    if len(raw) != total:
        raise ValueError(f"^GFA announces {total} bytes ({row_bytes} per row), the data comes to {len(raw)}")
    return raw


def field_data(text: str) -> str:
    """``^FH_^FD…``-safe text: control characters removed, and the characters ZPL reads as commands (the
    caret and tilde: ``^XZ^XA^PQ9`` in a name would end the label and print nine more) and the escape itself
    as hex."""
    return "".join("_%02X" % ord(c) if c in "^~_" else c for c in printable(text))


def plain_value(text: str) -> bool:
    """True when ``text`` can be a barcode's ``^FD`` as it is (no command characters, no controls)."""
    return printable(text) == text and not set("^~") & set(text)


def zpl_page(page, raster: bool = False) -> bytes:
    """The page as one ZPL label (``^XA … ^XZ``), UTF-8."""
    from .printers import bitmap_blocks, inside, native_texts, scalable_sizes, shifted, split_ops

    profile = page.profile
    out = ["^XA"]
    if profile.darkness is not None:
        out.append(f"~SD{round(profile.darkness * 2):02d}")
    out += ["^CI28", f"^PW{page.width}", f"^LL{page.height}", "^LH0,0"]
    if raster:
        out.append(graphic_field(0, 0, page.raster()))
        out += ["^PQ1", "^XZ"]
        return "\n".join(out).encode("utf-8")

    texts, rects, codes, bars = split_ops(page)
    placed, rest = native_texts(page, texts, scalable_sizes, "utf-8", profile.chinese_font)
    fallback: list = list(rest)
    for fid in {r.field_id for r in rects if r.role == "invert"}:
        if any(op.field_id == fid for op in rest):        # a white-on-black field the font cannot set
            fallback += [r for r in rects if r.field_id == fid and r.role == "invert"]
            fallback += [op for op in texts if op.field_id == fid and op not in rest]
            placed = [t for t in placed if t.field_id != fid]
    body = []
    for r in rects:
        if r.role == "invert" and r in fallback:
            continue
        x0, y0 = max(0, r.x0 + page.dx), max(0, r.y0 + page.dy)
        x1, y1 = min(page.width, r.x1 + page.dx), min(page.height, r.y1 + page.dy)
        if x1 > x0 and y1 > y0:
            w, h = x1 - x0, y1 - y0
            body.append(f"^FO{x0},{y0}^GB{w},{h},{min(w, h)},B,0^FS")
    for fid, code in codes.items():
        x0, y0, x1, y1 = shifted(code, page)
        ok = inside(page, (x0, y0, x1, y1)) and plain_value(code.value) and 1 <= code.module <= 10
        if ok and code.kind == "code128":
            body.append(f"^FO{x0},{y0}^BY{code.module},3,{y1 - y0}^BCN,{y1 - y0},N,N,N,A^FD{code.value}^FS")
        elif ok and code.kind == "qr":
            body.append(f"^FO{x0},{y0}^BQN,2,{code.module}^FD{code.ecc or 'M'}A,{code.value}^FS")
        else:
            fallback += bars.get(fid, [])
    for t in placed:
        rev = "^FR" if t.reverse else ""
        for dx in range(2 if t.bold else 1):          # bold: struck again one dot right, as the raster does
            body.append(f"^FO{t.x + dx},{t.y}{rev}^A@N,{t.height},{t.cw},{profile.zpl_font}"
                        f"^FH_^FD{field_data(t.text)}^FS")
    for block in bitmap_blocks(page, fallback):
        out.append(graphic_field(block.x, block.y, block.image))
    out += body + ["^PQ1", "^XZ"]
    return "\n".join(out).encode("utf-8")


_CMD = re.compile(r"[\^~]([A-Za-z@][A-Za-z0-9@]?)")


def parse_zpl(data: bytes) -> PrintedPage:
    """Read a ZPL job back to a PrintedPage (the first label, ``^XA`` … ``^XZ``). ``^GFA`` byte counts are
    checked against the data."""
    from .code128 import modules
    from .engine import qr_matrix
    from .printers import cell_width

    text = data.decode("utf-8", errors="replace")
    page = PrintedPage("zpl")
    pos = [m for m in _CMD.finditer(text)]
    fo = (0, 0)
    reverse = False
    hexchar = ""
    font = (30, 30, "0")
    by = (2, 3.0, 10)
    pending: tuple | None = None
    for k, m in enumerate(pos):
        name = m.group(1).upper()
        start = m.end()
        end = pos[k + 1].start() if k + 1 < len(pos) else len(text)
        if name.startswith("A") and name not in ("A@",) and len(name) == 2 and m.group(0)[0] == "^":
            # ^A0N,h,w — font letter/digit then parameters
            args = (name[1] + text[start:end]).split(",")
            font = (int(args[1]) if len(args) > 1 and args[1] else 30,
                    int(args[2]) if len(args) > 2 and args[2] else 30, name[1])
            pending = ("text",)
            continue
        arg = text[start:end].rstrip("\r\n")
        if name == "XA":
            page.elements.clear()
        elif name == "PW":
            page.width = int(arg)
        elif name == "LL":
            page.height = int(arg)
        elif name == "SD":
            page.settings["darkness"] = int(arg)
        elif name == "CI":
            page.settings["encoding"] = arg
        elif name == "PQ":
            page.copies = int(arg.split(",")[0] or 1)
        elif name == "FO":
            x, y = (int(v or 0) for v in arg.split(",")[:2])
            fo = (x, y)
        elif name == "FR":
            reverse = True
        elif name == "FH":
            hexchar = arg[:1] or "_"
        elif name == "A@":
            args = arg.split(",")
            font = (int(args[1]), int(args[2] or args[1]), args[3] if len(args) > 3 else "")
            pending = ("text",)
        elif name == "BY":
            args = arg.split(",")
            by = (int(args[0]), float(args[1] or 3), int(args[2]) if len(args) > 2 and args[2] else 10)
        elif name == "BC":
            args = arg.split(",")
            h = int(args[1]) if len(args) > 1 and args[1] else by[2]
            pending = ("code128", h)
        elif name == "BQ":
            args = arg.split(",")
            pending = ("qr", int(args[2]) if len(args) > 2 and args[2] else 2)
        elif name == "GB":
            args = [a for a in arg.split(",")]
            w, h = int(args[0]), int(args[1])
            t = int(args[2]) if len(args) > 2 and args[2] else 1
            x, y = fo
            if t >= min(w, h):
                page.elements.append(PBar(x, y, x + w, y + h))
            else:
                page.elements += [PBar(x, y, x + w, y + t), PBar(x, y + h - t, x + w, y + h),
                                  PBar(x, y, x + t, y + h), PBar(x + w - t, y, x + w, y + h)]
        elif name == "GF":
            fmt, total, _count_, row_bytes, payload = arg.split(",", 4)
            total, row_bytes = int(total), int(row_bytes)
            raw = decompress(payload, total, row_bytes) if fmt.upper() == "A" else None
            if raw is None:
                raise ValueError(f"^GF format {fmt!r} not supported")
            inv = raw.translate(bytes(255 - i for i in range(256)))
            img = Image.frombytes("1", (row_bytes * 8, total // row_bytes), inv)
            page.elements.append(PBitmap(fo[0], fo[1], img, False, total))
        elif name == "FD":
            value = arg
            if hexchar:
                value = re.sub(re.escape(hexchar) + r"([0-9A-Fa-f]{2})",
                               lambda mm: bytes.fromhex(mm.group(1)).decode("latin-1"), value)
            x, y = fo
            kind = pending[0] if pending else "text"
            if kind == "text":
                h, w, name_ = font
                width = cell_width(value, w)
                prev = page.elements[-1] if page.elements else None
                if (isinstance(prev, PText) and prev.text == value and prev.y == y and x == prev.x + 1
                        and prev.reverse == reverse):
                    page.elements[-1] = PText(prev.x, y, prev.height, prev.width, value, True, reverse, name_,
                                              prev.cell_w)
                else:
                    page.elements.append(PText(x, y, h, width, value, False, reverse, name_, w))
            elif kind == "code128":
                mod = by[0]
                page.elements.append(PBarcode("code128", x, y, len(modules(value)) * mod, pending[1], value,
                                              mod))
            elif kind == "qr":
                ecc, _, rest = value.partition(",")
                level = (ecc[:1] or "M").upper()
                side = len(qr_matrix(rest, level)) * pending[1]
                page.elements.append(PBarcode("qr", x, y, side, side, rest, pending[1], level))
        elif name == "FS":
            pending, reverse, hexchar = None, False, ""
        elif name == "XZ":
            page.settings["printed"] = page.settings.get("printed", 0) + 1
            break
    return page
