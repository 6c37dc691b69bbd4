"""Keep stock true (issue 13.7–8): stock reserved by the open orders, an order that would oversell held at
the import and listed (not found out at the station), first paid first served, released when stock comes;
stock never below zero without a counted reason; each SKU's own low level; the count by scanning."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.domain.packflow import Err
from app.models import AuditLog, CaseKind, CaseStatus, ExceptionCase, Order, Product, StockMove
from app.services import stock
from app.services import supervisor as sv
from app.services.importing import import_file
from app.services.reporting import LedgerError, put_setting
from tests.people import who
from tests.services.test_importing import (  # noqa: F401  (fixture)
    ORDER_HEADERS, ORDERS, products_db, write_csv,
)
from tests.services.test_supervisor import ship, station

pytestmark = pytest.mark.both_dbs

SKU, QTY, PAID, NO = 13, 7, 15, 0


def level(db, sku):
    return next(lv for lv in stock.levels(db) if lv.sku == sku)


def oversold(db) -> dict[str, str]:
    with db.session() as s:
        return dict(s.execute(sa.select(Order.order_no, ExceptionCase.reason).join(Order, Order.id == ExceptionCase.order_id)
                              .where(ExceptionCase.kind == CaseKind.OVERSOLD,
                                     ExceptionCase.status == CaseStatus.OPEN)).all())


def test_open_orders_reserve_their_stock(shop):
    lv = level(shop, "TS-BLK-M")   # 10 on the books; T1 and HOLD want one each; REFUND reserves nothing
    assert (lv.stock, lv.reserved, lv.available) == (10, 2, 8)
    assert (level(shop, "SK-GRY").reserved, level(shop, "SK-GRY").available) == (6, 4)


def socks(no: str, qty: int, paid: str) -> list[str]:
    r = ORDERS[2][:]                       # 李娜's socks, SK10-WH-F: 300 on the books
    r[NO], r[QTY], r[PAID] = no, str(qty), paid
    return r


def test_an_order_that_would_oversell_is_held_at_the_import_and_stopped_at_the_scan(products_db, tmp_path):
    res = import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, [
        socks("9001", 200, "2024-11-11 00:00:01"), socks("9002", 150, "2024-11-11 00:00:02"),
        socks("9003", 100, "2024-11-11 00:00:03")]))
    assert res.orders_added == 3 and res.oversold == ["9002"]   # 200 + 100 fit in 300; 150 does not
    assert oversold(products_db) == {"9002": "oversold: the stock of SK10-WH-F does not cover this order after "
                                             "the orders paid before it"}
    assert level(products_db, "SK10-WH-F").available == -150
    assert [lv.sku for lv in stock.levels(products_db, only="short")] == ["SK10-WH-F"]   # before the promotion
    from app.models import Role
    from app.services import auth
    from app.models import Platform, Shop
    with products_db.session() as s:
        auth.add_operator(s, "P01", "王芳", "1234", Role.PACKER, "B1001")
        auth.add_operator(s, "S01", "李静", "999999", Role.SUPERVISOR, "B9001")
        s.add(Shop(code="CG", name="晨光服饰旗舰店", platform=Platform.TAOBAO, sender_name="晨光服饰",
                   sender_phone="0571-88123456", province="浙江省", city="杭州市", district="余杭区",
                   address="良睦路1399号"))
    st = station(products_db)
    st.sign_on("B1001")
    state = st.scan("9002")
    assert state.order is None and state.error.code is Err.ORDER_OVERSOLD
    assert state.error.params["skus"] == "SK10-WH-F"
    # stock arrives: counted at 500, the order is released by itself
    sv.count_stock(products_db, who(products_db, "S01"), "SK10-WH-F", 500, "到货 delivery")
    assert oversold(products_db) == {}
    st.acknowledge()
    assert st.scan("9002").order.order_no == "9002"


def test_first_paid_first_served_even_when_imported_later(products_db, tmp_path):
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, [socks("9001", 200, "2024-11-11 10:00:00")]))
    assert oversold(products_db) == {}
    res = import_file(products_db, write_csv(tmp_path / "b.csv", ORDER_HEADERS,
                                             [socks("9002", 200, "2024-11-11 09:00:00")]))
    assert res.oversold == ["9001"] and set(oversold(products_db)) == {"9001"}   # 9002 was paid first


def test_a_refund_frees_the_stock_and_releases_the_next_order(products_db, tmp_path):
    from app.models import Role
    from app.services import auth
    import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, [
        socks("9001", 200, "2024-11-11 00:00:01"), socks("9002", 150, "2024-11-11 00:00:02")]))
    with products_db.session() as s:
        auth.add_operator(s, "S01", "李静", "999999", Role.SUPERVISOR, "B9001")
    sv.set_intercept(products_db, who(products_db, "S01"), "9001", True, "买家退款")
    assert oversold(products_db) == {}


def test_a_warehouse_that_keeps_no_stock_here_turns_the_hold_off(products_db, tmp_path):
    with products_db.session() as s:
        put_setting(s, stock.OVERSELL_SETTING, "allow")
    res = import_file(products_db, write_csv(tmp_path / "a.csv", ORDER_HEADERS, [socks("9001", 999, "2024-11-11")]))
    assert res.oversold == [] and oversold(products_db) == {}


def test_stock_never_goes_below_zero_without_a_counted_reason(shop):
    with shop.session() as s:
        put_setting(s, stock.OVERSELL_SETTING, "allow")
        s.execute(sa.update(Product).where(Product.sku == "TS-BLK-M").values(stock=0))
    waybill = ship(shop)                                 # the item was in hand: the books were short
    with shop.session() as s:
        assert s.scalar(sa.select(Product.stock).where(Product.sku == "TS-BLK-M")) == 0
        moves = s.execute(sa.select(StockMove.kind, StockMove.delta, StockMove.reason).join(Product)
                          .where(Product.sku == "TS-BLK-M").order_by(StockMove.id)).all()
    assert moves == [("ship", -1, waybill),
                     ("books_short", 1, f"shipped in {waybill} with the books at -1: count this SKU")]
    assert [lv.sku for lv in stock.levels(shop, only="recount")] == ["TS-BLK-M"]
    sv.count_stock(shop, who(shop, "S01"), "TS-BLK-M", 3, "盘点")
    assert stock.levels(shop, only="recount") == []


def test_each_sku_has_its_own_low_level(shop):
    sup = who(shop, "S01")
    assert [lv.sku for lv in stock.levels(shop, only="low")] == ["SK-GRY"]   # 4 available, at or below 5
    stock.set_low_level(shop, sup, "JN-BLU-30", 20, "畅销款 best seller")
    stock.set_low_level(shop, sup, "SK-GRY", 0, "袜子常备")
    assert [lv.sku for lv in stock.levels(shop, only="low")] == ["JN-BLU-30"]
    assert [v.sku for v in sv.low_stock(shop)] == ["JN-BLU-30"]
    with pytest.raises(LedgerError, match="a reason is required"):
        stock.set_low_level(shop, sup, "SK-GRY", 3, "")
    with pytest.raises(LedgerError, match="from 0 to"):
        stock.set_low_level(shop, sup, "SK-GRY", -1, "负数")
    with shop.session() as s:
        assert s.scalar(sa.select(sa.func.count(AuditLog.id)).where(AuditLog.action == "set_low_stock")) == 2


def test_count_by_scanning_a_shelf_and_the_whole_stock(shop):
    sup = who(shop, "S01")
    assert stock.find_item(shop, "6900000000011") == ("TS-BLK-M", "TS01商品")   # a scanned unit
    assert stock.find_item(shop, "SK-GRY")[0] == "SK-GRY"                        # or a typed SKU
    with pytest.raises(LedgerError, match="is no product we know"):
        stock.find_item(shop, "6900000009999")
    shelf = {"TS-BLK-M": 12, "TS-BLK-L": 10}
    sheet = stock.count_sheet(shop, shelf, whole=False)
    assert [(ln.sku, ln.counted, ln.books, ln.difference) for ln in sheet] == [("TS-BLK-M", 12, 10, 2),
                                                                              ("TS-BLK-L", 10, 10, 0)]
    booked = stock.apply_count(shop, sup, shelf, whole=False, reason="A1 货架盘点")
    assert [(ln.sku, ln.difference) for ln in booked] == [("TS-BLK-M", 2)]
    assert level(shop, "TS-BLK-M").stock == 12 and level(shop, "CAP-RED").stock == 10   # other shelves untouched
    # the whole stock: what was not scanned is not there
    booked = stock.apply_count(shop, sup, {"TS-BLK-M": 12, "TS-BLK-L": 10, "JN-BLU-30": 10, "SK-GRY": 10},
                               whole=True, reason="月末盘点")
    assert [(ln.sku, ln.counted) for ln in booked] == [("CAP-RED", 0)]
    with shop.session() as s:
        assert s.scalar(sa.select(sa.func.count(AuditLog.id)).where(AuditLog.action == "stock_count")) == 2
    with pytest.raises(LedgerError, match="no SKU NOPE"):
        stock.apply_count(shop, sup, {"NOPE": 1}, whole=False, reason="x1")
    with pytest.raises(LedgerError, match="a reason is required"):
        stock.apply_count(shop, sup, shelf, whole=False, reason="")


def test_a_count_that_leaves_too_little_holds_the_last_paid_order(shop):
    stock.apply_count(shop, who(shop, "S01"), {"SK-GRY": 5}, whole=False, reason="盘点少了")  # T2 wants 6
    assert set(oversold(shop)) == {"T2"}
