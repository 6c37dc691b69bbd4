"""Importing orders (Taobao export, generic with a saved mapping) and products from CSV and XLSX."""
from __future__ import annotations

import csv
import importlib.util
import io
import subprocess
import sys
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from app.models import Barcode, ImportBatch, Order, OrderLine, OrderStatus, Product, Setting
from app.services.importing import (
    ImportRejected, ImportResult, RowError, column_letter, import_file, list_mappings, load_mapping,
    parse_address, parse_phone, save_mapping,
)
from app.services.supervisor import list_cases

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
FIXTURES = ROOT / "tests" / "fixtures" / "import"

PRODUCT_HEADERS = ["商家编码", "名称", "型号", "颜色", "尺码", "重量(g)", "条码", "人工核对", "库存"]
PRODUCTS = [
    ["JN501-DB-28", "直筒牛仔裤", "JN501", "深蓝", "28", "620", "6901234567892", "测量腰围 measure the waist", "10"],
    ["JN501-DB-30", "直筒牛仔裤", "JN501", "深蓝", "30", "640", "6901234567908;6901234567915", "测量腰围 measure the waist", "8"],
    ["TS100-WH-M", "纯棉T恤", "TS100", "白色", "M", "185", "6901234567922", "", "50"],
    ["TS100-WH-L", "纯棉T恤", "TS100", "白色", "L", "200", "6901234567939|6901234567946", "", "50"],
    ["SK10-WH-F", "运动棉袜", "SK10", "白色", "均码", "38", "6901234567953", "", "300"],
]

ORDER_HEADERS = ["订单编号", "买家会员名", "收货人姓名", "收货地址", "联系手机", "宝贝标题", "颜色分类", "购买数量", "价格",
                 "订单状态", "退款状态", "卖家备注", "买家留言", "商家编码", "实付款", "付款时间", "店铺名称"]
OPEN = "买家已付款，等待卖家发货"
ADDR1 = "浙江省 杭州市 西湖区 文三路478号华星科技大厦1502室(310012)"
ADDR2 = "北京 北京市 朝阳区 建国路88号SOHO现代城A座1201室(100022)"
ORDERS = [
    ['="3857123456789012345"', "小王2024", "王伟", ADDR1, "'13812345678", "直筒牛仔裤", "颜色分类:深蓝;尺码:28", "1",
     "159.00", OPEN, "没有申请退款", "已核对地址", "请尽快发货", "JN501-DB-28", "197.00", "2024-11-11 00:00:05",
     "晨光服饰旗舰店"],
    ['="3857123456789012345"', "小王2024", "王伟", ADDR1, "'13812345678", "纯棉T恤", "颜色分类:白色;尺码:M", "2",
     "19.00", OPEN, "没有申请退款", "已核对地址", "请尽快发货", "TS100-WH-M", "197.00", "2024-11-11 00:00:05",
     "晨光服饰旗舰店"],
    ["\t2942657773599346748", "tb_li", "李娜", ADDR2, "139-0000-1111", "运动棉袜", "颜色分类:白色;尺码:均码", "5",
     "9.90", OPEN, "", "", "", "SK10-WH-F", "49.50", "2024/11/11 9:30", "晨光服饰旗舰店"],
    ["231675287119647040", "阿明", "张明", "上海 上海市 浦东新区 世纪大道100号3号楼2单元502室", "0571-88886666",
     "纯棉T恤", "颜色分类:白色;尺码:L", "1", "49.00", "卖家已发货，等待买家确认", "没有申请退款", "", "", "TS100-WH-L",
     "49.00", "2024-11-10 20:00:00", "晨光服饰旗舰店"],
]


def write_csv(path: Path, headers: list[str], rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(headers)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, headers: list[str], rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def counts(db) -> dict[str, int]:
    with db.session() as s:
        return {t.__tablename__: s.scalar(sa.select(sa.func.count()).select_from(t))
                for t in (Product, Barcode, Order, OrderLine, ImportBatch)}


def order(db, order_no: str) -> dict:
    with db.session() as s:
        o = s.scalar(sa.select(Order).where(Order.order_no == order_no))
        d = {c.key: getattr(o, c.key) for c in Order.__table__.columns}
        d["lines"] = [(ln.product.sku, ln.qty, ln.title, ln.price) for ln in o.lines]
        return d


@pytest.fixture
def products_db(db, tmp_path):
    res = import_file(db, write_csv(tmp_path / "products.csv", PRODUCT_HEADERS, PRODUCTS))
    assert res.products_added == len(PRODUCTS)
    return db


def rejected(db, path: Path, **kw) -> ImportRejected:
    before = counts(db)
    with pytest.raises(ImportRejected) as exc:
        import_file(db, path, **kw)
    assert counts(db) == before, "a rejected file must write nothing"
    return exc.value


# --------------------------------------------------------------------------------------------- products


def test_products_csv_utf8_bom(products_db):
    with products_db.session() as s:
        jeans = s.scalar(sa.select(Product).where(Product.sku == "JN501-DB-30"))
        assert (jeans.name, jeans.style, jeans.colour, jeans.size, jeans.weight_g, jeans.stock) == \
            ("直筒牛仔裤", "JN501", "深蓝", "30", 640, 8)
        assert jeans.manual_check == "测量腰围 measure the waist"
        assert sorted(b.code for b in jeans.barcodes) == ["6901234567908", "6901234567915"]
        tee = s.scalar(sa.select(Product).where(Product.sku == "TS100-WH-L"))
        assert tee.manual_check is None
        assert sorted(b.code for b in tee.barcodes) == ["6901234567939", "6901234567946"]


def test_products_xlsx_english_headers_and_upsert(products_db, tmp_path):
    path = write_xlsx(tmp_path / "catalogue.xlsx",
                      ["sku", "name", "style", "colour", "size", "weight_g", "barcodes", "manual_check", "stock"],
                      [["TS100-WH-M", "Cotton tee", "TS100", "white", "M", 190, "6901234567922", None, 40],
                       ["DR300-FL-S", "Floral dress", "DR300", "floral", "S", 300.0, 6901234567960, "check print", 5]])
    res = import_file(products_db, path)
    assert (res.kind, res.products_added, res.products_updated) == ("products", 1, 1)
    with products_db.session() as s:
        tee = s.scalar(sa.select(Product).where(Product.sku == "TS100-WH-M"))
        assert (tee.name, tee.weight_g, tee.stock) == ("Cotton tee", 190, 40)
        dress = s.scalar(sa.select(Product).where(Product.sku == "DR300-FL-S"))
        assert dress.weight_g == 300 and [b.code for b in dress.barcodes] == ["6901234567960"]


def test_products_barcode_can_move_between_products_of_one_file(products_db, tmp_path):
    path = write_csv(tmp_path / "p2.csv", ["sku", "name", "barcodes"],
                     [["TS100-WH-M", "纯棉T恤", "6901234567977"], ["TS100-WH-L", "纯棉T恤", "6901234567922"]])
    res = import_file(products_db, path)
    assert res.products_updated == 2
    with products_db.session() as s:
        owner = s.scalar(sa.select(Product.sku).join(Barcode).where(Barcode.code == "6901234567922"))
        assert owner == "TS100-WH-L"


def test_products_barcode_of_another_product_is_rejected(products_db, tmp_path):
    path = write_csv(tmp_path / "p3.csv", ["sku", "name", "barcodes"],
                     [["NEW-1", "新品", "6901234567892"]])
    err = rejected(products_db, path)
    assert str(err.errors[0]) == ("p3.csv, row 2, column barcodes (C): the barcode 6901234567892 already "
                                  "belongs to SKU JN501-DB-28 (the product list)")


@pytest.mark.parametrize("cell, message", [
    ("abc", "the weight “abc” is not a number of grams (e.g. 620, 620 g or 0.62 kg)"),
    ("-5", "the weight “-5” is not a number of grams (e.g. 620, 620 g or 0.62 kg)"),
])
def test_products_bad_weight(db, tmp_path, cell, message):
    rows = [r[:] for r in PRODUCTS]
    rows[2][5] = cell
    err = rejected(db, write_csv(tmp_path / "products.csv", PRODUCT_HEADERS, rows))
    assert [str(e) for e in err.errors] == [f"products.csv, row 4, column 重量(g) (F): {message}"]
    assert counts(db)["product"] == 0


def test_products_bad_ean13_duplicate_sku_and_missing_name(db, tmp_path):
    rows = [r[:] for r in PRODUCTS]
    rows[0][6] = "6901234567890"    # check digit should be 2
    rows[3][0] = "JN501-DB-28"      # same SKU as row 2
    rows[4][1] = ""
    err = rejected(db, write_csv(tmp_path / "products.csv", PRODUCT_HEADERS, rows))
    assert [str(e) for e in err.errors] == [
        "products.csv, row 2, column 条码 (G): the barcode “6901234567890” is not a valid EAN-13 (wrong check digit)",
        "products.csv, row 5, column 商家编码 (A): SKU JN501-DB-28 appears twice (first at row 2)",
        "products.csv, row 6, column 名称 (B): the name (名称) is empty",
    ]


# --------------------------------------------------------------------------------------------- taobao


def check_good_orders(db, res: ImportResult) -> None:
    assert (res.kind, res.orders_added, res.orders_updated, res.orders_skipped, res.conflicts) == \
        ("taobao", 3, 0, 0, [])
    assert res.already_imported is False and res.rows == 4
    o = order(db, "3857123456789012345")
    assert (o["recipient_name"], o["phone"], o["buyer_id"]) == ("王伟", "13812345678", "小王2024")
    assert (o["province"], o["city"], o["district"], o["address"], o["postcode"]) == \
        ("浙江省", "杭州市", "西湖区", "文三路478号华星科技大厦1502室", "310012")
    assert (o["seller_note"], o["buyer_note"], o["shop"], o["channel"]) == \
        ("已核对地址", "请尽快发货", "晨光服饰旗舰店", "taobao")
    assert o["status"] == OrderStatus.OPEN and o["refund_requested"] is False
    assert o["amount"] == Decimal("197.00")
    assert o["paid_at"] == datetime(2024, 11, 10, 16, 0, 5, tzinfo=timezone.utc)  # 00:00:05 Beijing time
    assert o["lines"] == [("JN501-DB-28", 1, "直筒牛仔裤 [颜色分类:深蓝;尺码:28]", Decimal("159.00")),
                          ("TS100-WH-M", 2, "纯棉T恤 [颜色分类:白色;尺码:M]", Decimal("19.00"))]
    o = order(db, "2942657773599346748")
    assert (o["province"], o["city"], o["district"], o["address"], o["phone"]) == \
        ("北京", "北京市", "朝阳区", "建国路88号SOHO现代城A座1201室", "13900001111")
    assert o["paid_at"] == datetime(2024, 11, 11, 1, 30, tzinfo=timezone.utc)
    assert o["lines"][0][:2] == ("SK10-WH-F", 5)
    o = order(db, "231675287119647040")
    assert o["status"] == OrderStatus.SHIPPED and o["phone"] == "0571-88886666" and o["postcode"] == ""


def test_taobao_csv_utf8_bom(products_db, tmp_path):
    res = import_file(products_db, write_csv(tmp_path / "orders.csv", ORDER_HEADERS, ORDERS))
    check_good_orders(products_db, res)
    with products_db.session() as s:
        batch = s.scalar(sa.select(ImportBatch).where(ImportBatch.kind == "orders"))
        assert (batch.filename, batch.kind, batch.rows) == ("orders.csv", "orders", 4)


def test_taobao_csv_gbk(products_db, tmp_path):
    res = import_file(products_db, write_csv(tmp_path / "orders.csv", ORDER_HEADERS, ORDERS, encoding="gbk"))
    check_good_orders(products_db, res)


def test_taobao_csv_utf8_without_bom(products_db, tmp_path):
    res = import_file(products_db, write_csv(tmp_path / "orders.csv", ORDER_HEADERS, ORDERS, encoding="utf-8"))
    check_good_orders(products_db, res)


def test_taobao_xlsx(products_db, tmp_path):
    rows = [r[:] for r in ORDERS]
    for r in rows:
        r[0] = r[0].strip().removeprefix('="').removesuffix('"')  # text cells: no ="…" needed in Excel
        r[4] = r[4].lstrip("'")
        r[7] = int(r[7])  # numbers as Excel keeps them
    rows[3][15] = datetime(2024, 11, 10, 20, 0, 0)
    res = import_file(products_db, write_xlsx(tmp_path / "orders.xlsx", ORDER_HEADERS, rows))
    check_good_orders(products_db, res)


def test_fixture_files_in_repo(products_db):
    """The same orders, as saved files: GBK CSV with 联系电话/订单备注 headers and an XLSX."""
    res = import_file(products_db, FIXTURES / "taobao_gbk.csv")
    assert (res.kind, res.orders_added) == ("taobao", 3)
    assert order(products_db, "3857123456789012345")["seller_note"] == "已核对地址"
    res = import_file(products_db, FIXTURES / "taobao.xlsx")
    assert (res.orders_added, res.orders_skipped) == (0, 3)


def test_same_file_twice_changes_nothing(products_db, tmp_path):
    path = write_csv(tmp_path / "orders.csv", ORDER_HEADERS, ORDERS)
    import_file(products_db, path)
    before = counts(products_db)
    res = import_file(products_db, path)
    assert res.already_imported is True and res.kind == "taobao"
    assert (res.orders_added, res.orders_updated, res.orders_skipped) == (0, 0, 0)
    assert counts(products_db) == before
    copy = tmp_path / "copy of orders.csv"
    copy.write_bytes(path.read_bytes())
    assert import_file(products_db, copy).already_imported is True


def test_orders_already_in_the_database_are_skipped(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))
    # a later export: the same orders (re-ordered rows) plus one new order
    rows = [ORDERS[2], ORDERS[0], ORDERS[1], ORDERS[3], [
        "4000000000000000001", "新客", "赵敏", ADDR1, "13700000000", "纯棉T恤", "", "1", "49", OPEN, "", "", "",
        "TS100-WH-M", "49", "2024-11-12 10:00:00", "晨光服饰旗舰店"]]
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, rows))
    assert (res.orders_added, res.orders_updated, res.orders_skipped, res.conflicts) == (1, 0, 3, [])


def test_changed_open_order_is_updated(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))
    rows = [r[:] for r in ORDERS[:2]]
    for r in rows:
        r[3] = "浙江省 杭州市 滨江区 网商路699号(310052)"
        r[11] = "改地址了"
    rows[1][7] = "3"
    rows[1][13] = "TS100-WH-L"
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, rows))
    assert (res.orders_added, res.orders_updated, res.orders_skipped, res.conflicts) == (0, 1, 0, [])
    o = order(products_db, "3857123456789012345")
    assert (o["district"], o["address"], o["postcode"], o["seller_note"]) == \
        ("滨江区", "网商路699号", "310052", "改地址了")
    assert [ln[:2] for ln in o["lines"]] == [("JN501-DB-28", 1), ("TS100-WH-L", 3)]
    assert o["source"] == "b.csv"


def test_order_closed_on_the_platform_is_cancelled_when_still_open(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))
    rows = [r[:] for r in ORDERS[2:3]]
    rows[0][9] = "交易关闭"
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, rows))
    assert res.orders_updated == 1
    assert order(products_db, "2942657773599346748")["status"] == OrderStatus.CANCELLED


@pytest.mark.parametrize("status", [OrderStatus.SHIPPED, OrderStatus.PACKING])
def test_changed_order_packing_or_shipped_is_a_conflict(products_db, tmp_path, status):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))
    with products_db.session() as s:
        s.execute(sa.update(Order).where(Order.order_no == "2942657773599346748").values(status=status))
    rows = [r[:] for r in ORDERS[2:]]
    rows[0][3] = "北京 北京市 海淀区 中关村大街27号(100080)"
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, rows))
    assert res.conflicts == ["2942657773599346748"]
    assert (res.orders_updated, res.orders_skipped) == (0, 1)  # the shipped order 231… is identical
    o = order(products_db, "2942657773599346748")
    assert (o["district"], o["status"]) == ("朝阳区", status)


def test_shipped_order_in_an_older_export_is_not_a_conflict(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))
    with products_db.session() as s:
        s.execute(sa.update(Order).where(Order.order_no == "2942657773599346748")
                  .values(status=OrderStatus.SHIPPED))
    rows = [r[:] for r in ORDERS[2:3]]
    rows[0][16] = "晨光服饰旗舰店 "  # a different file, the same order, still 等待卖家发货 in it
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, rows))
    assert (res.orders_skipped, res.conflicts) == (1, [])


def test_refund_requested_on_an_order_being_packed_raises_the_flag(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))
    with products_db.session() as s:
        s.execute(sa.update(Order).where(Order.order_no == "2942657773599346748")
                  .values(status=OrderStatus.PACKING))
    rows = [r[:] for r in ORDERS[2:3]]
    rows[0][10] = "买家已经申请退款，等待卖家同意"
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, rows))
    assert res.refund_alerts == ["2942657773599346748"] and res.conflicts == []  # an intercept, not a change
    o = order(products_db, "2942657773599346748")
    assert o["refund_requested"] is True and o["status"] == OrderStatus.PACKING and o["revision"] == 2
    assert [(c.kind, c.order_no, c.detail["row"]) for c in list_cases(products_db)] == [
        ("intercept", "2942657773599346748", 2)]


@pytest.mark.parametrize("status, refund_col, expected, refund", [
    ("买家已付款，等待卖家发货", "", OrderStatus.OPEN, False),
    ("等待卖家发货", "没有申请退款", OrderStatus.OPEN, False),
    ("卖家已发货，等待买家确认", "", OrderStatus.SHIPPED, False),
    ("交易成功", "", OrderStatus.SHIPPED, False),
    ("交易关闭", "", OrderStatus.CANCELLED, False),
    ("退款中", "", OrderStatus.OPEN, True),
    ("买家已付款，等待卖家发货", "买家已经申请退款，等待卖家同意", OrderStatus.OPEN, True),
    ("买家已付款，等待卖家发货", "退款关闭", OrderStatus.OPEN, False),
])
def test_status_mapping(products_db, tmp_path, status, refund_col, expected, refund):
    rows = [r[:] for r in ORDERS[2:3]]
    rows[0][9], rows[0][10] = status, refund_col
    import_file(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    o = order(products_db, "2942657773599346748")
    assert (o["status"], o["refund_requested"]) == (expected, refund)


def test_unpaid_orders_are_ignored(products_db, tmp_path):
    rows = [r[:] for r in ORDERS]
    rows[2][9] = "等待买家付款"
    res = import_file(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert (res.orders_added, res.orders_ignored) == (2, 1)


def test_same_sku_on_two_rows_is_one_line(products_db, tmp_path):
    rows = [ORDERS[2][:], ORDERS[2][:]]
    rows[1][7] = "3"
    import_file(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert [ln[:2] for ln in order(products_db, "2942657773599346748")["lines"]] == [("SK10-WH-F", 8)]


# --------------------------------------------------------------------------------------------- bad files


def bad_orders(tmp_path, edit, headers=ORDER_HEADERS, encoding="utf-8-sig") -> Path:
    rows = [r[:] for r in ORDERS]
    edit(rows)
    return write_csv(tmp_path / "bad.csv", headers, rows, encoding)


def test_missing_required_column(products_db, tmp_path):
    headers = [h if h != "购买数量" else "数目" for h in ORDER_HEADERS]
    err = rejected(products_db, bad_orders(tmp_path, lambda rows: None, headers=headers))
    assert [str(e) for e in err.errors] == ["bad.csv, row 1: missing required column 购买数量 / 宝贝数量 (qty)"]


@pytest.mark.parametrize("edit, expected", [
    (lambda rows: rows[1].__setitem__(0, ""),
     "bad.csv, row 3, column 订单编号 (A): the order number (订单编号) is empty"),
    (lambda rows: rows[2].__setitem__(7, "0"),
     "bad.csv, row 4, column 购买数量 (H): the quantity “0” is not a whole number from 1 to 9999"),
    (lambda rows: rows[2].__setitem__(7, "1.5"),
     "bad.csv, row 4, column 购买数量 (H): the quantity “1.5” is not a whole number from 1 to 9999"),
    (lambda rows: rows[2].__setitem__(7, "两件"),
     "bad.csv, row 4, column 购买数量 (H): the quantity “两件” is not a whole number from 1 to 9999"),
    (lambda rows: rows[3].__setitem__(4, "12345"),
     "bad.csv, row 5, column 联系手机 (E): cannot read the phone number “12345”: expected a mobile "
     "1xxxxxxxxxx or a landline 0xxx-xxxxxxxx"),
    (lambda rows: rows[2].__setitem__(4, "139****1111"),
     "bad.csv, row 4, column 联系手机 (E): cannot read the phone number “139****1111”: expected a mobile "
     "1xxxxxxxxxx or a landline 0xxx-xxxxxxxx (it is masked: export the orders with the full number)"),
    (lambda rows: rows[2].__setitem__(13, "X" * 65),
     "bad.csv, row 4, column 商家编码 (N): the SKU is longer than 64 characters"),
    (lambda rows: rows[2].__setitem__(3, ""),
     "bad.csv, row 4, column 收货地址 (D): the address (收货地址) is empty"),
    (lambda rows: rows[2].__setitem__(9, "火星状态"),
     "bad.csv, row 4, column 订单状态 (J): unknown order status “火星状态”"),
    (lambda rows: rows[2].__setitem__(15, "昨天"),
     "bad.csv, row 4, column 付款时间 (P): cannot read the time “昨天” (expected 2024-11-11 09:30:00)"),
    (lambda rows: rows[1].__setitem__(2, "王五"),
     "bad.csv, row 3, column 收货人姓名 (C): differs from row 2 of the same order 3857123456789012345 "
     "(“王伟” there)"),
    (lambda rows: rows[1].__setitem__(2, ""), None),  # blank order-level cells on a further line are fine
])
def test_bad_row_names_row_and_column(products_db, tmp_path, edit, expected):
    if expected is None:
        assert import_file(products_db, bad_orders(tmp_path, edit)).orders_added == 3
        return
    err = rejected(products_db, bad_orders(tmp_path, edit))
    assert [str(e) for e in err.errors] == [expected]
    assert isinstance(err.errors[0], RowError) and err.errors[0].file == "bad.csv"


def test_errors_are_collected_up_to_twenty(products_db, tmp_path):
    rows = [ORDERS[2][:] for _ in range(30)]
    for n, r in enumerate(rows):
        r[0] = str(1000 + n)
        r[7] = "-1"
    err = rejected(products_db, write_csv(tmp_path / "many.csv", ORDER_HEADERS, rows))
    assert len(err.errors) == 20 and err.more
    assert [e.row for e in err.errors] == list(range(2, 22))
    text = str(err)
    assert text.startswith("many.csv was not imported (nothing was changed): the first 20 problems shown")
    assert "\n  many.csv, row 2, column 购买数量 (H): the quantity “-1” is not a whole number from 1 to 9999" in text


def test_several_kinds_of_errors_in_one_file(products_db, tmp_path):
    def edit(rows):
        rows[0][7] = "x"
        rows[2][13] = "6.9E+12"
    err = rejected(products_db, bad_orders(tmp_path, edit))
    assert [(e.row, e.column) for e in err.errors] == [(2, "购买数量 (H)"), (4, "商家编码 (N)")]


def test_encoding_neither_utf8_nor_gbk(products_db, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(",".join(ORDER_HEADERS).encode("utf-8") + b"\r\n" + b"1,caf\xe9 \xff,x\r\n")
    err = rejected(products_db, path)
    assert len(err.errors) == 1
    assert str(err.errors[0]).startswith("latin.csv, row 2: the text encoding is neither UTF-8 nor GBK/GB18030")


def test_unknown_kind_of_file(products_db, tmp_path):
    err = rejected(products_db, write_csv(tmp_path / "x.csv", ["a", "b"], [["1", "2"]]))
    assert "cannot tell what this file is" in str(err)


def test_empty_and_xls_files(products_db, tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"\xef\xbb\xbf\r\n")
    assert "the file is empty" in str(rejected(products_db, tmp_path / "empty.csv"))
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert "save it as .xlsx" in str(rejected(products_db, tmp_path / "old.xls"))


def test_rejected_file_can_be_imported_once_fixed(products_db, tmp_path):
    rejected(products_db, bad_orders(tmp_path, lambda rows: rows[0].__setitem__(7, "0")))
    res = import_file(products_db, write_csv(tmp_path / "bad.csv", ORDER_HEADERS, ORDERS))
    assert res.orders_added == 3


def test_xlsx_error_rows_are_sheet_rows(products_db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["淘宝订单导出"])  # a title row above the header
    ws.append(ORDER_HEADERS)
    for r in ORDERS:
        ws.append([r[0].strip().removeprefix('="').removesuffix('"')] + r[1:])
    ws["H6"] = 0
    wb.save(tmp_path / "o.xlsx")
    err = rejected(products_db, tmp_path / "o.xlsx")
    assert [(e.row, e.column) for e in err.errors] == [(6, "购买数量 (H)")]


def test_xlsx_order_number_saved_as_a_number(products_db, tmp_path):
    rows = [[r[0].strip().removeprefix('="').removesuffix('"')] + r[1:] for r in ORDERS]
    rows[2][0] = float(rows[2][0])
    err = rejected(products_db, write_xlsx(tmp_path / "o.xlsx", ORDER_HEADERS, rows))
    assert [(e.row, e.column) for e in err.errors] == [(4, "订单编号 (A)")]
    assert "was saved as a number and lost its last digits" in err.errors[0].message


# --------------------------------------------------------------------------------------------- mappings


def test_mapping_save_load_and_generic_import(products_db, tmp_path):
    mapping = {"order_no": "Order ID", "recipient_name": "Name", "phone": "Tel", "address": "Address",
               "sku": "Item", "qty": "Qty", "buyer_note": "Note"}
    save_mapping(products_db, "jd", mapping)
    assert load_mapping(products_db, "jd") == mapping
    assert load_mapping(products_db, "nope") is None
    assert list_mappings(products_db) == ["jd"]
    with products_db.session() as s:
        assert s.get(Setting, "import_mapping:jd") is not None
    save_mapping(products_db, "jd", mapping | {"postcode": "Zip"})  # saved again: replaced
    assert load_mapping(products_db, "jd")["postcode"] == "Zip"

    path = write_csv(tmp_path / "jd.csv", ["Order ID", "Name", "Tel", "Address", "Zip", "Item", "Qty", "Note"], [
        ["JD-1", "周杰", "13600000000", "广东省 深圳市 南山区 科技南十二路2号", "518057", "TS100-WH-M", "2", "快点"],
        ["JD-1", "周杰", "13600000000", "广东省 深圳市 南山区 科技南十二路2号", "518057", "SK10-WH-F", "3", "快点"],
    ])
    res = import_file(products_db, path, mapping="jd")
    assert (res.kind, res.orders_added) == ("generic", 1)
    o = order(products_db, "JD-1")
    assert (o["city"], o["postcode"], o["buyer_note"], o["channel"]) == ("深圳市", "518057", "快点", "jd")
    assert [ln[:2] for ln in o["lines"]] == [("TS100-WH-M", 2), ("SK10-WH-F", 3)]


def test_mapping_errors(products_db, tmp_path):
    with pytest.raises(ValueError, match="unknown fields in the mapping: colour_of_box"):
        save_mapping(products_db, "x", {"colour_of_box": "A"})
    save_mapping(products_db, "x", {"order_no": "单号", "recipient_name": "收件人", "phone": "电话",
                                    "address": "地址", "sku": "编码", "qty": "件数"})
    path = write_csv(tmp_path / "g.csv", ["单号", "收件人", "电话", "地址", "编码"], [["1", "a", "13600000000", "x路1号", "SK10-WH-F"]])
    err = rejected(products_db, path, mapping="x")
    assert [str(e) for e in err.errors] == [
        "g.csv, row 1: the mapping names column “件数” for qty, but the file has no such column",
        "g.csv, row 1: missing required column 购买数量 / 宝贝数量 (qty)"]
    err = rejected(products_db, path, mapping="missing")
    assert "there is no saved column mapping “missing”" in str(err)


# --------------------------------------------------------------------------------------------- demo data


def test_demo_files_import_cleanly(db):
    res = import_file(db, DEMO / "products.csv")
    assert res.products_added == 30
    res = import_file(db, DEMO / "orders_taobao.csv")
    assert (res.kind, res.orders_added, res.conflicts) == ("taobao", 50, [])
    with db.session() as s:
        by_status = dict(s.execute(sa.select(Order.status, sa.func.count()).group_by(Order.status)).all())
        assert by_status == {OrderStatus.OPEN: 49, OrderStatus.SHIPPED: 1}
        assert s.scalar(sa.select(sa.func.count()).where(Order.refund_requested)) == 1
        assert s.scalar(sa.select(sa.func.count()).select_from(Order).where(Order.buyer_note != "")) >= 5
        assert s.scalar(sa.select(sa.func.count()).select_from(Order).where(Order.seller_note != "")) >= 5
        n_lines = dict(s.execute(sa.select(OrderLine.order_id, sa.func.count()).group_by(OrderLine.order_id)).all())
        assert 1 in n_lines.values() and max(n_lines.values()) >= 2
        assert s.scalar(sa.select(sa.func.max(OrderLine.qty))) >= 2
        assert all(len(no) in (18, 19) for no in s.scalars(sa.select(Order.order_no)))
        assert s.scalar(sa.select(sa.func.count()).select_from(Order).where(Order.postcode == "")) == 0
        jeans = s.scalars(sa.select(Product).where(Product.style == "JN501")).all()
        assert len(jeans) >= 4 and all(p.manual_check and "腰围" in p.manual_check for p in jeans)
    assert import_file(db, DEMO / "orders_taobao.csv").already_imported


def test_demo_files_are_what_the_script_makes():
    spec = importlib.util.spec_from_file_location("make_demo", DEMO / "make_demo.py")
    make_demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_demo)
    for name, data in make_demo.render().items():
        assert (DEMO / name).read_bytes() == data, f"{name} is stale: run resources/demo/make_demo.py"
    orders = (DEMO / "orders_taobao.csv").read_bytes()
    orders.decode("gbk")
    with pytest.raises(UnicodeDecodeError):
        orders.decode("utf-8")


# --------------------------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("raw, expected", [
    ("浙江省 杭州市 西湖区 文三路478号华星科技大厦1502室(310012)",
     ("浙江省", "杭州市", "西湖区", "文三路478号华星科技大厦1502室", "310012")),
    ("北京 北京市 朝阳区 建国路88号(100022)", ("北京", "北京市", "朝阳区", "建国路88号", "100022")),
    ("广东省 东莞市 东城街道 东城中路1号（523000）", ("广东省", "东莞市", "", "东城街道 东城中路1号", "523000")),
    ("浙江省 金华市 义乌市 稠城街道 工人北路1号", ("浙江省", "金华市", "义乌市", "稠城街道 工人北路1号", "")),
    ("新疆维吾尔自治区 伊犁哈萨克自治州 伊宁市 解放路1号(835000)",
     ("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", "解放路1号", "835000")),
    ("上海市浦东新区世纪大道100号", ("上海", "上海市", "浦东新区", "世纪大道100号", "")),
    ("浙江省杭州市西湖区文三路478号", ("浙江省", "杭州市", "西湖区", "文三路478号", "")),
    ("文三路478号", ("", "", "", "文三路478号", "")),
])
def test_parse_address(raw, expected):
    a = parse_address(raw)
    assert (a.province, a.city, a.district, a.street, a.postcode) == expected


@pytest.mark.parametrize("raw, expected", [
    ("13812345678", "13812345678"), ("+86 138-1234-5678", "13812345678"), ("8613812345678", "13812345678"),
    ("18400001234-5678", "18400001234-5678"), ("0571-88886666", "0571-88886666"), ("(010)12345678", "01012345678"),
    ("138****5678", None), ("12345", None), ("23812345678", None), ("1381234567", None),
])
def test_parse_phone(raw, expected):
    assert parse_phone(raw) == expected


def test_column_letters():
    assert [column_letter(i) for i in (0, 7, 25, 26, 27, 51, 52)] == ["A", "H", "Z", "AA", "AB", "AZ", "BA"]


def test_importing_does_not_import_qt():
    code = ("import sys, app.services.importing; "
            "sys.exit(1 if any(m.startswith(('PySide6', 'PyQt')) for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
