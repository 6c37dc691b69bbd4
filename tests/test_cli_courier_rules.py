"""`packstation courier-rules …` for IT: the same checks and audit rows as the desk, nothing half-written."""
from sqlalchemy import select

from app.cli import main
from app.db import Database, default_url
from app.models import AuditLog, CourierRule


def test_courier_rules_from_the_command_line(capsys):
    assert main(["courier-rules", "list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("no rules") and "JTSD   极兔速递  does not deliver to: -" in out
    assert main(["courier-rules", "add", "place", "ems", "--places", "新疆，西藏", "--note", "偏远地区"]) == 0
    out = capsys.readouterr().out
    assert "1. [1] to 新疆,西藏 -> EMS (中国邮政 EMS), every shop  偏远地区" in out
    assert "0 waiting order(s) now go with another courier" in out
    assert main(["courier-rules", "add", "weight", "DBL", "--min-g", "5kg"]) == 1
    assert "the weight is grams, a whole number: not “5kg”; nothing changed" in capsys.readouterr().err
    assert main(["courier-rules", "add", "weight", "DBL", "--min-g", "5000"]) == 0
    assert "2. [2] weighing 5000–∞ g -> DBL (德邦快递), every shop" in capsys.readouterr().out
    assert main(["courier-rules", "move", "2", "up"]) == 0
    assert capsys.readouterr().out.startswith("1. [2] weighing 5000–∞ g -> DBL")
    assert main(["courier-rules", "places", "JTSD", "--no-service", "西藏,新疆", "--words", "极兔快递"]) == 0
    capsys.readouterr()
    assert main(["courier-rules", "try", "--province", "新疆维吾尔自治区", "--buyer-note", "请发极兔"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("EMS: ") and "'why': 'not_served'" in out and "a supervisor decides" in out
    assert main(["courier-rules", "remove", "1", "--reason", "no longer"]) == 0
    db = Database(default_url())
    with db.session() as s:
        assert [r.kind for r in s.scalars(select(CourierRule))] == ["weight"]
        actions = [a.action for a in s.scalars(select(AuditLog).where(AuditLog.actor_id.is_(None),
                                                                      AuditLog.action.like("%courier_%"))
                                               .order_by(AuditLog.id))]
        assert actions == ["add_courier_rule", "add_courier_rule", "move_courier_rule", "edit_courier_places",
                           "remove_courier_rule"]
    db.dispose()
