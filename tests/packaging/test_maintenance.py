"""Backups (SQLite online backup API) with rotation, restore, integrity check, and the resource self-check."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import config, maintenance, paths
from app.cli import main
from app.db import Database, default_url
from app.models import Operator, Role
from app.services import auth

T0 = dt.datetime(2026, 3, 1, 8, 0, 0)


def make_db(path: Path, *codes: str) -> Path:
    db = Database(f"sqlite:///{path}")
    db.upgrade()
    with db.session() as s:
        for code in codes:
            auth.add_operator(s, code, f"op {code}", "1234", Role.PACKER)
    db.dispose()
    return path


def operators(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT code FROM operator"))
    finally:
        con.close()


def corrupt(path: Path) -> None:
    """Scribble over the headers of every other b-tree page (what a failing disk or a bad copy leaves)."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for page in range(3, len(data) // size, 2):
        data[page * size:page * size + 8] = b"\x0d" + b"\xff" * 7
    path.write_bytes(bytes(data))


@pytest.fixture
def no_system_config(monkeypatch):
    monkeypatch.setenv("PACKSTATION_SYSTEM_CONFIG", "")


def test_backup_restore_round_trip(tmp_path):
    live = make_db(tmp_path / "live.db", "P01")
    b = maintenance.backup(live, tmp_path / "backups", keep=7, now=T0)
    assert b.name == "packstation-20260301-080000.db" and maintenance.check_file(b) == []
    assert operators(b) == ["P01"]
    db = Database(f"sqlite:///{live}")
    with db.session() as s:  # the day goes on after the backup
        auth.add_operator(s, "P02", "later", "1234", Role.PACKER)
    db.dispose()
    reader = sqlite3.connect(live)  # an open, idle connection (WAL) does not stop the restore
    assert reader.execute("SELECT count(*) FROM operator").fetchone() == (2,)
    kept = maintenance.restore(b, live, tmp_path / "backups", now=T0 + dt.timedelta(hours=1))
    assert reader.execute("SELECT count(*) FROM operator").fetchone() == (1,), "it sees the restored data"
    reader.close()
    assert operators(live) == ["P01"], "the backup's contents are back"
    assert kept.name == "before-restore-20260301-090000.db" and operators(kept) == ["P01", "P02"], \
        "the database as it was is kept"
    assert maintenance.backups_in(tmp_path / "backups") == [b], "the kept copy is not rotated away"
    db = Database(f"sqlite:///{live}")
    db.upgrade()  # the restored file opens and is at the head revision
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Operator)) == 1
    db.dispose()


def test_backup_is_consistent_while_a_writer_has_uncheckpointed_wal(tmp_path):
    live = make_db(tmp_path / "live.db", "P01")
    db = Database(f"sqlite:///{live}")
    with db.session() as s:
        auth.add_operator(s, "P02", "in the wal", "1234", Role.PACKER)
    with db.engine.connect() as conn:  # keep a connection: the WAL is not folded back into the file
        conn.exec_driver_sql("SELECT 1")
        assert Path(str(live) + "-wal").stat().st_size > 0
        b = maintenance.backup(live, tmp_path / "b", keep=None)
    db.dispose()
    assert operators(b) == ["P01", "P02"] and not Path(str(b) + "-wal").exists()


def test_restore_gives_up_while_another_program_writes(tmp_path, monkeypatch):
    live = make_db(tmp_path / "live.db", "P01")
    b = maintenance.backup(make_db(tmp_path / "old.db"), tmp_path / "b", keep=None)
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # the station in the middle of saving a scan
    real = maintenance._run_backup
    monkeypatch.setattr(maintenance, "_run_backup", lambda s, d, what, busy_s=10.0: real(s, d, what, 0.3))
    try:
        with pytest.raises(maintenance.MaintenanceError, match="locked"):
            maintenance.restore(b, live, tmp_path / "keep")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert operators(live) == ["P01"], "nothing restored into a database in use"


def test_rotation_keeps_the_newest(tmp_path):
    live = make_db(tmp_path / "live.db")
    dest = tmp_path / "backups"
    made = [maintenance.backup(live, dest, keep=3, now=T0 + dt.timedelta(days=d)) for d in range(6)]
    assert maintenance.backups_in(dest) == made[-3:]
    (dest / "notes.txt").write_text("IT's own file", encoding="utf-8")
    (dest / "before-restore-20200101-000000.db").write_bytes(b"x")
    maintenance.rotate(dest, 1)
    assert maintenance.backups_in(dest) == made[-1:]
    assert (dest / "notes.txt").exists() and (dest / "before-restore-20200101-000000.db").exists()
    again = maintenance.backup(live, dest, keep=5, now=T0 + dt.timedelta(days=5))
    assert again.name.endswith("-1.db"), "two backups in the same second do not overwrite each other"


def test_daily_backup_only_when_a_day_has_passed(tmp_path):
    live = make_db(tmp_path / "live.db")
    dest = tmp_path / "backups"
    assert maintenance.daily_backup(live, dest, keep=7, now=T0) is not None, "none yet: one now"
    assert maintenance.daily_backup(live, dest, keep=7, now=T0 + dt.timedelta(hours=23)) is None
    assert maintenance.daily_backup(live, dest, keep=7, now=T0 + dt.timedelta(hours=24)) is not None
    assert maintenance.last_backup_time(dest) == T0 + dt.timedelta(days=1)
    for d in range(2, 12):
        maintenance.daily_backup(live, dest, keep=7, now=T0 + dt.timedelta(days=d))
    assert len(maintenance.backups_in(dest)) == 7


def test_startup_checks_back_up_the_station_database_once_a_day(tmp_path, no_system_config):
    cfg = config.Config(backup_dir=str(tmp_path / "bk"), backup_keep=2)
    assert maintenance.startup_checks(cfg, now=T0).notes == ["new database: nothing to check or back up yet"]
    live = Path(default_url().removeprefix("sqlite:///"))
    make_db(live, "P01")
    first = maintenance.startup_checks(cfg, now=T0)
    assert first.database == live and first.backup is not None and first.backup.parent == tmp_path / "bk"
    assert maintenance.startup_checks(cfg, now=T0 + dt.timedelta(hours=2)).backup is None
    for d in (1, 2, 3):
        assert maintenance.startup_checks(cfg, now=T0 + dt.timedelta(days=d)).backup is not None
    assert len(maintenance.backups_in(tmp_path / "bk")) == 2
    off = config.Config(backup_dir=str(tmp_path / "bk"), backup_daily=False)
    assert maintenance.startup_checks(off, now=T0 + dt.timedelta(days=9)).backup is None
    assert maintenance.startup_checks(cfg, demo=True, now=T0 + dt.timedelta(days=9)).backup is None


def test_default_backup_folder_is_in_the_data_dir():
    assert maintenance.backup_dir(config.Config()) == paths.data_dir() / "backups"


def test_postgresql_is_not_copied_here(pg_cluster, tmp_path):
    """A station on the server starts without the daily SQLite copy (backup.daily is on, the backup folder
    stays empty): the server is backed up with pg_dump (`packstation backup`)."""
    url = pg_cluster.create_database("startup_no_copy")
    try:
        cfg = config.Config(database_url=url, backup_dir=str(tmp_path / "bk"), backup_daily=True)
        report = maintenance.startup_checks(cfg)
        assert report.database is None and report.backup is None and "database server" in report.notes[0]
        assert not (tmp_path / "bk").exists()
        assert maintenance.sqlite_file("sqlite://") is None
    finally:
        pg_cluster.drop_database("startup_no_copy")


def test_a_station_does_not_start_on_a_server_it_cannot_reach_and_says_why():
    cfg = config.Config(database_url="postgresql+psycopg://u:p@db.invalid/ps")
    with pytest.raises(maintenance.MaintenanceError, match="cannot be reached: the host name 'db.invalid' is "
                                                            "unknown") as err:
        maintenance.startup_checks(cfg)
    assert ":p@" not in str(err.value)


def test_a_station_does_not_start_on_a_database_a_newer_program_migrated(tmp_path, no_system_config):
    """SQLite too: a schema revision this program does not know stops the start (update the program)."""
    live = Path(default_url().removeprefix("sqlite:///"))
    make_db(live, "P01")
    con = sqlite3.connect(live)
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.close()
    with pytest.raises(maintenance.MaintenanceError, match="0999: this program is older than the database"):
        maintenance.startup_checks(config.Config(backup_dir=str(tmp_path / "bk")))


# ---------------------------------------------------------------- integrity

def test_integrity_failure_is_detected_and_stops_the_start(tmp_path, no_system_config):
    live = Path(default_url().removeprefix("sqlite:///"))
    make_db(live, "P01", "P02")
    corrupt(live)
    assert maintenance.check_file(live), "quick_check reports the damage"
    cfg = config.Config(backup_dir=str(tmp_path / "bk"))
    with pytest.raises(maintenance.IntegrityError) as err:
        maintenance.startup_checks(cfg)
    msg = str(err.value)
    assert str(live) in msg and "damaged" in msg and "packstation restore" in msg and str(tmp_path / "bk") in msg
    assert not maintenance.backups_in(tmp_path / "bk"), "a damaged database never replaces a good backup"
    with pytest.raises(maintenance.IntegrityError):
        maintenance.backup(live, tmp_path / "bk")


def test_not_a_database_is_a_failed_check(tmp_path):
    f = tmp_path / "x.db"
    f.write_bytes(b"hello, this is not SQLite" * 100)
    assert maintenance.check_file(f)
    assert maintenance.check_file(tmp_path / "missing.db")


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path):
    live = make_db(tmp_path / "live.db", "P01")
    bad = make_db(tmp_path / "bad.db", "X1", "X2")
    corrupt(bad)
    before = live.read_bytes()
    with pytest.raises(maintenance.IntegrityError, match="integrity check"):
        maintenance.restore(bad, live, tmp_path / "keep")
    assert live.read_bytes() == before and not (tmp_path / "keep").exists()


def test_restore_refuses_what_is_not_a_packstation_database(tmp_path):
    live = make_db(tmp_path / "live.db", "P01")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(maintenance.MaintenanceError, match="not a PackStation database"):
        maintenance.restore(other, live, tmp_path / "keep")
    newer = make_db(tmp_path / "newer.db")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(maintenance.MaintenanceError, match="9999"):
        maintenance.restore(newer, live, tmp_path / "keep")
    assert operators(live) == ["P01"]


def test_restore_over_a_damaged_database_keeps_its_bytes(tmp_path):
    good = maintenance.backup(make_db(tmp_path / "live.db", "P01"), tmp_path / "b", keep=None)
    live = tmp_path / "live.db"
    corrupt(live)
    damaged = live.read_bytes()
    kept = maintenance.restore(good, live, tmp_path / "keep")
    assert kept.read_bytes() == damaged and operators(live) == ["P01"]


# ---------------------------------------------------------------- the commands

def test_backup_and_restore_commands(tmp_path, capsys, no_system_config):
    assert main(["operator", "P01", "王芳", "--pin", "1234"]) == 0
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    assert "backup written" in out and str(paths.data_dir() / "backups") in out
    assert main(["backup", "--to", str(tmp_path / "usb")]) == 0
    (b,) = maintenance.backups_in(tmp_path / "usb")
    assert main(["operator", "P02", "张伟", "--pin", "1234"]) == 0
    assert main(["restore", str(b)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "before-restore-" in out
    assert operators(paths.data_dir() / "packstation.db") == ["P01"]
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    assert main(["restore", str(bad)]) == 1
    assert "integrity check" in capsys.readouterr().err
    assert main(["restore", str(tmp_path / "nope.db")]) == 1


def test_backup_command_on_postgresql_says_where_to_do_it(tmp_path, capsys, monkeypatch):
    cfg = tmp_path / "pg.toml"
    cfg.write_text('[database]\nurl = "postgresql+psycopg://u:p@db/ps"\n', encoding="utf-8")
    monkeypatch.setenv("PACKSTATION_SYSTEM_CONFIG", "")
    assert main(["--config", str(cfg), "backup"]) == 1
    assert "pg_dump" in capsys.readouterr().err


# ---------------------------------------------------------------- the program's own files

def test_resources_all_present_in_the_checkout():
    checks = maintenance.check_resources()
    assert [c for c in checks if not c.ok] == []
    names = {c.name for c in checks}
    assert {"font", "translations", "label layouts (base)", "migrations", "migration head",
            "pyserial URL handlers", "python-escpos capabilities", "argon2"} <= names


def test_missing_migrations_fail_the_self_check_and_doctor(tmp_path, monkeypatch, capsys, no_system_config):
    """What a bundler that dropped the migration files leaves: no head revision. Doctor must fail."""
    import app.db

    empty = tmp_path / "migrations"
    (empty / "versions").mkdir(parents=True)
    (empty / "env.py").write_text((Path(app.db.__file__).parent / "migrations" / "env.py").read_text())
    monkeypatch.setattr(app.db, "MIGRATIONS_DIR", empty)
    bad = {c.name for c in maintenance.check_resources() if not c.ok}
    assert {"migrations", "migration head"} <= bad
    with pytest.raises(RuntimeError, match="head"):
        app.db.head_revision(app.db.make_engine("sqlite://"))
    assert main(["doctor"]) == 1
    assert "PROBLEMS FOUND" in capsys.readouterr().out


def test_missing_resource_fails_the_self_check(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "nothing")
    bad = {c.name for c in maintenance.check_resources() if not c.ok}
    assert {"font", "sounds", "translations", "label layouts (base)", "demo data"} <= bad
