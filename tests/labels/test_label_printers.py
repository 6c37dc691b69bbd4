"""Printer languages: every stream parses back — to the same raster (raster modes) or to the same fields
(compact modes: text, barcode data, positions); offsets and darkness in every language; length fields."""
from __future__ import annotations

import random

import pytest
import zxingcpp
from PIL import Image, ImageChops

from app.labels import code128
from app.labels.decode import PBar, PBitmap, PText, decode_image, decode_stream, sniff_language
from app.labels.engine import LabelRenderError
from app.labels.escpos import decode_escpos_raster, escpos_raster, graphics, parse_escpos
from app.labels.layout import available_couriers, available_sizes
from app.labels.printers import (LANGUAGES, PROFILES, PrinterProfile, encode_label, join_lines, page_for)
from app.labels.tspl import bitmap_command, parse_tspl
from app.labels.zpl import compress_row, decompress, gfa, parse_zpl

COMPACT = ("escpos-compact", "tspl", "zpl")
RASTER = ("escpos-raster", "tspl-raster", "zpl-raster")
WAYBILLS = {"SF": "SF1234567890123", "ZTO": "75312345678901", "YTO": "YT7500012345678", "STO": "773012345678901",
            "YUNDA": "4312345678901", "JD": "JD0012345678901-1-1-", "EMS": "1171234567890",
            "GENERIC": "DPK301234567890"}


def same(a: Image.Image, b: Image.Image) -> bool:
    return a.size == b.size and ImageChops.difference(a.convert("L"), b.convert("L")).getbbox() is None


def codes_in(image: Image.Image) -> set[str]:
    return {r.text for r in zxingcpp.read_barcodes(image.convert("L"))}


def field_texts(plan) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for t in plan.texts():
        out.setdefault(t.field_id, []).append(t.text)
    return {k: join_lines(v) for k, v in out.items()}


@pytest.mark.parametrize("language", RASTER)
def test_raster_modes_parse_back_to_the_same_raster(make, language):
    profile = PrinterProfile(darkness=11, offset_x=16, offset_y=-8)
    label = make(reprint=True)
    for size in available_sizes():
        data = encode_label(label, "ZTO", size, language, profile)
        page = decode_stream(data, language)
        expected = page_for(label, "ZTO", size, profile).raster()
        assert same(page.image(), expected), (language, size)
        assert not page.texts and not page.barcodes            # nothing but bitmaps


def _check_compact(label, courier, size, language, profile):
    data = encode_label(label, courier, size, language, profile)
    page = decode_stream(data, language, dpi=profile.dpi)
    ref = page_for(label, courier, size, profile)
    plan, dx, dy = ref.plan, ref.dx, ref.dy
    # barcodes: same data, same place, same module and height as the raster's (ESC/POS at 300 dpi counts
    # positions in motion units of two dots: ±1 dot)
    tol = 1 if language.startswith("escpos") and profile.dpi > 255 else 0
    for b in plan.barcodes:
        ps = [p for p in page.barcodes if (p.kind, p.data) == (b.kind, b.value)
              and abs(p.x - b.x0 - dx) <= tol and abs(p.y - b.y0 - dy) <= tol]
        if not ps:       # sent as a bitmap instead: it must be there
            assert any(bm.x <= b.x0 + dx and b.x1 + dx <= bm.x + bm.image.width for bm in page.bitmaps), b
            continue
        (p,) = ps
        assert p.module == b.module and p.width == b.x1 - b.x0 and p.height == b.y1 - b.y0, (language, b, p)
    # texts: every line the printer sets is text of a field, inside that field's box
    wanted = field_texts(plan)
    native: dict[str, list[str]] = {}
    for t in page.texts:
        owners = [fid for fid, text in wanted.items() if t.text in text]
        assert owners, (language, t.text)
        fid = next((f for f in owners if _inside(t, plan.boxes[f], dx, dy)), None)
        assert fid is not None, (language, t, [plan.boxes[f] for f in owners])
        native.setdefault(fid, []).append(t.text)
    for fid, lines in native.items():        # the same text (line breaks may differ: the printer's font)
        assert "".join(join_lines(lines).split()) == "".join(wanted[fid].split()), (language, fid)
    return data, page, native


def _inside(t: PText, box, dx, dy) -> bool:
    x0, y0, x1, y1 = box        # a printer font's cell may overhang the box by a dot: its glyphs do not
    return x0 + dx <= t.x and t.x + t.width <= x1 + dx and y0 + dy - 1 <= t.y and t.y + t.height <= y1 + dy + 1


@pytest.mark.parametrize("language", COMPACT)
def test_compact_modes_parse_back_to_the_same_fields_for_every_layout(make, language):
    profile = PrinterProfile(darkness=9, offset_x=8, offset_y=4)
    for courier, _ in available_couriers():
        label = make(courier_code=courier, waybill_no=WAYBILLS[courier], reprint=courier == "SF",
                     privacy=courier != "YTO")
        for size in available_sizes():
            data, page, native = _check_compact(label, courier, size, language, profile)
            # the fields a courier reads most are set in the printer's own font
            layout = page_for(label, courier, size, profile).plan.layout
            for fid in ("recipient_address", "recipient", "waybill_no", "route"):
                if language == "escpos-compact" and layout.get_field(fid).invert:
                    continue                        # white on black goes as a bitmap in ESC/POS
                assert fid in native, (language, courier, size, fid)
            assert len(data) < 16_000, (language, courier, size, len(data))   # ≤ 1.4 s at 115,200 baud
            image = page.image()
            assert label.waybill_no in codes_in(image), (language, courier, size)


def test_compact_streams_use_the_printers_own_commands(label):
    profile = PrinterProfile(darkness=12)
    esc = encode_label(label, "SF", "100x150", "escpos-compact", profile)
    assert esc.startswith(b"\x1b@") and b"\x1bL" in esc and b"\x1bT\x00" in esc and b"\x1bW" in esc
    assert b"\x1dk\x49" in esc and b"{B" in esc and b"{C" in esc                  # GS k CODE128, code sets
    assert "浙江省".encode("gb18030") in esc and b"\x1c&" in esc                    # GB18030 in Chinese mode
    assert b"\x1d(k" in esc and esc.endswith(b"\x0c")                              # QR; FF prints the page
    tspl = encode_label(label, "SF", "100x150", "tspl", profile).decode("gb18030", errors="replace")
    for word in ("SIZE 100 mm,150 mm", "GAP 2 mm,0 mm", "DIRECTION 1,0", "DENSITY 12", "CLS", "TEXT ",
                 '"TSS24.BF2"', 'BARCODE ', '"128"', "QRCODE ", "BAR ", "REVERSE ", "PRINT 1,1"):
        assert word in tspl, word
    zpl = encode_label(label, "SF", "100x150", "zpl", profile).decode("utf-8")
    assert zpl.startswith("^XA") and zpl.rstrip().endswith("^XZ")
    for word in ("^CI28", "^PW800", "^LL1200", "~SD24", "^A@N,", "E:SIMSUN.TTF", "^BCN,", "^BQN,2,",
                 "^GB", "^FR", "^FD浙江省杭州市"):
        assert word in zpl, word


def test_offsets_move_everything_in_every_language(label):
    base = PrinterProfile()
    moved = PrinterProfile(offset_x=24, offset_y=16)
    for language in COMPACT:
        a = decode_stream(encode_label(label, "ZTO", "100x150", language, base), language)
        b = decode_stream(encode_label(label, "ZTO", "100x150", language, moved), language)
        assert [(t.x + 24, t.y + 16, t.text) for t in a.texts] == [(t.x, t.y, t.text) for t in b.texts]
        assert [(c.x + 24, c.y + 16, c.data) for c in a.barcodes] == [(c.x, c.y, c.data) for c in b.barcodes]
        in_view = {(r.x0 + 24, r.y0 + 16) for r in a.bars if r.y0 + 16 < 1200}
        assert in_view == {(r.x0, r.y0) for r in b.bars}
        assert bool(in_view) == (language != "escpos-compact")       # ESC/POS has no line command
    for language in RASTER:
        a = decode_image(encode_label(label, "ZTO", "100x150", language, base), language)
        b = decode_image(encode_label(label, "ZTO", "100x150", language, moved), language)
        assert b.width == a.width + 24
        assert same(a.crop((0, 0, 800, 1200 - 16)), b.crop((24, 16, 824, 1200)))


def test_negative_offsets_clip_instead_of_failing(label):
    profile = PrinterProfile(offset_x=-12, offset_y=-12)
    for language in LANGUAGES:
        image = decode_image(encode_label(label, "ZTO", "100x150", language, profile), language)
        assert label.waybill_no in codes_in(image), language


def test_darkness_in_every_language(label):
    for darkness, esc_level, zpl_sd in ((0, -6, "~SD00"), (8, 0, "~SD16"), (15, 6, "~SD30")):
        profile = PrinterProfile(darkness=darkness)
        for language in ("escpos-raster", "escpos-compact"):
            assert parse_escpos(encode_label(label, "SF", "76x130", language, profile)).settings["density"] \
                == esc_level
        for language in ("tspl", "tspl-raster"):
            assert parse_tspl(encode_label(label, "SF", "76x130", language, profile)).settings["density"] \
                == str(darkness)
        for language in ("zpl", "zpl-raster"):
            assert zpl_sd in encode_label(label, "SF", "76x130", language, profile).decode()
    plain = encode_label(label, "SF", "76x130", "tspl", PrinterProfile())
    assert b"DENSITY" not in plain                          # None: the printer's own setting stays


def test_no_chinese_font_sends_chinese_as_bitmaps(label):
    profile = PrinterProfile(chinese_font=False)
    for language in COMPACT:
        page = decode_stream(encode_label(label, "ZTO", "100x150", language, profile), language)
        assert page.texts and all(t.text.isascii() for t in page.texts)
        assert page.bitmaps
        assert label.waybill_no in codes_in(page.image())


def test_characters_outside_gb2312_go_as_bitmap_in_tspl(make):
    label = make(privacy=False, recipient_name="王喆玥")                 # 喆 and 玥 are not in GB2312
    page = decode_stream(encode_label(label, "ZTO", "100x150", "tspl"), "tspl")
    assert not any("喆" in t.text for t in page.texts)
    assert any(isinstance(e, PBitmap) for e in page.elements)
    zpl = decode_stream(encode_label(label, "ZTO", "100x150", "zpl"), "zpl")       # UTF-8: as text
    assert any("王喆玥" in t.text for t in zpl.texts)


def test_escpos_without_page_mode_sends_raster(label):
    profile = PrinterProfile(page_mode=False)
    data = encode_label(label, "SF", "76x130", "escpos-compact", profile)
    assert b"\x1bL" not in data
    assert same(decode_escpos_raster(data), page_for(label, "SF", "76x130", profile).raster())


def test_label_wider_than_the_head_is_a_clear_error(label):
    with pytest.raises(LabelRenderError, match="576 dots"):
        encode_label(label, "SF", "100x150", "escpos-raster", PROFILES["escpos-80mm-203"])


def test_sizes_that_fit_a_head_and_the_check_the_station_makes():
    from app.devices.printers import open_printer
    from app.labels.engine import LabelTooWide
    from app.labels.render import check_label_fits, fitting_sizes

    eighty = PROFILES["escpos-80mm-203"]
    assert fitting_sizes(eighty) == ["72x130"]
    assert fitting_sizes(PROFILES["tspl-4inch-203"]) == available_sizes()
    head = open_printer("tcp://10.0.0.20?model=TM-T88V").profile          # 512 dots at 180 dpi
    assert fitting_sizes(head) == ["72x130"]
    check_label_fits(eighty, "72x130")
    with pytest.raises(LabelTooWide) as caught:
        check_label_fits(eighty, "76x130")
    e = caught.value
    assert (e.code, e.head_dots, e.label_dots, e.fitting) == ("head_too_narrow", 576, 608, ("72x130",))
    assert "head 576 dots, label 608 dots" in str(e)
    # the label profile made from the printer's head: the renderer refuses before a byte exists
    profile = PrinterProfile.for_head(open_printer("tcp://10.0.0.20?width_mm=72").profile, offset_x=4)
    assert (profile.dots_per_line, profile.offset_x) == (576, 4)


@pytest.mark.parametrize("dpi, dots", [(203, 576), (180, 512)])
def test_the_72_mm_label_of_every_courier_prints_whole_and_scans_in_every_language(make, dpi, dots):
    profile = PrinterProfile("80 mm", dpi, dots)
    for courier, _ in available_couriers():
        label = make(courier_code=courier, waybill_no=WAYBILLS[courier])
        for language in LANGUAGES:
            data = encode_label(label, courier, "72x130", language, profile)
            image = decode_image(data, language, dpi=dpi)
            assert image.width <= dots, (courier, language, image.width)
            assert label.waybill_no in codes_in(image), (courier, language, dpi)


def test_300_dpi_compact_streams(label):
    profile = PROFILES["zpl-4inch-300"]
    for language in COMPACT:
        _check_compact(label, "SF", "100x150", language, profile)


def test_simulated_printer_reads_compact_escpos(label):
    data = encode_label(label, "ZTO", "100x150", "escpos-compact")
    image = decode_escpos_raster(data)              # what app.devices' SimPrinter calls
    assert image.size == (800, 1200)
    assert {label.waybill_no, label.order_no} <= codes_in(image)


def test_language_is_sniffed(label):
    for language in LANGUAGES:
        assert sniff_language(encode_label(label, "SF", "76x130", language)) == language.split("-")[0]


def test_profile_round_trips_through_settings():
    profile = PrinterProfile(name="打包台3 TSC", darkness=10, offset_x=-8, offset_y=12, chinese_font=False)
    assert PrinterProfile.from_dict({**profile.to_dict(), "future_key": 1}) == profile
    with pytest.raises(ValueError):
        PrinterProfile(darkness=20)


# -------------------------------------------------------------------------------------------- length fields
def test_graphics_over_64_kb_use_the_four_byte_length():
    rng = random.Random(3)
    image = Image.new("1", (800, 700), 1)                   # 100 bytes × 700 rows = 70,000 bytes of data
    for _ in range(3000):
        image.putpixel((rng.randrange(800), rng.randrange(700)), 0)
    data = graphics(image)
    assert data[:3] == b"\x1d8L"                            # GS 8 L
    assert int.from_bytes(data[3:7], "little") == 10 + 70_000
    assert data[7:17] == bytes((48, 112, 48, 1, 1, 49)) + (800).to_bytes(2, "little") + (700).to_bytes(2, "little")
    assert data[17 + 70_000:] == b"\x1d(L\x02\x000\x32"      # then print the buffer
    page = parse_escpos(b"\x1b@\x1bL" + b"\x1b$\x00\x00\x1d$" + (700).to_bytes(2, "little") + data)
    (bitmap,) = page.bitmaps
    assert bitmap.nbytes == 70_000 and same(bitmap.image, image)
    # a 2-byte length (what python-escpos 3.1 writes) would announce 4,474 bytes and desynchronise
    assert (10 + 70_000) & 0xFFFF == 4474


def test_small_graphics_use_the_two_byte_length():
    image = Image.new("1", (20, 3), 0)
    data = graphics(image)
    assert data[:5] == b"\x1d(L" + (10 + 3 * 3).to_bytes(2, "little")
    assert len(data) == 5 + 19 + 7


def test_every_bitmap_in_real_jobs_has_consistent_lengths(label):
    for language in LANGUAGES:
        data = encode_label(label, "SF", "100x180", language)
        page = decode_stream(data, language)                # parsers check each announced length
        for bm in page.bitmaps:
            assert bm.nbytes == (bm.image.width + 7) // 8 * bm.image.height or language == "escpos-compact"
    esc = encode_label(label, "SF", "100x180", "escpos-compact")
    i = 0
    while (i := esc.find(b"\x1d(L", i)) >= 0:                # every GS ( L: its length is what follows
        n = esc[i + 3] + 256 * esc[i + 4]
        body = esc[i + 5:i + 5 + n]
        if body[:2] == bytes((48, 112)):
            w, h = body[6] + 256 * body[7], body[8] + 256 * body[9]
            assert n == 10 + (w + 7) // 8 * h
        i += 5 + n


def test_truncated_streams_are_rejected(label):
    for language in ("escpos-raster", "tspl-raster"):
        data = encode_label(label, "SF", "76x130", language)
        with pytest.raises(ValueError, match="announces"):
            decode_stream(data[:-200] if language == "tspl-raster" else data[:5000], language)
    esc = graphics(Image.new("1", (64, 64), 0))
    with pytest.raises(ValueError, match="announces"):
        parse_escpos(b"\x1b@\x1bL" + esc[:-20])
    zpl = encode_label(label, "SF", "76x130", "zpl-raster").decode()
    broken = zpl.replace("^GFA,", "^GFA,1", 1)              # a byte count that does not match the data
    with pytest.raises(ValueError, match="GFA"):
        parse_zpl(broken.encode())


def test_tspl_bitmap_header_matches_its_data():
    image = Image.new("1", (13, 5), 1)
    image.putpixel((0, 0), 0)
    cmd = bitmap_command(7, 9, image)
    assert cmd.startswith(b"BITMAP 7,9,2,5,0,") and cmd.endswith(b"\r\n")
    data = cmd[len(b"BITMAP 7,9,2,5,0,"):-2]
    assert len(data) == 2 * 5 and data[0] == 0x7F            # 0 bit = printed dot, MSB first


def test_zpl_compression_round_trips():
    rng = random.Random(11)
    for w, h in ((8, 1), (13, 7), (800, 40), (96, 96)):
        image = Image.new("1", (w, h), 1)
        for _ in range(w * h // 9):
            x, y = rng.randrange(w), rng.randrange(h)
            image.paste(0, (x, y, min(w, x + rng.randrange(1, 40)), y + 1))
        image.paste(image.crop((0, 0, w, 1)), (0, h - 1))      # a repeated row
        total, wb, data = gfa(image)
        raw = decompress(data, total, wb)
        back = Image.frombytes("1", (wb * 8, h), raw.translate(bytes(255 - i for i in range(256))))
        assert same(back.crop((0, 0, w, h)), image)
    assert compress_row("0" * 200) == "," and compress_row("F" * 40) == "!"
    assert compress_row("FF" + "0" * 30) == "HF,"
    assert decompress("gGA,", 11, 11) == bytes.fromhex("A" * 21 + "0")


# ------------------------------------------------------------------------------------------------ code 128
@pytest.mark.parametrize("value, segments", [
    ("SF1234567890123", (("B", "SF1"), ("C", "234567890123"))),
    ("75312345678901", (("C", "75312345678901"),)),
    ("12345", (("B", "1"), ("C", "2345"))),
    ("X1234Y", (("B", "X1234Y"),)),
    ("JD0012345678901-1-1-", (("B", "JD0"), ("C", "012345678901"), ("B", "-1-1-"))),
])
def test_code128_segments_and_escpos_data(value, segments):
    assert code128.segments(value) == segments
    assert code128.parse_escpos_data(code128.escpos_data(value)) == value
    assert code128.decode_modules(code128.modules(value)) == value


def test_code128_escpos_data_bytes():
    assert code128.escpos_data("SF1234") == b"{BSF{C\x0c\x22"
    assert code128.escpos_data("a{b") == b"{Ba{{b"
    with pytest.raises(code128.Code128Error):
        code128.segments("运单")


def test_native_barcode_is_the_rasters_barcode(label):
    # the modules the ESC/POS printer builds from {B/{C data are the modules the raster draws
    data = encode_label(label, "SF", "100x150", "escpos-compact")
    page = parse_escpos(data)
    image = page.image()
    plan = page_for(label, "SF", "100x150").plan
    ref = page_for(label, "SF", "100x150").raster()
    b = next(b for b in plan.barcodes if b.field_id == "waybill_barcode")
    assert same(image.crop((b.x0, b.y0, b.x1, b.y1)), ref.crop((b.x0, b.y0, b.x1, b.y1)))
    assert any(isinstance(e, PBar) for e in decode_stream(encode_label(label, "SF", "100x150", "tspl")).elements)


@pytest.mark.parametrize("language", COMPACT)
def test_a_120_character_address_in_compact_modes(make, language):
    from test_label_raster import LONG_ADDRESS

    label = make(privacy=False, address=LONG_ADDRESS, recipient_name="爱新觉罗·玄烨")
    for size in available_sizes():
        data, page, native = _check_compact(label, "SF", size, language, PrinterProfile())
        assert label.waybill_no in codes_in(page.image())
