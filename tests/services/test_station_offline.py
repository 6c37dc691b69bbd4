"""The database stops answering mid-order: the station says so, keeps what was committed, counts nothing
twice or lost, prints nothing, and carries on when the database is back. The fault is a real DBAPI error
raised from the driver's cursor (SQLAlchemy's before_cursor_execute), as a dropped connection raises it."""
import sqlite3

import pytest
from sqlalchemy import event, select

from app.domain.packflow import Phase
from app.models import Parcel, ScanEvent
from app.services.station import ServerUnreachable, StationService
from tests.fakes import RecordingPrinter, fake_render, line_counts


class Outage:
    def __init__(self, db):
        self.down = False
        event.listen(db.engine, "before_cursor_execute", self._check)

    def _check(self, conn, cursor, statement, params, context, executemany):
        if self.down:
            raise sqlite3.OperationalError("server closed the connection unexpectedly")




def test_a_scan_while_the_server_is_gone_counts_nowhere_and_the_station_carries_on(shop):
    printer = RecordingPrinter()
    st = StationService(shop, "PACK-01", printer, render_label=fake_render)
    outage = Outage(shop)
    st.sign_on("B1001")
    st.scan("T2")
    st.scan("6900000000028")
    assert line_counts(shop, "T2") == [1, 0]
    outage.down = True
    with pytest.raises(ServerUnreachable):
        st.scan("6900000000028")
    assert st.offline and st.state.order.lines[0].scanned == 1, "the flow is as before the failed scan"
    assert not st.reconnect() and st.offline
    outage.down = False
    assert st.reconnect() and not st.offline and st.state.notice == "back_online"
    assert line_counts(shop, "T2") == [1, 0] and st.state.order.lines[0].scanned == 1
    st.scan("6900000000028")                       # scanned again now that it is back: counted once
    assert line_counts(shop, "T2") == [2, 0]


def test_no_label_is_printed_while_the_server_is_gone(shop):
    printer = RecordingPrinter()
    st = StationService(shop, "PACK-01", printer, render_label=fake_render)
    outage = Outage(shop)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    assert st.state.phase is Phase.READY
    outage.down = True
    with pytest.raises(ServerUnreachable):
        st.sign_off()
    assert not printer.jobs and st.state.phase is Phase.READY
    outage.down = False
    st.reconnect()
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    assert st.sign_off().phase is Phase.DONE and len(printer.jobs) == 1
    with shop.session() as s:
        assert len(s.scalars(select(Parcel)).all()) == 1
        ok_scans = s.scalars(select(ScanEvent).where(ScanEvent.kind == "item", ScanEvent.result == "ok")).all()
        assert len(ok_scans) == 1


def test_the_server_gone_right_after_the_label_went_out_asks_about_the_label_never_prints_twice(shop):
    printer = RecordingPrinter()
    st = StationService(shop, "PACK-01", printer, render_label=fake_render)
    outage = Outage(shop)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    real_send = printer.send

    def send_then_outage(job_id, data):
        real_send(job_id, data)
        outage.down = True                          # the network goes as the label comes out

    printer.send = send_then_outage
    with pytest.raises(ServerUnreachable):
        st.sign_off()
    assert len(printer.jobs) == 1
    printer.send = real_send
    outage.down = False
    assert st.reconnect()
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    state = st.sign_off()
    assert state.phase is Phase.LABEL_CHECK and len(printer.jobs) == 1, "in doubt: asked, not resent"
    st.scan(state.waybill_no)
    assert st.state.phase is Phase.DONE and len(printer.jobs) == 1
