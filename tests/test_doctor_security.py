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
