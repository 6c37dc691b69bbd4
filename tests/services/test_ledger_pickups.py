"""Pickups at the dock and the stubs (底单) ledger, on the fixture day."""
import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import AuditLog, Stub
from app.services import pickups as pk
from app.services import stubs as sb
from app.services import supervisor as sv
from app.services.reporting import LedgerError, today
from tests.services.test_ledger_day import day  # noqa: F401  (fixture)


pytestmark = pytest.mark.both_dbs  # what several stations share: SQLite and the PostgreSQL server

def zto_pickup(day, waybills=("T1", "T2", "T3", "T5")):
    p = pk.open_pickup(day.db, day.sup, "ZTO")
    for o in waybills:
        assert pk.scan_parcel(day.db, day.sup, p.id, day.waybill[o]).ok
    return p


def test_parcels_scanned_into_the_pickup_and_refusals_have_clear_codes(day):
    p = pk.open_pickup(day.db, day.sup, "zto")
    assert pk.open_pickup(day.db, day.sup, "ZTO").id == p.id, "one open pickup per courier"
    r = pk.scan_parcel(day.db, day.sup, p.id, day.waybill["T1"])
    assert (r.ok, r.code, r.order_no, r.count, r.weight_g) == (True, "ok", "T1", 1, 220)
    assert pk.scan_parcel(day.db, day.sup, p.id, "T2").ok, "an order number of a one-parcel order works too"
    refusals = {
        day.waybill["T4"]: pk.OTHER_COURIER,      # an SF parcel on the ZTO pile
        day.void_waybill: pk.VOID,
        day.waybill["T1"]: pk.ALREADY_SCANNED,
        "77319999999999": pk.UNKNOWN_PARCEL,
        "HOLD": pk.NOT_SHIPPED,
    }
    for code, expected in refusals.items():
        r = pk.scan_parcel(day.db, day.sup, p.id, code)
        assert not r.ok and r.code == expected, (code, r)
    assert "顺丰" in pk.scan_parcel(day.db, day.sup, p.id, day.waybill["T4"]).message
    assert r.count == 2 and r.weight_g == 220 + 740

    sf = pk.open_pickup(day.db, day.sup, "SF")
    assert pk.scan_parcel(day.db, day.sup, sf.id, day.waybill["T4"]).ok
    other = pk.open_pickup(day.db, day.sup, "YTO")
    r = pk.scan_parcel(day.db, day.sup, other.id, day.waybill["T4"])
    assert r.code == pk.OTHER_COURIER


def test_a_parcel_is_in_one_pickup_only_and_an_intercepted_one_is_kept_back(day):
    p = zto_pickup(day, ("T1",))
    pk.close_pickup(day.db, day.sup, p.id)
    later = pk.open_pickup(day.db, day.sup, "ZTO")
    assert later.id != p.id
    r = pk.scan_parcel(day.db, day.sup, later.id, day.waybill["T1"])
    assert r.code == pk.ALREADY_IN_PICKUP and f"{p.id:04d}" in r.message
    sv.set_intercept(day.db, day.sup, "T5", True, "buyer refund after shipping")
    assert pk.scan_parcel(day.db, day.sup, later.id, day.waybill["T5"]).code == pk.INTERCEPTED
    assert pk.scan_parcel(day.db, day.sup, p.id, day.waybill["T2"]).code == pk.PICKUP_CLOSED


def test_close_gives_the_manifest_count_weight_and_list_and_a_pdf(day):
    p = zto_pickup(day)
    assert [w.count for w in pk.waiting(day.db) if w.courier == "ZTO"] == [1], "T6 still on the floor"
    pk.remove_parcel(day.db, day.sup, p.id, day.waybill["T5"], "wrong pile")
    assert pk.scan_parcel(day.db, day.sup, p.id, day.waybill["T5"]).ok
    m = pk.close_pickup(day.db, day.sup, p.id, courier_person="赵师傅")
    assert m.count == 4 and m.total_weight_g == 220 + 740 + 900 + 220
    assert [ln.order_no for ln in m.lines] == ["T1", "T2", "T3", "T5"]
    assert [ln.n for ln in m.lines] == [1, 2, 3, 4]
    assert m.courier == "ZTO" and m.status == "closed" and m.courier_person == "赵师傅"
    assert m.pickup_no == f"ZTO-{today():%Y%m%d}-{p.id:04d}"
    with pytest.raises(LedgerError, match="closed"):
        pk.close_pickup(day.db, day.sup, p.id)
    pdf = pk.manifest_pdf(day.db, p.id)
    assert pdf.startswith(b"%PDF")
    from pypdf import PdfReader
    import io

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert day.waybill["T3"] in text
    views = pk.list_pickups(day.db, today(), "ZTO")
    assert [(v.count, v.weight_g, v.status) for v in views] == [(4, 2080, "closed")]
    with day.db.session() as s:
        a = s.scalar(select(AuditLog).where(AuditLog.action == "close_pickup"))
        assert a.actor_id == day.sup.id and json.loads(a.after)["count"] == 4
        assert s.scalar(select(AuditLog.reason).where(AuditLog.action == "pickup_remove")) == "wrong pile"


def test_an_empty_pickup_cannot_be_closed(day):
    p = pk.open_pickup(day.db, day.sup, "ZTO")
    with pytest.raises(LedgerError, match="no parcel"):
        pk.close_pickup(day.db, day.sup, p.id)


# ------------------------------------------------------------------------------------------------ stubs
def handed_over(day):
    p = zto_pickup(day)
    pk.close_pickup(day.db, day.sup, p.id, "赵师傅")
    return p


def test_stub_ledger_counts_missing_and_unknown(day):
    handed_over(day)
    got = [sb.receive_stub(day.db, day.sup, day.waybill[o], "ZTO") for o in ("T1", "T2", "T5")]
    assert [g.code for g in got] == ["matched"] * 3 and got[0].day == today() and got[0].order_no == "T1"
    assert sb.receive_stub(day.db, day.sup, day.waybill["T1"], "ZTO").code == sb.DUPLICATE
    assert sb.receive_stub(day.db, day.sup, day.waybill["T4"], "ZTO").code == sb.OTHER_COURIER
    assert sb.receive_stub(day.db, day.sup, "ZT88888888", None).code == sb.NO_COURIER
    unknown = sb.receive_stub(day.db, day.sup, "ZT88888888", "ZTO")
    assert unknown.ok and unknown.code == sb.UNKNOWN
    off = sb.receive_stub(day.db, day.sup, day.waybill["T6"], "ZTO")  # taken without a dock scan
    assert off.code == sb.MATCHED

    led = sb.stub_ledger(day.db, "ZTO", today())
    assert (led.handed_over, led.stubs, led.matched, led.not_handed_over) == (4, 5, 3, 1)  # T6 never docked
    assert [m.waybill_no for m in led.missing] == [day.waybill["T3"]]
    assert led.missing[0].order_no == "T3" and led.missing[0].outcome == "open" and led.missing[0].pickup_no
    assert [u.waybill_no for u in led.unknown] == ["ZT88888888"]
    assert [u.waybill_no for u in led.off_manifest] == [day.waybill["T6"]]
    assert not led.balanced
    counts = sb.day_counts(day.db, today())
    assert [(c.courier, c.handed_over, c.stubs, c.missing, c.unknown) for c in counts] == [("ZTO", 4, 5, 1, 1)]


def test_missing_and_unknown_stubs_are_chased_to_an_outcome(day):
    handed_over(day)
    for o in ("T1", "T2", "T3"):
        sb.receive_stub(day.db, day.sup, day.waybill[o], "ZTO")
    sb.receive_stub(day.db, day.sup, "ZT88888888", "ZTO")
    with pytest.raises(LedgerError, match="reason"):
        sb.chase(day.db, day.sup, "ZTO", day.waybill["T5"], "missing", "denied")
    sb.chase(day.db, day.sup, "ZTO", day.waybill["T5"], "missing", "denied", "快递员说没收到 courier denies pickup")
    sb.chase(day.db, day.sup, "ZTO", "ZT88888888", "unknown", "found", "韵达的底单混进来了")
    led = sb.stub_ledger(day.db, "ZTO", today())
    assert [(m.waybill_no, m.outcome) for m in led.missing] == [(day.waybill["T5"], "denied")]
    assert [(u.waybill_no, u.outcome) for u in led.unknown] == [("ZT88888888", "found")]
    assert sb.open_chases(day.db, "ZTO") == []
    # the courier finds it after all: the stub comes in, the chase closes as found
    sb.chase(day.db, day.sup, "ZTO", day.waybill["T5"], "missing", "open")
    assert [c[2] for c in sb.open_chases(day.db)] == [day.waybill["T5"]]
    sb.receive_stub(day.db, day.sup, day.waybill["T5"], "ZTO")
    led = sb.stub_ledger(day.db, "ZTO", today())
    assert led.missing == () and sb.open_chases(day.db) == []
    # a parcel chased to lost opens a claim and its claim id is on the ledger line
    with day.db.session() as s:
        s.delete(s.scalar(select(Stub).where(Stub.waybill_no == day.waybill["T3"])))
    item = sb.chase(day.db, day.sup, "ZTO", day.waybill["T3"], "missing", "lost", "快递确认丢件", open_claim_amount="239")
    assert item.claim_id is not None
    from app.services import claims

    assert [c.waybill_no for c in claims.list_claims(day.db, kind="lost")] == [day.waybill["T3"]]
    with day.db.session() as s:
        assert s.scalar(select(AuditLog).where(AuditLog.action == "stub_chase").order_by(AuditLog.id.desc())).reason


def test_stubs_older_than_15_days_are_flagged_and_archived_into_a_box(day):
    handed_over(day)
    for o in ("T1", "T2", "T3", "T5"):
        sb.receive_stub(day.db, day.sup, day.waybill[o], "ZTO")
    assert sb.archive_due(day.db) == []
    on = today() + timedelta(days=15)
    due = sb.archive_due(day.db, on)
    assert [(d.courier, d.day, d.stubs, d.age_days) for d in due] == [("ZTO", today(), 4, 15)]
    with pytest.raises(LedgerError, match="15 days"):
        sb.archive(day.db, day.sup, "ZTO", today(), "BOX-2025-11-A")
    from app.services import claims

    claims.open_claim(day.db, day.sup, day.waybill["T5"], "damaged", "外箱压坏 crushed", "49")
    assert sb.archive(day.db, day.sup, "ZTO", today(), "BOX-2025-11-A", on) == 3, "the claim's stub stays apart"
    assert sb.archive_due(day.db, on) == []
    archived = sb.list_stubs(day.db, "ZTO", archived=True)
    assert {a.archive_box for a in archived} == {"BOX-2025-11-A"} and len(archived) == 3
    apart = sb.list_stubs(day.db, set_apart_only="claim")
    assert [(a.waybill_no, a.archived_at) for a in apart] == [(day.waybill["T5"], None)]
    with day.db.session() as s:
        st = s.scalar(select(Stub).where(Stub.waybill_no == day.waybill["T1"]))
        assert st.archived_by == day.sup.id
        assert s.scalar(select(AuditLog).where(AuditLog.action == "archive_stubs")).actor_id == day.sup.id


def test_undeliverable_stub_set_apart_for_the_deduction(day):
    handed_over(day)
    sb.receive_stub(day.db, day.sup, day.waybill["T2"], "ZTO")
    from app.services import claims

    claims.open_claim(day.db, day.sup, day.waybill["T2"], "undeliverable", "地址不详 退回")
    assert [s.waybill_no for s in sb.list_stubs(day.db, set_apart_only="deduction")] == [day.waybill["T2"]]
    sb.set_apart(day.db, day.sup, "ZTO", day.waybill["T2"], "none", "courier delivered after all")
    assert sb.list_stubs(day.db, set_apart_only="deduction") == []
