"""PDF: physical size, embedded Chinese font, extractable text, scannable vector barcode."""
from __future__ import annotations

import io

import pytest
import zxingcpp
from pypdf import PdfReader

from app.labels.render import render_pdf, render_plan
from tests.pdfimage import pdf_page_image

MM = 72 / 25.4


def test_pdf_has_the_label_size_and_one_page(label):
    for layout, (w, h) in {"generic-100x150": (100, 150), "compact-76x130": (76, 130),
                           "standard-100x180": (100, 180)}.items():
        reader = PdfReader(io.BytesIO(render_pdf(label, layout)))
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert float(box.width) == pytest.approx(w * MM, abs=0.01)
        assert float(box.height) == pytest.approx(h * MM, abs=0.01)


def test_pdf_text_has_chinese_address_and_waybill_number(make):
    reader = PdfReader(io.BytesIO(render_pdf(make(privacy=False), "generic-100x150")))
    text = reader.pages[0].extract_text().replace("\n", "")
    assert "SF1234567890123" in text
    assert "浙江省杭州市西湖区文三路478号" in text
    assert "华星时代广场A座1203室" in text
    assert "顺丰速运" in text and "REPRINT" not in text


def test_pdf_privacy_masks_the_room(label):
    text = PdfReader(io.BytesIO(render_pdf(label))).pages[0].extract_text().replace("\n", "")
    assert "文三路478号" in text and "华星时代广场****" in text
    assert "1203" not in text and "13812345678" not in text and "张三丰" not in text


def test_pdf_embeds_the_chinese_font(label):
    reader = PdfReader(io.BytesIO(render_pdf(label)))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = []
    for ref in fonts.values():
        font = ref.get_object()
        for descendant in font.get("/DescendantFonts", [font]):
            descriptor = descendant.get_object().get("/FontDescriptor")
            if descriptor is not None:
                descriptor = descriptor.get_object()
                embedded.append(any(k in descriptor for k in ("/FontFile2", "/FontFile3", "/FontFile")))
                assert "WQYMicroHei" in str(descriptor["/FontName"]) or "Micro" in str(descriptor["/FontName"])
    assert embedded and all(embedded)


def test_pdf_text_sits_where_the_raster_puts_it(label):
    # the PDF draws the raster's plan: same lines, same order
    plan = render_plan(label)
    text = PdfReader(io.BytesIO(render_pdf(label))).pages[0].extract_text()
    lines = [t.text for t in plan.texts()]
    position = 0
    for line in lines:
        found = text.find(line, position)
        assert found >= 0, line
        position = found + len(line)


def test_pdf_rasterised_at_the_printer_grid_decodes(tmp_path, make):
    label = make(waybill_no="75312345678901")
    image = pdf_page_image(render_pdf(label), 203.2, mode="1")
    assert abs(image.width - 800) <= 1 and abs(image.height - 1200) <= 2     # a "203 dpi" head is 8 dots/mm (203.2 dpi), the grid the plan is fitted to
    texts = {r.text for r in zxingcpp.read_barcodes(image.convert("L"))}
    assert {"75312345678901", "TB20241111000123456"} <= texts


COURIER_WAYBILLS = {"SF": "SF1234567890123", "ZTO": "75312345678901", "YTO": "YT7500012345678",
                    "STO": "773012345678901", "YUNDA": "4312345678901", "JD": "JD0012345678901-1-1-",
                    "EMS": "1171234567890", "GENERIC": "DPK301234567890"}


@pytest.mark.parametrize("courier", sorted(COURIER_WAYBILLS))
def test_every_layout_raster_and_pdf_decode_and_pdf_text(tmp_path, make, courier):
    from app.labels.layout import available_sizes
    from app.labels.render import render_raster

    waybill = COURIER_WAYBILLS[courier]
    label = make(courier_code=courier, waybill_no=waybill, privacy=False)
    for size in available_sizes():
        layout = f"{courier.lower()}-{size}"
        raster = render_raster(label, layout)
        assert waybill in {r.text for r in zxingcpp.read_barcodes(raster.convert("L"))}, layout
        pdf = render_pdf(label, layout)
        text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text().replace("\n", "").replace(" ", "")
        assert waybill in text and "浙江省杭州市西湖区文三路478号" in text, layout
        image = pdf_page_image(pdf, 203.2, mode="1")
        assert waybill in {r.text for r in zxingcpp.read_barcodes(image.convert("L"))}, layout


def test_regular_text_after_bold_and_white_text_keeps_its_weight(tmp_path, make):
    # PDF text state outlives BT/ET: a bold (stroked) or white line must not leak into the lines after it
    from app.labels.render import render_raster

    label = make(reprint=True)
    plan = render_plan(label, "yunda-100x180")
    raster = render_raster(label, "yunda-100x180")
    pdf = pdf_page_image(render_pdf(label, "yunda-100x180"), 203.2).point(lambda v: 0 if v < 128 else 255)
    for fid in ("printed_at", "logo_sub", "sender", "sender_address", "stub_packer"):
        box = plan.boxes[fid]
        ink_raster = raster.crop(box).convert("L").histogram()[0]
        ink_pdf = pdf.crop(box).histogram()[0]
        assert 0.6 * ink_raster <= ink_pdf <= 1.6 * ink_raster, (fid, ink_raster, ink_pdf)
