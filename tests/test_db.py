import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from app.db import Database, head_revision
from app.models import AuditLog


def test_upgrade_to_head_and_pragmas(db):
    assert db.current_revision() == head_revision(db.engine)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_upgrade_is_idempotent(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    Database(url).upgrade()
    d = Database(url)
    assert d.upgrade() == d.current_revision() == head_revision(d.engine)


def test_audit_log_is_append_only(db):
    with db.session() as s:
        s.add(AuditLog(action="test", reason="r"))
    with pytest.raises(IntegrityError, match="append-only"):
        with db.session() as s:
            s.execute(sa.text("UPDATE audit_log SET reason = 'changed'"))
    with pytest.raises(IntegrityError, match="append-only"):
        with db.session() as s:
            s.execute(sa.text("DELETE FROM audit_log"))
    with db.session() as s:
        assert s.scalar(sa.select(AuditLog.reason)) == "r"


def test_models_match_migrations(db):
    """alembic check: the models and the migrations describe the same schema."""
    from alembic import command

    from app.db import alembic_config

    command.check(alembic_config(db.engine))
