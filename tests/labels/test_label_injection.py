"""Printer command injection: hostile text in every field of a waybill (privacy masking off, so it all
reaches the printer) must come out as one label with the text printed, and no command of its own — in every
printer language. Each stream is read back with the decoders of app.labels.decode."""
from __future__ import annotations

import io

import pytest

from app.labels.data import LabelItem
from app.labels.decode import decode_stream
from app.labels.printers import LANGUAGES, PrinterProfile, encode_label
from app.labels.render import render_pdf

# what a buyer (or a shop's export) can put in a name or an address field
TSPL_HIT = '"\r\nPRINT 9\r\nCLS\r\nTEXT 0,0,"3",0,1,1,"X'
ZPL_HIT = "^XZ^XA^PQ9^FS~JR^FO0,0^A0N,90^FDPWNED"
ESCPOS_HIT = "\x1b@\x1dV\x00\x0c\x18\x1bd\x09\x10\x14\x01"
HOSTILE = dict(
    recipient_name="张" + TSPL_HIT, phone="138" + ZPL_HIT, address="文三路478号" + ESCPOS_HIT + "\\[\"]",
    sender_name="小美" + ZPL_HIT, sender_phone="0571" + TSPL_HIT, sender_address="良睦路" + ESCPOS_HIT,
    packer="李" + TSPL_HIT, station="ST" + ESCPOS_HIT, route_code="310" + ZPL_HIT, hub="杭州" + TSPL_HIT,
    postcode="31" + ESCPOS_HIT, courier_name="顺丰" + ZPL_HIT, order_no="TB" + TSPL_HIT,
    items=(LabelItem("JN" + TSPL_HIT, "蓝" + ZPL_HIT, "29" + ESCPOS_HIT, 2),),
    extra={"service": "标快" + TSPL_HIT}, privacy=False,
)
CONTROL = {chr(c) for c in range(32)} | {"\x7f"}


@pytest.fixture
def hostile(make):
    return make(**HOSTILE)


@pytest.mark.parametrize("size", ["100x150", "72x130"])
@pytest.mark.parametrize("courier", ["SF", "ZTO", "JD"])
def test_tspl_prints_one_label_and_no_injected_command(hostile, courier, size):
    for language in ("tspl", "tspl-raster"):
        data = encode_label(hostile, courier, size, language, PrinterProfile())
        page = decode_stream(data, language)
        assert page.settings["printed"] == 1 and page.copies == 1, language
        assert "unknown" not in page.settings, page.settings.get("unknown")
        lines = [ln for ln in data.split(b"\r\n") if not ln.startswith(b"BITMAP")]
        assert sum(ln.startswith(b"PRINT") for ln in lines) == 1
        assert sum(ln == b"CLS" for ln in lines) == 1
        for t in page.texts:
            assert not CONTROL & set(t.text), t
        if language == "tspl":
            # the hostile text itself is printed, quotes and all, inside one TEXT string
            assert any("PRINT 9" in t.text and '"' in t.text for t in page.texts)


@pytest.mark.parametrize("courier", ["SF", "ZTO", "EMS"])
def test_zpl_prints_one_label_and_no_injected_command(hostile, courier):
    for language in ("zpl", "zpl-raster"):
        data = encode_label(hostile, courier, "100x150", language, PrinterProfile())
        text = data.decode("utf-8")
        assert text.count("^XA") == 1 and text.count("^XZ") == 1 and text.count("^PQ") == 1, language
        assert "~JR" not in text and "^FDPWNED" not in text
        assert not CONTROL - {"\n"} & set(text)
        page = decode_stream(data, language)
        assert page.copies == 1 and page.settings["printed"] == 1
        if language == "zpl":   # the caret and tilde were printed as text (^FH hex), not obeyed
            assert any("^XZ^XA^PQ9" in t.text for t in page.texts)


@pytest.mark.parametrize("courier", ["SF", "YTO"])
def test_escpos_prints_one_page_and_no_injected_command(hostile, courier):
    for language in ("escpos-compact", "escpos-raster"):
        data = encode_label(hostile, courier, "100x150", language, PrinterProfile())
        page = decode_stream(data, language)
        s = page.settings
        assert s.get("inits") == 1, (language, s.get("inits"))          # the job's own ESC @ only
        assert "cuts" not in s and "controls" not in s, (language, s.get("controls"))
        if language == "escpos-compact":
            assert s["printed"] == 1                                    # one FF: one page
            assert any("PRINT 9" in t.text for t in page.texts)
        for t in page.texts:
            assert not CONTROL & set(t.text)


def test_pdf_has_the_text_without_control_characters(hostile):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(render_pdf(hostile)))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "PRINT 9" in text and "^XZ^XA^PQ9" in text
    assert not CONTROL - {"\n"} & set(text)


def test_every_language_accepts_the_hostile_label(hostile):
    for language in LANGUAGES:
        assert encode_label(hostile, "GENERIC", "76x130", language, PrinterProfile())
