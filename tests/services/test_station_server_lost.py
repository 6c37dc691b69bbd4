"""The shared server lost mid-order, for real: its connection killed (pg_terminate_backend) and the server
stopped and started again (a server of this module's own). Nothing scanned is lost or counted twice, nothing
prints while it is gone, and the station carries on when it is back."""
import time

import pytest
from sqlalchemy import func, select

from app.db import STATION_DEADLINE_S, Database
from app.domain.packflow import Phase
from app.models import Parcel, ScanEvent
from app.services.station import ServerUnreachable, StationService
from tests.fakes import RecordingPrinter, fake_render, line_counts
from tests.pgcluster import PgCluster


@pytest.fixture(scope="module")
def own_cluster():
    # commits survive the server's stop here, as on a warehouse's server (the shared test server trades
    # that for speed: synchronous_commit=off)
    cluster = PgCluster.start(extra=("-c", "synchronous_commit=on"))
    assert cluster.sql("SHOW synchronous_commit") == [("on",)]
    yield cluster
    cluster.destroy()


@pytest.fixture
def db_url(own_cluster):
    yield own_cluster.create_database("lost")
    if not (own_cluster.data / "postmaster.pid").exists():  # a test that stopped it and failed
        own_cluster.pg_ctl_start()
    own_cluster.drop_database("lost")


@pytest.fixture
def db(db_url):
    database = Database(db_url, deadline_s=STATION_DEADLINE_S)  # as a station opens it
    yield database
    database.dispose()




def ok_item_scans(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(ScanEvent.id)).where(ScanEvent.kind == "item", ScanEvent.result == "ok"))


def test_a_killed_connection_is_replaced_and_the_scan_counts_once(own_cluster, shop):
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T2")
    st.scan("6900000000028")
    assert own_cluster.terminate("lost") >= 1
    st.scan("6900000000028")                       # the pool finds the dead connection and opens a new one
    assert not st.offline and line_counts(shop, "T2") == [2, 0] and ok_item_scans(shop) == 2
    assert [ln.scanned for ln in st.state.order.lines] == [2, 0]


def test_the_server_stopped_mid_order_blocks_printing_and_the_station_carries_on_when_it_is_back(own_cluster, shop):
    printer = RecordingPrinter()
    st = StationService(shop, "PACK-01", printer, render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    assert st.state.phase is Phase.READY
    own_cluster.stop("immediate")
    t0 = time.monotonic()
    with pytest.raises(ServerUnreachable):
        st.sign_off()
    assert time.monotonic() - t0 < 3 * STATION_DEADLINE_S
    assert st.offline and not printer.jobs and st.state.phase is Phase.READY
    assert not st.server_answers()
    own_cluster.pg_ctl_start()
    assert st.server_answers() and st.reconnect() and st.state.notice == "back_online"
    assert st.state.order.order_no == "T1" and [ln.scanned for ln in st.state.order.lines] == [1]
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    assert st.sign_off().phase is Phase.DONE and len(printer.jobs) == 1
    with shop.session() as s:
        assert len(s.scalars(select(Parcel)).all()) == 1
    assert ok_item_scans(shop) == 1
