"""ESC/POS GS v 0 raster: encode → decode is lossless, headers are right, bytes match python-escpos."""
from __future__ import annotations

import logging
import random

import pytest
from PIL import Image, ImageChops

from app.labels.escpos import (ESC_INIT, GS_V_0, decode_escpos_raster, escpos_raster, iter_gs_v_0,
                               raster_bytes)
from app.labels.render import render_raster


def same(a: Image.Image, b: Image.Image) -> bool:
    return a.size == b.size and ImageChops.difference(a.convert("L"), b.convert("L")).getbbox() is None


def test_label_round_trip_is_identical(label):
    image = render_raster(label, "generic-100x150", 203)
    data = escpos_raster(image)
    back = decode_escpos_raster(data)
    assert back.mode == "1"
    assert same(back, image)


def test_headers_carry_the_right_lengths(label):
    image = render_raster(label, "generic-100x150", 203)        # 800 × 1200 dots
    data = escpos_raster(image, band_rows=256)
    assert data.startswith(ESC_INIT + GS_V_0)
    blocks = list(iter_gs_v_0(data))
    assert [rows for _, _, rows, _ in blocks] == [256, 256, 256, 256, 176]
    offset = len(ESC_INIT)
    for mode, width_bytes, rows, payload in blocks:
        header = data[offset:offset + 8]
        assert header[:3] == b"\x1d\x76\x30" and mode == 0
        assert header[3:8] == bytes((0, 100, 0, rows & 0xFF, rows >> 8))   # xL=100 (800 dots), xH=0
        assert width_bytes == 100 and len(payload) == 100 * rows
        offset += 8 + len(payload)
    assert offset == len(data)
    assert len(data) == 2 + 5 * 8 + 100 * 1200


def test_one_band_for_a_whole_label_has_a_two_byte_height():
    image = Image.new("1", (800, 1200), 1)
    data = escpos_raster(image, band_rows=2000, init=False)
    assert data[:8] == b"\x1dv0\x00" + bytes((100, 0, 1200 & 0xFF, 1200 >> 8))
    assert len(data) == 8 + 120_000


def test_bytes_equal_python_escpos_dummy(label, caplog):
    from escpos.printer import Dummy

    image = render_raster(label, "compact-76x130", 203)
    printer = Dummy()
    with caplog.at_level(logging.ERROR):
        printer.image(image, impl="bitImageRaster", center=False, fragment_height=256)
    assert printer.output == escpos_raster(image, band_rows=256, init=False)


def test_black_is_one_msb_first():
    image = Image.new("1", (16, 2), 1)
    image.putpixel((0, 0), 0)
    image.putpixel((15, 1), 0)
    width_bytes, rows, data = raster_bytes(image)
    assert (width_bytes, rows, data) == (2, 2, b"\x80\x00\x00\x01")


def test_width_not_a_multiple_of_eight_is_padded_white():
    rng = random.Random(7)
    image = Image.new("1", (13, 9), 1)
    for _ in range(40):
        image.putpixel((rng.randrange(13), rng.randrange(9)), 0)
    back = decode_escpos_raster(escpos_raster(image))
    assert back.size == (16, 9)
    assert same(back.crop((0, 0, 13, 9)), image)
    assert back.crop((13, 0, 16, 9)).convert("L").histogram()[0] == 0      # padding prints nothing


def test_grey_image_is_thresholded_not_dithered():
    grey = Image.new("L", (16, 4), 100)          # darker than mid grey: all black
    grey.paste(200, (8, 0, 16, 4))               # lighter: all white
    data = escpos_raster(grey, init=False)
    assert data[8:] == b"\xff\x00" * 4


def test_decoder_skips_other_commands_and_payload_lookalikes():
    # a payload that itself contains the bytes of GS v 0 must not be mistaken for a command
    tricky = Image.frombytes("1", (24, 1), bytes(255 - b for b in b"\x1dv0"))
    stream = b"\x1b@\x1ba\x01" + escpos_raster(tricky, init=False) + b"\n\x1bd\x03" + escpos_raster(
        Image.new("1", (24, 2), 0), init=False) + b"\x1dV\x00"
    back = decode_escpos_raster(stream)
    assert back.size == (24, 3)
    assert same(back.crop((0, 0, 24, 1)), tricky)
    assert back.crop((0, 1, 24, 3)).convert("L").histogram()[0] == 48


def test_decoder_expands_double_size_modes():
    block = b"\x1dv0" + bytes((3, 1, 0, 1, 0)) + b"\xf0"          # quadruple: double width and height
    back = decode_escpos_raster(block)
    assert back.size == (16, 2)
    assert back.convert("L").histogram()[0] == 16


def test_decoder_errors():
    with pytest.raises(ValueError, match="no GS v 0"):
        decode_escpos_raster(b"\x1b@hello")
    with pytest.raises(ValueError, match="only 3 follow"):
        decode_escpos_raster(b"\x1dv0\x00\x02\x00\x02\x00abc")
