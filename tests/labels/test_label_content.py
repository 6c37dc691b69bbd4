"""What a waybill says: a municipality once, the sender readable, the weight to the gram, the sort code and
集包地 of every courier, multi-parcel (子母件) numbering with the master waybill number in every layout."""
from __future__ import annotations

import pytest
import zxingcpp

from app.labels.content import full_address, label_content, parcel_of_text, printable, region_text
from app.labels.data import LabelItem
from app.labels.engine import ELLIPSIS
from app.labels.render import available_layouts, render_pdf, render_plan, render_raster


def _texts(plan) -> str:
    return "\n".join(t.text for t in plan.texts())


@pytest.mark.parametrize("province, city, district, region", [
    ("北京", "北京市", "朝阳区", "北京市朝阳区"),
    ("北京市", "北京市", "朝阳区", "北京市朝阳区"),
    ("上海", "上海市", "浦东新区", "上海市浦东新区"),
    ("上海市", "上海", "黄浦区", "上海市黄浦区"),
    ("天津", "天津市", "和平区", "天津市和平区"),
    ("天津市", "市辖区", "南开区", "天津市南开区"),
    ("重庆", "重庆市", "渝中区", "重庆市渝中区"),
    ("重庆市", "县", "石柱土家族自治县", "重庆市石柱土家族自治县"),
    ("浙江省", "杭州市", "西湖区", "浙江省杭州市西湖区"),
    ("广东省", "东莞市", "", "广东省东莞市"),
])
def test_a_municipality_is_printed_once(province, city, district, region):
    assert region_text(province, city, district) == region


def test_the_address_does_not_repeat_the_region_it_starts_with():
    assert full_address("北京", "北京市", "朝阳区", "北京市朝阳区建国路88号") == "北京市朝阳区建国路88号"
    assert full_address("浙江省", "杭州市", "西湖区", "浙江省杭州市西湖区文三路478号") == "浙江省杭州市西湖区文三路478号"
    assert full_address("浙江省", "杭州市", "西湖区", "西湖区文三路478号") == "浙江省杭州市西湖区文三路478号"
    assert full_address("浙江省", "杭州市", "西湖区", "文三路478号") == "浙江省杭州市西湖区文三路478号"


@pytest.mark.parametrize("name", available_layouts())
def test_municipal_address_on_every_layout(make, name):
    label = make(province="北京", city="北京市", district="朝阳区", address="建国路88号SOHO现代城5号楼2单元1502",
                 privacy=False)
    plan = render_plan(label, name)
    address = "".join(t.text for t in plan.texts("recipient_address"))
    assert address.startswith("北京市朝阳区建国路88号") and "北京北京" not in address and "北京市北京市" not in address


def test_the_senders_phone_is_not_masked_on_a_privacy_waybill(make, tmp_path):
    label = make(privacy=True, sender_phone="0571-88000000")
    content = label_content(label)
    assert content["sender_phone"] == "0571-88000000"
    assert content["recipient_phone"] == "*******5678"           # the recipient's still is
    for name in available_layouts():
        assert "0571-88000000" in _texts(render_plan(label, name)), name
    from pypdf import PdfReader
    import io

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(label))).pages)
    assert "0571-88000000" in text


@pytest.mark.parametrize("name", available_layouts())
def test_every_courier_prints_its_sort_code_and_hub_whole(make, name):
    label = make(route_code="751-A12 03", hub="杭州转运中心")
    plan = render_plan(label, name)
    route = [t.text for t in plan.texts("route")]
    assert route == ["751-A12 03"], (name, route)
    note = [t.text for t in plan.texts("route_note")]
    assert note == ["集包地 杭州转运中心"], (name, note)
    # the note sits under the sort code, inside the sort band
    rx0, ry0, rx1, ry1 = plan.boxes["route"]
    nx0, ny0, nx1, ny1 = plan.boxes["route_note"]
    assert ny0 >= ry1 - 1 and not any(ELLIPSIS in t for t in route + note)
    # without a hub the sort code has the whole band again
    plain = render_plan(make(route_code="751-A12 03"), name)
    assert not plain.texts("route_note") and plain.boxes["route"][3] > ry1


def _child(make, **kw):
    values = dict(waybill_no="SF1234567890130", parcel_no=2, parcel_count=3, master_waybill_no="SF1234567890123",
                  items=(LabelItem("TS-880", "白色", "L", 2),), route_code="751-A12 03")
    values.update(kw)
    return make(**values)


@pytest.mark.parametrize("name", available_layouts())
def test_a_child_label_says_n_of_m_and_the_master_number_on_every_layout(make, name):
    label = _child(make)
    plan = render_plan(label, name)
    text = _texts(plan)
    assert "子母件 2/3" in text, name
    assert "母单号 SF1234567890123" in text, name
    assert "TS-880/白色/L×2" in text and "JN-2041" not in text        # this parcel's items only
    # the number row makes room for the parcel box: nothing overlaps
    wb, box = plan.boxes["waybill_no"], plan.boxes["parcel"]
    assert wb[2] <= box[0] and [t.text for t in plan.texts("waybill_no")] == ["SF1234567890130"]
    # the barcode is the child's own waybill number, and it still scans
    codes = {r.text for r in zxingcpp.read_barcodes(render_raster(label, name).convert("L"))}
    assert "SF1234567890130" in codes, (name, codes)


def test_parcels_closed_one_by_one_print_n_only_and_the_master_its_count(make):
    assert parcel_of_text(2, None) == "2" and parcel_of_text(2, 3) == "2/3" and parcel_of_text(0, None) == ""
    assert parcel_of_text(1, 1) == ""
    text = _texts(render_plan(_child(make, parcel_count=None), "sf-100x150"))
    assert "子母件 2" in text and "子母件 2/" not in text and "母单号 SF1234567890123" in text
    master = _texts(render_plan(make(parcel_no=1, parcel_count=3, master_waybill_no="SF1234567890123"),
                                "sf-100x150"))
    assert "子母件 1/3" in master and "母单号" not in master
    single = _texts(render_plan(make(), "sf-100x150"))
    assert "子母件" not in single and "母单号" not in single


def test_hub_and_master_share_the_line_under_the_sort_code(make):
    plan = render_plan(_child(make, hub="杭州转运中心"), "zto-76x130")
    assert [t.text for t in plan.texts("route_note")] == ["集包地 杭州转运中心  母单号 SF1234567890123"]


def test_a_child_needs_its_master_number(make):
    with pytest.raises(ValueError, match="master_waybill_no"):
        make(parcel_no=2, parcel_count=3)
    with pytest.raises(ValueError, match="less than"):
        make(parcel_no=3, parcel_count=2, master_waybill_no="SF1")


def test_printable_strips_what_a_printer_reads_as_commands():
    assert printable("张三") == "张三"
    assert printable("张\r\nPRINT 9\r\n三") == "张  PRINT 9  三"
    assert printable("\x1b@\x1dV\x00\x0c李\x18四\x7f\x9b") == "@V 李四"      # FF: a page break, so a space
    assert printable("a\u202eb\u2028c\u200bd") == "ab cd"
    assert printable("全角　空格") == "全角　空格"


@pytest.mark.parametrize("layout", available_layouts())
def test_a_weight_a_supervisor_accepted_is_marked_whole_on_every_layout(make, layout):
    plan = render_plan(make(courier_code=layout.split("-")[0].upper(), weight_override=True), layout)
    weights = [t.text for t in plan.texts() if "kg" in t.text]
    assert weights and all(w.endswith("核准") and ELLIPSIS not in w for w in weights), weights
    plain = render_plan(make(courier_code=layout.split("-")[0].upper()), layout)
    assert not any("核准" in t.text for t in plain.texts())
