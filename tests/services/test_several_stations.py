"""Several stations on one database: one order, one station; a station that went quiet gives its order up;
a supervisor takes an order off a station and that station is told; the Stations overview. On SQLite and on
the PostgreSQL server."""
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, update

from app.domain.packflow import Err, Phase
from app.models import AuditLog, Order, OrderStatus, Parcel, ScanEvent, Station
from app.services import stations
from app.services.station import StationService
from app.services.supervisor import SupervisorError
from tests.people import who
from tests.fakes import RecordingPrinter, fake_render, line_counts

pytestmark = pytest.mark.both_dbs


def station(db, name, badge):
    st = StationService(db, name, RecordingPrinter(), render_label=fake_render)
    st.sign_on(badge)
    return st






def quiet_for(db, st: StationService, seconds: int) -> None:
    """The station's last heartbeat was `seconds` ago (as if it died then)."""
    with db.session() as s:
        s.execute(update(Station).where(Station.id == st.station_id)
                  .values(last_seen=stations.server_now(s) - timedelta(seconds=seconds)))


def pack_out(st: StationService, *codes: str):
    for c in codes:
        st.scan(c)
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    return st.sign_off()


def test_a_second_station_is_told_who_has_the_order_and_where(db_backend, shop):
    a, b = station(shop, "PACK-01", "B1001"), station(shop, "PACK-02", "B1002")
    a.scan("T2")
    b.scan("T2")
    err = b.state.error
    assert err.code is Err.ORDER_ELSEWHERE
    assert err.params["station"] == "PACK-01" and err.params["operator"] == "王芳"
    assert len(err.params["since"]) == 5 and err.params["since"][2] == ":"  # HH:MM, the station's local time
    with shop.session() as s:
        assert s.scalar(select(Order.packing_station_id).where(Order.order_no == "T2")) == a.station_id


def test_an_order_on_a_station_gone_quiet_goes_to_the_next_station_with_its_counts(db_backend, shop):
    a, b = station(shop, "PACK-01", "B1001"), station(shop, "PACK-02", "B1002")
    a.scan("T2")
    a.scan("6900000000028")
    quiet_for(shop, a, stations.CLAIM_TIMEOUT_S - 5)
    b.scan("T2")
    assert b.state.error.code is Err.ORDER_ELSEWHERE, "not yet past the claim timeout"
    b.acknowledge()
    quiet_for(shop, a, stations.CLAIM_TIMEOUT_S + 5)
    b.scan("T2")
    assert b.state.error is None and b.state.order.order_no == "T2"
    assert b.state.notice == "taken_over" and b.state.notice_params == {"station": "PACK-01"}
    assert [ln.scanned for ln in b.state.order.lines] == [1, 0], "what was counted there comes with it"
    # the first station comes back: its next scan counts nothing and it is told
    a.scan("6900000000028")
    assert a.state.order is None and a.state.notice == "taken_away"
    assert a.state.notice_params == {"order": "T2", "station": "PACK-02"}
    assert line_counts(shop, "T2") == [1, 0]
    with shop.session() as s:
        audit = s.scalar(select(AuditLog).where(AuditLog.action == "claim_lapsed"))
        assert audit.entity_id == "T2"
        assert s.scalar(select(ScanEvent).where(ScanEvent.kind == "claim")).result == "taken_away"


def test_a_supervisor_takes_an_order_over_and_the_station_is_told_at_its_next_heartbeat(db_backend, shop):
    a, b = station(shop, "PACK-01", "B1001"), station(shop, "PACK-02", "B1002")
    a.scan("T2")
    a.scan("6900000000028")
    assert stations.take_over(shop, who(shop, "B9001"), "T2", "packer went home 下班") == "PACK-01"
    a.heartbeat({"scale": "ok"})
    assert a.state.order is None and a.state.notice == "taken_away" and a.state.phase is Phase.IDLE
    b.scan("T2")
    assert b.state.error is None and [ln.scanned for ln in b.state.order.lines] == [1, 0]
    b.scan("6900000000028")
    b.scan("6900000000042")
    b.type_quantity("6")
    b.weight(0, True)
    b.weight(b.state.expected_g, True)
    assert b.sign_off().phase is Phase.DONE
    with shop.session() as s:
        parcels = s.scalars(select(Parcel).join(Order).where(Order.order_no == "T2")).all()
        assert len(parcels) == 1 and parcels[0].station_id == b.station_id
        audit = s.scalar(select(AuditLog).where(AuditLog.action == "take_over"))
        assert audit.entity_id == "T2" and audit.reason == "packer went home 下班"


def test_a_station_signing_off_an_order_taken_from_it_prints_nothing(db_backend, shop):
    a = station(shop, "PACK-01", "B1001")
    a.scan("T1")
    a.scan("6900000000011")
    a.weight(0, True)
    a.weight(a.state.expected_g, True)
    assert a.state.phase is Phase.READY
    stations.take_over(shop, who(shop, "B9001"), "T1", "wrong station")
    a.sign_off()
    assert not a.printer.jobs and a.state.order is None and a.state.notice == "taken_away"
    with shop.session() as s:
        assert s.scalar(select(Order.status).where(Order.order_no == "T1")) is OrderStatus.OPEN
        assert not s.scalars(select(Parcel)).all()


def test_take_over_is_refused_while_a_label_may_be_coming_out_and_for_an_order_on_no_station(db_backend, shop):
    a = station(shop, "PACK-01", "B1001")
    a.printer.fail_mid = "paper out"
    a.scan("T1")
    a.scan("6900000000011")
    a.weight(0, True)
    a.weight(a.state.expected_g, True)
    a.sign_off()
    assert a.state.phase is Phase.LABEL_CHECK
    with pytest.raises(SupervisorError, match="may be coming out"):
        stations.take_over(shop, who(shop, "B9001"), "T1", "stuck")
    with pytest.raises(SupervisorError, match="not open on a station"):
        stations.take_over(shop, who(shop, "B9001"), "T3", "nothing")
    with pytest.raises(SupervisorError, match="no order"):
        stations.take_over(shop, who(shop, "B9001"), "NOPE", "nothing")


def test_the_overview_shows_each_station_live(db_backend, shop):
    a, b = station(shop, "PACK-01", "B1001"), station(shop, "PACK-02", "B1002")
    pack_out(a, "T1", "6900000000011")
    a.heartbeat({"scale": "ok", "printer": "ok", "paper_low": True, "scanner": "wedge"})
    b.scan("T3")
    b.heartbeat({"scale": "offline", "printer": "ok", "paper_low": False, "scanner": "ok"})
    quiet_for(shop, b, stations.ONLINE_S + 20)
    day_start = datetime.now(timezone.utc) - timedelta(hours=2)
    rows = {r.name: r for r in stations.overview(shop, who(shop, "B9001"), day_start)}
    ra, rb = rows["PACK-01"], rows["PACK-02"]
    assert ra.online and ra.operator == "王芳" and ra.order_no == "" and ra.parcels_today == 1
    assert ra.parcels_last_hour == 1 and ra.devices["paper_low"] is True and ra.seconds_ago <= 2
    assert not rb.online and rb.operator == "张伟" and rb.order_no == "T3" and rb.parcels_today == 0
    assert rb.devices["scale"] == "offline" and rb.seconds_ago >= stations.ONLINE_S + 20
    assert ra.host  # the machine's name
