"""The order exports of 拼多多, 抖店 and 京东 imported as they come, told by their headers (issue 15 item 6)."""
from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

from app.models import OrderStatus
from app.services.importing import ImportRejected, detect_kind, detect_preset, import_file, preview_file
from tests.services.test_import_preview import shop_db, snapshot  # noqa: F401 (a fixture)
from tests.services.test_importing import ORDER_HEADERS, order

PRESETS = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "presets"
PDD = PRESETS / "pdd_orders_export_20241111.csv"
DOUYIN = PRESETS / "douyin_orders_20241111.csv"
JD = PRESETS / "jd_orders_20241111.csv"


def headers(path: Path) -> list[str]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig") if raw.startswith(b"\xef\xbb\xbf") else raw.decode("gb18030")
    return next(csv.reader(io.StringIO(text)))


def test_each_export_is_told_by_its_headers():
    assert [detect_preset(headers(p)) for p in (PDD, DOUYIN, JD)] == ["pdd", "douyin", "jd"]
    assert [detect_kind(headers(p)) for p in (PDD, DOUYIN, JD)] == ["pdd", "douyin", "jd"]
    assert detect_preset(ORDER_HEADERS) is None and detect_kind(ORDER_HEADERS) == "taobao"


def test_pdd(shop_db):
    res = import_file(shop_db, PDD, shop="CG")
    assert (res.kind, res.orders_added, res.waiting, res.unknown_shops) == ("pdd", 2, {}, {})
    o = order(shop_db, "241111-123456789012345")
    assert (o["channel"], o["shop"], o["recipient_name"], o["phone"]) == ("pdd", "晨光服饰旗舰店", "王伟", "13812345678")
    assert (o["province"], o["city"], o["district"], o["address"]) == ("浙江省", "杭州市", "西湖区",
                                                                      "文三路478号华星科技大厦1502室")
    assert (o["amount"], o["buyer_note"], o["status"], o["refund_requested"]) == (Decimal("36.00"), "请尽快发货",
                                                                                  OrderStatus.OPEN, False)
    assert o["lines"] == [("TS100-WH-M", 2, "纯棉T恤 男女同款 [白色,M]", Decimal("0.00"))]
    shipped = order(shop_db, "241111-223456789012345")
    assert (shipped["status"], shipped["seller_note"], shipped["lines"][0][:2]) == (OrderStatus.SHIPPED, "已核对",
                                                                                    ("SK10-WH-F", 5))


def test_douyin_lines_of_one_order_are_one_order(shop_db):
    res = preview_file(shop_db, DOUYIN, shop="CG")
    assert (res.kind, res.orders_added, res.rows) == ("douyin", 2, 3)
    res = import_file(shop_db, DOUYIN, shop="CG")
    o = order(shop_db, "6921234567890123456")  # written with a tab before it, as 抖店 writes long numbers
    assert [ln[:2] for ln in o["lines"]] == [("JN501-DB-28", 1), ("TS100-WH-M", 2)]
    assert (o["lines"][1][3], o["amount"], o["address"], o["district"]) == (Decimal("19.00"), Decimal("197.00"),
                                                                             "文三路478号华星科技大厦1502室", "西湖区")
    assert order(shop_db, "6921234567890199999")["status"] == OrderStatus.SHIPPED  # 已完成


def test_jd(shop_db):
    res = import_file(shop_db, JD, shop="CG")
    assert (res.kind, res.orders_added) == ("jd", 1)
    o = order(shop_db, "301234567890")
    assert (o["recipient_name"], o["buyer_id"], o["buyer_note"], o["status"]) == ("赵敏", "jd_1234abcd", "周末送货",
                                                                                 OrderStatus.OPEN)
    assert (o["province"], o["city"], o["district"], o["address"]) == ("浙江", "杭州市", "西湖区",
                                                                      "文三路478号华星科技大厦1502室")
    assert o["lines"] == [("TS100-WH-L", 1, "晨光服饰 纯棉T恤 白色 L", Decimal("49.00"))]  # 商家SKUID, not 货号


def test_a_preset_file_missing_a_column_says_which(shop_db, tmp_path):
    cols = headers(PDD)
    text = PDD.read_bytes().decode("utf-8-sig").replace("商家编码-SKU维度", "SKU").replace("商家编码-商品维度", "SPU")
    path = tmp_path / "pdd.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    before = snapshot(shop_db)
    with pytest.raises(ImportRejected) as exc:
        import_file(shop_db, path)
    assert [str(e) for e in exc.value.errors] == [
        "pdd.csv, row 1: missing required column 商家编码-SKU维度 / 商家编码-商品维度 (sku)"]
    assert snapshot(shop_db) == before
    assert "商家编码-SKU维度" in cols
