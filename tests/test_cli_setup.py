"""`packstation operators|cartons|products|settings`: a new warehouse set up by IT at the console, no Python;
a refusal says why (exit 1) and changes nothing; every change is audited as the IT console."""
import json

import zxingcpp
from sqlalchemy import select

from app.cli import main
from app.db import Database, default_url
from app.models import AuditLog, Carton, Operator, Setting
from app.services import auth
from tests.pdfimage import pdf_page_image


def db():
    return Database(default_url())


def run(capsys, *argv) -> tuple[int, str, str]:
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_operators_from_the_console(capsys, tmp_path, monkeypatch):
    assert run(capsys, "operators", "add", "A01", "管理员", "--role", "admin", "--badge", "B9999",
               "--pin", "000000")[0] == 0
    rc, out, _ = run(capsys, "operators", "add", "P01", "王芳", "--badge", "B1001", "--pin", "1234")
    assert rc == 0 and out.strip() == "operator P01 (王芳, packer) added"
    rc, _, err = run(capsys, "operators", "add", "S01", "李静", "--role", "supervisor", "--pin", "1234")
    assert rc == 1 and "6 to 12 digits" in err and "nothing was changed" in err
    answers = iter(["13579", "97531"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    rc, _, err = run(capsys, "operators", "add", "P02", "张伟")
    assert rc == 1 and "the two PINs differ" in err
    answers = iter(["13579", "13579"])
    assert run(capsys, "operators", "add", "P02", "张伟", "--badge", "B1002")[0] == 0
    rc, out, _ = run(capsys, "operators", "edit", "P02", "--name", "张伟伟", "--role", "supervisor",
                     "--reason", "promoted")
    assert rc == 0 and "张伟伟, supervisor, badge B1002" in out
    assert run(capsys, "operators", "disable", "P01", "--reason", "left")[0] == 0
    rc, _, err = run(capsys, "operators", "disable", "A01", "--reason", "oops")
    assert rc == 1 and "last active admin" in err
    rc, out, _ = run(capsys, "operators", "list")
    lines = out.splitlines()
    assert lines[0].split() == ["code", "name", "role", "badge", "state"]
    assert lines[-1].split() == ["P01", "王芳", "packer", "B1001", "DISABLED"]
    assert run(capsys, "operators", "enable", "P01", "--reason", "back")[0] == 0
    assert run(capsys, "operators", "reset-pin", "P01", "--pin", "86420", "--reason", "forgot")[0] == 0
    with db().session() as s:
        assert auth.authenticate(s, "P01", "86420").name == "王芳"
    pdf = tmp_path / "badges.pdf"
    rc, out, _ = run(capsys, "operators", "badges", str(pdf))
    assert rc == 0 and "badge cards written" in out
    assert sorted(r.text for r in zxingcpp.read_barcodes(pdf_page_image(pdf, 200))) == ["B1001", "B1002", "B9999"]
    # the old command is the same path
    assert run(capsys, "operator", "P03", "李四", "--pin", "2468")[0] == 0
    assert run(capsys, "operator", "P03", "--set-pin", "--pin", "1")[0] == 1
    with db().session() as s:
        acts = [(a.action, a.actor_id, a.reason) for a in s.scalars(select(AuditLog).order_by(AuditLog.id))]
        assert ("disable_operator", None, "IT console: left") in acts
        assert ("reset_pin", None, "IT console: forgot") in acts
        assert ("add_operator", None, "IT console") in acts
        assert s.scalar(select(Operator).where(Operator.code == "S01")) is None


def test_cartons_products_and_settings_from_the_console(capsys, tmp_path):
    rc, out, _ = run(capsys, "cartons", "add", "BOX-XL", "特大箱", "480", "--default")
    assert rc == 0 and "480 g, default" in out
    rc, _, err = run(capsys, "cartons", "add", "BOX-2", "小箱", "-5")
    assert rc == 1 and "0 to 20000" in err
    assert run(capsys, "cartons", "edit", "BOX-XL", "--grams", "500", "--reason", "new box")[0] == 0
    assert run(capsys, "cartons", "retire", "BOX-XL", "--reason", "gone")[0] == 0
    rc, _, err = run(capsys, "cartons", "edit", "BOX-XL", "--default")
    assert rc == 1 and "retired" in err
    rc, out, _ = run(capsys, "cartons", "list", "--all")
    assert "BOX-XL" in out and "RETIRED" in out
    with db().session() as s:
        box = s.scalar(select(Carton).where(Carton.code == "BOX-XL"))
        assert (box.weight_g, box.active, box.is_default) == (500, False, False)

    csv = tmp_path / "products.csv"
    csv.write_text("商家编码,名称,型号,颜色,尺码,重量,条码\nTS-1,T恤,TS,黑,M,200,6900000000069\n", encoding="utf-8-sig")
    rc, out, _ = run(capsys, "products", "import", str(csv))
    assert rc == 0 and "products: 1 new, 0 updated" in out
    bad = tmp_path / "bad.csv"
    bad.write_text("商家编码,名称,重量\nTS-2,裤子,很重\n", encoding="utf-8-sig")
    rc, _, err = run(capsys, "products", "import", str(bad))
    assert rc == 1 and "bad.csv, row 2, column 重量 (C)" in err
    rc, out, _ = run(capsys, "products", "edit", "TS-1", "--grams", "210", "--add-barcode", "TS1-B",
                     "--remove-barcode", "6900000000069", "--reason", "weighed")
    assert rc == 0 and "210 g, barcodes TS1-B" in out
    rc, _, err = run(capsys, "products", "edit", "TS-1", "--add-barcode", "6900000000012")
    assert rc == 1 and "EAN-13" in err
    rc, out, _ = run(capsys, "products", "list", "TS1-B")
    assert out.splitlines()[1].split()[:2] == ["TS-1", "T恤"]

    rc, out, _ = run(capsys, "settings", "set", "weight_tolerance", "abs_g=60", "pct=4", "--reason", "new scale")
    assert rc == 0 and out.strip() == 'weight_tolerance = {"abs_g": 60, "pct": 4.0}'
    rc, _, err = run(capsys, "settings", "set", "weight_tolerance", "abs_g=-3", "pct=4", "--reason", "try")
    assert rc == 1 and "0 to 5000" in err
    assert run(capsys, "settings", "set", "default_courier", "SF", "--reason", "ours")[0] == 0
    rc, _, err = run(capsys, "settings", "set", "default_courier", "NOPE", "--reason", "try")
    assert rc == 1 and "no courier NOPE" in err
    rc, out, _ = run(capsys, "settings", "list")
    assert "default_courier" in out and '"SF"' in out
    with db().session() as s:
        assert json.loads(s.get(Setting, "weight_tolerance").value) == {"abs_g": 60, "pct": 4.0}
        reasons = list(s.scalars(select(AuditLog.reason).where(AuditLog.action == "change_setting")))
        assert reasons == ["IT console: new scale", "IT console: ours"]
