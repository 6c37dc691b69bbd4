"""Exceptions, overrides and accountability: every rule, the permission matrix, the audit log."""
import json

import pytest
from sqlalchemy import select

from app.domain.packflow import Err, Phase
from app.domain.permissions import MATRIX, Action, Forbidden
from app.models import (
    AuditLog, CaseKind, ExceptionCase, Flag, Order, OrderStatus, Parcel, ParcelStatus, Product, StockMove,
    WaybillNumber, WaybillStatus,
)
from app.services import auth
from app.services import supervisor as sv
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render
from tests.people import ADMIN_PIN, SUPERVISOR_PIN, who




pytestmark = pytest.mark.both_dbs  # what several stations share: SQLite and the PostgreSQL server

@pytest.fixture
def people(shop):
    return who(shop, "B1001"), who(shop, "B9001")


def station(db, name="PACK-01"):
    return StationService(db, name, RecordingPrinter(), render_label=fake_render)


def ship(db, order_no="T1", barcodes=("6900000000011",)):
    st = station(db)
    st.sign_on("B1001")
    st.scan(order_no)
    for b in barcodes:
        st.scan(b)
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    return st.sign_off().waybill_no


def last_audit(db, action):
    with db.session() as s:
        return s.scalar(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id.desc()))


PRIVILEGED = [
    (Action.SET_FLAG, lambda db, a: sv.set_flag(db, a, "T1", Flag.YELLOW, "waiting")),
    (Action.INTERCEPT, lambda db, a: sv.set_intercept(db, a, "T1", True, "buyer refund")),
    (Action.CORRECT_STOCK, lambda db, a: sv.count_stock(db, a, "TS-BLK-M", 3, "count")),
    (Action.REPACK, lambda db, a: sv.repack(db, a, "T2", "start again")),
    (Action.EDIT_ORDER, lambda db, a: sv.edit_order(db, a, "T2", "buyer asked", quantities={1: 1})),
]


@pytest.mark.parametrize("action,call", PRIVILEGED, ids=[a.value for a, _ in PRIVILEGED])
def test_privileged_actions_refused_to_a_packer_allowed_to_a_supervisor_and_audited(shop, people, action, call):
    packer, sup = people
    with pytest.raises(Forbidden):
        call(shop, packer)
    call(shop, sup)
    with shop.session() as s:
        a = s.scalar(select(AuditLog).order_by(AuditLog.id.desc()))
        assert a.actor_id == sup.id and a.reason and a.ts is not None


def test_permission_matrix_is_complete():
    assert set(MATRIX) == set(Action)
    for action, roles in MATRIX.items():
        if action not in (Action.MARK_SHORT, Action.RECEIVE_RETURN):
            assert "packer" not in roles, action


def test_reprint_and_void_refused_to_packer(shop, people):
    packer, sup = people
    wb = ship(shop)
    with pytest.raises(Forbidden):
        sv.reprint(shop, packer, wb, "smudged")
    with pytest.raises(Forbidden):
        sv.void_waybill(shop, packer, wb, "torn")


def test_reason_is_required(shop, people):
    _, sup = people
    with pytest.raises(sv.SupervisorError, match="reason"):
        sv.set_flag(shop, sup, "T1", Flag.YELLOW, " ")


def test_yellow_flag_holds_and_release_clears_the_case(shop, people):
    _, sup = people
    sv.set_flag(shop, sup, "T1", Flag.YELLOW, "等补货")
    st = station(shop)
    st.sign_on("B1001")
    assert st.scan("T1").error.code is Err.ORDER_ON_HOLD
    assert [c.kind for c in sv.list_cases(shop)] == ["hold"]
    sv.set_flag(shop, sup, "T1", Flag.NONE, "stock arrived")
    assert sv.list_cases(shop) == []
    st.acknowledge()
    assert st.scan("T1").phase is Phase.PACKING
    a = last_audit(shop, "set_flag")
    assert json.loads(a.before)["flag"] == "yellow" and json.loads(a.after)["flag"] == "none"


def test_green_blue_purple_flags_do_not_stop_packing(shop, people):
    _, sup = people
    sv.set_flag(shop, sup, "T1", Flag.GREEN, "银行汇款已到账")
    st = station(shop)
    st.sign_on("B1001")
    state = st.scan("T1")
    assert state.phase is Phase.PACKING and state.order.flag == "green"


def test_intercept_stops_at_scan_and_at_sign_off(shop, people):
    _, sup = people
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(225, True)
    sv.set_intercept(shop, sup, "T1", True, "buyer refund")  # arrives while packing
    state = st.sign_off()
    assert state.error.code is Err.ORDER_REFUND
    assert not st.printer.jobs, "nothing prints"
    with shop.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T1")) is not OrderStatus.SHIPPED
    cases = sv.list_cases(shop, kind="intercept")
    assert len(cases) == 1 and cases[0].order_no == "T1"
    sv.resolve_case(shop, sup, cases[0].id, "parcel unpacked, goods back on shelf")
    assert sv.list_cases(shop, kind="intercept") == []


def test_short_pick_holds_the_order_and_queues_it(shop, people):
    packer, sup = people
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T2")
    line = st.state.order.lines[1]
    st.mark_short(line.id, "shelf empty")
    assert st.state.phase is Phase.IDLE
    with shop.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T2"))
        assert o.flag is Flag.YELLOW and "SK-GRY" in o.flag_reason and o.status is OrderStatus.OPEN
    case = sv.list_cases(shop, kind="short_pick")[0]
    assert case.detail["sku"] == "SK-GRY" and case.reason == "shelf empty"
    assert last_audit(shop, "mark_short").actor_id == packer.id


def test_stock_goes_down_on_shipping_and_is_counted_with_a_reason(shop, people):
    _, sup = people
    ship(shop)
    with shop.session() as s:
        assert s.scalar(select(Product.stock).where(Product.sku == "TS-BLK-M")) == 9
    assert sv.count_stock(shop, sup, "TS-BLK-M", 4, "stocktake") == -5
    # low is what is left for new orders: TS-BLK-M 4 less HOLD's 1; SK-GRY 10 less T2's 6
    assert [v.sku for v in sv.low_stock(shop)] == ["TS-BLK-M", "SK-GRY"]
    with shop.session() as s:
        m = s.scalar(select(StockMove).where(StockMove.kind == "count"))
        assert m.delta == -5 and m.reason == "stocktake"


def test_reprint_is_limited_and_logged(shop, people):
    _, sup = people
    wb = ship(shop)
    assert sv.reprint(shop, sup, wb, "label smudged") == 1
    assert sv.reprint(shop, sup, wb, "again") == 2
    with pytest.raises(sv.SupervisorError, match="limit"):
        sv.reprint(shop, sup, wb, "third time")
    assert last_audit(shop, "reprint").entity_id == wb


def test_void_puts_the_number_on_the_void_list_and_the_order_back(shop, people):
    _, sup = people
    wb = ship(shop)
    sv.void_waybill(shop, sup, wb, "label torn")
    with shop.session() as s:
        assert s.scalar(select(WaybillNumber.status).where(WaybillNumber.number == wb)) is WaybillStatus.VOID
        assert s.scalar(select(Parcel.status).where(Parcel.waybill_no == wb)) is ParcelStatus.VOID
        o = s.scalar(select(Order).where(Order.order_no == "T1"))
        assert o.status is OrderStatus.OPEN and o.lines[0].scanned_qty == 0
        assert s.scalar(select(Product.stock).where(Product.sku == "TS-BLK-M")) == 10
    again = ship(shop)
    assert again != wb, "a void number never goes back to the pool"


def test_repack_resets_counts_but_not_a_shipped_order(shop, people):
    _, sup = people
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T2")
    st.scan("6900000000028")
    st.sign_out()
    sv.repack(shop, sup, "T2", "mixed up")
    with shop.session() as s:
        assert s.scalar(select(Order).where(Order.order_no == "T2")).lines[0].scanned_qty == 0
    ship(shop)
    with pytest.raises(sv.SupervisorError, match="void"):
        sv.repack(shop, sup, "T1", "x" * 3)


def test_order_changed_while_on_a_station_is_reverified(shop, people):
    _, sup = people
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T2")
    st.scan("6900000000028")
    st.scan("6900000000028")
    sv.edit_order(shop, sup, "T2", "buyer wants one only", quantities={1: 1})
    state = st.scan("6900000000042")
    assert state.order.lines[0].qty == 1 and state.order.lines[0].scanned == 1
    assert state.order.lines[1].scanned == 0, "the scan that found the change does not count"
    assert st.take_sounds()[-1].value == "error"  # the packer hears it
    assert state.notice == "order_changed"
    st.acknowledge()
    assert st.scan("6900000000042").order.lines[1].scanned == 1
    assert sv.list_cases(shop, kind="order_changed")


def test_force_verify_by_supervisor_at_the_station(shop, people):
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T2")
    with pytest.raises(auth.AuthError):
        st.force_verify_line(st.state.order.lines[1].id, "B1002", "2345", "unreadable")
    state = st.force_verify_line(st.state.order.lines[1].id, "B9001", SUPERVISOR_PIN, "barcode unreadable")
    assert state.order.lines[1].done
    assert last_audit(shop, "force_verify").reason == "barcode unreadable"


def test_return_with_packing_damage_names_the_packer_and_restocks(shop, people):
    packer, sup = people
    wb = ship(shop, "T2", ["6900000000028", "6900000000028"] + ["6900000000042"] * 6)
    result = sv.receive_return(shop, sup, wb, "damaged in box", "damaged", "packing",
                               [("TS-BLK-L", 1, True), ("TS-BLK-L", 1, False)], exchange=[("TS-BLK-M", 1)])
    assert result.packer_on_record == "王芳"
    assert result.restocked == 1 and result.exchange_order_no == "T2-EX1"
    with shop.session() as s:
        ex = s.scalar(select(Order).where(Order.order_no == "T2-EX1"))
        assert ex.flag is Flag.BLUE and ex.status is OrderStatus.OPEN and ex.lines[0].qty == 1
        assert s.scalar(select(Order.flag).where(Order.order_no == "T2")) is Flag.BLUE
    with pytest.raises(sv.SupervisorError):
        sv.receive_return(shop, sup, wb, "x", "intact", "none", [("CAP-RED", 1, True)])


def test_queue_filters(shop, people):
    _, sup = people
    sv.set_flag(shop, sup, "T1", Flag.YELLOW, "waiting for stock")
    sv.set_intercept(shop, sup, "T2", True, "refund")
    assert {c.kind for c in sv.list_cases(shop)} == {"hold", "intercept"}
    assert [c.order_no for c in sv.list_cases(shop, flag="yellow")] == ["T1"]
    assert [c.order_no for c in sv.list_cases(shop, reason_contains="refund")] == ["T2"]
    assert sv.list_cases(shop, min_age_hours=1) == []
    with shop.session() as s:
        assert s.scalar(select(ExceptionCase).where(ExceptionCase.kind == CaseKind.HOLD)).created_by == sup.id


def test_reprint_at_the_station_prints_the_same_number_marked_reprint(shop, people):
    wb = ship(shop)
    st = station(shop, "PACK-02")
    with pytest.raises(auth.AuthError):
        st.reprint("B1002", "2345", wb, "smudged")
    assert st.reprint("B9001", SUPERVISOR_PIN, wb, "smudged") == 1
    job_id, data = st.printer.jobs[-1]
    assert job_id.endswith(f"{wb}~R1") and wb.encode() in data and data.endswith(b"REPRINT")


def test_settings_change_is_admin_only_and_audited(shop, people):
    from app.domain.weight import Tolerance
    from app.models import Role
    from app.services.station import tolerance_from_db

    _, sup = people
    with shop.session() as s:
        auth.add_operator(s, "A01", "管理员", ADMIN_PIN, Role.ADMIN, "B9999")
    admin = who(shop, "B9999")
    with pytest.raises(Forbidden):
        sv.change_setting(shop, sup, "weight_tolerance", {"abs_g": 80, "pct": 3}, "big parcels")
    with pytest.raises(sv.SupervisorError):
        sv.change_setting(shop, admin, "weight_tolerance", {"abs_g": -1, "pct": 3}, "bad")
    sv.change_setting(shop, admin, "weight_tolerance", {"abs_g": 80, "pct": 3}, "big parcels")
    assert tolerance_from_db(shop, Tolerance()) == Tolerance(80, 3)
    a = last_audit(shop, "change_setting")
    assert json.loads(a.after)["value"]["abs_g"] == 80 and a.actor_id == admin.id
