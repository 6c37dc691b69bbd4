"""ESC/POS raster images (``GS v 0``): encode a label bitmap for the printer, and decode it back.

``GS v 0`` is ``1D 76 30 m xL xH yL yH d1 … dk``: ``m`` the scale mode (0 = normal), ``x = xL + 256·xH`` the
width in bytes, ``y = yL + 256·yH`` the height in dots, then ``x·y`` bytes, rows top to bottom, each byte eight
dots left to right, most significant bit first, 1 = print (black).

The image is sent as horizontal bands (``band_rows`` dots high) so that no single command needs a large
printer buffer, and a band never comes near the 64 kB where python-escpos' graphics mode (``GS ( L``) writes
a wrong length. The bytes are the same as python-escpos' ``Dummy().image(img, impl="bitImageRaster")`` (see
tests), built directly from Pillow's packed bits because that is ~100× faster.

``decode_escpos_raster`` parses a byte stream (as a simulated printer receives it) and stacks every
``GS v 0`` block into one image; other ESC/POS commands in the stream are skipped.
"""
from __future__ import annotations

from PIL import Image

from .content import printable

GS_V_0 = b"\x1dv0"
ESC_INIT = b"\x1b@"
MAX_ROWS = 2303            # yH ≤ 8 on most printers: 8·256 + 255 dots per command
DEFAULT_BAND_ROWS = 256

_INVERT = bytes(255 - i for i in range(256))


def _as_bilevel(image: Image.Image) -> Image.Image:
    if image.mode == "1":
        return image
    # hard threshold at mid grey (no dithering: a dithered barcode does not scan)
    return image.convert("L").point(lambda v: 255 if v >= 128 else 0).convert("1", dither=Image.Dither.NONE)


def raster_bytes(image: Image.Image) -> tuple[int, int, bytes]:
    """(width in bytes, height in dots, data) of ``image`` for GS v 0: 1 = black; the width is padded with
    white to a whole byte."""
    img = _as_bilevel(image)
    w, h = img.size
    wb = (w + 7) // 8
    if w % 8:
        padded = Image.new("1", (wb * 8, h), 1)
        padded.paste(img, (0, 0))
        img = padded
    # Pillow packs mode "1" as 1 = white, MSB first, rows byte-aligned: invert the bytes for the printer
    return wb, h, img.tobytes().translate(_INVERT)


def gs_v_0(width_bytes: int, rows: int, data: bytes, mode: int = 0) -> bytes:
    """One ``GS v 0`` command."""
    if not 0 < width_bytes <= 0xFFFF or not 0 < rows <= 0xFFFF:
        raise ValueError(f"GS v 0 size out of range: {width_bytes} bytes × {rows} rows")
    if len(data) != width_bytes * rows:
        raise ValueError(f"GS v 0 data is {len(data)} bytes, expected {width_bytes * rows}")
    return (GS_V_0 + bytes((mode, width_bytes & 0xFF, width_bytes >> 8, rows & 0xFF, rows >> 8)) + data)


def escpos_raster(image: Image.Image, *, band_rows: int = DEFAULT_BAND_ROWS, init: bool = True,
                  feed: bytes = b"") -> bytes:
    """The image as ESC/POS ``GS v 0`` raster bands (optionally ``ESC @`` first and ``feed`` bytes last —
    no cut by default: die-cut labels are torn off, and python-escpos' cut() feeds six lines first)."""
    if not 1 <= band_rows <= MAX_ROWS:
        raise ValueError(f"band_rows must be 1…{MAX_ROWS}, got {band_rows}")
    wb, h, data = raster_bytes(image)
    out = bytearray(ESC_INIT if init else b"")
    for start in range(0, h, band_rows):
        rows = min(band_rows, h - start)
        out += gs_v_0(wb, rows, data[start * wb:start * wb + rows * wb])
    out += feed
    return bytes(out)


def iter_gs_v_0(data: bytes):
    """Yield (mode, width_bytes, rows, payload) for every GS v 0 command in an ESC/POS stream."""
    i, n = 0, len(data)
    while True:
        j = data.find(GS_V_0, i)
        if j < 0:
            return
        if j + 8 > n:
            raise ValueError(f"truncated GS v 0 header at byte {j}")
        mode, xl, xh, yl, yh = data[j + 3:j + 8]
        wb, rows = xl + 256 * xh, yl + 256 * yh
        end = j + 8 + wb * rows
        if end > n:
            raise ValueError(f"GS v 0 at byte {j} announces {wb}×{rows} = {wb * rows} bytes, "
                             f"only {n - j - 8} follow")
        yield mode, wb, rows, data[j + 8:end]
        i = end          # jump over the payload: image bytes may contain 1D 76 30 themselves


def decode_escpos_raster(data: bytes) -> Image.Image:
    """Every GS v 0 block of ``data`` stacked top to bottom into one mode "1" image (black = printed dot).

    Scale modes 1–3 (double width / height) are expanded as the printer would print them. Blocks narrower
    than the widest are padded with white on the right. Raises ValueError when there is no raster in the
    stream or a block is truncated.
    """
    bands: list[Image.Image] = []
    for mode, wb, rows, payload in iter_gs_v_0(data):
        band = Image.frombytes("1", (wb * 8, rows), payload.translate(_INVERT))
        sx = 2 if mode & 1 else 1
        sy = 2 if mode & 2 else 1
        if sx > 1 or sy > 1:
            band = band.resize((band.width * sx, band.height * sy), Image.Resampling.NEAREST)
        bands.append(band)
    if not bands:
        if PAGE_MODE in data:                 # a compact (page mode) job: what the printer would print
            return parse_escpos(data).image()
        raise ValueError("no GS v 0 raster image in the data")
    width = max(b.width for b in bands)
    height = sum(b.height for b in bands)
    out = Image.new("1", (width, height), 1)
    y = 0
    for band in bands:
        out.paste(band, (0, y))
        y += band.height
    return out


# ==================================================================================== printer languages
# Everything below is used through app.labels.printers.encode_label (languages "escpos-raster" and
# "escpos-compact") and app.labels.decode.decode_stream.

ESC, GS, FS = b"\x1b", b"\x1d", b"\x1c"
FF = b"\x0c"
PAGE_MODE = ESC + b"L"
GS_L_MAX = 0xFFFF            # GS ( L carries a 2-byte length: more needs GS 8 L (4-byte length)


def density_command(darkness: int | None) -> bytes:
    """``GS ( K <fn 49>`` print density from a 0…15 darkness (8 = the printer's standard): m = −6…+6."""
    if darkness is None:
        return b""
    level = max(-6, min(6, round((darkness - 8) * 6 / 7)))
    return GS + b"(K" + bytes((2, 0, 49, level & 0xFF))


def graphics(image: Image.Image, scale_x: int = 1, scale_y: int = 1) -> bytes:
    """Store ``image`` in the print buffer as raster graphics and print it: ``GS ( L`` / ``GS 8 L``
    <fn 112> then ``GS ( L`` <fn 50>.

    The length counts the ten parameter bytes (m fn a bx by c xL xH yL yH) plus the data. Up to 65,535 it
    fits ``GS ( L pL pH``; above, ``GS 8 L p1 p2 p3 p4`` carries it in four bytes (python-escpos 3.1 writes a
    wrapped 2-byte length there instead, which desynchronises the printer)."""
    wb, h, data = raster_bytes(image)
    w = _as_bilevel(image).width
    if not 1 <= w <= 0xFFFF or not 1 <= h <= 0xFFFF:
        raise ValueError(f"graphics size out of range: {w}×{h}")
    body = bytes((48, 112, 48, scale_x, scale_y, 49)) + w.to_bytes(2, "little") + h.to_bytes(2, "little") + data
    if len(body) <= GS_L_MAX:
        store = GS + b"(L" + len(body).to_bytes(2, "little") + body
    else:
        store = GS + b"8L" + len(body).to_bytes(4, "little") + body
    return store + GS + b"(L" + bytes((2, 0, 48, 50))


def escpos_page_raster(page) -> bytes:
    """The whole page as GS v 0 bands (language "escpos-raster"), the darkness first."""
    profile = page.profile
    return (ESC_INIT + density_command(profile.darkness)
            + escpos_raster(page.raster(), band_rows=profile.band_rows, init=False))


def _units(dpi: int) -> int:
    """Dots per motion unit: GS P takes units of 1/x inch with x ≤ 255, so a 300 dpi head counts in pairs."""
    k = 1
    while dpi / k > 255:
        k += 1
    return k


def escpos_compact(page) -> bytes:
    """ESC/POS page mode: the printer's own fonts, Code 128 and QR; the rest as small graphics.

    Convention (Epson page mode, ESC T 0): the print position set by ``ESC $`` (x) and ``GS $`` (y) is the
    bottom-left corner of what is printed next — a line of text (its cells), a barcode, a QR code or an image.
    """
    from .code128 import Code128Error, escpos_data
    from .printers import bitmap_blocks, bitmap_sizes, inside, shifted, split_ops
    from .printers import native_texts as native_texts_for

    profile = page.profile
    k = _units(profile.dpi)
    unit = round(profile.dpi / k)
    texts, rects, codes, bars = split_ops(page)
    inverted = {r.field_id: r for r in rects if r.role == "invert"}
    fallback: list = [r for r in rects if r.role != "invert"]
    native_texts, rest = native_texts_for(page, texts, bitmap_sizes, profile.escpos_encoding,
                                          profile.chinese_font)
    fallback += rest
    solid: list[tuple[int, int, int, int]] = []
    for fid, bar in inverted.items():
        # white on black: the text in reverse mode (GS B), the bar around its cells as solid graphics — the
        # cells are left out so the result is the same whether the printer overwrites or ORs in page mode
        lines = [t for t in native_texts if t.field_id == fid]
        if any(op.field_id == fid for op in rest) or not lines:
            fallback.append(bar)
            fallback += [op for op in texts if op.field_id == fid and op not in rest]
            native_texts = [t for t in native_texts if t.field_id != fid]
            continue
        box = (bar.x0 + page.dx, bar.y0 + page.dy, bar.x1 + page.dx, bar.y1 + page.dy)
        solid += _subtract(box, [(t.x, t.y, t.x + t.width, t.y + t.height) for t in lines], page)
    native_codes = []
    lo, hi = profile.escpos_barcode_modules
    for fid, code in codes.items():
        box = shifted(code, page)
        ok = inside(page, box) and code.y1 - code.y0 <= 255
        if code.kind == "code128":
            try:
                data = escpos_data(code.value)
            except Code128Error:
                data = b""
            ok = ok and lo <= code.module <= hi and 0 < len(data) <= 255
        else:
            ok = ok and profile.escpos_qr and 1 <= code.module <= 16 and len(code.value.encode()) < 7000
            data = code.value.encode("utf-8")
        if ok:
            native_codes.append((code, box, data))
        else:
            fallback += bars.get(fid, [])

    def pos(x: int, y_bottom: int) -> bytes:
        x, y = round(x / k), round(y_bottom / k)
        return ESC + b"$" + x.to_bytes(2, "little") + GS + b"$" + y.to_bytes(2, "little")

    out = bytearray(ESC_INIT + density_command(profile.darkness))
    out += GS + b"P" + bytes((unit, unit))
    out += PAGE_MODE + ESC + b"T\x00"
    w, h = round(page.width / k), round(page.height / k)
    out += ESC + b"W" + bytes(4) + w.to_bytes(2, "little") + h.to_bytes(2, "little")
    for block in bitmap_blocks(page, fallback):
        out += pos(block.x, block.y + block.image.height) + graphics(block.image)
    for x0, y0, x1, y1 in solid:                 # solid black: half the dots, printed at double size
        w, h = x1 - x0, y1 - y0
        if w % 2 == 0 and h % 2 == 0:
            out += pos(x0, y1) + graphics(Image.new("1", (w // 2, h // 2), 0), 2, 2)
        else:
            out += pos(x0, y1) + graphics(Image.new("1", (w, h), 0))
    for code, (x0, y0, x1, y1), data in native_codes:
        if code.kind == "code128":
            out += GS + b"H\x00" + GS + b"w" + bytes((code.module,)) + GS + b"h" + bytes((y1 - y0,))
            out += pos(x0, y1) + GS + b"k" + bytes((73, len(data))) + data
        else:
            ecc = {"L": 48, "M": 49, "Q": 50, "H": 51}[code.ecc or "M"]
            store = bytes((49, 80, 48)) + data
            out += GS + b"(k" + bytes((4, 0, 49, 65, 50, 0))                       # model 2
            out += GS + b"(k" + bytes((3, 0, 49, 67, code.module))                # module size
            out += GS + b"(k" + bytes((3, 0, 49, 69, ecc))                        # error correction
            out += GS + b"(k" + len(store).to_bytes(2, "little") + store          # store the data
            out += pos(x0, y1) + GS + b"(k" + bytes((3, 0, 49, 81, 48))           # print it
    if native_texts:
        chinese = any(not t.text.isascii() for t in native_texts)
        if chinese:
            out += FS + b"&"
        bold = reverse = None
        size = None
        for t in native_texts:
            m = ((t.cw // 24 - 1) << 4) | (t.height // 24 - 1)
            if size != m:
                out += GS + b"!" + bytes((m,))
                size = m
            if bold != t.bold:
                out += ESC + b"E" + bytes((1 if t.bold else 0,))
                bold = t.bold
            if reverse != t.reverse:
                out += GS + b"B" + bytes((1 if t.reverse else 0,))
                reverse = t.reverse
            out += pos(t.x, t.y + t.height) + text_bytes(t.text, profile.escpos_encoding)
        out += GS + b"!\x00" + ESC + b"E\x00" + (GS + b"B\x00" if reverse else b"")
        if chinese:
            out += FS + b"."
    out += FF
    return bytes(out)


def text_bytes(text: str, encoding: str) -> bytes:
    """A line of text as ESC/POS sends it: raw bytes that the printer prints until the next control byte, so
    no control character may be among them (ESC @, GS V, FF or CAN in a buyer's name would reset, cut, print
    or cancel the page). GB18030 / GBK never make a byte below 0x30 from a printable character."""
    data = printable(text).encode(encoding)
    if any(b < 0x20 or b == 0x7F for b in data):
        raise ValueError(f"{text!r} encodes to control bytes in {encoding}")
    return data


def _subtract(box, holes, page) -> list[tuple[int, int, int, int]]:
    """``box`` minus the ``holes`` as solid rectangles (band by band), clipped to the page."""
    x0, y0, x1, y1 = box
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(page.width, x1), min(page.height, y1)
    ys = sorted({y0, y1} | {min(max(v, y0), y1) for h in holes for v in (h[1], h[3])})
    out = []
    for top, bottom in zip(ys, ys[1:]):
        if bottom <= top:
            continue
        cuts = sorted((max(h[0], x0), min(h[2], x1)) for h in holes if h[1] < bottom and h[3] > top)
        x = x0
        for a, b in cuts:
            if a > x:
                out.append((x, top, a, bottom))
            x = max(x, b)
        if x < x1:
            out.append((x, top, x1, bottom))
    return out


def parse_escpos(data: bytes, encoding: str = "gb18030", dpi: int = 203):
    """Read an ESC/POS job back to a PrintedPage (see app.labels.decode): page mode with text, GS k
    Code 128, GS ( k QR, GS ( L / GS 8 L graphics; standard mode GS v 0 raster stacked top to bottom.
    ``settings`` counts ``printed`` (FF), ``inits`` (ESC @) and ``cuts`` (GS V) and lists any other control
    byte (``controls``: offset, byte) — what a command smuggled in as text would show up as.

    Length fields are checked: a command that announces more bytes than follow raises ValueError. ``dpi``
    turns GS P motion units back into dots."""
    from .code128 import parse_escpos_data
    from .decode import PBarcode, PBitmap, PrintedPage, PText
    from .printers import cell_width

    page = PrintedPage("escpos")
    n = len(data)
    i = 0
    x = y = 0
    k = 1
    page_mode = False
    mult_w = mult_h = 1
    bold = reverse = False
    module, bar_h = 3, 162
    qr_module, qr_ecc, qr_data = 3, "M", b""
    graphic: tuple | None = None
    std_y = 0                       # standard mode: where the next raster image goes
    text = bytearray()
    settings = page.settings

    def need(count: int, at: int, what: str) -> None:
        if at + count > n:
            raise ValueError(f"{what} at byte {at} announces {count} bytes, only {n - at} follow")

    def flush() -> None:
        nonlocal x, text
        if not text:
            return
        s = bytes(text).decode(encoding, errors="replace")
        h = 24 * mult_h
        w = cell_width(s, 24 * mult_w)
        page.elements.append(PText(x * k, y * k - h, h, w, s, bold, reverse, "escpos", 24 * mult_w))
        x += w // k
        text = bytearray()

    while i < n:
        b = data[i]
        if b >= 0x20 and b != 0x7F:
            text.append(b)
            i += 1
            continue
        flush()
        if b == 0x1B:                                              # ESC
            need(2, i, "ESC")
            c = data[i + 1]
            if c == ord("@"):
                page_mode, mult_w, mult_h, bold, reverse, k = False, 1, 1, False, False, 1
                settings["inits"] = settings.get("inits", 0) + 1
                i += 2
            elif c == ord("L"):
                page_mode = True
                settings["page_mode"] = True
                i += 2
            elif c == ord("T"):
                need(3, i, "ESC T")
                settings["direction"] = data[i + 2]
                i += 3
            elif c == ord("W"):
                need(10, i, "ESC W")
                v = data[i + 2:i + 10]
                ax, ay = v[0] + 256 * v[1], v[2] + 256 * v[3]
                aw, ah = v[4] + 256 * v[5], v[6] + 256 * v[7]
                settings["print_area"] = (ax * k, ay * k, aw * k, ah * k)
                page.width, page.height = aw * k, ah * k
                i += 10
            elif c == ord("$"):
                need(4, i, "ESC $")
                x = data[i + 2] + 256 * data[i + 3]
                i += 4
            elif c == ord("E"):
                need(3, i, "ESC E")
                bold = bool(data[i + 2] & 1)
                i += 3
            elif c in (ord("a"), ord("d"), ord("J"), ord("!"), ord("3"), ord("M"), ord("t"), ord("-")):
                i += 3
            else:
                i += 2
        elif b == 0x1D:                                            # GS
            need(2, i, "GS")
            c = data[i + 1]
            if c == ord("$"):
                need(4, i, "GS $")
                y = data[i + 2] + 256 * data[i + 3]
                i += 4
            elif c == ord("P"):
                need(4, i, "GS P")
                unit = data[i + 2]
                settings["motion_unit"] = unit
                k = max(1, round(dpi / unit)) if unit else 1
                i += 4
            elif c == ord("!"):
                need(3, i, "GS !")
                mult_w, mult_h = (data[i + 2] >> 4) + 1, (data[i + 2] & 0x0F) + 1
                i += 3
            elif c == ord("B"):
                need(3, i, "GS B")
                reverse = bool(data[i + 2] & 1)
                i += 3
            elif c == ord("w"):
                need(3, i, "GS w")
                module = data[i + 2]
                i += 3
            elif c == ord("h"):
                need(3, i, "GS h")
                bar_h = data[i + 2]
                i += 3
            elif c in (ord("H"), ord("f")):
                i += 3
            elif c == ord("V"):
                need(3, i, "GS V")
                settings["cuts"] = settings.get("cuts", 0) + 1
                i += 4 if data[i + 2] in (65, 66, 97, 98, 103, 104) else 3
            elif c == ord("k"):
                need(3, i, "GS k")
                m = data[i + 2]
                if m >= 65:
                    count = data[i + 3]
                    need(4 + count, i, "GS k")
                    payload = data[i + 4:i + 4 + count]
                    i += 4 + count
                else:
                    end = data.index(0, i + 3)
                    payload = data[i + 3:end]
                    i = end + 1
                if m == 73:
                    value = parse_escpos_data(payload)
                    from .code128 import modules as c128

                    width = len(c128(value)) * module
                    page.elements.append(PBarcode("code128", x * k, y * k - bar_h, width, bar_h, value, module))
                    x += width // k
                else:
                    settings.setdefault("other_barcodes", []).append((m, bytes(payload)))
            elif c == ord("(") or c == ord("8"):
                long = c == ord("8")
                need(4 if not long else 7, i, "GS ( / GS 8")
                fn_class = data[i + 2]
                if long:
                    size = int.from_bytes(data[i + 3:i + 7], "little")
                    start = i + 7
                else:
                    size = data[i + 3] + 256 * data[i + 4]
                    start = i + 5
                need(size, start, f"GS {'8' if long else '('} {chr(fn_class)}")
                body = data[start:start + size]
                i = start + size
                if fn_class == ord("K"):
                    if len(body) >= 2 and body[0] == 49:
                        level = body[1] - 256 if body[1] > 127 else body[1]
                        settings["density"] = level
                elif fn_class == ord("L"):
                    if body[:2] == bytes((48, 112)):
                        bx, by = body[3], body[4]
                        gw, gh = body[6] + 256 * body[7], body[8] + 256 * body[9]
                        raw = body[10:]
                        wb = (gw + 7) // 8
                        if len(raw) != wb * gh:
                            raise ValueError(f"GS {'8' if long else '('} L graphics: {gw}×{gh} dots need "
                                             f"{wb * gh} bytes, the length field gives {len(raw)}")
                        img = Image.frombytes("1", (wb * 8, gh), raw.translate(_INVERT)).crop((0, 0, gw, gh))
                        if bx > 1 or by > 1:
                            img = img.resize((gw * bx, gh * by), Image.Resampling.NEAREST)
                        graphic = (img, len(raw))
                    elif body[:2] == bytes((48, 50)) and graphic is not None:
                        img, nbytes = graphic
                        if page_mode:
                            page.elements.append(PBitmap(x * k, y * k - img.height, img, False, nbytes))
                        else:
                            page.elements.append(PBitmap(0, std_y, img, False, nbytes))
                            std_y += img.height
                        graphic = None
                elif fn_class == ord("k") and len(body) >= 2 and body[0] == 49:
                    fn = body[1]
                    if fn == 67:
                        qr_module = body[2]
                    elif fn == 69:
                        qr_ecc = {48: "L", 49: "M", 50: "Q", 51: "H"}.get(body[2], "M")
                    elif fn == 80:
                        qr_data = body[3:]
                    elif fn == 81:
                        from .engine import qr_matrix

                        value = qr_data.decode("utf-8", errors="replace")
                        side = len(qr_matrix(value, qr_ecc)) * qr_module
                        page.elements.append(PBarcode("qr", x * k, y * k - side, side, side, value, qr_module,
                                                      qr_ecc))
            elif c == ord("v"):
                need(8, i, "GS v 0")
                mode, xl, xh, yl, yh = data[i + 3:i + 8]
                wb, rows = xl + 256 * xh, yl + 256 * yh
                need(8 + wb * rows, i, "GS v 0")
                payload = data[i + 8:i + 8 + wb * rows]
                img = Image.frombytes("1", (wb * 8, rows), payload.translate(_INVERT))
                sx, sy = (2 if mode & 1 else 1), (2 if mode & 2 else 1)
                if sx > 1 or sy > 1:
                    img = img.resize((img.width * sx, img.height * sy), Image.Resampling.NEAREST)
                page.elements.append(PBitmap(0, std_y, img, True, wb * rows))
                std_y += img.height
                i += 8 + wb * rows
            else:
                i += 2
        elif b == 0x1C:                                            # FS
            need(2, i, "FS")
            if data[i + 1] == ord("&"):
                settings["chinese_mode"] = True
            i += 2
        elif b == 0x0C:                                            # FF: print the page
            page_mode = False
            settings["printed"] = settings.get("printed", 0) + 1
            i += 1
        else:                                                      # any other control byte: noted
            settings.setdefault("controls", []).append((i, b))
            i += 1
    flush()
    if not page.width:
        page.width = max([e.x + e.image.width for e in page.bitmaps] or [0])
    if not page.height:
        page.height = std_y
    return page
