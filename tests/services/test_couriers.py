"""Couriers as managed data (app.services.couriers): the common ones ready, add / edit / retire / reactivate,
every input checked, every change audited, the account's secrets never in the audit log."""
import json

import pytest
from sqlalchemy import select

from app.domain.permissions import Forbidden
from app.models import AuditLog, Courier, Role, Setting
from app.services import auth
from app.services import couriers as cs
from tests.people import who


@pytest.fixture
def people(shop):
    with shop.session() as s:
        auth.add_operator(s, "A01", "管理员", "000000", Role.ADMIN, "B9999")
    return who(shop, "B1001"), who(shop, "B9001"), who(shop, "B9999")


def _audits(db, action):
    with db.session() as s:
        return s.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)).all()


def test_the_common_couriers_are_ready(shop):
    got = {c.code: c for c in cs.list_couriers(shop)}
    assert set(got) >= {"ZTO", "YTO", "STO", "YUNDA", "SF", "JTSD", "EMS", "JD", "DBL"}
    assert got["JTSD"].name == "极兔速递" and got["DBL"].name == "德邦快递"
    assert got["SF"].service_types == ("顺丰标快", "顺丰特快")
    assert all(c.waybill_source == "range" and c.active and c.warn_level == 200 for c in got.values())


def test_add_edit_retire_reactivate_each_audited(shop, people):
    _packer, sup, _admin = people
    c = cs.add_courier(shop, sup, "zjs", "宅急送", layout="generic", service_types="标快，特快",
                       waybill_source="range", warn_level=50)
    assert (c.code, c.layout, c.service_types, c.warn_level) == ("ZJS", "GENERIC", ("标快", "特快"), 50)
    c = cs.edit_courier(shop, sup, "ZJS", warn_level=80, waybill_source="kuaidi100", name="宅急送快运")
    assert (c.warn_level, c.waybill_source, c.name) == (80, "kuaidi100", "宅急送快运")
    cs.edit_courier(shop, sup, "ZJS", warn_level=80)  # no change: no audit row
    edits = _audits(shop, "edit_courier")
    assert len(edits) == 1 and json.loads(edits[0].before) == {"name": "宅急送", "waybill_source": "range",
                                                               "warn_level": 50}
    assert cs.retire_courier(shop, sup, "ZJS", "contract ended 合同到期").active is False
    assert "ZJS" not in {c.code for c in cs.list_couriers(shop, include_retired=False)}
    assert cs.reactivate_courier(shop, sup, "ZJS", "new contract").active is True
    actions = [(a.action, a.actor_id, a.entity_id) for a in _audits(shop, "add_courier")
               + _audits(shop, "retire_courier") + _audits(shop, "reactivate_courier")]
    assert actions == [("add_courier", sup.id, "ZJS"), ("retire_courier", sup.id, "ZJS"),
                       ("reactivate_courier", sup.id, "ZJS")]


@pytest.mark.parametrize("kwargs, words", [
    (dict(code="Z", name="x"), "2 to 16 letters or digits"),
    (dict(code="ZTO", name="中通"), "exists already"),
    (dict(code="NEW1", name=""), "a name of 1 to 64"),
    (dict(code="NEW1", name="n", layout="NOPE"), "no label layout 'NOPE'"),
    (dict(code="NEW1", name="n", waybill_source="cainiao"), "'range' (号段) or 'kuaidi100'"),
    (dict(code="NEW1", name="n", warn_level=-1), "0 to 1,000,000"),
    (dict(code="NEW1", name="n", warn_level="many"), "whole number"),
    (dict(code="NEW1", name="n", service_types=["x" * 17]), "at most 10 service types"),
])
def test_bad_input_is_refused_and_nothing_is_written(shop, people, kwargs, words):
    _p, sup, _a = people
    with shop.session() as s:
        before = s.scalar(select(Courier.id).order_by(Courier.id.desc()))
    with pytest.raises(cs.CourierError) as exc:
        cs.add_courier(shop, sup, **kwargs)
    assert words in str(exc.value)
    with shop.session() as s:
        assert s.scalar(select(Courier.id).order_by(Courier.id.desc())) == before


def test_the_default_courier_cannot_be_retired(shop, people):
    _p, sup, _a = people
    with shop.session() as s:
        s.merge(Setting(key="default_courier", value=json.dumps("ZTO")))
    with pytest.raises(cs.CourierError, match="default courier"):
        cs.retire_courier(shop, sup, "ZTO", "no more")
    with pytest.raises(cs.CourierError, match="say why"):
        cs.retire_courier(shop, sup, "YTO", "  ")


def test_a_packer_may_not_and_a_supervisor_may_not_set_the_account(shop, people):
    packer, sup, admin = people
    with pytest.raises(Forbidden):
        cs.add_courier(shop, packer, "ZJS", "宅急送")
    with pytest.raises(Forbidden) as exc:
        cs.set_account(shop, sup, "ZTO", api_key="k", api_secret="s")
    assert exc.value.action.value == "change_settings"
    acc = cs.set_account(shop, admin, "ZTO", api_key="KEY1", api_secret="SECRET-XYZ", partner_id="zto-acc",
                         partner_key="PK-SECRET", net="571001", code="ztoOpen", prefetch=5)
    assert (acc.kuaidicom, acc.partner_id, acc.has_secret, acc.prefetch, acc.shop) == ("zhongtong", "zto-acc",
                                                                                     True, 5, "")
    shop_acc = cs.set_account(shop, admin, "ZTO", shop="旗舰店", api_key="KEY2", api_secret="S2")
    assert shop_acc.shop == "旗舰店"
    assert [a.shop for a in cs.courier(shop, "ZTO").accounts] == ["", "旗舰店"]
    rows = _audits(shop, "set_courier_account")
    assert len(rows) == 2
    assert "SECRET-XYZ" not in rows[0].after and "PK-SECRET" not in rows[0].after and "zto-acc" in rows[0].after
    with pytest.raises(cs.CourierError, match="http"):
        cs.set_account(shop, admin, "ZTO", endpoint="ftp://x")
    with pytest.raises(cs.CourierError, match="0 to 500"):
        cs.set_account(shop, admin, "ZTO", prefetch=9999)


def test_a_number_range_is_loaded_from_the_desk_and_audited(shop, people):
    from app.services.ewaybill.pool import level_for
    from app.services.waybills import PoolError

    packer, sup, _a = people
    got = cs.load_range(shop, sup, "STO", "sto", 1, 300, 10)
    assert (got.added, got.duplicates) == (300, 0)
    assert cs.load_range(shop, sup, "STO", "STO", 299, 5, 10).duplicates == 2
    lv = level_for(shop, "STO")
    assert (lv.ready, lv.low) == (303, False)
    row = _audits(shop, "load_waybill_range")[0]
    assert row.entity_id == "STO" and "STO0000000001" in row.after and "STO0000000300" in row.after
    with pytest.raises(PoolError, match="do not fit in 2 digits"):
        cs.load_range(shop, sup, "STO", "X", 1, 200, 2)
    with pytest.raises(Forbidden):
        cs.load_range(shop, packer, "STO", "X", 1, 2, 8)
