"""The 1-bit raster: barcodes decode, Chinese really renders, text stays in its box, marks and masking."""
from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image, ImageChops

from app.labels.data import LabelItem
from app.labels.engine import ELLIPSIS, LabelRenderError, Rect, code128_modules, wrap
from app.labels.fonts import line_metrics, missing_glyphs, pil_font, text_width
from app.labels.layout import parse_layout
from app.labels.render import available_layouts, render_plan, render_raster

LAYOUTS = ["generic-100x150", "compact-76x130", "standard-100x180"]
LONG_ADDRESS = ("西溪路" + "中国浙江省杭州市余杭区五常街道文一西路九六九号阿里巴巴西溪园区" * 5)[:120]


def decode(image: Image.Image) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for result in zxingcpp.read_barcodes(image.convert("L")):
        found.setdefault(result.format.name, []).append(result.text)
    return found


def black_pixels(image: Image.Image, box=None) -> int:
    region = image.crop(box) if box else image
    return region.convert("L").histogram()[0]


def glyph_bitmap(ch: str, px: int = 40) -> bytes:
    return _mask_bytes(pil_font(px).getmask(ch, mode="1"))


def _mask_bytes(mask) -> bytes:
    w, h = mask.size
    return bytes(mask[x + y * w] for y in range(h) for x in range(w)) + bytes(mask.size)


def row_of(image: Image.Image, y: int) -> list[int]:
    gray = image.convert("L")
    return [gray.getpixel((x, y)) for x in range(gray.width)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_raster_is_one_bit_at_printer_size_and_barcodes_decode(label, layout):
    image = render_raster(label, layout, 203)
    assert image.mode == "1"
    assert image.width % 8 == 0
    histogram = image.convert("L").histogram()
    assert sum(histogram[1:255]) == 0                                       # hard threshold, no grey
    codes = decode(image)
    assert label.waybill_no in codes["Code128"]
    assert label.order_no in codes["Code128"]
    assert codes.get("QRCode") == [label.waybill_no]


@pytest.mark.parametrize("waybill", ["75312345678901", "YT7500012345678", "JT0001234567890", "1234567890",
                                     "JD0012345678901-1-1-", "DPK301234567890"])
def test_waybill_numbers_of_several_couriers_decode(make, waybill):
    image = render_raster(make(waybill_no=waybill), "generic-100x150")
    assert waybill in decode(image)["Code128"]


def test_barcode_on_whole_dot_modules(label):
    plan = render_plan(label, "generic-100x150", 203)
    code = next(b for b in plan.barcodes if b.field_id == "waybill_barcode")
    assert code.module >= 3                               # big: at least 0.375 mm per module at 8 dots/mm
    modules = code128_modules(label.waybill_no)
    assert code.x1 - code.x0 == len(modules) * code.module
    # the printed bars, read back from the raster one module at a time, are exactly the module pattern
    row = row_of(render_raster(label), (code.y0 + code.y1) // 2)
    read = "".join("1" if row[code.x0 + i * code.module] == 0 else "0" for i in range(len(modules)))
    assert read == modules
    # and each module is uniform across its dots (no half-dot bars)
    for i in range(len(modules)):
        cells = row[code.x0 + i * code.module: code.x0 + (i + 1) * code.module]
        assert len(set(cells)) == 1
    # quiet zones: 10 modules of white either side inside the field
    quiet = 10 * code.module
    assert set(row[code.x0 - quiet:code.x0]) == {255} and set(row[code.x1:code.x1 + quiet]) == {255}


def test_300_dpi_raster_decodes(label):
    image = render_raster(label, "generic-100x150", 300)
    assert image.size == (1200, 1800)
    assert label.waybill_no in decode(image)["Code128"]


def test_too_long_waybill_number_is_a_clear_error(make):
    with pytest.raises(LabelRenderError, match="waybill_barcode"):
        render_raster(make(waybill_no="X" * 80), "compact-76x130")


def test_font_has_the_glyphs_and_they_are_not_notdef(label):
    text = label.province + label.city + label.district + label.address + label.recipient_name + "收寄重打物品等件"
    assert missing_glyphs(text) == []
    assert missing_glyphs("𠈌") == ["𠈌"]                   # a character the font lacks is reported
    notdef = glyph_bitmap("\U000E0100")                     # no font maps this: the .notdef box
    for ch in "浙江省杭州市西湖区文三路华星时代广场收寄":
        assert glyph_bitmap(ch) != notdef, ch


def test_chinese_address_renders_ink_inside_its_box(label):
    plan = render_plan(label, "generic-100x150")
    image = render_raster(label)
    box = plan.boxes["recipient_address"]
    lines = plan.texts("recipient_address")
    assert "".join(t.text for t in lines) == "浙江省杭州市西湖区文三路478号华星时代广场****"
    assert black_pixels(image, box) > 2000


def test_each_chinese_glyph_draws_its_own_shape():
    # two different characters must not draw the same bitmap (which a missing font would: both boxes)
    shapes = {glyph_bitmap(ch) for ch in "收件人地址电话寄物品重量"}
    assert len(shapes) == len("收件人地址电话寄物品重量")


def _address_only_layout(w=85.0, h=22.0, font_pt=16, min_pt=7):
    return parse_layout({"name": "t", "width_mm": 100, "height_mm": 150, "fields": [
        {"id": "addr", "kind": "textbox", "source": "recipient_address", "x": 10, "y": 20, "w": w, "h": h,
         "font_pt": font_pt, "min_pt": min_pt, "bold": True}]})


@pytest.mark.parametrize("layout", LAYOUTS)
def test_long_address_wraps_inside_its_box_without_losing_characters(make, layout):
    label = make(privacy=False, address=LONG_ADDRESS)
    plan = render_plan(label, layout)
    x0, y0, x1, y1 = plan.boxes["recipient_address"]
    lines = plan.texts("recipient_address")
    assert len(lines) > 1
    full = label.province + label.city + label.district + LONG_ADDRESS
    assert "".join(t.text for t in lines) == full              # wrapped, nothing cut or dropped
    for t in lines:
        asc, desc = line_metrics(t.px)
        assert t.x >= x0 and t.x + text_width(t.text, t.px) + t.stroke <= x1
        assert t.baseline - asc >= y0 and t.baseline + desc <= y1


def test_long_address_ink_never_leaves_its_box(make):
    label = make(privacy=False, address=LONG_ADDRESS)
    layout = _address_only_layout()
    image = render_raster(label, layout)
    plan = render_plan(label, layout)
    x0, y0, x1, y1 = plan.boxes["addr"]
    inside = black_pixels(image, (x0, y0, x1, y1))
    assert inside > 5000
    assert black_pixels(image) == inside                      # every black dot is inside the box


def test_font_shrinks_for_long_address(make):
    short = render_plan(make(), "generic-100x150").texts("recipient_address")
    long = render_plan(make(address=LONG_ADDRESS), "generic-100x150").texts("recipient_address")
    assert long[0].px < short[0].px


def test_address_too_long_even_at_minimum_size_is_truncated_with_ellipsis(make):
    label = make(privacy=False, address=LONG_ADDRESS * 4)
    layout = _address_only_layout(h=10, min_pt=8)
    plan = render_plan(label, layout)
    lines = [t.text for t in plan.texts("addr")]
    assert lines[-1].endswith(ELLIPSIS)
    shown = "".join(lines)[:-1]
    full = label.province + label.city + label.district + label.address
    assert full.startswith(shown)                              # a prefix: no character cut in half or skipped
    assert all(t.px == round(8 * 25.4 / 72 * 8) for t in plan.texts("addr"))
    image = render_raster(label, layout)
    x0, y0, x1, y1 = plan.boxes["addr"]
    assert black_pixels(image) == black_pixels(image, (x0, y0, x1, y1))


def test_wrap_keeps_numbers_whole_and_no_line_starts_with_punctuation():
    px = 32
    lines = wrap("收件地址：文三路478号华星时代广场，放门口。谢谢，再见", px, 8 * px)
    assert all(not ln.startswith(("，", "。")) for ln in lines)
    assert any("478号" in ln for ln in lines)
    assert all(text_width(ln, px) <= 8 * px for ln in lines)


def test_reprint_mark(make):
    plain = render_plan(make(reprint=False))
    again = render_plan(make(reprint=True))
    assert not plain.texts("reprint")
    mark = again.texts("reprint")
    assert [t.text for t in mark] == ["REPRINT 重打"]
    assert not mark[0].black                                   # white on a black bar: hard to miss
    x0, y0, x1, y1 = again.boxes["reprint"]
    assert Rect(x0, y0, x1, y1, True, "reprint", "invert") in again.ops
    assert not again.texts("service") and plain.texts("service")          # the mark takes the service's place
    diff = ImageChops.difference(render_raster(make(reprint=True)).convert("L"),
                                 render_raster(make(reprint=False)).convert("L"))
    dx0, dy0, dx1, dy1 = diff.getbbox()
    assert x0 <= dx0 and dx1 <= x1 and y0 <= dy0 and dy1 <= y1


def _texts(plan) -> str:
    return "\n".join(t.text for t in plan.texts())


def test_privacy_on_masks_name_phone_and_room(make):
    plan = render_plan(make(privacy=True))
    text = _texts(plan)
    address = "".join(t.text for t in plan.texts("recipient_address"))
    assert address == "浙江省杭州市西湖区文三路478号华星时代广场****"
    assert "张**" in text and "张三丰" not in text
    assert "*******5678" in text and "13812345678" not in text
    assert "1203" not in text and "A座" not in text
    # GB/T 41833 protects the recipient: the shop's own number stays readable (the courier calls it)
    assert "0571-88123456" in text and "****-****3456" not in text
    assert "隐私面单" in text


def test_privacy_off_shows_everything(make):
    text = _texts(render_plan(make(privacy=False)))
    assert "张三丰" in text and "13812345678" in text and "A座1203室" in text
    assert "隐私面单" not in text
    assert "*" not in text


def test_contents_weight_packer_station_items_time(label):
    text = _texts(render_plan(label))
    for expected in ("顺丰速运", "310-W02 00", "SF1234567890123", "重量 1.250 kg", "打包员 李小龙", "工位 ST-03",
                     "2024-11-11 10:32", "订单 TB20241111000123456", "小美服饰旗舰店"):
        assert expected in text, expected
    assert "JN-2041/浅蓝/29;TS-880/白色/L×2" in text


def test_weight_is_printed_to_the_gram_as_the_bill_compares_it(make):
    # the reconciliation compares grams (bills.parse: kg × 1000, rounded): the label keeps every gram
    assert "重量 0.075 kg" in _texts(render_plan(make(weight_g=75)))
    assert "重量 12.000 kg" in _texts(render_plan(make(weight_g=12000)))
    assert "重量 1.254 kg" in _texts(render_plan(make(weight_g=1254)))


def test_route_code_falls_back_to_city_and_district(make):
    assert [t.text for t in render_plan(make(route_code="")).texts("route")] == ["杭州市 西湖区"]


def test_many_items_are_shortened_with_count(make):
    items = tuple(LabelItem(f"STYLE-{i:03d}", "藏青色", "XXL", 2) for i in range(40))
    for layout in LAYOUTS:
        plan = render_plan(make(items=items), layout)
        lines = [t.text for t in plan.texts("items")]
        joined = "".join(lines)
        assert joined.endswith("…等80件"), (layout, joined)
        assert joined.startswith("物品：STYLE-000/藏青色/XXL×2;")
        x0, y0, x1, y1 = plan.boxes["items"]
        for t in plan.texts("items"):
            assert t.x + text_width(t.text, t.px) <= x1 and t.baseline + line_metrics(t.px)[1] <= y1


def test_few_items_are_not_shortened(label):
    joined = "".join(t.text for t in render_plan(label).texts("items"))
    assert joined == "物品：JN-2041/浅蓝/29;TS-880/白色/L×2"


def test_every_layout_has_every_text_inside_the_label_and_its_box(make):
    label = make(privacy=False, reprint=True, address=LONG_ADDRESS,
                 recipient_name="爱新觉罗·玄烨", phone="+86 138 1234 5678 转 8888",
                 sender_name="杭州某某某某某某服饰有限公司天猫旗舰店", packer="欧阳娜娜娜娜")
    for layout in available_layouts():
        plan = render_plan(label, layout)
        for t in plan.texts():
            x0, y0, x1, y1 = plan.boxes[t.field_id]
            asc, desc = line_metrics(t.px)
            assert x0 <= t.x and t.x + text_width(t.text, t.px) + t.stroke <= x1, (layout, t)
            assert y0 <= t.baseline - asc and t.baseline + desc <= y1, (layout, t)


def test_print_time_is_local_time(make, monkeypatch):
    import time
    from datetime import datetime, timezone

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        aware = make(printed_at=datetime(2024, 11, 11, 2, 32, tzinfo=timezone.utc))
        assert "2024-11-11 10:32" in _texts(render_plan(aware))
        naive = make(printed_at=datetime(2024, 11, 11, 10, 32))
        assert "2024-11-11 10:32" in _texts(render_plan(naive))
    finally:
        monkeypatch.undo()
        time.tzset()


def test_sparse_label_renders(make):
    label = make(items=(), phone="", sender_phone="", route_code="", postcode="", order_no="", address="",
                 sender_address="", recipient_name="", weight_g=0, packer="", station="")
    for layout in LAYOUTS:
        image = render_raster(label, layout)
        assert label.waybill_no in decode(image)["Code128"]


def test_extra_values_in_a_template(make):
    layout = parse_layout({"name": "t", "width_mm": 100, "height_mm": 150, "fields": [
        {"id": "shop", "kind": "text", "template": "店铺 {extra[shop]} {extra[missing]}", "x": 2, "y": 2,
         "w": 90, "h": 10, "font_pt": 12}]})
    plan = render_plan(make(extra={"shop": "天猫"}), layout)
    assert [t.text for t in plan.texts("shop")] == ["店铺 天猫"]
