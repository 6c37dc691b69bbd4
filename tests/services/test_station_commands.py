"""Every packer action from the scanner alone: command barcodes through the station service."""
from sqlalchemy import select

from app.domain.commands import Command, barcode
from app.domain.packflow import Err, Phase
from app.models import Order, OrderLine, OrderStatus, ScanEvent
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render

ACK, CHECK, SIGN_OFF = barcode(Command.ACK), barcode(Command.CHECK), barcode(Command.SIGN_OFF)
PUT_BACK, SIGN_OUT, CLOSE = barcode(Command.PUT_BACK), barcode(Command.SIGN_OUT), barcode(Command.CLOSE_PARCEL)


def qty(n):
    return barcode(Command.QTY, n)


def station(db, printer=None):
    st = StationService(db, "PACK-01", printer or RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.weight(0, True)
    return st


def weigh(st):
    st.weight(0, True)
    st.weight(st.state.expected_g, True)


def test_an_error_a_check_and_a_quantity_with_no_key(shop):
    printer = RecordingPrinter()
    st = station(shop, printer)
    st.scan("T2")
    st.scan("6900000000011")                      # wrong size: M, the order wants L
    assert st.state.error.code is Err.WRONG_VARIANT
    st.scan("6900000000028")
    assert st.state.error.params["ignored"] == "6900000000028", "the banner says that scan did not count"
    st.scan(ACK)
    assert st.state.error is None
    st.scan("6900000000028")
    st.scan("6900000000028")
    st.scan("6900000000042")
    st.scan(qty(6))                               # the socks line: 6 in all
    assert [ln.scanned for ln in st.state.order.lines] == [2, 6] and st.state.phase is Phase.WEIGHING
    weigh(st)
    assert st.scan(SIGN_OFF).phase is Phase.DONE and len(printer.jobs) == 1
    st.scan("T3")                                 # jeans: measure the waist
    st.scan("6900000000035")
    assert st.state.phase is Phase.CHECK
    st.scan(CHECK)
    assert st.state.phase is Phase.WEIGHING
    weigh(st)
    st.scan(SIGN_OFF)
    assert st.state.phase is Phase.DONE and len(printer.jobs) == 2
    st.scan(SIGN_OUT)
    assert st.state.phase is Phase.SIGNED_OUT
    with shop.session() as s:
        commands = s.scalars(select(ScanEvent.code).where(ScanEvent.kind == "command")).all()
        assert commands == [ACK, qty(6), SIGN_OFF, CHECK, SIGN_OFF, SIGN_OUT]
        assert s.scalar(select(ScanEvent.result).where(ScanEvent.code == "6900000000011")) == "wrong_variant"


def test_put_back_twice_clears_the_counts_and_releases_the_order(shop):
    st = station(shop)
    st.scan("T2")
    st.scan("6900000000028")
    st.scan(PUT_BACK)
    assert st.state.notice == "confirm_put_back" and st.state.order is not None
    st.scan(PUT_BACK)
    assert st.state.order is None and st.state.phase is Phase.IDLE
    with shop.session() as s:
        order = s.scalar(select(Order).where(Order.order_no == "T2"))
        assert order.status is OrderStatus.OPEN and order.packing_station_id is None
        assert [ln.scanned_qty for ln in s.scalars(select(OrderLine).where(OrderLine.order_id == order.id))] == [0, 0]
        assert s.scalar(select(ScanEvent.qty).where(ScanEvent.kind == "put_back")) == 1


def test_sign_out_mid_order_is_refused_until_the_order_is_put_back(shop):
    st = station(shop)
    st.scan("T2")
    st.scan(SIGN_OUT)
    assert st.state.phase is Phase.PACKING and st.state.error.code is Err.COMMAND_NOT_NOW


def test_a_damaged_command_is_an_error_not_an_unknown_item(shop):
    st = station(shop)
    st.scan("T2")
    st.scan("PSCMD.QTY.0")
    assert st.state.error.code is Err.BAD_COMMAND
    assert [ln.scanned for ln in st.state.order.lines] == [0, 0]


def test_another_order_scanned_mid_order_says_finish_or_put_back_first(shop):
    st = station(shop)
    st.scan("T2")
    st.scan("T1")
    assert st.state.error.code is Err.ORDER_STILL_OPEN
    assert st.state.error.params["open"] == "T2" and st.state.error.params["other"] == "T1"
    assert st.state.order.order_no == "T2"


def test_close_parcel_from_the_scanner(shop):
    st = station(shop)
    st.scan("T2")
    st.scan("6900000000028")
    st.scan(CLOSE)
    assert st.state.phase is Phase.WEIGHING and st.state.partial
