import json

import pytest
from sqlalchemy import func, select

from app.domain.packflow import Err, Phase, Sound
from app.models import AuditLog, Order, OrderLine, OrderStatus, Parcel, ParcelStatus, Product, ScanEvent, WaybillNumber
from app.services.auth import AuthError
from app.services.station import StationService

from tests.fakes import RecordingPrinter, fake_render


pytestmark = pytest.mark.both_dbs  # what several stations share: SQLite and the PostgreSQL server

def station(db, name="PACK-01", printer=None):
    return StationService(db, name, printer or RecordingPrinter(), render_label=fake_render)


def pack_t1(st, weight=225):
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(weight, True)


def test_sign_on_by_badge_and_by_code_and_pin(shop):
    st = station(shop)
    assert st.sign_on("B1001").operator.name == "王芳"
    st.sign_out()
    assert st.sign_on("P02", "2345").operator.name == "张伟"
    st.sign_out()
    with pytest.raises(AuthError) as e:
        st.sign_on("P02", "0000")
    assert e.value.code == "bad_pin"
    with pytest.raises(AuthError) as e:
        st.sign_on("NOPE", "1")
    assert e.value.code == "bad_pin", "an unknown code with a PIN answers like a wrong PIN"
    with pytest.raises(AuthError) as e:
        st.sign_on("NOPE")
    assert e.value.code == "unknown"


def test_wrong_pins_slow_the_next_try_and_the_count_is_saved(shop, monkeypatch):
    from datetime import timedelta

    from app.services import auth

    now = [auth.utcnow()]
    monkeypatch.setattr(auth, "clock", lambda: now[0])
    st = station(shop)
    for _ in range(3):
        with pytest.raises(AuthError):
            st.sign_on("P01", "9999")
    with pytest.raises(AuthError) as e:
        st.sign_on("P01", "1234")
    assert e.value.code == "wait" and e.value.detail == "1"
    now[0] += timedelta(seconds=1)
    assert st.sign_on("P01", "1234").operator.name == "王芳"


def test_pack_one_order_end_to_end(shop):
    printer = RecordingPrinter()
    st = station(shop, printer=printer)
    st.sign_on("B1001")
    assert st.scan("T1").phase is Phase.PACKING
    assert st.scan("6900000000011").phase is Phase.WEIGHING
    st.weight(0, True)
    assert st.weight(225, True).phase is Phase.READY
    state = st.sign_off()
    assert state.phase is Phase.DONE
    assert state.waybill_no == "77310000000001"
    assert printer.jobs and b"77310000000001" in printer.jobs[0][1]
    assert st.take_sounds()[-1] is Sound.DONE
    with shop.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T1"))
        assert o.status is OrderStatus.SHIPPED and o.shipped_at is not None
        p = s.scalar(select(Parcel).where(Parcel.order_id == o.id))
        assert (p.waybill_no, p.weight_g, p.status) == ("77310000000001", 225, ParcelStatus.PRINTED)
        assert p.expected_weight_g == 220  # 200 g T-shirt + 20 g default bag
        assert p.scanned_at <= p.verified_at <= p.weighed_at <= p.printed_at
        assert p.packer_id is not None and p.station_id == st.station_id
        kinds = [(e.kind, e.result) for e in s.scalars(select(ScanEvent).order_by(ScanEvent.id))]
        assert kinds == [("order", "ok"), ("item", "ok"), ("weight", "ok")]
        assert s.scalar(select(Product.stock).where(Product.sku == "TS-BLK-M")) == 9


def test_next_scan_starts_next_order(shop):
    st = station(shop)
    st.sign_on("B1001")
    pack_t1(st)
    st.sign_off()
    assert st.scan("T2").phase is Phase.PACKING
    assert st.state.order.order_no == "T2"


@pytest.mark.parametrize("code,err", [("HOLD", Err.ORDER_ON_HOLD), ("REFUND", Err.ORDER_REFUND),
                                      ("SHIPPED", Err.ORDER_SHIPPED), ("CANCEL", Err.ORDER_CANCELLED),
                                      ("NOSUCH", Err.ORDER_NOT_FOUND)])
def test_orders_that_must_not_ship_are_stopped_at_the_scan(shop, code, err):
    st = station(shop)
    st.sign_on("B1001")
    state = st.scan(code)
    assert state.error.code is err and state.order is None
    assert Sound.ERROR in st.take_sounds()
    if err is Err.ORDER_ON_HOLD:
        assert state.error.params["reason"] == "缺货"
    with shop.session() as s:
        ev = s.scalar(select(ScanEvent).order_by(ScanEvent.id.desc()))
        assert (ev.kind, ev.result) == ("order", err.value)
        assert s.scalar(select(Order.status).where(Order.order_no == code)) != OrderStatus.PACKING


def test_pick_slip_barcode_opens_the_order(shop):
    st = station(shop)
    st.sign_on("B1001")
    assert st.scan("PS-T2").order.order_no == "T2"


def test_an_order_open_on_another_station_is_refused(shop):
    a, b = station(shop, "PACK-01"), station(shop, "PACK-02")
    a.sign_on("B1001")
    b.sign_on("B1002")
    a.scan("T2")
    state = b.scan("T2")
    assert state.error.code is Err.ORDER_ELSEWHERE and state.error.params["station"] == "PACK-01"


def test_every_scan_is_committed_and_a_restart_resumes_the_order(shop):
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T2")
    st.scan("6900000000028")
    st.scan("6900000000042")
    st.type_quantity("4")  # a typed quantity is the line's total: one scanned, three more
    del st  # the program is killed: nothing more is written
    again = station(shop)
    state = again.sign_on("B1001")
    assert state.phase is Phase.PACKING and state.order.order_no == "T2"
    assert [ln.scanned for ln in state.order.lines] == [1, 4]


def test_wrong_item_is_recorded_and_blocks_until_acknowledged(shop):
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T2")
    assert st.scan("6900000000011").error.code is Err.WRONG_VARIANT   # M instead of L
    assert st.scan("6900000000028").order.lines[0].scanned == 0        # blocked
    st.acknowledge()
    assert st.scan("6900000000028").order.lines[0].scanned == 1
    assert st.scan("6900000000059").error.code is Err.NOT_IN_ORDER
    st.acknowledge()
    assert st.scan("123456789").error.code is Err.UNKNOWN_BARCODE
    with shop.session() as s:
        results = [r for r, in s.execute(select(ScanEvent.result).where(ScanEvent.kind == "item")
                                        .order_by(ScanEvent.id))]
    assert results == ["wrong_variant", "unacknowledged", "ok", "not_in_order", "unknown_barcode"]


def test_manual_check_confirmation_is_saved(shop):
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T3")
    assert st.scan("6900000000035").phase is Phase.CHECK
    assert st.confirm_check().phase is Phase.WEIGHING
    with shop.session() as s:
        assert s.scalar(select(OrderLine.manual_checked).join(Order).where(Order.order_no == "T3"))


def test_out_of_tolerance_needs_a_supervisor_and_is_audited(shop):
    st = station(shop)
    st.sign_on("B1001")
    pack_t1(st, weight=600)
    assert st.state.phase is Phase.WEIGHT_OUT
    assert st.sign_off().phase is Phase.WEIGHT_OUT
    with pytest.raises(AuthError) as e:
        st.override("B1002", "2345", "looks fine")  # a packer cannot
    assert e.value.code == "not_supervisor"
    with pytest.raises(AuthError):
        st.override("B9001", "999999", "")  # no reason
    st.override("B9001", "999999", "gift box")
    assert st.state.phase is Phase.READY
    st.sign_off()
    with shop.session() as s:
        a = s.scalar(select(AuditLog).where(AuditLog.action == "override_weight"))
        assert a.reason == "gift box" and json.loads(a.before)["weight_g"] == 600
        assert a.station_id == st.station_id
        p = s.scalar(select(Parcel))
        assert p.weight_override_by == a.actor_id and p.weight_g == 600


def test_sign_off_with_own_badge(shop):
    st = station(shop)
    st.sign_on("B1001")
    pack_t1(st)
    assert st.scan("B1001").phase is Phase.DONE


def test_failed_print_keeps_the_number_and_the_retry_reuses_it(shop):
    printer = RecordingPrinter(fail="paper out")
    st = station(shop, printer=printer)
    st.sign_on("B1001")
    pack_t1(st)
    state = st.sign_off()
    assert state.phase is Phase.READY and state.error.code is Err.PRINT_FAILED
    with shop.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T1")) is OrderStatus.PACKING
        assert s.scalar(select(Parcel.status)) is ParcelStatus.PRINTING
    st.acknowledge()
    assert st.sign_off().phase is Phase.DONE
    with shop.session() as s:
        assert s.scalar(select(func.count()).select_from(Parcel)) == 1
        used = s.scalar(select(func.count()).select_from(WaybillNumber).where(WaybillNumber.status == "used"))
        assert used == 1
    assert len(printer.jobs) == 1


def test_refund_arriving_while_packing_stops_the_print(shop):
    st = station(shop)
    st.sign_on("B1001")
    pack_t1(st)
    with shop.session() as s:
        s.scalar(select(Order).where(Order.order_no == "T1")).refund_requested = True
    state = st.sign_off()
    assert state.error.code is Err.ORDER_REFUND and state.phase is Phase.READY


def test_empty_pool_is_a_clear_error(shop):
    with shop.session() as s:
        s.execute(WaybillNumber.__table__.update().values(status="used"))
    st = station(shop)
    st.sign_on("B1001")
    pack_t1(st)
    state = st.sign_off()
    assert state.error.code is Err.NO_WAYBILL


def test_no_waybill_number_is_handed_out_twice(shop):
    a, b = station(shop, "PACK-01"), station(shop, "PACK-02")
    a.sign_on("B1001")
    b.sign_on("B1002")
    numbers = []
    for st, order, codes in ((a, "T1", ["6900000000011"]), (b, "T2", ["6900000000028", "6900000000028"])):
        st.scan(order)
        for c in codes:
            st.scan(c)
    b.scan("6900000000042")
    b.type_quantity("6")
    for st in (a, b):
        st.weight(0, True)
        st.weight(st.state.expected_g, True)
        numbers.append(st.sign_off().waybill_no)
    assert len(set(numbers)) == 2


def test_abandon_puts_the_order_back(shop):
    st = station(shop)
    st.sign_on("B1001")
    st.scan("T2")
    st.abandon()
    with shop.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T2")) is OrderStatus.OPEN


def test_multi_parcel_order_gets_a_waybill_and_weight_per_parcel(shop):
    from app.models import ParcelLine

    st = station(shop)
    st.sign_on("B1001")
    st.scan("T2")
    st.scan("6900000000028")
    st.scan("6900000000028")
    assert st.close_parcel().phase is Phase.WEIGHING
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    first = st.sign_off().waybill_no
    assert st.state.phase is Phase.PACKING
    with shop.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T2")) is OrderStatus.PACKING
    del st  # killed between parcels: the next start knows what is already out
    st = station(shop)
    st.sign_on("B1001")
    assert [ln.packed for ln in st.state.order.lines] == [2, 0]
    st.scan("6900000000042")
    st.type_quantity("6")
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    second = st.sign_off().waybill_no
    assert st.state.phase is Phase.DONE and first != second
    with shop.session() as s:
        parcels = s.scalars(select(Parcel).order_by(Parcel.id)).all()
        assert [p.waybill_no for p in parcels] == [first, second]
        assert [p.expected_weight_g for p in parcels] == [2 * 210 + 20, 6 * 50 + 20]
        lines = s.execute(select(ParcelLine.parcel_id, ParcelLine.qty).order_by(ParcelLine.id)).all()
        assert [q for _, q in lines] == [2, 6]
        assert s.scalar(select(Order.status).where(Order.order_no == "T2")) is OrderStatus.SHIPPED


def test_a_label_sent_before_a_crash_is_not_printed_again(shop):
    """Crash after the printer took the label but before the parcel was marked printed: the print log
    knows the job is out, so signing off again marks it printed without a second label."""
    printer = RecordingPrinter()
    st = station(shop, printer=printer)
    st.sign_on("B1001")
    pack_t1(st)
    wb = st.sign_off().waybill_no
    with shop.session() as s:  # put the database back as the crash left it
        o = s.scalar(select(Order).where(Order.order_no == "T1"))
        o.status = OrderStatus.PACKING
        p = s.scalar(select(Parcel).where(Parcel.order_id == o.id))
        p.status = ParcelStatus.PRINTING
    again = station(shop, printer=printer)
    assert again.sign_on("B1001").order.order_no == "T1"
    again.weight(0, True)
    again.weight(225, True)
    assert again.sign_off().waybill_no == wb
    assert len(printer.jobs) == 1, "never a second label with the same waybill number"
    with shop.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T1")) is OrderStatus.SHIPPED


@pytest.mark.parametrize("language,marker", [("escpos-raster", b"\x1dv0"), ("tspl", b"SIZE "), ("zpl", b"^XA")])
def test_label_goes_out_in_the_printer_language_with_the_courier_layout(shop, language, marker):
    from app.services.station import label_renderer

    printer = RecordingPrinter()
    st = StationService(shop, "PACK-01", printer, render_label=label_renderer(language, "76x130"))
    st.sign_on("B1001")
    pack_t1(st)
    wb = st.sign_off().waybill_no
    data = printer.jobs[0][1]
    assert marker in data
    if language != "escpos-raster":
        assert wb.encode() in data  # the compact languages carry the number as barcode data
    with shop.session() as s:
        png = s.scalar(select(Parcel.label_png))
    from PIL import Image
    import io
    import zxingcpp

    image = Image.open(io.BytesIO(png))
    assert image.size[0] == 608  # 76 mm at 203 dpi: the size the printer was set to
    assert wb in {r.text for r in zxingcpp.read_barcodes(image.convert("L"))}


def test_the_screen_names_a_municipality_once():
    from app.models import Flag as _Flag
    from app.services.station import order_view

    o = Order(id=1, order_no="X", province="北京", city="北京市", district="朝阳区", recipient_name="陈",
              flag=_Flag.NONE, flag_reason="", buyer_note="", seller_note="", revision=1)
    assert order_view(o).region == "北京市朝阳区"
