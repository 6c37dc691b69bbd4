"""Imports never lose or invent data (issue #11, items 1–5): re-imports, codes written as numbers,
rows that contradict each other, strict numbers and clean text, files read row by row."""
from __future__ import annotations

import io
import tracemalloc
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.models import Flag, Order, OrderStatus, Product
from app.services.import_values import clean_text, parse_count, parse_money, parse_time, parse_weight_g
from app.services.importing import import_file
from app.services.supervisor import list_cases
from tests.services.test_importing import (
    ORDER_HEADERS, ORDERS, PRODUCT_HEADERS, PRODUCTS, order, products_db, rejected, write_csv, write_xlsx,  # noqa: F401
)

NO = "3857123456789012345"   # the two-line order of ORDERS
NO2 = "2942657773599346748"  # one line of socks


def three_lines() -> list[list[str]]:
    """ORDERS with a third line (socks) on order NO."""
    extra = ORDERS[1][:]
    extra[5], extra[6], extra[7], extra[8], extra[13] = "运动棉袜", "颜色分类:白色;尺码:均码", "2", "9.90", "SK10-WH-F"
    return [r[:] for r in ORDERS[:2]] + [extra] + [r[:] for r in ORDERS[2:]]


def set_status(db, order_no: str, status: OrderStatus) -> None:
    with db.session() as s:
        s.execute(sa.update(Order).where(Order.order_no == order_no).values(status=status))


def cases(db, kind: str | None = None):
    return [c for c in list_cases(db, status=None) if kind is None or c.kind == kind]


# --------------------------------------------------------------------------------------------- 1. re-imports


def test_reimporting_one_row_of_an_open_order_keeps_its_other_lines(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, three_lines()))
    assert len(order(products_db, NO)["lines"]) == 3
    row = ORDERS[1][:]
    row[7] = "4"  # the buyer wants 4 T-shirts instead of 2; the file has only that row
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, [row]))
    assert (res.orders_updated, res.orders_added, res.conflicts, res.held) == (1, 0, [], [])
    o = order(products_db, NO)
    assert [ln[:2] for ln in o["lines"]] == [("JN501-DB-28", 1), ("TS100-WH-M", 4), ("SK10-WH-F", 2)]
    assert o["revision"] == 2, "a station that has the order open must reload it"


def test_reimport_adds_a_line_and_changes_a_size_keeping_what_it_does_not_name(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, three_lines()))
    jeans = ORDERS[0][:]
    jeans[13], jeans[6] = "JN501-DB-30", "颜色分类:深蓝;尺码:30"   # size 28 -> 30: the same style JN501
    tee = ORDERS[1][:]
    tee[13], tee[7] = "TS100-WH-L", "1"                          # an L as well as the M: named below
    tee_m = ORDERS[1][:]
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, [jeans, tee_m, tee]))
    assert res.orders_updated == 1
    o = order(products_db, NO)
    assert [ln[:2] for ln in o["lines"]] == [("JN501-DB-30", 1), ("TS100-WH-M", 2), ("SK10-WH-F", 2),
                                             ("TS100-WH-L", 1)]
    assert o["lines"][0][2] == "直筒牛仔裤 [颜色分类:深蓝;尺码:30]"


def test_without_a_style_the_same_name_tells_a_size_change(db, tmp_path):
    """A products list without 型号: the sizes of one T-shirt share its name, so 28 -> 30 is still a change."""
    headers = ["商家编码", "名称", "颜色", "尺码"]
    import_file(db, write_csv(tmp_path / "p.csv", headers, [["TEE-M", "纯棉T恤", "白", "M"], ["TEE-L", "纯棉T恤", "白", "L"],
                                                            ["SOCK", "棉袜", "白", "均码"]]))
    rows = [ORDERS[2][:], ORDERS[2][:]]
    rows[0][13], rows[1][13] = "TEE-M", "SOCK"
    import_file(db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, rows))
    row = ORDERS[2][:]
    row[13] = "TEE-L"
    assert import_file(db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, [row])).orders_updated == 1
    assert [ln[:2] for ln in order(db, NO2)["lines"]] == [("TEE-L", 5), ("SOCK", 5)]


def test_an_unclear_size_change_holds_the_open_order_and_queues_it(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "xl.csv", ["商家编码", "名称", "型号", "颜色", "尺码"],
                                       [["TS100-WH-XL", "纯棉T恤", "TS100", "白色", "XL"]]))
    rows = three_lines()
    rows[2][13] = "TS100-WH-L"  # the order has an M and an L of the same T-shirt
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, rows))
    xl = ORDERS[1][:]
    xl[13] = "TS100-WH-XL"      # an XL, and neither the M nor the L: which of the two does it replace?
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, [xl]))
    assert (res.held, res.orders_updated) == ([NO], 0)
    o = order(products_db, NO)
    assert [ln[:2] for ln in o["lines"]] == [("JN501-DB-28", 1), ("TS100-WH-M", 2), ("TS100-WH-L", 2)]
    assert o["flag"] == Flag.YELLOW and o["revision"] == 2  # held: the station refuses it at the scan
    (case,) = cases(products_db, "order_changed")
    assert case.order_no == NO and "b.csv row 2" in case.reason
    (entry,) = case.detail["imports"]
    assert entry["held"] is True and entry["changes"] == [
        {"what": "variant", "line": None, "sku": [["TS100-WH-M", "TS100-WH-L"], "TS100-WH-XL"], "qty": [None, 2]}]


@pytest.mark.parametrize("status", [OrderStatus.PACKING, OrderStatus.SHIPPED])
def test_an_order_at_a_station_or_shipped_is_never_changed_the_change_is_queued(products_db, tmp_path, status):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, three_lines()))
    set_status(products_db, NO, status)
    before = order(products_db, NO)
    rows = [r[:] for r in ORDERS[:2]]
    for r in rows:
        r[3] = "浙江省 杭州市 滨江区 网商路699号(310052)"
    rows[1][7] = "3"
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, rows))
    assert (res.conflicts, res.orders_updated) == ([NO], 0)
    assert order(products_db, NO) == before
    (case,) = cases(products_db, "order_changed")
    assert case.order_no == NO and case.status == "open" and "b.csv row 2" in case.reason
    changes = case.detail["imports"][0]["changes"]
    assert {"what": "district", "from": "西湖区", "to": "滨江区"} in changes
    assert {"what": "line", "line": 2, "sku": "TS100-WH-M", "qty": [2, 3]} in changes
    # the same change in tomorrow's export is not queued again; another change joins the open case
    again = write_csv(tmp_path / "c.csv", ORDER_HEADERS, rows + [ORDERS[3]])
    assert import_file(products_db, again).conflicts == [NO]
    assert len(cases(products_db, "order_changed")) == 1
    rows[1][7] = "5"
    import_file(products_db, write_csv(tmp_path / "d.csv", ORDER_HEADERS, rows))
    (case,) = cases(products_db, "order_changed")
    assert [imp["file"] for imp in case.detail["imports"]] == ["b.csv", "d.csv"]


@pytest.mark.parametrize("status", [OrderStatus.PACKING, OrderStatus.SHIPPED])
def test_an_order_closed_on_the_platform_after_it_reached_the_warehouse_is_intercepted(products_db, tmp_path,
                                                                                       status):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))
    set_status(products_db, NO2, status)
    row = ORDERS[2][:]
    row[9] = "交易关闭"
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, [row]))
    assert res.refund_alerts == [NO2]
    o = order(products_db, NO2)
    assert (o["status"], o["refund_requested"]) == (status, True)  # stopped, not silently cancelled
    (case,) = cases(products_db, "intercept")
    assert case.order_no == NO2 and case.detail["closed"] is True


def test_a_reimport_never_clears_a_refund_flag_or_erases_a_note(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))
    with products_db.session() as s:
        o = s.scalar(sa.select(Order).where(Order.order_no == NO))
        o.refund_requested = True                       # set by a supervisor (拦截)
        o.seller_note = "已核对地址\n主管: 换顺丰"         # a supervisor's note under the platform's
    rows = [r[:] for r in ORDERS[:2]]
    for r in rows:
        r[12] = ""                                      # the buyer's message gone from this export
    rows[0][7] = "2"
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, rows))
    assert res.orders_updated == 1
    o = order(products_db, NO)
    assert o["refund_requested"] is True
    assert (o["seller_note"], o["buyer_note"]) == ("已核对地址\n主管: 换顺丰", "请尽快发货")
    rows[0][11] = rows[1][11] = "改: 发中通"
    import_file(products_db, write_csv(tmp_path / "c.csv", ORDER_HEADERS, rows))
    assert order(products_db, NO)["seller_note"] == "改: 发中通\n主管: 换顺丰"


def test_refund_requested_after_shipping_is_intercepted_once(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, ORDERS))
    set_status(products_db, NO2, OrderStatus.SHIPPED)
    row = ORDERS[2][:]
    row[10] = "买家已经申请退款，等待卖家同意"
    assert import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS, [row])).refund_alerts == [NO2]
    row[16] = "晨光服饰旗舰店 "  # another file, the same content
    again = import_file(products_db, write_csv(tmp_path / "c.csv", ORDER_HEADERS, [row]))
    assert (again.already_imported, again.refund_alerts, again.orders_skipped) == (False, [], 1)
    (case,) = cases(products_db, "intercept")
    assert case.detail["already_shipped"] is True


# --------------------------------------------------------------------------------------------- 2. codes as numbers


def test_order_numbers_in_scientific_notation_are_refused_not_merged(products_db, tmp_path):
    rows = [r[:] for r in ORDERS]
    rows[0][0] = rows[1][0] = "3.91E+15"   # Excel wrote 3910000000000001 and 3910000000000002 like this
    rows[2][0] = "3.91E+15"
    err = rejected(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert [(e.row, e.column) for e in err.errors] == [(2, "订单编号 (A)"), (3, "订单编号 (A)"), (4, "订单编号 (A)")]
    assert "scientific notation" in err.errors[0].message


@pytest.mark.parametrize("col, value, column", [
    (0, "3.857123456789E+18", "订单编号 (A)"), (0, "3857123456789012345.0", "订单编号 (A)"),
    (0, "3.91e15", "订单编号 (A)"),
    (4, "1.3812345678E+10", "联系手机 (E)"), (4, "13812345678.0", "联系手机 (E)"),
    (13, "6.9E+12", "商家编码 (N)"), (13, "6901234567892.0", "商家编码 (N)"),
])
def test_codes_written_as_numbers_are_refused(products_db, tmp_path, col, value, column):
    rows = [r[:] for r in ORDERS]
    rows[2][col] = value
    err = rejected(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert [(e.row, e.column) for e in err.errors] == [(4, column)]
    assert value in err.errors[0].message


@pytest.mark.parametrize("col, value, column", [
    (0, "6.9E+12", "商家编码 (A)"), (0, "6901234567892.0", "商家编码 (A)"),
    (6, "6.9E+12", "条码 (G)"), (6, "6901234567892.0", "条码 (G)"), (6, "6.90123456789e+12", "条码 (G)"),
])
def test_product_codes_written_as_numbers_are_refused(db, tmp_path, col, value, column):
    rows = [r[:] for r in PRODUCTS]
    rows[1][col] = value
    err = rejected(db, write_csv(tmp_path / "p.csv", PRODUCT_HEADERS, rows))
    assert [(e.row, e.column) for e in err.errors] == [(3, column)]


def test_xlsx_codes_stored_as_long_numbers_are_refused(products_db, tmp_path):
    rows = [[r[0].strip().removeprefix('="').removesuffix('"')] + r[1:] for r in ORDERS]
    rows[3][13] = 6.901234567892e15   # a 16-digit SKU kept by Excel as a number
    rows[2][4] = 13900001111          # an 11-digit phone as a number is exact: fine
    err = rejected(products_db, write_xlsx(tmp_path / "o.xlsx", ORDER_HEADERS, rows))
    assert [(e.row, e.column) for e in err.errors] == [(5, "商家编码 (N)")]
    assert "lost its last digits" in err.errors[0].message


# --------------------------------------------------------------------------------------------- 3. rows of one order


def test_a_conflicting_status_row_of_the_same_order_is_refused(products_db, tmp_path):
    rows = [r[:] for r in ORDERS]
    rows[0][9] = "等待卖家发货"
    rows[1][9] = "交易关闭"
    err = rejected(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert [str(e) for e in err.errors] == [
        f"o.csv, row 3, column 订单状态 (J): the order status “交易关闭” differs from row 2 of the same order {NO} "
        "(“等待卖家发货” there): one order cannot be both — check it on the platform"]


@pytest.mark.parametrize("col, value", [
    (4, "13999999999"), (11, "另一个备注"), (14, "200.00"), (15, "2024-11-12 00:00:05"), (1, "别人"),
    (16, "另一家店"), (3, "浙江省 杭州市 西湖区 文三路479号(310012)"),
])
def test_every_order_field_of_a_further_row_must_agree(products_db, tmp_path, col, value):
    rows = [r[:] for r in ORDERS]
    rows[1][col] = value
    err = rejected(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert [(e.row, e.message[:len("differs from row 2")]) for e in err.errors] == [(3, "differs from row 2")]


def test_rows_of_one_order_far_apart_are_gathered_and_checked(products_db, tmp_path):
    rows = [ORDERS[0][:], ORDERS[2][:], ORDERS[3][:], ORDERS[1][:]]  # the second line of NO comes last
    res = import_file(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert res.orders_added == 3
    assert [ln[:2] for ln in order(products_db, NO)["lines"]] == [("JN501-DB-28", 1), ("TS100-WH-M", 2)]
    rows[3][2] = "王五"
    rows[3][0] = rows[0][0] = '="4000000000000000009"'
    err = rejected(products_db, write_csv(tmp_path / "p.csv", ORDER_HEADERS, rows))
    assert [(e.row, e.column) for e in err.errors] == [(5, "收货人姓名 (C)")]
    assert "differs from row 2 of the same order 4000000000000000009" in err.errors[0].message


def test_far_apart_rows_across_batches_are_one_order(products_db, tmp_path, monkeypatch):
    from app.services import import_orders
    monkeypatch.setattr(import_orders, "_BATCH", 2)  # so the order's rows meet only in the staging file
    rows = [ORDERS[0][:], ORDERS[2][:], ORDERS[3][:], ORDERS[1][:]]
    rows[3][2] = ""   # blank order-level cells on the far row are fine
    res = import_file(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert res.orders_added == 3
    assert [ln[:2] for ln in order(products_db, NO)["lines"]] == [("JN501-DB-28", 1), ("TS100-WH-M", 2)]
    rows[3][9] = "交易关闭"
    rows[3][0] = rows[0][0] = "4000000000000000009"
    err = rejected(products_db, write_csv(tmp_path / "p.csv", ORDER_HEADERS, rows))
    assert [(e.row, e.column) for e in err.errors] == [(5, "订单状态 (J)")]


# --------------------------------------------------------------------------------------------- 4. numbers and text


@pytest.mark.parametrize("raw", ["1e5", "1_0", "٣", "²", "3.0", "+3", "1,000", "10000", "三", "①", "0x10", "NaN",
                                 "1" * 100_000, " ", "-1"])
def test_quantities_take_only_plain_whole_numbers(products_db, tmp_path, raw):
    rows = [r[:] for r in ORDERS]
    rows[2][7] = raw
    err = rejected(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert [(e.row, e.column) for e in err.errors] == [(4, "购买数量 (H)")]


def test_quantities_in_full_width_digits_are_read_as_digits(products_db, tmp_path):
    rows = [r[:] for r in ORDERS]
    rows[2][7] = "５"
    rows[2][4] = "１３９００００１１１１"
    import_file(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    o = order(products_db, NO2)
    assert (o["lines"][0][1], o["phone"]) == (5, "13900001111")


@pytest.mark.parametrize("col, raw", [(8, "1e3"), (8, "١٠"), (8, "12,34"), (8, "1.999"), (14, "-5"),
                                      (15, "0001-01-01 00:00:00"), (15, "9999-12-31 23:59:59"),
                                      (15, "٢٠٢٤-١١-١١ ٠٩:٣٠:٠٠"), (4, "١٣٨١٢٣٤٥٦٧٨")])
def test_money_times_and_phones_take_only_plain_digits(products_db, tmp_path, col, raw):
    rows = [r[:] for r in ORDERS]
    rows[2][col] = raw
    err = rejected(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert [e.row for e in err.errors] == [4]


@pytest.mark.parametrize("col, raw, column", [
    (8, "1e5", "库存 (I)"), (8, "1_0", "库存 (I)"), (8, "٣", "库存 (I)"), (8, "-1", "库存 (I)"),
    (8, "5.0", "库存 (I)"), (8, "1000001", "库存 (I)"),
    (5, "0.0001", "重量(g) (F)"), (5, "0.4", "重量(g) (F)"), (5, "²", "重量(g) (F)"), (5, "9" * 400, "重量(g) (F)"),
    (5, "1e3", "重量(g) (F)"), (5, "٣٠٠", "重量(g) (F)"), (5, "5 lb", "重量(g) (F)"), (5, "200 kg", "重量(g) (F)"),
    (5, "0.0001 kg", "重量(g) (F)"),
])
def test_stock_and_weights_take_only_plain_numbers_in_a_sane_range(db, tmp_path, col, raw, column):
    rows = [r[:] for r in PRODUCTS]
    rows[1][col] = raw
    err = rejected(db, write_csv(tmp_path / "p.csv", PRODUCT_HEADERS, rows))
    assert [(e.row, e.column) for e in err.errors] == [(3, column)]


@pytest.mark.parametrize("raw, grams", [("620", 620), ("620 g", 620), ("620克", 620), ("0.62 kg", 620),
                                        ("0.62千克", 620), ("６２０", 620), ("620.5", 621), ("0.6", 1), ("0", 0)])
def test_weights_in_grams_or_kilograms(db, tmp_path, raw, grams):
    rows = [r[:] for r in PRODUCTS]
    rows[1][5] = raw
    import_file(db, write_csv(tmp_path / "p.csv", PRODUCT_HEADERS, rows))
    with db.session() as s:
        assert s.scalar(sa.select(Product.weight_g).where(Product.sku == "JN501-DB-30")) == grams


def test_names_and_addresses_lose_control_and_invisible_characters(products_db, tmp_path):
    rows = [r[:] for r in ORDERS]
    rows[2][2] = "李\u200b娜\x1b[31m\u202e"                   # zero-width space, ESC sequence, RTL override
    rows[2][3] = "北京 北京市 朝阳区\r\n建国路88号\u3164SOHO\tA座\u00ad1201室(100022)"
    rows[2][12] = "请\x07放\ufeff门口"
    res = import_file(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert res.orders_added == 3
    o = order(products_db, NO2)
    assert o["recipient_name"] == "李娜[31m"
    assert (o["district"], o["address"]) == ("朝阳区", "建国路88号SOHO A座1201室")
    assert o["buyer_note"] == "请放门口"


def test_blank_lookalike_letters_go_from_a_row_of_plain_text(products_db, tmp_path):
    rows = [r[:] for r in ORDERS]
    rows[2][2] = "李\u3164娜"                             # the Hangul filler: printable, blank
    rows[2][3] = "北京 北京市 朝阳区 建国路88号\u2800\ufe0fSOHO(100022)"
    rows[2][5] = "运动\u115f棉袜"
    import_file(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    o = order(products_db, NO2)
    assert (o["recipient_name"], o["address"], o["lines"][0][2]) == ("李娜", "建国路88号SOHO",
                                                                     "运动棉袜 [颜色分类:白色;尺码:均码]")


def test_a_name_of_nothing_but_invisible_characters_is_empty(products_db, tmp_path):
    rows = [r[:] for r in ORDERS]
    rows[2][2] = "\u200b\u200d\u3164"
    err = rejected(products_db, write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows))
    assert [str(e) for e in err.errors] == ["o.csv, row 4, column 收货人姓名 (C): the recipient's name (收货人姓名) is empty"]


def test_product_text_is_cleaned_too(db, tmp_path):
    rows = [r[:] for r in PRODUCTS]
    rows[0][1] = "直筒\u200e牛仔裤\n"
    rows[0][7] = "测量\x1b腰围"
    import_file(db, write_csv(tmp_path / "p.csv", PRODUCT_HEADERS, rows))
    with db.session() as s:
        p = s.scalar(sa.select(Product).where(Product.sku == "JN501-DB-28"))
        assert (p.name, p.manual_check) == ("直筒牛仔裤", "测量腰围")


@pytest.mark.parametrize("headers, column", [
    (ORDER_HEADERS + ["购买数量"], "购买数量 (H)"),
    (ORDER_HEADERS[:1] + ["订单编号"] + ORDER_HEADERS[1:], "订单编号 (A)"),
    ([h if h != "卖家备注" else "买家留言" for h in ORDER_HEADERS], "买家留言 (L)"),
])
def test_duplicate_header_columns_are_refused(products_db, tmp_path, headers, column):
    rows = [r + ["9"] for r in ORDERS] if len(headers) > len(ORDER_HEADERS) else ORDERS
    err = rejected(products_db, write_csv(tmp_path / "o.csv", headers, rows))
    assert [(e.row, e.column) for e in err.errors] == [(1, column)]
    assert "appears more than once" in err.errors[0].message


def test_duplicate_product_header_is_refused(db, tmp_path):
    err = rejected(db, write_csv(tmp_path / "p.csv", PRODUCT_HEADERS + ["商家编码"], [r + ["X"] for r in PRODUCTS]))
    assert [(e.row, e.column) for e in err.errors] == [(1, "商家编码 (A)")]


def test_value_readers():
    assert [parse_count(s, 1, 9999) for s in ("3", "03", "３", "1e5", "1_0", "٣", "²", "3.0", "10000")] == \
        [3, 3, 3, None, None, None, None, None, None]
    assert parse_money("¥1,299.50") == Decimal("1299.50") and parse_money("1,5") is None
    assert parse_money("1e3") is None and parse_money("49.000") == Decimal("49.00")
    assert parse_weight_g("0.004 kg") == (4, "") and parse_weight_g("0.0004 kg")[0] is None
    assert parse_time("2024-11-11T09:30:00+08:00").isoformat() == "2024-11-11T01:30:00+00:00"
    assert parse_time("0001-01-01 00:00:00") is None
    assert clean_text(" a\u2003\u2003b\u200b ") == "a b"


# --------------------------------------------------------------------------------------------- 5. streaming


def export(path: Path, n: int, first: int) -> Path:
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(ORDER_HEADERS)
    for k in range(first, first + n):
        row = ORDERS[2][:]
        row[0] = str(5_000_000_000_000_000_000 + k)
        row[3] = f"北京 北京市 朝阳区 建国路{k}号SOHO现代城A座{k % 3000}室(100022)"
        row[12] = "请尽快发货，谢谢" * 3
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return path


def test_a_large_export_is_read_row_by_row(products_db, tmp_path, monkeypatch):
    """Memory grows with the batch, not with the file: with batches of 100 orders, an export twice as
    large takes no more memory to import (read whole, it would take about twelve bytes per byte more)."""
    from app.services import import_orders
    monkeypatch.setattr(import_orders, "_BATCH", 100, raising=False)
    with products_db.session() as s:  # stock for every order: what is measured is the reading, not holds
        s.execute(sa.update(Product).where(Product.sku == "SK10-WH-F").values(stock=1_000_000))
    peaks = []
    for n, first in ((2500, 0), (5000, 10_000)):
        path = export(tmp_path / f"orders-{n}.csv", n, first)
        tracemalloc.start()
        try:
            res = import_file(products_db, path)
            peaks.append((path.stat().st_size, tracemalloc.get_traced_memory()[1]))
        finally:
            tracemalloc.stop()
        assert res.orders_added == n
    (small, peak_small), (big, peak_big) = peaks
    assert big > 1_500_000
    assert peak_big - peak_small < (big - small) / 4, \
        f"peak {peak_small:,} -> {peak_big:,} bytes for a file of {small:,} -> {big:,} bytes"


def test_xlsx_with_a_wrong_dimension_loses_no_rows(products_db, tmp_path):
    rows = [[r[0].strip().removeprefix('="').removesuffix('"')] + r[1:] for r in ORDERS]
    good = write_xlsx(tmp_path / "g.xlsx", ORDER_HEADERS, rows)
    bad = tmp_path / "o.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b'<dimension ref="A1:Q5"' in data
                data = data.replace(b'<dimension ref="A1:Q5"', b'<dimension ref="A1:Q3"')  # "3 rows"
            dst.writestr(item, data)
    res = import_file(products_db, bad)
    assert (res.rows, res.orders_added) == (4, 3)


def test_a_stray_quote_that_swallows_rows_is_refused(products_db, tmp_path):
    path = write_csv(tmp_path / "o.csv", ORDER_HEADERS, ORDERS)
    lines = path.read_bytes().split(b"\r\n")
    lines[2] = lines[2].replace("已核对地址".encode(), b'"\xe5\xb7\xb2')   # a quote opens in row 3 …
    lines[4] = lines[4].replace(b",,,", b',",,')                          # … and closes in row 5
    path.write_bytes(b"\r\n".join(lines))
    err = rejected(products_db, path)
    assert [(e.row, e.column) for e in err.errors] == [(3, "L")]
    assert "stray quote" in err.errors[0].message


def test_rows_are_counted_as_the_spreadsheet_shows_them_past_the_sample(products_db, tmp_path):
    """A bad byte far into a UTF-8 file (past the part read to guess the encoding) is named on its row."""
    rows = [ORDERS[2][:] for _ in range(600)]
    for k, r in enumerate(rows):
        r[0] = str(6_000_000_000_000_000_000 + k)
    path = write_csv(tmp_path / "o.csv", ORDER_HEADERS, rows)
    data = path.read_bytes()
    cut = data.index(b"6000000000000000500")
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    assert cut > 1 << 16
    err = rejected(products_db, path)
    assert [e.row for e in err.errors] == [502]
    assert "UTF-8 up to this row" in err.errors[0].message


def test_excel_unicode_text_and_old_mac_line_ends_are_read(products_db, tmp_path):
    """Excel's "Unicode text" is UTF-16 with a BOM and tabs; an old Mac file ends its lines with CR alone."""
    text = "\r\n".join("\t".join(c.lstrip("'").removeprefix('="').removesuffix('"').strip() for c in r)
                       for r in [ORDER_HEADERS, *ORDERS]) + "\r\n"
    (tmp_path / "unicode.txt").write_bytes(text.encode("utf-16"))
    assert import_file(products_db, tmp_path / "unicode.txt").orders_added == 3
    mac = write_csv(tmp_path / "mac.csv", ORDER_HEADERS, [ORDERS[2]])
    mac.write_bytes(mac.read_bytes().replace(b"\r\n", b"\r"))
    res = import_file(products_db, mac)
    assert (res.rows, res.orders_skipped) == (1, 1)


def test_a_file_ascii_at_first_and_gbk_later_is_read_as_gbk(db, tmp_path):
    rows = [[f"SKU-{k}", f"item {k}"] for k in range(4000)] + [["SKU-X", "纯棉T恤"]]
    path = write_csv(tmp_path / "p.csv", ["sku", "name"], rows, encoding="gbk")
    assert path.read_bytes()[:1 << 16].isascii()
    assert import_file(db, path).products_added == 4001
    with db.session() as s:
        assert s.scalar(sa.select(Product.name).where(Product.sku == "SKU-X")) == "纯棉T恤"
