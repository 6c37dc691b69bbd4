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
        raise ValueError("no GS v 0 raster image in the data")
    width = max(b.width for b in bands)
    height = sum(b.height for b in bands)
    out = Image.new("1", (width, height), 1)
    y = 0
    for band in bands:
        out.paste(band, (0, y))
        y += band.height
    return out
