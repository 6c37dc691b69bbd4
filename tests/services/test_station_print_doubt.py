"""A printer fault in the middle of a label never gives two labels for one waybill: the station asks, the
packer scans the label (it is out) or says NOT PRINTED (sent again, logged). A TCP ESC/POS printer on
127.0.0.1 receives the real label bytes."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.devices.printers import open_printer
from app.domain.commands import Command, barcode
from app.domain.packflow import Err, Phase
from app.models import Order, OrderStatus, Parcel, ParcelStatus, PrintJob, PrintJobStatus, ScanEvent
from app.services.station import StationService, label_renderer
from tests.devices.printer_sim import TcpPrinterServer

pytestmark = pytest.mark.both_dbs  # what several stations share: SQLite and the PostgreSQL server

NOT_PRINTED = barcode(Command.NOT_PRINTED)


@pytest.fixture
def tcp():
    srv = TcpPrinterServer()
    yield srv
    srv.close()


def station(db, srv, name="PACK-01"):
    return StationService(db, name, open_printer(srv.url), render_label=label_renderer("escpos-raster", "100x150"))


def ready_t1(st):
    st.sign_on("B1001")
    st.weight(0, True)
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(st.state.expected_g, True)
    assert st.state.phase is Phase.READY


def job(db):
    with db.session() as s:
        return s.scalar(select(PrintJob))


def test_paper_out_mid_label_then_the_label_is_scanned_gives_one_label(shop, tcp):
    st = station(shop, tcp)
    ready_t1(st)
    tcp.paper_out_after(20_000)                     # the roll ends while the label's bytes arrive
    state = st.sign_off()
    assert state.phase is Phase.LABEL_CHECK and state.waybill_no
    assert job(shop).status is PrintJobStatus.UNKNOWN
    st.sign_off()                                   # F12 again: nothing is resent
    st.scan(barcode(Command.SIGN_OFF))
    assert st.state.phase is Phase.LABEL_CHECK and tcp.labels == [] and len(tcp.sim.held) == 1
    tcp.sim.refill()                                # new paper: the printer prints the job it held
    assert len(tcp.labels) == 1
    st.scan(state.waybill_no)                       # the packer scans the label that came out
    assert st.state.phase is Phase.DONE and len(tcp.labels) == 1
    with shop.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T1")) is OrderStatus.SHIPPED
        assert s.scalar(select(Parcel.status)) is ParcelStatus.PRINTED
        row = s.scalar(select(PrintJob))
        assert row.status is PrintJobStatus.SENT and row.attempts == 1 and "scanned the label" in row.error
        assert s.scalar(select(ScanEvent.result).where(ScanEvent.kind == "label")) == "confirmed"


def test_dropped_mid_label_and_not_printed_is_sent_again_once_and_logged(shop, tcp):
    st = station(shop, tcp)
    ready_t1(st)
    tcp.drop_mid_job(20_000)                        # the printer lost the half-received job
    assert st.sign_off().phase is Phase.LABEL_CHECK and tcp.labels == []
    st.scan("6900000000011")                        # an item is not the label
    assert st.state.error.code is Err.LABEL_EXPECTED
    st.scan(barcode(Command.ACK))
    st.scan(NOT_PRINTED)
    assert st.state.phase is Phase.DONE and len(tcp.labels) == 1
    with shop.session() as s:
        row = s.scalar(select(PrintJob))
        assert row.status is PrintJobStatus.SENT and row.attempts == 2 and "no label came out" in row.error
        assert s.scalar(select(ScanEvent.result).where(ScanEvent.kind == "label")) == "not_printed"


def test_a_refusal_before_any_byte_is_a_plain_retry(shop, tcp):
    st = station(shop, tcp)
    ready_t1(st)
    tcp.sim.paper_out = True
    state = st.sign_off()
    assert state.phase is Phase.READY and state.error.code is Err.PRINT_FAILED
    assert state.error.params["message"] == "paper_out" and job(shop).status is PrintJobStatus.FAILED
    st.acknowledge()
    tcp.sim.paper_out = False
    assert st.sign_off().phase is Phase.DONE and len(tcp.labels) == 1


def test_a_station_restarted_with_a_label_in_doubt_asks_again(shop, tcp):
    st = station(shop, tcp)
    ready_t1(st)
    tcp.paper_out_after(20_000)
    waybill = st.sign_off().waybill_no
    st.printer.close()
    del st                                          # the program is closed (or dies) here
    tcp.sim.refill()
    again = station(shop, tcp)
    state = again.sign_on("B1001")
    assert state.phase is Phase.LABEL_CHECK and state.waybill_no == waybill and state.order.order_no == "T1"
    again.scan(waybill)
    assert again.state.phase is Phase.DONE and len(tcp.labels) == 1


def test_the_label_of_a_parcel_weighed_again_after_a_refusal_carries_the_new_weight(shop, tcp):
    labels = []
    render = label_renderer("escpos-raster", "100x150")
    st = StationService(shop, "PACK-01", open_printer(tcp.url),
                        render_label=lambda label: (labels.append(label), render(label))[1])
    ready_t1(st)
    tcp.sim.paper_out = True
    st.sign_off()
    st.acknowledge()
    st.weight(st.state.weight_g + 12, True)        # the parcel settled a little meanwhile
    tcp.sim.paper_out = False
    st.sign_off()
    with shop.session() as s:
        assert s.scalar(select(Parcel.weight_g)) == labels[-1].weight_g == labels[0].weight_g + 12


def test_paper_near_end_is_a_warning_after_the_label_not_a_stop(shop, tcp):
    st = station(shop, tcp)
    ready_t1(st)
    tcp.sim.paper_low = True
    assert st.sign_off().phase is Phase.DONE and len(tcp.labels) == 1
    assert st.paper_low
