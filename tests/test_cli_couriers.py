"""`packstation couriers …` for IT: the same checks and audit rows as the desk, nothing half-written."""
from sqlalchemy import select

from app.cli import main
from app.db import Database, default_url
from app.models import AuditLog, CourierAccount


def test_couriers_from_the_command_line(capsys):
    assert main(["couriers", "list"]) == 0
    out = capsys.readouterr().out
    assert "JTSD   极兔速递" in out and "DBL    德邦快递" in out and "source range" in out
    assert "source range  warn below 200  privacy yes  0 free  LOW" in out
    assert main(["couriers", "add", "zjs", "宅急送", "--services", "标快,特快", "--warn", "30"]) == 0
    assert "ZJS    宅急送  layout ZJS  services 标快/特快  source range  warn below 30" in capsys.readouterr().out
    assert main(["couriers", "add", "ZJS", "again"]) == 1
    assert "exists already; nothing changed" in capsys.readouterr().err
    assert main(["couriers", "edit", "ZJS", "--layout", "nope"]) == 1
    assert "no label layout 'NOPE'" in capsys.readouterr().err
    assert main(["couriers", "edit", "ZJS", "--layout", "generic", "--source", "kuaidi100"]) == 0
    assert "layout GENERIC" in capsys.readouterr().out
    assert main(["couriers", "retire", "ZJS", "--reason", "contract ended"]) == 0
    assert "RETIRED" in capsys.readouterr().out
    assert main(["couriers", "reactivate", "ZJS", "--reason", "new contract"]) == 0
    assert main(["couriers", "account", "ZTO", "--api-key", "K", "--api-secret", "TOPSECRET", "--partner-id",
                 "zto1", "--account-code", "ztoOpen", "--prefetch", "5"]) == 0
    assert "ZTO account for every shop: zhongtong, partner zto1, secret set, 5 kept ready" in capsys.readouterr().out
    assert main(["couriers", "account", "ZTO", "--prefetch", "900"]) == 1
    assert main(["couriers", "list"]) == 0
    assert "ZJS    宅急送  layout GENERIC  services 标快/特快  source kuaidi100  warn below 30  privacy yes  0 ready  " \
           "WARNING: ZJS has no e-waybill account yet" in capsys.readouterr().out
    db = Database(default_url())
    with db.session() as s:
        acc = s.scalar(select(CourierAccount))
        assert (acc.code, acc.prefetch, acc.api_secret) == ("ztoOpen", 5, "TOPSECRET"), "the refused change left it"
        rows = s.scalars(select(AuditLog).where(AuditLog.entity == "courier").order_by(AuditLog.id)).all()
        assert [r.action for r in rows] == ["add_courier", "edit_courier", "retire_courier", "reactivate_courier",
                                            "set_courier_account"]
        assert all(r.actor_id is None for r in rows) and "TOPSECRET" not in rows[-1].after
    db.dispose()
