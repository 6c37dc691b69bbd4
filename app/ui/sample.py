"""A sample waybill for previews and test prints (a realistic Chinese address, two items). Its sender says it
is a test print (样张): a real label's sender is always its shop's (app.services.shops)."""
from __future__ import annotations

from datetime import datetime, timezone

from ..labels.data import LabelItem, WaybillLabel


def sample_waybill(courier: str = "ZTO") -> WaybillLabel:
    from ..services.demo import COURIERS

    name = dict(COURIERS).get(courier, courier)
    return WaybillLabel(
        courier_code=courier, courier_name=name, waybill_no="773100000001", order_no="2316752871196470",
        recipient_name="欧阳娜娜", phone="13812345678", province="浙江省", city="杭州市", district="西湖区",
        address="文三路478号华星科技大厦3号楼1502室", postcode="310012", sender_name="测试打印 样张",
        sender_phone="0000-00000000", sender_address="此标签仅用于打印测试，不得发货",
        items=(LabelItem("TS100", "白色", "L", 1), LabelItem("JN501", "深蓝", "32", 2)), weight_g=890,
        packer="测试", station="TEST", printed_at=datetime.now(timezone.utc), route_code="571-WH")
