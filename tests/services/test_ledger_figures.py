"""Figures of the fixture day: per day/week/month, per courier, shop, channel, province, packer and
complexity; packer pace, errors and overrides; step times; the stored summaries equal the live sums; exports."""
import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from app.models import Order, Parcel, ReportDay, ReportDone
from app.services import figures as fg
from app.services import reports_pdf
from app.services import supervisor as sv
from app.services.reporting import today
from tests.services.test_ledger_day import day  # noqa: F401  (fixture)


def rows(day, **kw):
    t = today()
    return [(r.key, r.orders, r.parcels, r.items, r.amount, r.weight_g)
            for r in fg.figures(day.db, day.sup, t, t, **kw)]


def test_the_days_totals_and_every_split(day):
    assert rows(day) == [("", 6, 6, 15, Decimal("674.50"), 2630)]
    assert rows(day, by="courier") == [("SF", 1, 1, 3, Decimal("87.00"), 320),
                                       ("ZTO", 5, 5, 12, Decimal("587.50"), 2310)]
    assert rows(day, by="packer") == [(str(day.packer1.id), 3, 3, 10, Decimal("486.50"), 1860),
                                      (str(day.packer2.id), 3, 3, 5, Decimal("188.00"), 770)]
    assert rows(day, by="complexity") == [("mixed", 1, 1, 8, Decimal("188.50"), 740),
                                          ("multi_unit", 1, 1, 3, Decimal("87.00"), 320),
                                          ("single", 4, 4, 4, Decimal("399.00"), 1570)]
    assert [k for k, *_ in rows(day, by="province")] == ["上海市", "广东省", "江苏省", "浙江省"]
    assert rows(day, by="shop") == [("二号店", 1, 1, 3, Decimal("87.00"), 320),
                                    ("小美旗舰店", 5, 5, 12, Decimal("587.50"), 2310)]
    assert [(k, o) for k, o, *_ in rows(day, by="channel")] == [("jd", 1), ("taobao", 4), ("tmall", 1)]
    labels = [r.label for r in fg.figures(day.db, day.sup, today(), today(), by="packer")]
    assert labels == ["王芳", "张伟"]
    t = today()
    week = fg.figures(day.db, day.sup, t - timedelta(days=6), t, period="week")
    assert sum(r.orders for r in week) == 6 and week[-1].period.startswith(f"{t.isocalendar()[0]}-W")
    month = fg.figures(day.db, day.sup, t.replace(day=1), t, period="month")
    assert [(r.period, r.orders) for r in month] == [(f"{t:%Y-%m}", 6)]


def test_packer_pace_errors_overrides_reprints_voids_by_complexity(day):
    t = today()
    out = {(r.packer, r.complexity): r for r in fg.packer_figures(day.db, day.sup, t, t)}
    wang, zhang = out[("王芳", "all")], out[("张伟", "all")]
    # 王芳: a wrong item on T1 and T3's weight out of tolerance caught, T3's weight accepted by the supervisor
    assert (wang.orders, wang.items, wang.errors, wang.overrides, wang.reprints, wang.voids) == (3, 10, 2, 1, 0, 0)
    assert (zhang.orders, zhang.items, zhang.errors, zhang.overrides, zhang.reprints, zhang.voids) == (3, 5, 0, 0, 1, 1)
    assert (out[("王芳", "single")].errors, out[("王芳", "single")].overrides) == (2, 1)
    assert out[("王芳", "mixed")].items == 8 and out[("张伟", "multi_unit")].items == 3
    assert wang.active_hours == 1 and wang.orders_per_active_hour == 3.0


def test_step_times_show_the_slow_step(day):
    with day.db.session() as s:
        for p in s.scalars(select(Parcel).where(Parcel.status == "printed")):
            t0 = p.printed_at - timedelta(seconds=100)
            slow_weigh = p.packer_id == day.packer2.id
            p.scanned_at = t0
            p.verified_at = t0 + timedelta(seconds=30)
            p.weighed_at = t0 + timedelta(seconds=90 if slow_weigh else 40)
    t = today()
    steps = {r.label: r for r in fg.step_times(day.db, day.sup, t, t, by="packer")}
    assert (steps["王芳"].scan_to_verify_s, steps["王芳"].verify_to_weigh_s, steps["王芳"].weigh_to_print_s) == (
        30.0, 10.0, 60.0)
    assert steps["王芳"].slowest.startswith("weigh → print")
    assert (steps["张伟"].verify_to_weigh_s, steps["张伟"].slowest[:15]) == (60.0, "verify → weigh ")
    overall = fg.step_times(day.db, day.sup, t, t)[0]
    assert overall.parcels == 6 and overall.total_s == 100.0
    pace = {(r.packer, r.complexity): r for r in fg.packer_figures(day.db, day.sup, t, t)}
    assert pace[("王芳", "all")].pack_hours == round(300 / 3600, 2)
    assert pace[("王芳", "all")].orders_per_hour == 36.0  # 3 orders in 300 s of packing


def test_finished_days_are_summarised_and_equal_the_live_figures(day, monkeypatch):
    t = today()
    live = fg.figures(day.db, day.sup, t, t, by="courier")
    live_packers = fg.packer_figures(day.db, day.sup, t, t)
    monkeypatch.setattr(fg, "today", lambda: t + timedelta(days=1))  # the day is over
    stored = fg.figures(day.db, day.sup, t, t, by="courier")
    assert stored == live and fg.packer_figures(day.db, day.sup, t, t) == live_packers
    with day.db.session() as s:
        assert s.get(ReportDone, t) is not None
        assert s.scalar(select(ReportDay.orders).where(ReportDay.day == t, ReportDay.dim == "all",
                                                       ReportDay.complexity == "single")) == 4
        s.execute(update(ReportDay).where(ReportDay.day == t).values(orders=999))  # proves it reads the summary
    assert fg.figures(day.db, day.sup, t, t)[0].orders == 999 * 3
    assert fg.rebuild(day.db, day.sup, t, t) == 1
    assert fg.figures(day.db, day.sup, t, t)[0].orders == 6
    # a void after the day was summarised takes the parcel off that day by itself
    sv.void_waybill(day.db, day.sup, day.waybill["T1"], "found in the warehouse 未发出")
    after = fg.figures(day.db, day.sup, t, t)[0]
    assert (after.orders, after.parcels) == (5, 5)


def test_exports_neutralise_formulas(day):
    with day.db.session() as s:
        s.execute(update(Order).where(Order.order_no == "T4").values(shop="=HYPERLINK(\"http://evil\")"))
    t = today()
    data = fg.figures(day.db, day.sup, t, t, by="shop")
    text = fg.export(data, "csv").decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert "'=HYPERLINK(\"http://evil\")" in cells and not any(c.startswith(("=", "+", "@")) for c in cells)
    ws = load_workbook(io.BytesIO(fg.export(data, "xlsx", "按店铺"))).active
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "'=HYPERLINK(\"http://evil\")" in values and ws.title == "按店铺"
    assert fg.export_pdf(fg.packer_figures(day.db, day.sup, t, t), "打包员 packers").startswith(b"%PDF")


def test_documents_fall_back_to_plain_tables(day, monkeypatch):
    """Without the labels engineer's layouts the manifest and evidence still print."""
    from app.services import claims, pickups

    monkeypatch.setattr(reports_pdf, "_documents", lambda: None)
    p = pickups.open_pickup(day.db, day.sup, "SF")
    pickups.scan_parcel(day.db, day.sup, p.id, day.waybill["T4"])
    pickups.close_pickup(day.db, day.sup, p.id)
    assert pickups.manifest_pdf(day.db, p.id).startswith(b"%PDF")
    c = claims.open_claim(day.db, day.sup, day.waybill["T4"], "lost", "丢件", "87")
    assert claims.evidence_pdf(day.db, day.sup, c.id).startswith(b"%PDF")


def test_bad_arguments(day):
    from app.services.reporting import LedgerError

    t = today()
    with pytest.raises(LedgerError):
        fg.figures(day.db, day.sup, t, t, by="colour")
    with pytest.raises(LedgerError):
        fg.figures(day.db, day.sup, t, t, period="year")
    with pytest.raises(LedgerError):
        fg.figures(day.db, day.sup, t, t - timedelta(days=1))
