"""Finding an order by any of its numbers, the filters, paging, privacy masking, an order's complete history and
the day's backlog — on SQLite and on the PostgreSQL server."""
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, update

from app.models import Courier, Flag, Order, Parcel, Pickup, PickupParcel, PickupStatus, Role
from app.services import auth
from app.services import order_find as of
from app.services import supervisor as sv
from app.services.reporting import today
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render
from tests.people import ADMIN_PIN, who

pytestmark = pytest.mark.both_dbs


@pytest.fixture
def day(shop):
    """T1 packed with a weight override, reprinted, voided and packed again; T2 held with a note and edited; the
    orders get buyers, shops, names, phones."""
    with shop.session() as s:
        auth.add_operator(s, "A01", "管理员", ADMIN_PIN, Role.ADMIN, "B9999")
        for no, buyer, name, phone, store in (("T1", "tb_chen", "陈小明", "13812345678", "小美旗舰店"),
                                              ("T2", "tb_li", "李雷", "13900001111", "小美旗舰店"),
                                              ("T3", "tb_li", "韩梅梅", "0571-88123456", "大象童装"),
                                              ("HOLD", "tb_wang", "王五", "13700002222", "大象童装")):
            s.execute(update(Order).where(Order.order_no == no).values(buyer_id=buyer, recipient_name=name,
                                                                       phone=phone, shop=store))
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(st.state.expected_g + 400, True)
    st.override("B9001", "999999", "厚包装")
    first = st.sign_off().waybill_no
    sup = who(shop, "B9001")
    sv.reprint(shop, sup, first, "卡纸")
    sv.void_waybill(shop, sup, first, "面单污损")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    second = st.sign_off().waybill_no
    sv.set_flag(shop, sup, "T2", Flag.YELLOW, "等补货")
    sv.add_note(shop, sup, "T2", "客户要求周五发")
    sv.edit_order(shop, sup, "T2", "客户改数量", quantities={2: 3})
    return shop, sup, first, second


def nos(rows):
    return [r.order_no for r in rows]


KEYS = [
    ("T2", ["T2"]),                  # order number
    ("t2", ["T2"]),                  # … as typed in lower case
    ("tb_li", ["T3", "T2"]),         # buyer ID, newest first
    ("韩梅梅", ["T3"]),               # recipient name
    ("1111", ["T2"]),                # phone, last four digits
    ("3456", ["T3"]),                # … of a landline
    ("SK-GRY", ["T2"]),              # SKU
    (" T2 ", ["T2"]),                # pasted with spaces
    ("nothing-like-it", []),
]


def test_each_key_finds_the_order(day):
    db, *_ = day
    assert [(q, nos(of.search(db, q))) for q, _ in KEYS] == KEYS


def test_a_waybill_finds_its_order_even_a_voided_one(day):
    db, _, first, second = day
    assert nos(of.search(db, second)) == ["T1"]
    assert nos(of.search(db, first)) == ["T1"]
    assert of.resolve(db, second) == of.resolve(db, "T1") == "T1" and of.resolve(db, "NOPE") is None


def test_a_sku_search_lists_every_order_with_it(day):
    db, *_ = day
    assert set(nos(of.search(db, "TS-BLK-M"))) == {"T1", "HOLD", "REFUND", "SHIPPED", "CANCEL"}


def test_each_filter(day):
    db, *_ = day
    F = of.Filters
    assert set(nos(of.search(db, "", F(status="shipped")))) == {"T1", "SHIPPED"}
    assert set(nos(of.search(db, "", F(flag="yellow")))) == {"T2", "HOLD"}
    assert set(nos(of.search(db, "", F(shop="大象童装")))) == {"T3", "HOLD"}
    assert nos(of.search(db, "", F(courier="zto"))) == ["T1"]
    assert nos(of.search(db, "", F(packer="P01"))) == ["T1"]
    assert nos(of.search(db, "", F(has_note=True))) == ["T2"]
    assert "T2" not in nos(of.search(db, "", F(has_note=False)))
    assert nos(of.search(db, "", F(held_reason="等补货"))) == ["T2"]
    assert set(nos(of.search(db, "", F(held_reason="缺货")))) == {"HOLD"}
    d = today()
    assert len(of.search(db, "", F(date_from=d, date_to=d))) == 7
    assert of.search(db, "", F(date_from=d - timedelta(days=3), date_to=d - timedelta(days=1))) == []
    assert nos(of.search(db, "", F(date_field="shipped", date_from=d, date_to=d))) == ["T1"]
    with db.session() as s:
        s.execute(update(Order).where(Order.order_no == "T3").values(
            paid_at=datetime.now(timezone.utc) - timedelta(days=2)))
    two_days_ago = d - timedelta(days=2)
    assert nos(of.search(db, "", F(date_field="paid", date_from=two_days_ago, date_to=two_days_ago))) == ["T3"]
    # filters and a query together
    assert nos(of.search(db, "tb_li", F(flag="yellow"))) == ["T2"]


BAD_FILTERS = [
    (of.Filters(status="lost"), "no such status: lost"),
    (of.Filters(flag="red"), "no such flag: red"),
    (of.Filters(courier="XX"), "no courier XX"),
    (of.Filters(packer="P99"), "no operator P99"),
    (of.Filters(date_field="eaten", date_from=date(2026, 1, 1)),
     "no such date field: eaten (imported, paid or shipped)"),
    (of.Filters(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)),
     "the date range ends (2026-01-01) before it starts (2026-02-01)"),
]


def test_a_bad_filter_is_refused_by_name(day):
    db, *_ = day
    said = []
    for filters, _ in BAD_FILTERS:
        with pytest.raises(of.OrderFindError) as err:
            of.search(db, "", filters)
        said.append((filters, str(err.value)))
    assert said == BAD_FILTERS


def test_paging_gives_every_order_once(day):
    db, *_ = day
    pages = [of.search(db, "", limit=3, offset=o) for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    seen = [r.order_no for p in pages for r in p]
    assert len(seen) == len(set(seen)) == 7
    assert seen == nos(of.search(db, "", limit=100))
    d = of.Filters(date_from=today(), date_to=today())  # within a date range: newest by that date, then id
    dated = [r.order_no for o in (0, 2, 4, 6) for r in of.search(db, "", d, limit=2, offset=o)]
    assert sorted(dated) == sorted(seen) and dated == nos(of.search(db, "", d))
    with pytest.raises(of.OrderFindError):
        of.search(db, "", limit=0)
    with pytest.raises(of.OrderFindError):
        of.search(db, "", offset=-1)
    with pytest.raises(of.OrderFindError, match="at most 64"):
        of.search(db, "x" * 65)


def test_rows_are_light_and_masked_unless_the_viewer_may_see_phones(day):
    db, sup, _, second = day
    row = of.search(db, "T1", viewer=sup)[0]
    assert (row.recipient, row.phone) == ("陈**", "*******5678")
    assert (row.status, row.courier, row.packer, row.lines, row.units, row.waybill) == \
        ("shipped", "ZTO", "王芳", 1, 1, second)
    assert row.shop == "小美旗舰店" and row.buyer_id == "tb_chen" and row.shipped_at is not None
    assert of.search(db, "T1")[0].phone == "*******5678"  # no viewer: masked
    admin = who(db, "B9999")
    row = of.search(db, "T1", viewer=admin)[0]
    assert (row.recipient, row.phone) == ("陈小明", "13812345678")
    detail = of.open_order(db, "T1", viewer=sup)
    assert detail.masked and detail.phone == "*******5678" and "1502" not in detail.address
    assert "文三路478号" in detail.address
    detail = of.open_order(db, "T1", viewer=admin)
    assert not detail.masked and "1502" in detail.address and detail.recipient == "陈小明"


def test_a_disabled_admin_sees_masked(day):
    db, *_ = day
    admin = who(db, "B9999")
    with db.session() as s:
        from app.models import Operator
        s.execute(update(Operator).where(Operator.code == "A01").values(active=False))
    assert of.search(db, "T1", viewer=admin)[0].phone == "*******5678"


def test_open_order_has_lines_notes_flag_and_parcels(day):
    db, _, first, second = day
    d = of.open_order(db, "T2")
    assert [(ln.sku, ln.style, ln.colour, ln.size, ln.ordered, ln.packed) for ln in d.lines] == [
        ("TS-BLK-L", "TS01", "黑色", "L", 2, 0), ("SK-GRY", "SK01", "灰色", "", 3, 0)]
    assert (d.flag, d.flag_reason, d.seller_note, d.status) == ("yellow", "等补货", "客户要求周五发", "open")
    t1 = of.open_order(db, "T1")
    assert [(p.waybill_no, p.status, p.reprints) for p in t1.parcels] == [(first, "void", 1), (second, "printed", 0)]
    assert t1.parcels[0].void_reason == "面单污损" and t1.parcels[1].printed_at is not None
    assert t1.lines[0].packed == 1 and t1.packer == "王芳" and t1.station == "PACK-01"
    with pytest.raises(of.OrderFindError, match="no order NOPE"):
        of.open_order(db, "NOPE")


def test_the_history_has_every_scan_weight_label_reprint_void_hold_override_and_edit(day):
    db, _, first, second = day
    h = of.open_order(db, "T1").history
    kinds = [e.kind for e in h]
    assert kinds[0] == "imported"
    scans = [e for e in h if e.kind == "scan" and e.what in ("order", "item")]
    assert [e.code for e in scans] == ["T1", "6900000000011", "T1", "6900000000011"]
    assert all(e.who == "王芳" and e.station == "PACK-01" and e.result == "ok" for e in scans)
    assert any(e.kind == "scan" and e.what == "weight" for e in h)
    assert [e.code for e in h if e.kind == "weight"] == [first, second]
    assert [e.code for e in h if e.kind == "label"] == [first, second]
    override = [e for e in h if e.kind == "override_weight"]
    assert len(override) == 1 and override[0].who == "李静" and override[0].reason == "厚包装"
    reprint = [e for e in h if e.kind == "reprint"]
    assert len(reprint) == 1 and reprint[0].who == "李静" and reprint[0].reason == "卡纸"
    void = [e for e in h if e.kind == "void_waybill"]
    assert len(void) == 1 and void[0].code == first and void[0].changes["parcel"] == ("printed", "void")
    assert any(e.kind == "case" and e.result == "void" for e in h)
    assert any(e.kind == "stock" and e.qty == 1 for e in h)  # the void put the item back
    assert any(e.kind == "weight_accepted" and e.who == "李静" for e in h)
    assert [e.ts for e in h] == sorted(e.ts for e in h)
    h2 = of.open_order(db, "T2").history
    flag = next(e for e in h2 if e.kind == "set_flag")
    assert flag.who == "李静" and flag.reason == "等补货" and flag.changes["flag"] == ("none", "yellow")
    assert next(e for e in h2 if e.kind == "add_note").reason == "客户要求周五发"
    edit = next(e for e in h2 if e.kind == "edit_order")
    assert edit.reason == "客户改数量" and edit.changes
    # another order's rows never show
    assert not any(e.kind in ("set_flag", "edit_order") for e in h)


def test_a_handover_shows_in_the_history_and_the_backlog(day):
    db, sup, _, second = day
    with db.session() as s:
        parcel = s.scalar(select(Parcel).where(Parcel.waybill_no == second))
        courier = s.scalar(select(Courier).where(Courier.code == "ZTO"))
        now = datetime.now(timezone.utc)
        pk = Pickup(courier_id=courier.id, day=today(), status=PickupStatus.CLOSED, closed_at=now,
                    closed_by=sup.id, courier_person="司机老张")
        s.add(pk)
        s.flush()
        s.add(PickupParcel(pickup_id=pk.id, parcel_id=parcel.id, scanned_by=sup.id))
    h = of.open_order(db, "T1").history
    assert any(e.kind == "picked_up" and e.code == second and e.reason == "司机老张" for e in h)
    assert of.open_order(db, "T1").parcels[1].picked_up_at is not None
    b = of.backlog(db, today())
    assert b.total.picked_up == 1


def test_backlog_per_courier_and_shop(day):
    db, *_ = day
    b = of.backlog(db, today())
    # open and not held: T3 (T2 and HOLD held, REFUND asked for a refund)
    assert (b.total.to_pack, b.total.on_hold, b.total.packed, b.total.picked_up) == (1, 3, 1, 0)
    shops = {r.key: r for r in b.shops}
    assert shops["大象童装"].to_pack == 1 and shops["大象童装"].on_hold == 1
    assert shops["小美旗舰店"].on_hold == 1 and shops["小美旗舰店"].packed == 1
    couriers = {r.key: r for r in b.couriers}
    assert couriers["ZTO"].packed == 1 and couriers[""].to_pack == 1
    assert of.backlog(db, today() - timedelta(days=1)).total.packed == 0


def test_choices_offer_what_is_in_use(day):
    db, *_ = day
    c = of.choices(db)
    assert c.shops == sorted(["小美旗舰店", "大象童装"]) and set(c.held_reasons) == {"等补货", "缺货"}
    assert "ZTO" in c.couriers and ("P01", "王芳") in c.packers and "open" in c.statuses


def test_search_uses_the_indexes_on_sqlite(day):
    """Each key is answered through an index, not by reading every order (SQLite's plan says SCAN orders)."""
    db, *_ = day
    if db.engine.dialect.name != "sqlite":
        return
    from sqlalchemy.dialects import sqlite

    from app.services.order_find import _matching_ids
    for q in ("T2", "1111"):
        sql = str(_matching_ids(q).compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        with db.engine.connect() as c:
            plan = " | ".join(r[-1] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        assert "SCAN orders" not in plan and "SCAN order_line" not in plan, plan
        assert "ix_orders_phone_last4" in plan or q != "1111", plan


def test_migration_0014_adds_the_indexes_and_goes_back(db):
    """Down to 0009 the indexes are gone and a search still answers (slower); up again they are back."""
    from alembic import command
    from sqlalchemy import text

    from app.db import alembic_config

    def names():
        q = ("SELECT name FROM sqlite_master WHERE type = 'index'" if db.engine.dialect.name == "sqlite"
             else "SELECT indexname FROM pg_indexes WHERE tablename IN ('orders', 'audit_log')")
        with db.engine.connect() as c:
            return {r[0] for r in c.execute(text(q))}

    wanted = {"ix_orders_buyer_id", "ix_orders_recipient_name", "ix_orders_phone_last4", "ix_orders_imported_at",
              "ix_orders_paid_at", "ix_orders_flag_reason", "ix_audit_log_entity"}
    assert wanted <= names()
    command.downgrade(alembic_config(db.engine), "0009")
    assert not wanted & names()
    assert of.search(db, "anything") == []
    command.upgrade(alembic_config(db.engine), "head")
    assert wanted <= names()


def test_a_number_many_orders_share_is_looked_for_in_its_newest_orders(day, monkeypatch):
    db, *_ = day
    monkeypatch.setattr(of, "MAX_MATCHES", 2)
    assert nos(of.search(db, "TS-BLK-M")) == ["CANCEL", "SHIPPED"]
    assert nos(of.search(db, "T1")) == ["T1"]
