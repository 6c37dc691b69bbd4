"""What an e-waybill answer puts on the label: the sort code, 集包地, the virtual phone instead of the masked
one; a courier's own layout overlay when it is not named like its code."""
from dataclasses import replace
from datetime import datetime, timezone

from app.labels.content import label_content
from app.labels.data import LabelItem, WaybillLabel
from app.labels.render import layout_for

LABEL = WaybillLabel(courier_code="JTSD", courier_name="极兔速递", waybill_no="JT0000000001", order_no="T1",
                     recipient_name="陈小明", phone="13812345678", province="浙江省", city="杭州市", district="西湖区",
                     address="文三路478号1502室", postcode="", sender_name="仓库", sender_phone="0571-88000000",
                     sender_address="杭州", items=(LabelItem("TS", "黑", "M", 1),), weight_g=350, packer="王芳",
                     station="PACK-01", printed_at=datetime.now(timezone.utc))


def test_sort_code_hub_and_virtual_phone():
    got = label_content(replace(LABEL, route_code="杭州 300-W12 07", hub="杭州转运中心",
                                virtual_phone="17012345678-1234"))
    assert got["route_code"] == "杭州 300-W12 07" and got["route_note"] == "集包地 杭州转运中心"
    assert got["recipient_phone"] == "17012345678-1234"
    plain = label_content(LABEL)
    assert plain["recipient_phone"].endswith("5678") and "1381234" not in plain["recipient_phone"] and plain["route_code"] == "杭州市 西湖区"


def test_a_layout_overlay_of_another_name():
    assert layout_for(replace(LABEL, layout="ZTO"), size="100x150").name == "zto-100x150"
    assert layout_for(LABEL, size="100x150").name == "jtsd-100x150"  # the generic layout, named for JTSD
