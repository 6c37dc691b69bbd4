"""`packstation doctor` checks the audit chain, and never shows the database password: not in its output, the
backup command's, an error that echoes the URL, nor a log line."""
import logging

import pytest

from app import maintenance, paths
from app.cli import main
from app.db import Database, default_url
from app.services.audit import audit

PASSWORD = "S3cret-PW+x"
URL = "postgresql+psycopg://station:S3cret-PW%2Bx@127.0.0.1:1/packstation"


@pytest.fixture
def pg_config(tmp_path):
    cfg = tmp_path / "packstation.toml"
    cfg.write_text(f'[database]\nurl = "{URL}"\n', encoding="utf-8")
    return cfg


def test_doctor_checks_the_audit_chain_and_names_the_broken_row(capsys):
    assert main(["doctor"]) == 0
    db = Database(default_url())
    for i in range(3):
        with db.session() as s:
            audit(s, None, f"act_{i}", "order", f"T{i}")
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "audit log:     ok, 3 rows" in out and "chain head:" in out
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET entity_id = 'T9' WHERE id = 2")
    db.dispose()
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "audit log:     BROKEN: audit row 2 does not match the chain" in out
    assert "PROBLEMS FOUND" in out


def test_doctor_and_backup_never_print_the_password(pg_config, capsys):
    assert main(["--config", str(pg_config), "doctor"]) == 1  # no PostgreSQL here: the check fails
    out, err = capsys.readouterr()
    assert "postgresql+psycopg://station:***@127.0.0.1:1/packstation" in out
    assert PASSWORD not in out + err and "S3cret" not in out + err
    assert main(["--config", str(pg_config), "backup"]) == 1
    out, err = capsys.readouterr()
    assert "station:***@" in err and "S3cret" not in out + err


def test_an_error_that_echoes_the_url_is_masked(pg_config, capsys, monkeypatch):
    def refuse(url):
        raise RuntimeError(f"could not connect to {url} (password {PASSWORD} rejected)")

    monkeypatch.setattr("app.db.Database", refuse)
    assert main(["--config", str(pg_config), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "database:      ERROR could not connect to postgresql+psycopg://station:***@" in out
    assert "S3cret" not in out


def test_log_lines_mask_the_password(pg_config, capsys):
    root = logging.getLogger()
    for h in root.handlers[:]:  # what earlier commands in this process left (their streams are closed)
        if isinstance(h, logging.StreamHandler) and getattr(h.stream, "closed", False):
            root.removeHandler(h)
    before = list(root.handlers)
    try:
        main(["--config", str(pg_config), "doctor"])
        logging.getLogger("app.test").error("cannot reach %s as %s", URL, PASSWORD)
        try:
            raise ValueError(f"boom {URL}")
        except ValueError:
            logging.getLogger("app.test").exception("with a traceback")
        for h in root.handlers:
            if h not in before:
                h.flush()
        text = (paths.log_dir() / "packstation.log").read_text(encoding="utf-8")
        assert "cannot reach postgresql+psycopg://station:***@127.0.0.1:1/packstation as ***" in text
        assert "S3cret" not in text and "boom postgresql+psycopg://station:***@" in text
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


def test_redact_knows_the_encoded_and_the_plain_password():
    assert maintenance.safe_url(URL) == "postgresql+psycopg://station:***@127.0.0.1:1/packstation"
    assert maintenance.redact(f"x {PASSWORD} y S3cret-PW%2Bx z", URL) == "x *** y *** z"
    assert maintenance.safe_url("sqlite:////tmp/a.db") == "sqlite:////tmp/a.db"


def test_a_chain_rewritten_hashes_and_all_is_caught_by_the_newest_backup(capsys):
    """Whoever can write the file can recompute every hash after an edit; the backup taken before still
    has the old rows, and doctor compares them."""
    from sqlalchemy import select

    from app.models import AuditLog
    from app.models.audit_chain import GENESIS, row_digest

    db = Database(default_url())
    db.upgrade()
    for i in range(3):
        with db.session() as s:
            audit(s, None, f"act_{i}", "order", f"T{i}", "why")
    assert main(["backup"]) == 0
    assert main(["doctor"]) == 0
    assert "audit vs backup: ok" in capsys.readouterr().out
    with db.engine.begin() as conn:  # the careful forger: edit row 2, then recompute the chain and its head
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET reason = 'nothing to see' WHERE id = 2")
    with db.session() as s:
        rows = s.scalars(select(AuditLog).order_by(AuditLog.id)).all()
        prev, hashes = GENESIS, []
        for r in rows:
            prev = row_digest(prev, r)
            hashes.append((r.id, prev))
    with db.engine.begin() as conn:
        for rid, h in hashes:
            conn.exec_driver_sql(f"UPDATE audit_log SET row_hash = '{h}' WHERE id = {rid}")
        conn.exec_driver_sql(f"UPDATE audit_chain SET last_hash = '{prev}'")
        conn.exec_driver_sql("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                             "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
    db.dispose()
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "audit log:     ok, 3 rows" in out, "the chain alone cannot tell"
    assert "audit vs backup: audit row 2 differs from backup packstation-" in out
