"""The warehouse's setup without Python: operators (who may change whom, the last admin, PIN resets), badge cards
that scan, cartons and their tare, products and barcodes, the typed shared settings; each change audited."""
import json

import pytest
import zxingcpp
from sqlalchemy import select

from app.domain.permissions import Forbidden
from app.models import AuditLog, Carton, Operator, Role, SignonThrottle
from app.services import auth, cartons, operators, products, settings
from app.services import supervisor as sv
from app.services.auth import CONSOLE
from app.services.importing import ImportRejected
from app.services.operators import SetupError
from app.services.settings import SettingError
from tests.pdfimage import pdf_page_image
from tests.people import ADMIN_PIN, who


@pytest.fixture
def people(shop):
    with shop.session() as s:
        auth.add_operator(s, "A01", "管理员", ADMIN_PIN, Role.ADMIN, "B9999")
    return who(shop, "B9999"), who(shop, "B9001")


def audits(db, action):
    with db.session() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)))


# ------------------------------------------------------------------------------------------ operators
def test_a_supervisor_sets_up_packers_and_only_packers(shop, people):
    admin, sup = people
    row = operators.add_operator(shop, sup, "P10", " 赵  六 ", "packer", "4321", "B1010")
    assert (row.name, row.role, row.badge, row.active) == ("赵 六", "packer", "B1010", True)
    with shop.session() as s:
        assert auth.authenticate(s, "B1010", None).name == "赵 六"
    with pytest.raises(Forbidden):
        operators.add_operator(shop, sup, "S10", "新主管", "supervisor", "123456")
    with pytest.raises(Forbidden):
        operators.edit_operator(shop, sup, "P10", role="supervisor")
    with pytest.raises(Forbidden):
        operators.reset_pin(shop, sup, "S01", "654321", "forgot")
    with pytest.raises(Forbidden):
        operators.set_operator_active(shop, sup, "A01", False, "left")
    operators.edit_operator(shop, admin, "P10", role="supervisor", reason="promoted")
    a = audits(shop, "edit_operator")[-1]
    assert json.loads(a.before) == {"role": "packer"} and json.loads(a.after) == {"role": "supervisor"}
    assert a.actor_id == admin.id and a.reason == "promoted"
    refused = audits(shop, "refused")
    assert len(refused) == 4 and all(r.actor_id == sup.id for r in refused)


def test_adding_checks_every_value_and_names_it(shop, people):
    admin, _ = people
    for kwargs, words in [
        (dict(code="P 1", name="x", role="packer", pin="1234"), "without spaces"),
        (dict(code="P11", name="  ", role="packer", pin="1234"), "needs a name"),
        (dict(code="P01", name="重复", role="packer", pin="1234"), "P01 is taken"),
        (dict(code="P11", name="x", role="boss", pin="1234"), "packer, supervisor or admin"),
        (dict(code="P11", name="x", role="packer", pin="12"), "4 to 12 digits"),
        (dict(code="S11", name="x", role="supervisor", pin="1234"), "6 to 12 digits"),
        (dict(code="P11", name="x", role="packer", pin="1234", badge="B1001"), "already P01's"),
        (dict(code="P11", name="x", role="packer", pin="1234", badge="PSCMD.ACK"), "command barcodes"),
        (dict(code="P11", name="x" * 65, role="packer", pin="1234"), "at most 64"),
    ]:
        with pytest.raises(SetupError) as exc:
            operators.add_operator(shop, admin, **kwargs)
        assert words in str(exc.value), (kwargs, str(exc.value))
    with shop.session() as s:
        assert s.scalar(select(Operator).where(Operator.code == "P11")) is None


def test_disable_enable_and_the_guards_that_keep_an_admin(shop, people):
    admin, sup = people
    with pytest.raises(SetupError, match="reason"):
        operators.set_operator_active(shop, sup, "P01", False, "")
    operators.set_operator_active(shop, sup, "P01", False, "left the company")
    with shop.session() as s, pytest.raises(auth.AuthError) as exc:
        auth.authenticate(s, "B1001", None)
    assert exc.value.code == "inactive"
    with pytest.raises(SetupError, match="already disabled"):
        operators.set_operator_active(shop, sup, "P01", False, "again")
    operators.set_operator_active(shop, sup, "P01", True, "came back")
    with pytest.raises(SetupError, match="yourself"):
        operators.set_operator_active(shop, admin, "A01", False, "bye")
    with pytest.raises(SetupError, match="last active admin"):
        operators.set_operator_active(shop, CONSOLE, "A01", False, "bye")
    with pytest.raises(SetupError, match="last active admin"):
        operators.edit_operator(shop, CONSOLE, "A01", role="supervisor")
    with pytest.raises(SetupError, match="your own role"):
        operators.edit_operator(shop, admin, "A01", role="supervisor")
    operators.edit_operator(shop, admin, "S01", role="admin", reason="second admin")
    operators.edit_operator(shop, CONSOLE, "A01", role="supervisor")  # now there is another admin
    assert [(a.action, a.actor_id, a.reason) for a in audits(shop, "edit_operator")][-1] == (
        "edit_operator", None, "IT console")


def test_a_pin_reset_ends_the_wait_and_is_never_written_down(shop, people):
    admin, sup = people
    with shop.session() as s:
        for _ in range(5):
            with pytest.raises(auth.AuthError):
                auth.authenticate(s, "P01", "0000", station_id=None)
    with shop.session() as s:
        assert s.scalars(select(SignonThrottle)).all()
    with pytest.raises(SetupError, match="4 to 12 digits"):
        operators.reset_pin(shop, sup, "P01", "12", "forgot")
    operators.reset_pin(shop, sup, "P01", "24680", "forgot it")
    with shop.session() as s:
        assert auth.authenticate(s, "P01", "24680").name == "王芳"
        assert not s.scalars(select(SignonThrottle).where(SignonThrottle.key.like("op:%"))).all()
    operators.reset_pin(shop, admin, "S01", "13579135", "new phone")
    rows = audits(shop, "reset_pin")
    assert [r.reason for r in rows] == ["forgot it", "new phone"]
    assert all("24680" not in (r.before + r.after) and "13579135" not in (r.before + r.after) for r in rows)


def test_the_badge_cards_scan_as_the_badges(shop, people):
    admin, sup = people
    operators.add_operator(shop, admin, "P12", "欧阳长名字", "packer", "1234", "BADGE-0000000000012345")
    pdf = operators.badge_cards_pdf(shop, sup)
    page = pdf_page_image(pdf, 200)
    found = sorted(r.text for r in zxingcpp.read_barcodes(page))
    assert found == sorted(["B1001", "B1002", "B9001", "B9999", "BADGE-0000000000012345"])
    one = operators.badge_cards_pdf(shop, sup, ["P02"])
    assert [r.text for r in zxingcpp.read_barcodes(pdf_page_image(one, 200))] == ["B1002"]
    operators.edit_operator(shop, admin, "P02", badge="")
    with pytest.raises(SetupError, match="have no badge"):
        operators.badge_cards_pdf(shop, sup, ["P02"])
    with pytest.raises(SetupError, match="no operator NOPE"):
        operators.badge_cards_pdf(shop, sup, ["NOPE"])
    assert [o.code for o in operators.list_operators(shop)][:1] == ["A01"]


# ------------------------------------------------------------------------------------------ cartons
def test_cartons_add_tare_default_retire(shop, people):
    _, sup = people
    before = {c.code for c in cartons.list_cartons(shop)}
    assert before, "the reference cartons are there"
    products.edit_product(shop, sup, "SK-GRY", add_barcodes=["SKGRY-2"])
    row = cartons.add_carton(shop, sup, "BOX-XL", "特大箱", 480)
    assert (row.weight_g, row.is_default, row.active) == (480, False, True)
    for kwargs, words in [(dict(code="BOX-XL", name="x", weight_g=1), "taken"),
                          (dict(code="SKGRY-2", name="x", weight_g=1), "product's barcode"),
                          (dict(code="B1001", name="x", weight_g=1), "operator's badge"),
                          (dict(code="BOX 2", name="x", weight_g=1), "cannot send"),
                          (dict(code="BOX-2", name="x", weight_g=-5), "0 to 20000"),
                          (dict(code="BOX-2", name="x", weight_g=True), "0 to 20000"),
                          (dict(code="BOX-2", name="", weight_g=5), "needs a name")]:
        with pytest.raises(SetupError) as exc:
            cartons.add_carton(shop, sup, **kwargs)
        assert words in str(exc.value), (kwargs, str(exc.value))
    cartons.edit_carton(shop, sup, "BOX-XL", weight_g=500, reason="new supplier")
    a = audits(shop, "edit_carton")[-1]
    assert json.loads(a.before)["weight_g"] == 480 and json.loads(a.after)["weight_g"] == 500
    cartons.set_default_carton(shop, sup, "BOX-XL")
    assert [c.code for c in cartons.list_cartons(shop) if c.is_default] == ["BOX-XL"]
    with pytest.raises(SetupError, match="reason"):
        cartons.retire_carton(shop, sup, "BOX-XL", "")
    cartons.retire_carton(shop, sup, "BOX-XL", "no longer bought")
    assert "BOX-XL" not in {c.code for c in cartons.list_cartons(shop)}
    with shop.session() as s:
        c = s.scalar(select(Carton).where(Carton.code == "BOX-XL"))
        assert not c.active and not c.is_default
    with pytest.raises(SetupError, match="retired"):
        cartons.set_default_carton(shop, sup, "BOX-XL")
    cartons.retire_carton(shop, sup, "BOX-XL", "bought again", retired=False)
    with pytest.raises(Forbidden):
        cartons.add_carton(shop, who(shop, "B1001"), "BOX-P", "x", 1)


def test_a_retired_carton_is_not_scanned_at_the_station(shop, people):
    from app.services.station import StationService
    from tests.fakes import RecordingPrinter, fake_render

    _, sup = people
    cartons.add_carton(shop, sup, "BOX-OLD", "旧箱", 300)
    cartons.retire_carton(shop, sup, "BOX-OLD", "used up")
    st = StationService(shop, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T1")
    carton_before = st.state.carton
    st.scan("BOX-OLD")
    assert st.state.carton == carton_before
    assert st.state.error is not None


# ------------------------------------------------------------------------------------------ products
def test_edit_one_product_and_its_barcodes(shop, people):
    _, sup = people
    row = products.edit_product(shop, sup, "TS-BLK-M", name="T恤 黑 M", weight_g=205, manual_check="看领口",
                                add_barcodes=["6900000000069"], remove_barcodes=["6900000000011"], reason="re-weighed")
    assert (row.name, row.weight_g, row.manual_check, row.barcodes) == ("T恤 黑 M", 205, "看领口", ("6900000000069",))
    a = audits(shop, "edit_product")[-1]
    assert json.loads(a.before)["barcodes"] == ["6900000000011"] and json.loads(a.after)["weight_g"] == 205
    products.edit_product(shop, sup, "TS-BLK-L", add_barcodes=["TSBLKL-2"])
    for kwargs, words in [(dict(add_barcodes=["TSBLKL-2"]), "belongs to SKU TS-BLK-L"),
                          (dict(add_barcodes=["6900000000012"]), "not a valid EAN-13"),
                          (dict(add_barcodes=["PSCMD.ACK"]), "command barcodes"),
                          (dict(add_barcodes=["条码"]), "cannot send"),
                          (dict(add_barcodes=["6.9E+12"]), "Excel rounded"),
                          (dict(add_barcodes=[cartons.list_cartons(shop)[0].code]), "a carton's code"),
                          (dict(remove_barcodes=["123"]), "has no barcode 123"),
                          (dict(weight_g=-1), "0 to 100000"),
                          (dict(name=" "), "needs a name"),
                          (dict(style="x" * 65), "at most 64"),
                          (dict(), "nothing to change")]:
        with pytest.raises(SetupError) as exc:
            products.edit_product(shop, sup, "TS-BLK-M", **kwargs)
        assert words in str(exc.value), (kwargs, str(exc.value))
    assert products.product(shop, "TS-BLK-M") == row, "nothing of a refused edit was kept"
    products.edit_product(shop, sup, "CAP-RED", active=False)
    assert [p.sku for p in products.search_products(shop, "red")] == ["CAP-RED"]
    assert [p.sku for p in products.search_products(shop, "6900000000035")] == ["JN-BLU-30"]
    assert "CAP-RED" not in {p.sku for p in products.search_products(shop, include_inactive=False)}


def test_import_many_is_all_or_nothing_and_audited(shop, people, tmp_path):
    _, sup = people
    bad = tmp_path / "新品.csv"
    bad.write_text("商家编码,名称,重量,条码\nNEW-1,新品一,120,6900000000083\nNEW-2,新品二,abc,\n",
                   encoding="utf-8-sig")
    with pytest.raises(ImportRejected) as exc:
        products.import_products(shop, sup, bad)
    err = exc.value.errors[0]
    assert (err.file, err.row, err.column) == ("新品.csv", 3, "重量 (C)")
    assert not products.search_products(shop, "NEW-")
    good = tmp_path / "新品2.csv"
    good.write_text("商家编码,名称,重量,条码\nNEW-1,新品一,120,6900000000076\nTS-BLK-M,改名,200,\n",
                    encoding="utf-8-sig")
    r = products.import_products(shop, sup, good)
    assert (r.products_added, r.products_updated) == (1, 1)
    assert products.product(shop, "NEW-1").barcodes == ("6900000000076",)
    a = audits(shop, "import_products")[-1]
    assert a.actor_id == sup.id and json.loads(a.after) == {"rows": 2, "added": 1, "updated": 1}
    with pytest.raises(Forbidden):
        products.import_products(shop, who(shop, "B1001"), good)


# ------------------------------------------------------------------------------------------ settings
def test_every_shared_setting_has_a_typed_check(shop, people):
    admin, sup = people
    assert {r.key for r in settings.list_settings(shop)} == set(sv.SETTINGS)
    assert settings.list_settings(shop)[0].value is None
    for key, value, words in [
        ("weight_tolerance", {"abs_g": -1, "pct": 3}, "0 to 5000"),
        ("weight_tolerance", {"abs_g": 50, "pct": 101}, "0 to 100"),
        ("weight_tolerance", {"abs_g": 50}, "takes abs_g, pct"),
        ("weight_tolerance", {"abs_g": True, "pct": 1}, "0 to 5000"),
        ("default_courier", "NOPE", "no courier NOPE"),
        ("sender", {"name": "仓", "phone": "13800000000", "address": "杭州"}, "unknown setting"),  # a shop's now
        ("colour", 1, "unknown setting"),
    ]:
        with pytest.raises(SettingError) as exc:
            sv.change_setting(shop, admin, key, value, "try")
        assert words in str(exc.value), (key, value, str(exc.value))
    with pytest.raises(Forbidden):
        sv.change_setting(shop, sup, "default_courier", "SF", "try")
    sv.change_setting(shop, admin, "default_courier", " sf ", "SF for everything")
    sv.change_setting(shop, CONSOLE, "weight_tolerance", {"abs_g": 80, "pct": 3}, "moved")
    got = {r.key: r.value for r in settings.list_settings(shop)}
    assert got["default_courier"] == "SF" and got["weight_tolerance"] == {"abs_g": 80, "pct": 3.0}
    a = audits(shop, "change_setting")
    assert [(x.actor_id, x.reason) for x in a] == [(admin.id, "SF for everything"), (None, "IT console: moved")]


def test_what_it_types_at_the_console(shop):
    assert settings.parse_text("weight_tolerance", "abs_g=60 pct=4") == {"abs_g": 60, "pct": 4.0}
    assert settings.parse_text("weight_tolerance", '{"abs_g": 60, "pct": 4}') == {"abs_g": 60, "pct": 4}
    assert settings.parse_text("default_courier", "ZTO") == "ZTO"
    with pytest.raises(SettingError, match="JSON"):
        settings.parse_text("weight_tolerance", "{abs_g")
    with pytest.raises(SettingError, match="takes abs_g, pct"):
        settings.parse_text("weight_tolerance", "60")


# ------------------------------------------------------------------------------------------ migration 0013
def test_the_migration_keeps_every_carton_in_use_and_goes_back(tmp_path):
    from alembic import command

    from app.db import Database, alembic_config

    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    cfg = alembic_config(db.engine)
    command.upgrade(cfg, "0009")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO carton (code, name, weight_g, is_default) VALUES ('OLD-1', '旧箱', 99, 1)")
    db.upgrade()
    assert [(c.code, c.active, c.is_default) for c in cartons.list_cartons(db)] == [("OLD-1", True, True)]
    command.downgrade(cfg, "0009")
    with db.engine.connect() as conn:
        cols = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(carton)")]
    assert "active" not in cols and "weight_g" in cols
    db.dispose()
