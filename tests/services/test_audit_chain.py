"""The audit log is hash-chained: a row edited, removed or slipped in after the append-only triggers were dropped
is named by the check, the chain is filled for the rows of an older database, and two stations writing at once
never fork it."""
from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from app.db import Database, alembic_config
from app.models import AuditChain, AuditLog
from app.models.audit_chain import GENESIS, row_digest
from app.services.audit import audit, verify_audit_chain


def write(db, n: int, who: str = "test") -> None:
    for i in range(n):
        with db.session() as s:
            audit(s, None, f"{who}_{i}", "order", f"T{i}", "reason 原因", {"a": i}, {"b": i})


def raw(db, *statements: str) -> None:
    """What someone with the database file can do: drop the triggers and change rows behind the program."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for st in statements:
            conn.exec_driver_sql(st)


def test_every_row_is_chained_to_the_one_before(db):
    write(db, 5)
    with db.session() as s:
        rows = s.scalars(select(AuditLog).order_by(AuditLog.id)).all()
        prev = GENESIS
        for r in rows:
            assert r.row_hash == row_digest(prev, r)
            prev = r.row_hash
        assert (s.get(AuditChain, 1).last_id, s.get(AuditChain, 1).last_hash) == (rows[-1].id, prev)
    report = verify_audit_chain(db)
    assert report.ok and report.rows == 5 and report.first_bad_id is None and report.triggers_ok
    assert report.head_hash == prev and report.line().startswith("ok, 5 rows")


@pytest.mark.parametrize("tamper,first_bad,words", [
    ("UPDATE audit_log SET reason = 'nothing happened' WHERE id = 3", 3, "does not match"),
    ("UPDATE audit_log SET ts = '2020-01-01 00:00:00.000000' WHERE id = 2", 2, "does not match"),
    ("DELETE FROM audit_log WHERE id = 3", 4, "does not match"),
    ("INSERT INTO audit_log (id, ts, action, entity, entity_id, reason, before, after, row_hash) "
     "VALUES (99, '2025-01-01 00:00:00.000000', 'forged', '', '', '', '', '', '')", 99, "no hash"),
    ("DELETE FROM audit_log WHERE id = 6", 6, "are gone"),
])
def test_the_check_names_the_first_broken_row(db, tamper, first_bad, words):
    write(db, 6)
    assert verify_audit_chain(db).ok
    raw(db, tamper)
    report = verify_audit_chain(db)
    assert not report.ok and not report.triggers_ok
    assert report.first_bad_id == first_bad and words in report.problem, report


def test_a_forged_row_with_a_good_hash_at_the_end_still_shows(db):
    """Someone who knows the recipe hashes a forged row onto the last one: the chain's head row tells."""
    write(db, 3)
    with db.session() as s:
        last = s.scalar(select(AuditLog).order_by(AuditLog.id.desc()).limit(1))
        fake = AuditLog(id=last.id + 1, ts=last.ts, station_id=None, actor_id=None, action="forged", entity="",
                        entity_id="", reason="", before="", after="")
        h = row_digest(last.row_hash, fake)
    raw(db, f"INSERT INTO audit_log (id, ts, action, entity, entity_id, reason, before, after, row_hash) VALUES "
            f"({fake.id}, '{fake.ts:%Y-%m-%d %H:%M:%S.%f}', 'forged', '', '', '', '', '', '{h}')")
    report = verify_audit_chain(db)
    assert not report.ok and report.first_bad_id == fake.id and "head" in report.problem


def test_a_dropped_trigger_alone_is_reported(db):
    write(db, 2)
    raw(db)
    report = verify_audit_chain(db)
    assert not report.ok and report.first_bad_id is None and "audit_log_no_update" in report.problem


def test_rows_added_after_a_slipped_in_row_chain_on_and_the_check_names_the_slipped_one(db):
    write(db, 2)
    raw(db, "INSERT INTO audit_log (id, ts, action, entity, entity_id, reason, before, after, row_hash) "
            "VALUES (3, '2025-01-01 00:00:00.000000', 'forged', '', '', '', '', '', '')")
    write(db, 2, "later")  # the program goes on: its rows take ids after the forged one
    with db.session() as s:
        assert s.scalars(select(AuditLog.id).order_by(AuditLog.id)).all() == [1, 2, 3, 4, 5]
    assert verify_audit_chain(db).first_bad_id == 3


def test_two_stations_writing_at_once_do_not_fork_the_chain(tmp_path):
    url = f"sqlite:///{tmp_path / 'two.db'}"
    Database(url).upgrade()
    a, b = Database(url), Database(url)
    errors = []

    def station(db, name):
        try:
            write(db, 40, name)
        except Exception as exc:  # pragma: no cover - what the test is for
            errors.append(exc)

    threads = [threading.Thread(target=station, args=(a, "A")), threading.Thread(target=station, args=(b, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors and not any(t.is_alive() for t in threads)
    report = verify_audit_chain(a)
    assert report.ok and report.rows == 80, report
    with a.session() as s:
        actions = s.scalars(select(AuditLog.action).order_by(AuditLog.id)).all()
    assert {x[0] for x in actions} == {"A", "B"} and len(set(actions)) == 80
    a.dispose()
    b.dispose()


def test_the_migration_chains_the_rows_an_older_database_already_has(tmp_path):
    from alembic import command

    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    command.upgrade(alembic_config(db.engine), "0005")
    with db.engine.begin() as conn:
        for i in range(4):
            conn.exec_driver_sql(
                "INSERT INTO audit_log (ts, action, entity, entity_id, reason, before, after) "
                f"VALUES ('2025-03-0{i + 1} 08:00:00.123456', 'old_{i}', 'order', 'T{i}', '旧', '', '')")
    db.upgrade()
    report = verify_audit_chain(db)
    assert report.ok and report.rows == 4, report
    write(db, 1, "new")
    assert verify_audit_chain(db).ok and verify_audit_chain(db).rows == 5
    with pytest.raises(sa.exc.IntegrityError, match="append-only"):  # the triggers came back after the fill
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE audit_log SET reason = 'x'")
    db.dispose()


def test_each_start_writes_the_chain_head_to_the_log(tmp_path, caplog):
    """An anchor outside the database: a chain rewritten later no longer leads to a head logged before."""
    import logging
    from pathlib import Path

    from app import config, maintenance
    from app.db import default_url

    db = Database(default_url())
    db.upgrade()
    write(db, 2)
    db.dispose()
    cfg = config.Config(backup_dir=str(tmp_path / "bk"), backup_daily=False)
    with caplog.at_level(logging.INFO, logger="app.maintenance"):
        maintenance.startup_checks(cfg)
    head = maintenance.audit_head(Path(default_url().removeprefix("sqlite:///")))
    assert head[0] == 2 and f"audit chain head at start: row 2, {head[1]}" in caplog.text
