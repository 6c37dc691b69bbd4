"""Taobao's two order files (订单报表 + 宝贝报表) imported as one (issue 15 item 6)."""
from __future__ import annotations

import csv
import io
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.cli import main
from app.db import Database, default_url
from app.models import Order
from app.services.import_pair import import_pair
from app.services.importing import ImportRejected, import_file
from tests.services.test_import_preview import cli_setup, shop_db, snapshot  # noqa: F401 (a fixture)
from tests.services.test_importing import PRODUCT_HEADERS, PRODUCTS, order, write_csv

PAIR = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "taobao_pair"
ORDERS = PAIR / "ExportOrderList202411111000.csv"
ITEMS = PAIR / "ExportOrderDetailList202411111000.csv"


def read(path: Path) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("gb18030"))))
    return rows[0], rows[1:]


def write(path: Path, headers, rows) -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows([headers] + rows)
    path.write_bytes(buf.getvalue().encode("gb18030"))
    return path


def test_the_pair_is_imported_as_one_file(shop_db):
    res = import_pair(shop_db, ITEMS, ORDERS)  # in either order: told apart by their headers
    assert res.filename == "ExportOrderList202411111000.csv + ExportOrderDetailList202411111000.csv"
    assert (res.orders_added, res.rows, res.waiting, res.unknown_shops) == (2, 3, {}, {})
    o = order(shop_db, "3857123456789012345")
    assert (o["recipient_name"], o["phone"], o["province"], o["district"], o["address"], o["postcode"]) == \
        ("王伟", "13812345678", "浙江省", "西湖区", "文三路478号华星科技大厦1502室", "310012")
    assert (o["buyer_id"], o["buyer_note"], o["seller_note"], o["amount"], o["shop"]) == \
        ("小王2024", "请尽快发货", "已核对地址", Decimal("197.00"), "晨光服饰旗舰店")
    assert o["paid_at"].strftime("%Y-%m-%d %H:%M:%S") == "2024-11-10 16:00:05"  # kept in UTC (Beijing − 8 h)
    assert o["lines"] == [("JN501-DB-28", 1, "直筒牛仔裤 [颜色分类：深蓝;尺码：28]", Decimal("159.00")),
                          ("TS100-WH-M", 2, "纯棉T恤 [颜色分类：白色;尺码：M]", Decimal("19.00"))]
    li = order(shop_db, "2942657773599346748")
    assert (li["phone"], li["lines"][0][:2]) == ("13900001111", ("SK10-WH-F", 5))
    assert import_pair(shop_db, ORDERS, ITEMS).already_imported is True


def test_the_pair_previewed_writes_nothing(shop_db):
    before = snapshot(shop_db)
    res = import_pair(shop_db, ORDERS, ITEMS, preview=True)
    assert (res.preview, res.orders_added, res.added_orders) == (True, 2, ["3857123456789012345",
                                                                            "2942657773599346748"])
    assert snapshot(shop_db) == before
    assert import_pair(shop_db, ORDERS, ITEMS).orders_added == 2


def test_an_item_without_its_order_and_an_order_without_items_are_refused(shop_db, tmp_path):
    oh, orows = read(ORDERS)
    ih, irows = read(ITEMS)
    irows.append(['="1111222233334444"', "纯棉T恤", "19.00", "1", "", "", "", "", "买家已付款，等待卖家发货", "TS100-WH-L"])
    irows = [r for r in irows if "2942657773599346748" not in r[0]]
    before = snapshot(shop_db)
    with pytest.raises(ImportRejected) as exc:
        import_pair(shop_db, write(tmp_path / "ExportOrderList1.csv", oh, orows),
                    write(tmp_path / "ExportOrderDetailList1.csv", ih, irows))
    assert [str(e) for e in exc.value.errors] == [
        "ExportOrderDetailList1.csv, row 4, column 订单编号 (A): order 1111222233334444 is not in the 订单报表 "
        "ExportOrderList1.csv: export the two files together, for the same orders",
        "ExportOrderList1.csv, row 3, column 订单编号 (A): order 2942657773599346748 has no line in the 宝贝报表 "
        "ExportOrderDetailList1.csv: export the two files together, for the same orders"]
    assert snapshot(shop_db) == before


def test_errors_name_the_file_row_and_column_they_are_in(shop_db, tmp_path):
    oh, orows = read(ORDERS)
    ih, irows = read(ITEMS)
    orows[1][oh.index("联系手机")] = "12345"            # the second order's phone, in the 订单报表
    irows[2][ih.index("购买数量")] = "两"                 # the third line's quantity, in the 宝贝报表
    orows.append(list(orows[0]))                        # an order twice in the 订单报表
    with pytest.raises(ImportRejected) as exc:
        import_pair(shop_db, write(tmp_path / "o.csv", oh, orows), write(tmp_path / "i.csv", ih, irows))
    got = [str(e) for e in exc.value.errors]
    assert got[0] == "i.csv, row 4, column 购买数量 (D): the quantity “两” is not a whole number from 1 to 9999"
    assert got[1].startswith("o.csv, row 3, column 联系手机 (Q): ")
    assert got[2] == ("o.csv, row 4, column 订单编号 (A): order 3857123456789012345 appears twice in the 订单报表 "
                      "(first at row 2): one row per order")
    assert len(got) == 3


def test_two_files_of_one_kind_or_a_stranger_are_refused(shop_db, tmp_path):
    with pytest.raises(ImportRejected) as exc:
        import_pair(shop_db, ORDERS, shutil.copy(ORDERS, tmp_path / "again.csv"))
    assert "both files are a 订单报表 (ExportOrderList)" in str(exc.value)
    other = write_csv(tmp_path / "products.csv", PRODUCT_HEADERS, PRODUCTS)
    with pytest.raises(ImportRejected) as exc:
        import_pair(shop_db, ORDERS, other)
    assert [e.file for e in exc.value.errors] == ["products.csv"]


def test_one_half_alone_is_refused_with_what_to_do(shop_db):
    with pytest.raises(ImportRejected) as exc:
        import_file(shop_db, ORDERS)
    assert "import it together with its 宝贝报表 (ExportOrderDetailList), both at once" in str(exc.value)


def test_cli_takes_the_two_files(tmp_path, capsys):
    cli_setup(tmp_path)
    capsys.readouterr()
    assert main(["import", str(ITEMS), str(ORDERS), "--preview"]) == 0
    assert "PREVIEW" in capsys.readouterr().out
    assert main(["import", str(ITEMS), str(ORDERS)]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == [
        "ExportOrderList202411111000.csv + ExportOrderDetailList202411111000.csv: 3 rows read",
        "orders: 2 new, 0 updated, 0 unchanged"]
    db = Database(default_url())
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Order)) == 2
    db.dispose()
    assert main(["import", str(ITEMS), str(ORDERS), str(ORDERS)]) == 2
