"""Every privileged service derives the role from the database, audits a refusal, and every writing action
audits. The services are found by introspection: any public function of an app.services module that takes
`db` and `actor` is privileged, so a new one is in these tests the day it is written."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

import app.services
from app.db import Database
from app.domain.packflow import Operator as Actor
from app.domain.permissions import MATRIX, Action, Forbidden
from app.models import AuditLog, Base, CaseStatus, ExceptionCase, Flag, Operator, Order, Role
from app.services import auth
from app.services.reporting import today
from tests.services.test_ledger_day import Day, build_day

BILLS = Path(__file__).resolve().parent.parent / "fixtures" / "bills"
PRODUCTS_CSV = Path(__file__).resolve().parents[2] / "resources" / "demo" / "products.csv"
DERIVED = {"report_day", "report_done", "report_packer_day"}  # summaries rebuilt from the records


def privileged() -> dict[str, object]:
    out = {}
    for m in pkgutil.iter_modules(app.services.__path__):
        mod = importlib.import_module(f"app.services.{m.name}")
        for name, fn in inspect.getmembers(mod, inspect.isfunction):
            if fn.__module__ != mod.__name__ or name.startswith("_") or fn in (auth.authorized,
                                                                              auth.authorized_or_console):
                continue
            params = inspect.signature(fn).parameters
            if "db" in params and "actor" in params:
                out[f"{m.name}.{name}"] = fn
    return out


PRIVILEGED = privileged()


def test_the_introspection_finds_the_privileged_services():
    assert len(PRIVILEGED) >= 40
    for name in ("figures.rebuild", "stubs.receive_stub", "pickups.scan_parcel", "supervisor.change_setting",
                 "privacy_purge.purge_personal_data", "claims.evidence_pdf", "bills.disputes_xlsx"):
        assert name in PRIVILEGED


# ------------------------------------------------------------------------------------------------ the floor
_TEMPLATE: dict = {}


@pytest.fixture
def floor(request, tmp_path, tmp_path_factory) -> Day:
    """The ledger tests' fixture day, built once and copied for each test (3 s to build, ms to copy)."""
    if "file" not in _TEMPLATE:
        d = build_day(request.getfixturevalue("shop"))
        src = Path(d.db.engine.url.database)
        keep = tmp_path_factory.mktemp("floor") / "floor.db"
        _copy(src, keep)
        _TEMPLATE.update(file=keep, day=d)
    target = tmp_path / "floor.db"
    _copy(_TEMPLATE["file"], target)
    db = Database(f"sqlite:///{target}")
    yield Day(db, *(getattr(_TEMPLATE["day"], f) for f in ("packer1", "packer2", "sup", "admin", "waybill",
                                                            "void_waybill")), {})
    db.dispose()


def _copy(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


def snapshot(db: Database) -> dict[str, list]:
    """Every row of every table but the audit log (and the derived summaries)."""
    out = {}
    with db.engine.connect() as conn:
        for t in Base.metadata.sorted_tables:
            if t.name in ("audit_log", "audit_chain") or t.name in DERIVED:
                continue
            out[t.name] = [tuple(r) for r in conn.execute(t.select().order_by(*t.primary_key.columns))]
    return out


def audit_after(db: Database, last_id: int) -> list[AuditLog]:
    with db.session() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.id > last_id).order_by(AuditLog.id)))


def last_audit_id(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(AuditLog.id).order_by(AuditLog.id.desc()).limit(1)) or 0


# ------------------------------------------------------------------------------------------------ arguments
def sample_args(fn, day: Day, actor) -> dict:
    """Plausible arguments for any privileged service, from the parameter names and annotations."""
    by_name = {
        "order_no": "T1", "sku": "TS-BLK-M", "reason": "checked twice 复核", "note": "checked twice 复核",
        "outcome": "done 已处理", "flag": Flag.YELLOW, "on": True, "counted": 3, "waybill_no": day.waybill["T1"],
        "code": day.waybill["T1"], "condition": "intact", "fault": "buyer", "items": [("TS-BLK-M", 1, True)],
        "key": "weight_tolerance", "value": {"abs_g": 100000, "pct": 100.0}, "courier_code": "ZTO",
        "mapping": {"waybill": "运单号", "weight": "计费重量(kg)", "amount": "运费(元)", "weight_unit": "kg"},
        "card": {"default": {"first_g": 1000, "first": "8.00", "per_kg": "4.00"}}, "weight_g": 100,
        "amount": "0.50", "path": BILLS / "zto_month.xlsx", "bill_id": 1, "claim_id": 1, "case_id": 1,
        "pickup_id": 1, "first": today() - timedelta(days=3), "last": today(), "days": 30, "order_id": 1,
        "line_id": 1, "units": 2, "uses": 1, "name": "快递袋 大 Bag L", "consumed_by": "carton:BAG-L",
        "per_unit": 100, "threshold_units": 1, "box": "BOX-1", "day": today(), "kind": "lost",
        "purpose": "claim", "status": "submitted",
    }
    out = {}
    for p in inspect.signature(fn).parameters.values():
        if p.name == "db":
            continue
        if p.name == "actor":
            out["actor"] = actor
        elif p.name in by_name:
            out[p.name] = by_name[p.name]
        elif p.default is inspect.Parameter.empty:
            hint = str(p.annotation)
            out[p.name] = (1 if "int" in hint else date.today() if "date" in hint else {} if "dict" in hint
                           else [] if "list" in hint else "X1")
    return out


def action_of(fn, day: Day) -> Action:
    """The action a service checks, from its refusal of an operator that does not exist."""
    ghost = Actor(id=99999, name="ghost", role="admin", badge=None)
    with pytest.raises(Forbidden) as exc:
        fn(day.db, **sample_args(fn, day, ghost))
    return exc.value.action


# ------------------------------------------------------------------------------------------------ item 11
def _refused(day: Day, fn, actor, expect_actor_id: int | None, why: str) -> None:
    before, last = snapshot(day.db), last_audit_id(day.db)
    with pytest.raises(Forbidden) as exc:
        fn(day.db, **sample_args(fn, day, actor))
    assert exc.value.why == why
    assert snapshot(day.db) == before, "a refused action changed the database"
    rows = audit_after(day.db, last)
    assert [(a.action, a.actor_id, a.entity_id) for a in rows] == [("refused", expect_actor_id,
                                                                      exc.value.action.value)]
    return exc.value


@pytest.mark.parametrize("qualname", sorted(PRIVILEGED))
def test_a_packer_claiming_admin_is_refused_and_the_refusal_is_audited(floor, qualname):
    fn = PRIVILEGED[qualname]
    forged = Actor(id=floor.packer1.id, name=floor.packer1.name, role="admin", badge=floor.packer1.badge)
    if "packer" in MATRIX[action_of(fn, floor)]:  # every operator may (mark short, receive a return)
        try:
            fn(floor.db, **sample_args(fn, floor, forged))
        except Forbidden:  # pragma: no cover - the failure this test exists for
            pytest.fail(f"{qualname} refused a packer an action every operator may do")
        except Exception:  # the sample arguments may not fit the day; a permission refusal is what counts
            pass
        return
    err = _refused(floor, fn, forged, floor.packer1.id, "role")
    assert err.role == "packer", "the refusal names the stored role, not the claimed one"


@pytest.mark.parametrize("qualname", sorted(PRIVILEGED))
def test_a_disabled_supervisor_or_admin_is_refused(floor, qualname):
    fn = PRIVILEGED[qualname]
    with floor.db.session() as s:
        for op in s.scalars(select(Operator).where(Operator.role != Role.PACKER)):
            op.active = False
    actor = floor.admin  # the admin's view from when it was signed on: may do everything
    _refused(floor, fn, actor, floor.admin.id, "inactive")


@pytest.mark.parametrize("qualname", ["supervisor.change_setting", "supervisor.set_flag", "figures.figures"])
def test_an_operator_that_does_not_exist_is_refused(floor, qualname):
    ghost = Actor(id=9999, name="ghost", role="admin", badge=None)
    _refused(floor, PRIVILEGED[qualname], ghost, None, "unknown")


def test_the_forged_admin_of_the_report_changes_no_tolerance(floor):
    from app.services import supervisor as sv

    forged = Actor(id=floor.packer1.id, name=floor.packer1.name, role="admin", badge=None)
    with pytest.raises(Forbidden):
        sv.change_setting(floor.db, forged, "weight_tolerance", {"abs_g": 100000, "pct": 100}, "wide open")
    with floor.db.session() as s:
        assert s.scalar(text("SELECT value FROM setting WHERE key = 'weight_tolerance'")) is None
        refused = s.scalar(select(AuditLog).where(AuditLog.action == "refused"))
        assert refused.actor_id == floor.packer1.id and '"claimed_role": "admin"' in refused.after


def test_a_role_taken_away_counts_at_once(floor):
    """A supervisor made packer while the desk is open: the next action is refused."""
    from app.services import supervisor as sv

    sv.set_flag(floor.db, floor.sup, "T1", Flag.GREEN, "paid by transfer")
    with floor.db.session() as s:
        s.get(Operator, floor.sup.id).role = Role.PACKER
    with pytest.raises(Forbidden):
        sv.set_flag(floor.db, floor.sup, "T1", Flag.NONE, "undo")


def test_the_audited_refusal_survives_the_refused_transaction(floor):
    """The refusal is written in a transaction of its own: the refused action's own is rolled back."""
    from app.services import supervisor as sv

    with pytest.raises(Forbidden):
        sv.void_waybill(floor.db, floor.packer1, floor.waybill["T2"], "torn")
    with floor.db.session() as s:
        a = s.scalar(select(AuditLog).order_by(AuditLog.id.desc()).limit(1))
        assert (a.action, a.entity, a.entity_id, a.actor_id) == ("refused", "permission", "void_waybill",
                                                                   floor.packer1.id)
        assert a.reason == "a packer may not void waybill"


# ------------------------------------------------------------------------------------------------ audits
def _shop_fields(code: str, name: str = "新店"):
    from app.services.shops import ShopFields

    return ShopFields(code=code, name=name, platform="taobao", sender_name="新店", sender_phone="13700001111",
                      province="浙江省", city="杭州市", address="文三路1号")


def _prepare(day: Day, qualname: str):
    """Whatever a service needs to exist before it can do its work on the fixture day; returns the kwargs."""
    from app.services import bills, claims, pickups, stubs, supplies

    db, sup, admin, wb = day.db, day.sup, day.admin, day.waybill
    with db.session() as s:
        hold = s.scalar(select(Order).where(Order.order_no == "HOLD"))
        hold_id, hold_line = hold.id, hold.lines[0].id
        case_id = s.scalar(select(ExceptionCase.id).where(ExceptionCase.status == CaseStatus.OPEN))
    mapping = {"waybill": "运单号", "weight": "计费重量(kg)", "amount": "运费(元)", "province": "目的省",
               "date": "发件日期", "weight_unit": "kg"}
    month = f"{today():%Y-%m}"
    if qualname.startswith("bills.") and qualname not in ("bills.save_mapping",):
        bills.save_mapping(db, sup, "ZTO", mapping, "中通月结账单格式")
    bill = None
    if qualname in ("bills.close_bill", "bills.disputes_xlsx", "bills.summary_pdf"):
        bill = bills.import_bill(db, sup, "ZTO", BILLS / "zto_month.xlsx", month)
    claim = None
    if qualname.startswith("claims.") and qualname != "claims.open_claim":
        claim = claims.open_claim(db, sup, wb["T1"], "lost", "丢件 lost", "59")
    pk = None
    if qualname.startswith("pickups.") and qualname != "pickups.open_pickup":
        pk = pickups.open_pickup(db, sup, "ZTO")
        if qualname != "pickups.scan_parcel":
            pickups.scan_parcel(db, sup, pk.id, wb["T1"])
    if qualname in ("stubs.chase", "stubs.set_apart", "stubs.archive"):
        stubs.receive_stub(db, sup, wb["T2"], "ZTO")
    if qualname == "stations.take_over":  # an order open on a station
        from app.models import OrderStatus, Station

        with db.session() as s:
            st = Station(name="S9")
            s.add(st)
            s.flush()
            s.scalar(select(Order).where(Order.order_no == "HOLD")).status = OrderStatus.PACKING
            s.scalar(select(Order).where(Order.order_no == "HOLD")).packing_station_id = st.id
    if qualname == "shops.restore_shop":
        from app.models import Shop

        with db.session() as s:
            s.add(Shop(code="OLD", name="旧店", active=False))
    if qualname in ("supplies.count_supply", "supplies.receive_supply", "supplies.use_supply"):
        supplies.ensure_default_supplies(db, sup)
    rule_id = 0
    if qualname in ("courier_rules.edit_rule", "courier_rules.remove_rule", "courier_rules.move_rule"):
        from app.services import courier_rules

        rule_id = courier_rules.add_rule(db, sup, "place", "EMS", places="新疆").rule.id
    pending_id = 0
    if qualname.startswith("pending_lines."):  # an open order waiting for a product it names
        from app.models import OrderStatus, PendingLine

        with db.session() as s:
            o = s.scalar(select(Order).where(Order.status == OrderStatus.OPEN).order_by(Order.id).limit(1))
            pl = PendingLine(order_id=o.id, sku="", title="补邮费", qty=1, source="day.csv", row=2)
            s.add(pl)
            s.flush()
            pending_id = pl.id
    if qualname.startswith("order_changes."):  # two open orders of one buyer to one address; a reship of T1
        from app.services import order_changes as oc

        with db.session() as s:
            hold = s.scalar(select(Order).where(Order.order_no == "HOLD"))
            for no in ("OC1", "OC2"):
                o = Order(order_no=no, buyer_id="tb_lin", recipient_name="林晓", phone="13987654321",
                          address="人民路1号5栋702室")
                o.lines.append(type(hold.lines[0])(line_no=1, product_id=hold.lines[0].product_id, qty=2))
                s.add(o)
        if qualname == "order_changes.unmerge":
            oc.merge(db, sup, "OC1", ["OC2"], "one parcel 合并")
        if qualname == "order_changes.close_reship":
            oc.reship(db, sup, "T1", {1: 1}, "courier", "lost 丢件")
            with db.session() as s:
                from app.models import OrderStatus

                s.scalar(select(Order).where(Order.order_no == "T1-R1")).status = OrderStatus.SHIPPED
    oc_reason = "buyer asked 买家要求"
    kwargs = {
        "pending_lines.assign_sku": dict(actor=sup, pending_id=pending_id, code="TS-BLK-M", reason="店铺漏填编码"),
        "pending_lines.drop": dict(actor=sup, pending_id=pending_id, reason="邮费链接"),
        "stock.apply_count": dict(actor=sup, counted={"TS-BLK-M": 4}, whole=False, reason="A1 货架盘点"),
        "stock.set_low_level": dict(actor=sup, sku="TS-BLK-M", level=12, reason="畅销款"),
        "figures.error_costs": dict(actor=sup, first=today(), last=today()),
        "order_changes.add_gift": dict(actor=sup, order_no="OC1", sku="SK-GRY", qty=1, reason=oc_reason),
        "order_changes.cancel": dict(actor=sup, order_no="OC1", reason=oc_reason),
        "order_changes.change_courier": dict(actor=sup, order_no="OC1", courier="SF", reason=oc_reason),
        "order_changes.change_recipient": dict(actor=sup, order_no="OC1", reason=oc_reason, phone="13900000000"),
        "order_changes.close_reship": dict(actor=sup, reship_no="T1-R1", outcome="delivered 已送达"),
        "order_changes.merge": dict(actor=sup, into="OC1", others=["OC2"], reason=oc_reason),
        "order_changes.reship": dict(actor=sup, order_no="T1", items={1: 1}, cause="packing", reason=oc_reason),
        "order_changes.set_flag": dict(actor=sup, order_no="OC1", flag=Flag.BLUE, reason=oc_reason),
        "order_changes.split": dict(actor=sup, order_no="OC1", later={1: 1}, reason=oc_reason),
        "order_changes.swap_sku": dict(actor=sup, order_no="OC1", line_no=1, sku="TS-BLK-L", reason=oc_reason),
        "order_changes.unmerge": dict(actor=sup, order_no="OC1", reason=oc_reason),
        "bills.close_bill": dict(actor=sup, bill_id=bill.id if bill else 0, reason="settled 已结算"),
        "bills.disputes_xlsx": dict(actor=sup, bill_id=bill.id if bill else 0),
        "bills.summary_pdf": dict(actor=sup, bill_id=bill.id if bill else 0),
        "bills.import_bill": dict(actor=sup, courier_code="ZTO", path=BILLS / "zto_month.xlsx", month=month),
        "bills.save_mapping": dict(actor=sup, courier_code="ZTO", mapping=mapping, reason="format"),
        "bills.save_rate_card": dict(actor=sup, courier_code="ZTO", reason="contract",
                                     card={"default": {"first_g": 1000, "first": "8.00", "per_kg": "4.00"}}),
        "bills.save_tolerance": dict(actor=sup, weight_g=100, amount="0.50", reason="contract"),
        "courier_rules.add_rule": dict(actor=sup, kind="place", courier="EMS", places="新疆, 西藏"),
        "courier_rules.edit_rule": dict(actor=sup, rule_id=rule_id, kind="weight", courier="DBL", min_g=5000),
        "courier_rules.remove_rule": dict(actor=sup, rule_id=rule_id),
        "courier_rules.move_rule": dict(actor=sup, rule_id=rule_id, step=-1),
        "courier_rules.set_courier_places": dict(actor=sup, courier="JTSD", no_service="西藏"),
        "couriers.add_courier": dict(actor=sup, code="ZJS", name="宅急送"),
        "couriers.edit_courier": dict(actor=sup, courier_code="ZTO", warn_level=10),
        "couriers.retire_courier": dict(actor=sup, courier_code="DBL", reason="contract ended"),
        "couriers.reactivate_courier": dict(actor=sup, courier_code="DBL", reason="back"),
        "couriers.load_range": dict(actor=sup, courier_code="STO", prefix="77", first=1, count=10, digits=10),
        "couriers.set_account": dict(actor=admin, courier_code="ZTO", api_key="k", api_secret="s"),
        "claims.evidence": dict(actor=sup, claim_id=claim.id if claim else 0),
        "claims.evidence_pdf": dict(actor=sup, claim_id=claim.id if claim else 0),
        "claims.open_claim": dict(actor=sup, waybill_no=wb["T2"], kind="damaged", reason="破损", amount_claimed="10"),
        "claims.update_claim": dict(actor=sup, claim_id=claim.id if claim else 0, reason="sent", status="submitted"),
        "figures.figures": dict(actor=sup, first=today(), last=today()),
        "figures.packer_figures": dict(actor=sup, first=today(), last=today()),
        "figures.rebuild": dict(actor=sup, first=today() - timedelta(days=2), last=today()),
        "figures.step_times": dict(actor=sup, first=today(), last=today()),
        "pickups.close_pickup": dict(actor=sup, pickup_id=pk.id if pk else 0, courier_person="王师傅"),
        "pickups.open_pickup": dict(actor=sup, courier_code="ZTO"),
        "pickups.remove_parcel": dict(actor=sup, pickup_id=pk.id if pk else 0, waybill_no=wb["T1"], reason="pile"),
        "pickups.scan_parcel": dict(actor=sup, pickup_id=pk.id if pk else 0, code=wb["T1"]),
        "privacy_purge.purge_personal_data": dict(actor=admin, days=1,
                                                  now=datetime.now().astimezone() + timedelta(days=5)),
        "privacy_purge.set_retention": dict(actor=admin, days=30, reason="policy"),
        "stubs.archive": dict(actor=sup, courier_code="ZTO", day=today(), box="BOX-1",
                              on=today() + timedelta(days=30)),
        "stubs.chase": dict(actor=sup, courier_code="ZTO", waybill_no=wb["T3"], kind="missing", outcome="denied",
                            note="courier says no 快递不认"),
        "stubs.receive_stub": dict(actor=sup, code=wb["T1"], courier_code="ZTO"),
        "stubs.set_apart": dict(actor=sup, courier_code="ZTO", waybill_no=wb["T2"], purpose="claim",
                                reason="claim coming"),
        # the warehouse's setup (app.services.operators, cartons, products)
        "cartons.add_carton": dict(actor=sup, code="BOX-XL", name="特大箱", weight_g=480),
        "cartons.edit_carton": dict(actor=sup, code="BOX-1", weight_g=99, reason="new supplier"),
        "cartons.retire_carton": dict(actor=sup, code="BOX-1", reason="no longer bought"),
        "cartons.set_default_carton": dict(actor=sup, code="BOX-1"),
        "operators.add_operator": dict(actor=sup, code="P77", name="新人", role="packer", pin="4321"),
        "operators.badge_cards_pdf": dict(actor=sup),
        "operators.edit_operator": dict(actor=sup, code="P02", name="张伟伟"),
        "operators.reset_pin": dict(actor=sup, code="P02", pin="97531", reason="forgot"),
        "operators.set_operator_active": dict(actor=sup, code="P02", active=False, reason="left"),
        "products.edit_product": dict(actor=sup, sku="TS-BLK-M", weight_g=207, reason="re-weighed"),
        "products.import_products": dict(actor=sup, path=PRODUCTS_CSV),
        "import_desk.import_from_desk": dict(actor=sup, paths=[PRODUCTS_CSV]),
        "stations.overview": dict(actor=sup, day_start=datetime.now().astimezone() - timedelta(hours=8)),
        "stations.take_over": dict(actor=sup, order_no="HOLD", reason="station 9 is broken"),
        "supervisor.add_note": dict(actor=sup, order_no="T1", note="reship SF123"),
        "supervisor.change_setting": dict(actor=admin, key="weight_tolerance", value={"abs_g": 60, "pct": 3.0},
                                          reason="new cartons"),
        "supervisor.count_stock": dict(actor=sup, sku="TS-BLK-M", counted=3, reason="stocktake"),
        "supervisor.edit_order": dict(actor=sup, order_no="HOLD", reason="buyer asked", quantities={1: 2}),
        "supervisor.force_verify": dict(actor=sup, order_id=hold_id, line_id=hold_line, reason="unreadable"),
        "supervisor.mark_short": dict(actor=day.packer1, order_id=hold_id, line_id=hold_line, reason="shelf empty"),
        "supervisor.receive_return": dict(actor=day.packer1, code=wb["T1"], reason="不合适 did not fit",
                                          condition="intact", fault="buyer", items=[("TS-BLK-M", 1, True)]),
        "supervisor.repack": dict(actor=sup, order_no="HOLD", reason="start again"),
        "supervisor.reprint": dict(actor=sup, waybill_no=wb["T1"], reason="smudged"),
        "supervisor.resolve_case": dict(actor=sup, case_id=case_id, outcome="done 已处理"),
        "supervisor.set_flag": dict(actor=sup, order_no="T1", flag=Flag.GREEN, reason="paid by transfer"),
        "supervisor.set_intercept": dict(actor=sup, order_no="HOLD", on=True, reason="refund"),
        "supervisor.void_waybill": dict(actor=sup, waybill_no=wb["T2"], reason="torn"),
        "shops.add_shop": dict(actor=sup, f=_shop_fields("NEW")),
        "shops.edit_shop": dict(actor=sup, code="ER", f=_shop_fields("ER", "二号店"), reason="new phone"),
        "shops.retire_shop": dict(actor=sup, code="ER", reason="no longer ours"),
        "shops.restore_shop": dict(actor=sup, code="OLD", reason="ours again"),
        "shipments_export.export_shipments": dict(actor=sup, shop="XM", first=today(), last=today(),
                                                  out=Path(db.engine.url.database).parent / "shipments.csv"),
        "supplies.count_supply": dict(actor=sup, code="TAPE", units=3, reason="stocktake"),
        "supplies.define_supply": dict(actor=sup, code="BAG-L", name="快递袋 大 Bag L", consumed_by="carton:BAG-L",
                                       per_unit=100, threshold_units=1),
        "supplies.ensure_default_supplies": dict(actor=sup),
        "supplies.receive_supply": dict(actor=sup, code="TAPE", units=2),
        "supplies.use_supply": dict(actor=sup, code="TAPE", uses=1, reason="spoilt"),
    }
    return kwargs.get(qualname)


@pytest.mark.parametrize("qualname", sorted(PRIVILEGED))
def test_every_writing_action_audits(floor, qualname):
    kwargs = _prepare(floor, qualname)
    assert kwargs is not None, f"{qualname} is a new privileged service: add how to call it to _prepare()"
    before, last = snapshot(floor.db), last_audit_id(floor.db)
    PRIVILEGED[qualname](floor.db, **kwargs)
    changed = [t for t, rows in snapshot(floor.db).items() if rows != before[t]]
    rows = [a for a in audit_after(floor.db, last) if a.actor_id == kwargs["actor"].id and a.action != "refused"]
    if changed:
        assert rows, f"{qualname} changed {changed} and wrote no audit row"
    assert all(a.row_hash for a in rows)


def test_the_three_silent_writers_now_audit(floor):
    """figures.rebuild, stubs.receive_stub and pickups.scan_parcel wrote without an audit row."""
    from app.services import figures, pickups, stubs

    last = last_audit_id(floor.db)
    figures.rebuild(floor.db, floor.sup, today() - timedelta(days=3), today())
    stubs.receive_stub(floor.db, floor.sup, floor.waybill["T1"], "ZTO")
    pk = pickups.open_pickup(floor.db, floor.sup, "ZTO")
    assert pickups.scan_parcel(floor.db, floor.sup, pk.id, floor.waybill["T2"]).ok
    acts = [(a.action, a.actor_id) for a in audit_after(floor.db, last)]
    for action in ("rebuild_figures", "receive_stub", "open_pickup", "pickup_scan"):
        assert (action, floor.sup.id) in acts, action


def test_no_service_trusts_a_role_handed_to_it():
    """The services check permissions only through auth.authorize (the stored role)."""
    import re

    for path in Path(app.services.__file__).parent.glob("*.py"):
        src = path.read_text(encoding="utf-8")
        assert not re.search(r"\brequire\(", src), f"{path.name} checks a role it was handed (use authorized)"
        assert "actor.role)" not in src and "actor.role," not in src, path.name
