"""`packstation shops …` and `packstation shipments export` for IT: the same services and audit as the desk."""
from sqlalchemy import select

from app.cli import main
from app.db import Database, default_url
from app.models import AuditLog, Role, Shop
from app.services import auth
from app.services.demo import ensure_reference_data


def _setup():
    db = Database(default_url())
    db.upgrade()
    with db.session() as s:
        ensure_reference_data(s)
        auth.add_operator(s, "S01", "李静", "999999", Role.SUPERVISOR, "B9001")
        auth.add_operator(s, "P01", "王芳", "1234", Role.PACKER, "B1001")
    return db


def test_shops_add_edit_list_retire_from_the_command_line(capsys):
    db = _setup()
    by = ["--by", "S01", "--pin", "999999"]
    assert main(["shops", "add", "LIN", "--name", "林家小铺", "--platform", "pdd", "--sender-name", "林家",
                 "--sender-phone", "137-0000-1111", "--province", "福建省", "--city", "泉州市",
                 "--address", "陈埭镇江头村188号", "--slip-header", "林家小铺 发货单\\n售后请联系客服", *by]) == 0
    assert "shop LIN (林家小铺) added" in capsys.readouterr().out
    assert main(["shops", "add", "BAD", "--name", "坏店", "--sender-name", "x", "--sender-phone", "12345",
                 "--address", "文三路1号", *by]) == 1
    assert "the sender's phone “12345” is not a phone number" in capsys.readouterr().err
    assert main(["shops", "add", "NOS", "--name", "无发件人店", *by]) == 0
    assert "no sender yet" in capsys.readouterr().out
    assert main(["shops", "edit", "LIN", "--sender-phone", "0595-85123456", "--default", "--reason", "换号", *by]) == 0
    assert main(["shops", "add", "P", "--name", "包装员的店", "--by", "P01", "--pin", "1234"]) == 1
    assert "not signed on as P01: not_supervisor" in capsys.readouterr().err
    assert main(["shops", "retire", "NOS", "--reason", "不再合作", *by]) == 0
    capsys.readouterr()
    assert main(["shops", "list"]) == 0
    out = capsys.readouterr().out
    assert "LIN        林家小铺  [pdd]  (default)" in out
    assert "sender: 林家, 0595-85123456, 福建省泉州市陈埭镇江头村188号" in out
    assert "slip header: 林家小铺 发货单 / 售后请联系客服" in out
    assert "NOS        无发件人店  [other]  (retired, NO SENDER: its orders stop at the scan)" in out
    with db.session() as s:
        assert s.scalar(select(Shop.slip_header).where(Shop.code == "LIN")) == "林家小铺 发货单\n售后请联系客服"
        acts = [a.action for a in s.scalars(select(AuditLog).order_by(AuditLog.id))]
    assert acts.count("add_shop") == 2 and "edit_shop" in acts and "retire_shop" in acts
    db.dispose()


def test_shipments_export_from_the_command_line(capsys, tmp_path):
    db = _setup()
    by = ["--by", "S01", "--pin", "999999"]
    assert main(["shops", "add", "LIN", "--name", "林家小铺", *by]) == 0
    out = tmp_path / "ship.csv"
    assert main(["shipments", "export", "--shop", "LIN", "--date", "2026-12-01", "--out", str(out), *by]) == 0
    assert "nothing new to export" in capsys.readouterr().out and not out.exists()
    assert main(["shipments", "export", "--shop", "LIN", "--date", "2026-12-01", "--from", "2026-11-01",
                 "--out", str(out), *by]) == 2
    assert main(["shipments", "export", "--shop", "NOPE", "--out", str(out), *by]) == 1
    assert "no shop NOPE" in capsys.readouterr().err
    db.dispose()
