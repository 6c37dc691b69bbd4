"""Documents: packing slip, handover manifest, claim evidence — Chinese text extractable, font embedded,
barcodes scan from the rendered page, totals right, privacy masking."""
from __future__ import annotations

import io
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from app.labels.documents import (ClaimEvidence, DocLine, HandoverManifest, ManifestParcel, PackingSlip,
                                  PrintRecord, ScanRecord, WeightRecord, claim_evidence_pdf,
                                  handover_manifest_pdf, packing_slip_pdf)
from app.labels.render import render_raster
from tests.pdfimage import pdf_page_image

T0 = datetime(2024, 11, 11, 10, 20, 5)
ADDRESS = "浙江省杭州市西湖区文三路478号华星时代广场A座1203室"
LINES = (DocLine("JN-2041-29", "高腰直筒牛仔裤", "JN-2041", "浅蓝", "29", 1, Decimal("129.00"), 1),
         DocLine("TS-880-L", "纯棉圆领短袖T恤", "TS-880", "白色", "L", 2, Decimal("49.90"), 2))


def text_of(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def scan_codes(pdf: bytes, tmp_path, page: int = 1) -> set[str]:
    image = pdf_page_image(pdf, 200, page=page)
    return {r.text for r in zxingcpp.read_barcodes(image)}


def slip(**changes) -> PackingSlip:
    values = dict(order_no="TB20241111000123456", shop_name="小美服饰旗舰店", recipient_name="张三丰",
                  phone="13812345678", address=ADDRESS, lines=LINES, channel="天猫", order_time=T0,
                  buyer_note="请尽快发货", seller_note="量腰围确认29码", courier_name="顺丰速运",
                  waybill_no="SF1234567890123", packer="李小龙", station="ST-03", packed_at=T0)
    values.update(changes)
    return PackingSlip(**values)


def test_packing_slip(tmp_path):
    pdf = packing_slip_pdf(slip())
    text = text_of(pdf)
    for expected in ("小美服饰旗舰店 发货单", ADDRESS, "TB20241111000123456", "SF1234567890123", "JN-2041/浅蓝/29",
                     "纯棉圆领短袖T恤", "请尽快发货", "量腰围确认29码", "李小龙", "228.80"):
        assert expected in text, expected
    assert "*******5678" in text and "13812345678" not in text            # the slip travels in the parcel
    assert {"TB20241111000123456", "SF1234567890123"} <= scan_codes(pdf, tmp_path)
    assert "13812345678" in text_of(packing_slip_pdf(slip(privacy=False)))
    for size in ("A4", "100x150"):
        assert ADDRESS in text_of(packing_slip_pdf(slip(), size))
    with pytest.raises(ValueError):
        packing_slip_pdf(slip(), "B5")


def manifest(n: int = 57) -> HandoverManifest:
    parcels = tuple(ManifestParcel(f"7531234567{i:04d}", f"TB2024111100{i:07d}", "欧阳娜娜", "广东省深圳市南山区",
                                   100 * i, 2 if i % 10 == 0 else 1) for i in range(1, n + 1))
    return HandoverManifest("JJ-ZTO-20241111-01", "ZTO", "中通快递", "小美服饰旗舰店", T0, parcels,
                            shipper_address="浙江省杭州市余杭区良睦路1399号", station="ST-03", prepared_by="王主管")


def test_handover_manifest_lists_every_parcel_with_totals_and_signatures(tmp_path):
    m = manifest()
    pdf = handover_manifest_pdf(m)
    text = text_of(pdf)
    assert pages(pdf) == 2                                       # 57 rows do not fit one A4 page
    for p in m.parcels:
        assert p.waybill_no in text
    total_kg = sum(p.weight_g for p in m.parcels) / 1000
    assert f"{total_kg:.3f} kg" in text and "57 个包裹，共 62 件" in text and "57 个包裹" in text
    for expected in ("中通快递 快递交接单", "快递员签字", "发货方签字", "第 1 页 / 共 2 页", "第 2 页 / 共 2 页"):
        assert expected in text, expected
    assert "欧***" in text and "欧阳娜娜" not in text
    assert "JJ-ZTO-20241111-01" in scan_codes(pdf, tmp_path)


def test_empty_manifest_still_prints():
    text = text_of(handover_manifest_pdf(manifest(0)))
    assert "0 个包裹，共 0 件" in text and "0.000 kg" in text


def test_claim_evidence_has_every_scan_weight_and_print(tmp_path, label):
    png = io.BytesIO()
    render_raster(label).save(png, "PNG")
    scans = tuple(ScanRecord(T0 + timedelta(seconds=i), "item", f"69012345679{i:02d}",
                             "wrong_variant" if i == 3 else "ok", "李小龙") for i in range(8))
    ev = ClaimEvidence(
        "破损", "TB20241111000123456", "SF1234567890123", "顺丰速运", "小美服饰旗舰店", "张三丰", "13812345678",
        ADDRESS, LINES, scans,
        (WeightRecord(T0 + timedelta(seconds=30), 1180, 1250, 80, True, "ok", "李小龙"),
         WeightRecord(T0 + timedelta(seconds=20), 2400, 1250, 80, False, "out_of_tolerance", "李小龙")),
        (PrintRecord(T0 + timedelta(seconds=33), "print", "TSC TTP-244", "李小龙"),
         PrintRecord(T0 + timedelta(minutes=5), "reprint", "TSC TTP-244", "王主管", "面单污损")),
        "李小龙", "ST-03", packed_at=T0, shipped_at=T0 + timedelta(hours=6), parcel_weight_g=1180,
        claim_no="LP-007", label_png=png.getvalue(), notes="外箱压扁，裤子污损", prepared_by="王主管")
    pdf = claim_evidence_pdf(ev)
    text = text_of(pdf)
    for s in scans:
        assert s.at.strftime("%Y-%m-%d %H:%M:%S") in text and s.code in text
    for expected in ("理赔证据单（破损）", "1.180 kg", "2.400 kg", "±80g", "重量超差", "款式/尺码不符", "重打", "面单污损",
                     "李小龙", "ST-03", "SF1234567890123", "外箱压扁", "TSC TTP-244", "2024-11-11 10:20:38"):
        assert expected in text, expected
    assert "张**" in text and "13812345678" not in text
    assert {"SF1234567890123", "TB20241111000123456"} <= scan_codes(pdf, tmp_path)
    # the archived label image is in the PDF and still scans
    reader = PdfReader(io.BytesIO(pdf))
    images = [img for page in reader.pages for img in page.images]
    assert images
    assert label.waybill_no in {r.text for r in zxingcpp.read_barcodes(images[0].image.convert("L"))}


def test_documents_embed_the_chinese_font():
    reader = PdfReader(io.BytesIO(packing_slip_pdf(slip())))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = [str(f.get_object().get("/BaseFont")) for f in fonts.values()]
    assert any("MicroHei" in n for n in names), names
