from __future__ import annotations

from datetime import datetime

import pytest

from app.labels.data import LabelItem, WaybillLabel


def make_label(**changes) -> WaybillLabel:
    values = dict(
        courier_code="SF", courier_name="顺丰速运", waybill_no="SF1234567890123", order_no="TB20241111000123456",
        recipient_name="张三丰", phone="13812345678", province="浙江省", city="杭州市", district="西湖区",
        address="文三路478号华星时代广场A座1203室", postcode="310012", sender_name="小美服饰旗舰店",
        sender_phone="0571-88123456", sender_address="浙江省杭州市余杭区仓前街道良睦路1399号梦想小镇互联网村3幢201",
        items=(LabelItem("JN-2041", "浅蓝", "29", 1), LabelItem("TS-880", "白色", "L", 2)),
        weight_g=1250, packer="李小龙", station="ST-03", printed_at=datetime(2024, 11, 11, 10, 32),
        privacy=True, reprint=False, route_code="310-W02 00",
    )
    values.update(changes)
    return WaybillLabel(**values)


@pytest.fixture
def label() -> WaybillLabel:
    return make_label()


@pytest.fixture
def make():
    """Factory fixture: ``make(privacy=False, address=…)`` → a WaybillLabel with those changes."""
    return make_label
