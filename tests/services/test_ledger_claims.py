"""Claims register and the evidence sheet; supplies; the personal-data purge; permissions of the ledger."""
import io
import json
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.permissions import MATRIX, Action, Forbidden
from app.models import AuditLog, Order, Parcel
from app.services import claims, figures, pickups, privacy_purge, stubs, supplies
from app.services.reporting import LedgerError, today
from tests.services.test_ledger_day import day  # noqa: F401  (fixture)


# ------------------------------------------------------------------------------------------------ claims
def test_claim_register_status_amounts_and_audit(day):
    stubs.receive_stub(day.db, day.sup, day.waybill["T2"], "ZTO")
    c = claims.open_claim(day.db, day.sup, day.waybill["T2"], "damaged", "外箱破损 box crushed", "188.50")
    assert (c.kind, c.status, c.order_no, c.courier, c.amount_claimed) == ("damaged", "open", "T2", "ZTO",
                                                                         Decimal("188.50"))
    assert c.stub_set_apart and c.claim_no.startswith("CL")
    with pytest.raises(LedgerError, match="already has claim"):
        claims.open_claim(day.db, day.sup, day.waybill["T2"], "lost", "again")
    with pytest.raises(LedgerError, match="never handed"):
        claims.open_claim(day.db, day.sup, day.void_waybill, "lost", "void one")
    claims.update_claim(day.db, day.sup, c.id, "sent to ZTO", status="submitted")
    claims.update_claim(day.db, day.sup, c.id, "ZTO agreed", status="accepted", amount_claimed="150")
    done = claims.update_claim(day.db, day.sup, c.id, "money in", status="paid", amount_recovered="150")
    assert (done.status, done.amount_recovered, done.outstanding) == ("paid", Decimal("150.00"), Decimal("0.00"))
    with pytest.raises(LedgerError, match="more recovered"):
        claims.update_claim(day.db, day.sup, c.id, "typo", amount_recovered="999")
    closed = claims.update_claim(day.db, day.sup, c.id, "filed", status="closed")
    assert closed.closed_at is not None
    with pytest.raises(LedgerError, match="closed"):
        claims.update_claim(day.db, day.sup, c.id, "reopen", status="open")
    claims.open_claim(day.db, day.sup, day.waybill["T4"], "lost", "丢件", "87")
    t = claims.totals(day.db)
    assert (t.count, t.open, t.claimed, t.recovered, t.outstanding) == (2, 1, Decimal("237.00"), Decimal("150.00"),
                                                                         Decimal("87.00"))
    assert [v.waybill_no for v in claims.list_claims(day.db, courier_code="SF")] == [day.waybill["T4"]]
    with day.db.session() as s:
        acts = [a.action for a in s.scalars(select(AuditLog).where(AuditLog.entity == "claim"))]
        assert acts == ["open_claim", "update_claim", "update_claim", "update_claim", "update_claim", "open_claim"]


def test_evidence_sheet_has_order_lines_every_scan_weights_packer_station_and_prints(day):
    c = claims.open_claim(day.db, day.sup, day.waybill["T1"], "lost", "丢件 lost", "59")
    ev = claims.evidence(day.db, day.sup, c.id)
    assert (ev.order_no, ev.waybill_no, ev.packer, ev.station, ev.weight_g, ev.expected_weight_g) == (
        "T1", day.waybill["T1"], "王芳", "PACK-01", 220, 220)
    assert [(ln.sku, ln.qty, ln.scanned, ln.in_parcel) for ln in ev.lines] == [("TS-BLK-M", 1, 1, 1)]
    assert [(sc.kind, sc.code, sc.result) for sc in ev.scans] == [
        ("order", "T1", "ok"), ("item", "6900000000059", "not_in_order"), ("item", "6900000000011", "ok")]
    assert all(sc.operator == "王芳" and sc.at for sc in ev.scans)
    assert [(w.weight_g, w.expected_g, w.result) for w in ev.weights] == [(220, 220, "ok")]
    assert [p.kind for p in ev.prints] == ["print"] and ev.printed_at is not None
    assert ev.phone == "*******5678" and ev.masked, "a supervisor sees the phone masked"
    assert claims.evidence(day.db, day.admin, c.id).phone == "13812345678"
    c5 = claims.open_claim(day.db, day.sup, day.waybill["T5"], "damaged", "破损", "49")
    ev5 = claims.evidence(day.db, day.sup, c5.id)
    assert [p.kind for p in ev5.prints] == ["print", "reprint"] and ev5.prints[1].reason == "smudged 面单模糊"
    pdf = claims.evidence_pdf(day.db, day.sup, c.id)
    assert pdf.startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert day.waybill["T1"] in text and "13812345678" not in text


def test_evidence_of_a_weight_override_names_who_accepted_it(day):
    c = claims.open_claim(day.db, day.sup, day.waybill["T3"], "damaged", "破损", "239")
    ev = claims.evidence(day.db, day.sup, c.id)
    assert ev.override_by == "李静" and [w.result for w in ev.weights] == ["out_of_tolerance"]


# ------------------------------------------------------------------------------------------------ supplies
def test_label_rolls_counted_from_labels_printed_and_reprints(shop):
    from tests.people import who
    from tests.services.test_ledger_day import build_day

    sup = who(shop, "B9001")
    supplies.define_supply(shop, sup, "LBL", "面单纸", "label", per_unit=10, threshold_units=1)
    supplies.define_supply(shop, sup, "BAG", "快递袋 中", "carton:BAG-M", per_unit=5, threshold_units=0, unit_name="pack")
    supplies.define_supply(shop, sup, "TAPE", "胶带", "carton:BOX-*", per_unit=60, threshold_units=0)
    supplies.count_supply(shop, sup, "LBL", units=1, loose=8)      # 18 labels
    supplies.count_supply(shop, sup, "BAG", units=2)               # 10 bags
    d = build_day(shop)
    levels = {lv.code: lv for lv in supplies.levels(shop)}
    # 7 labels printed (6 parcels + the voided one) + 1 reprint
    assert (levels["LBL"].used, levels["LBL"].remaining, levels["LBL"].remaining_units) == (8, 10, 1.0)
    assert levels["LBL"].low and [w.code for w in supplies.warnings(shop)] == ["LBL", "TAPE"], "TAPE: none counted"
    assert (levels["BAG"].used, levels["BAG"].remaining) == (7, 3), "every parcel went in the default bag"
    assert levels["TAPE"].used == 0
    supplies.receive_supply(shop, sup, "LBL", 2, "delivery 送货")
    lv = {lv.code: lv for lv in supplies.levels(shop)}["LBL"]
    assert (lv.remaining, lv.low) == (30, False)
    supplies.use_supply(shop, sup, "LBL", 5, "roll jammed, torn off")
    assert {lv.code: lv for lv in supplies.levels(shop)}["LBL"].remaining == 25
    with pytest.raises(Forbidden):
        supplies.count_supply(shop, d.packer1, "LBL", 3)
    with pytest.raises(LedgerError):
        supplies.define_supply(shop, sup, "X", "x", "pallets", 1, 1)
    assert [lv.code for lv in supplies.ensure_default_supplies(shop, sup)] == [
        "BAG", "BAG-M", "LABEL-100x180", "LBL", "TAPE"]


# ------------------------------------------------------------------------------------------------ purge
def test_personal_data_purged_after_the_retention_and_figures_keep_working(day):
    t = today()
    before = figures.figures(day.db, day.sup, t, t, by="province")
    claims.open_claim(day.db, day.sup, day.waybill["T4"], "lost", "丢件", "87")
    assert privacy_purge.purge_due(day.db) == 0
    with pytest.raises(Forbidden):
        privacy_purge.purge_personal_data(day.db, day.sup)
    privacy_purge.set_retention(day.db, day.admin, 30, "PIPL: keep 30 days")
    assert privacy_purge.retention_days(day.db) == 30
    later = figures.utcnow() + timedelta(days=31)
    res = privacy_purge.purge_personal_data(day.db, day.admin, now=later)
    # T1 T2 T3 T5 T6 shipped and CANCEL cancelled; T6's voided label goes too; T4 has a claim being worked
    assert (res.orders, res.labels, res.kept_for_claims) == (6, 6, 1)
    with day.db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "T1"))
        assert (o.recipient_name, o.phone, o.address, o.province, o.city) == ("", "", "", "浙江省", "杭州市")
        assert s.scalar(select(Order.phone).where(Order.order_no == "T4")) == "13987654321"
        assert s.scalar(select(Parcel.label_png).where(Parcel.waybill_no == day.waybill["T1"])) is None
        a = s.scalar(select(AuditLog).where(AuditLog.action == "purge_personal_data"))
        assert a.actor_id == day.admin.id and json.loads(a.after)["orders"] == 6
        assert s.scalar(select(Order.phone).where(Order.order_no == "T3")) == "", "shipped long ago"
        assert s.scalar(select(Order.phone).where(Order.order_no == "HOLD")) != "", "not shipped: kept"
    assert figures.figures(day.db, day.sup, t, t, by="province") == before
    assert claims.evidence(day.db, day.sup, claims.list_claims(day.db)[0].id).phone != ""
    again = privacy_purge.purge_personal_data(day.db, None, days=30, now=later)
    assert again.orders == 0, "nothing twice"


# ------------------------------------------------------------------------------------------------ permissions
LEDGER_ACTIONS = [Action.MANAGE_PICKUP, Action.RECONCILE, Action.CLAIMS, Action.MANAGE_SUPPLIES,
                  Action.VIEW_FIGURES, Action.VIEW_PHONES, Action.PURGE_PERSONAL_DATA]


def test_ledger_actions_in_the_matrix_and_never_for_a_packer():
    for a in LEDGER_ACTIONS:
        assert "packer" not in MATRIX[a]
    assert MATRIX[Action.VIEW_PHONES] == MATRIX[Action.PURGE_PERSONAL_DATA] == frozenset({"admin"})


PACKER_REFUSED = [
    lambda d: pickups.open_pickup(d.db, d.packer1, "ZTO"),
    lambda d: stubs.receive_stub(d.db, d.packer1, d.waybill["T1"], "ZTO"),
    lambda d: stubs.archive(d.db, d.packer1, "ZTO", today(), "BOX"),
    lambda d: stubs.chase(d.db, d.packer1, "ZTO", d.waybill["T1"], "missing", "lost", "x"),
    lambda d: claims.open_claim(d.db, d.packer1, d.waybill["T1"], "lost", "lost"),
    lambda d: supplies.define_supply(d.db, d.packer1, "L", "l", "label", 1, 1),
    lambda d: figures.figures(d.db, d.packer1, today(), today()),
    lambda d: figures.packer_figures(d.db, d.packer1, today(), today()),
    lambda d: figures.step_times(d.db, d.packer1, today(), today()),
    lambda d: privacy_purge.set_retention(d.db, d.packer1, 30, "x" * 3),
]


@pytest.mark.parametrize("call", PACKER_REFUSED)
def test_a_packer_is_refused(day, call):
    with pytest.raises(Forbidden):
        call(day)
