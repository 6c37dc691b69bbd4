"""Every command of `packstation` against a PostgreSQL server (`[database] url` in the config), through the
real entry point; and what `doctor` says about the server: reachable or why not (wrong password, no such
database, refused, timeout), version, TLS, clock skew, and the schema against this program."""
from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import maintenance, paths, pgserver
from app.cli import main
from app.db import Database, head_revision
from app.models import Operator, Order, Product, WaybillNumber
from app.services import auth

HEAD = head_revision(None)  # the newest migration: what doctor and db upgrade name (whichever branch added it)


@pytest.fixture
def db_backend():
    return "postgresql"


def write_config(tmp_path: Path, url: str, name: str = "packstation.toml") -> Path:
    cfg = tmp_path / name
    cfg.write_text(f'[database]\nurl = "{url}"\n[backup]\ndir = "{(tmp_path / "backups").as_posix()}"\n',
                   encoding="utf-8")
    return cfg


def run(cfg: Path, *args: str) -> int:
    return main(["--config", str(cfg), *args])


def count(url: str, model) -> int:
    db = Database(url)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(model))
    finally:
        db.dispose()


def test_every_command_works_on_the_server(pg_cluster, db_url, tmp_path, capsys):
    cfg = write_config(tmp_path, db_url.replace("postgresql+psycopg://", "postgresql://"))  # as IT writes it
    demo = paths.resource("demo")
    assert run(cfg, "doctor", "--no-devices") == 0
    out = capsys.readouterr().out
    assert "result:        OK" in out and "server version:              ok  PostgreSQL" in out
    assert run(cfg, "import", str(demo / "products.csv")) == 0
    assert run(cfg, "import", str(demo / "orders_taobao.csv")) == 0
    assert "orders: 50 new" in capsys.readouterr().out
    assert run(cfg, "waybills", "ZTO", "--range", "7731", "1", "100", "10") == 0
    assert run(cfg, "operator", "S01", "李静", "--role", "supervisor", "--badge", "B9", "--pin", "432198") == 0
    assert run(cfg, "operator", "S01", "又一个", "--pin", "4321") == 1, "a duplicate code is refused on the server too"
    assert run(cfg, "mapping", "erp", "order_no=单号", "recipient_name=收件人") == 0
    assert run(cfg, "mapping") == 0 and "erp:" in capsys.readouterr().out
    assert run(cfg, "commands", "card", str(tmp_path / "card.pdf")) == 0
    assert (tmp_path / "card.pdf").read_bytes()[:4] == b"%PDF"
    assert count(db_url, Order) == 50 and count(db_url, Product) == 30 and count(db_url, WaybillNumber) == 100
    db = Database(db_url)
    with db.session() as s:
        assert auth.authenticate(s, "B9", "432198").role == "supervisor"
        assert s.scalar(select(func.count()).select_from(Operator)) == 1
    db.dispose()
    capsys.readouterr()
    assert run(cfg, "doctor", "--no-devices") == 0
    assert "audit log:     ok," in capsys.readouterr().out


def test_backup_is_a_checked_pg_dump_and_restores_only_into_an_empty_database(pg_cluster, db_url, tmp_path,
                                                                               capsys):
    cfg = write_config(tmp_path, db_url)
    assert run(cfg, "import", str(paths.resource("demo") / "products.csv")) == 0
    assert run(cfg, "operator", "P01", "王芳", "--pin", "1234") == 0
    capsys.readouterr()
    assert run(cfg, "backup") == 0
    assert "pg_dump custom format, checked" in capsys.readouterr().out
    dumps = pgserver.dumps_in(tmp_path / "backups")
    assert len(dumps) == 1 and maintenance._NAME.match(dumps[0].name)
    assert dumps[0].read_bytes()[:5] == b"PGDMP"
    assert run(cfg, "backup", "--to", str(tmp_path / "usb")) == 0
    assert len(pgserver.dumps_in(tmp_path / "usb")) == 1

    # into the same, non-empty database: refused, nothing changed
    assert run(cfg, "restore", str(dumps[0])) == 1
    assert "not empty" in capsys.readouterr().err
    assert count(db_url, Product) == 30

    empty = pg_cluster.create_database("restored_here", migrated=False)
    try:
        cfg2 = write_config(tmp_path, empty, "other.toml")
        assert run(cfg2, "restore", str(dumps[0])) == 0
        out = capsys.readouterr().out
        assert "audit log:     ok" in out and "grant-station" in out
        assert count(empty, Product) == 30 and count(empty, Operator) == 1
        assert run(cfg2, "doctor", "--no-devices") == 0
        # a SQLite file is not a dump: said, with the command that moves one
        sqlite_file = tmp_path / "station.db"
        Database(f"sqlite:///{sqlite_file}").upgrade()
        capsys.readouterr()
        assert run(cfg2, "restore", str(sqlite_file)) == 1
        assert "migrate-to" in capsys.readouterr().err
    finally:
        pg_cluster.drop_database("restored_here")


def test_without_pg_dump_backup_says_to_use_it(db_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(pgserver, "PG_BIN_GLOBS", [])
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    cfg = write_config(tmp_path, db_url)
    assert run(cfg, "backup") == 1
    err = capsys.readouterr().err
    assert "pg_dump is not installed here" in err and "postgresql-client" in err
    assert not (tmp_path / "backups").exists()
    assert run(cfg, "restore", str(tmp_path / "x.dump")) == 1  # no such file: said before anything else
    assert "no such file" in capsys.readouterr().err


def test_pg_dump_is_found_outside_path_where_debian_keeps_it(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    found = pgserver.find_program("pg_dump")
    assert found and found.startswith("/usr/lib/postgresql/") and os.access(found, os.X_OK)


# ---------------------------------------------------------------- doctor on the server

def doctor(cfg: Path, capsys) -> tuple[int, str]:
    rc = run(cfg, "doctor", "--no-devices")
    return rc, capsys.readouterr().out


@pytest.fixture
def password_role(pg_cluster, db_url):
    dbname = db_url.rsplit("/", 1)[1]
    pg_cluster.sql("DROP ROLE IF EXISTS ps_doctor")
    pg_cluster.sql("CREATE ROLE ps_doctor LOGIN PASSWORD 'right-one'")
    pg_cluster.sql(f'GRANT ALL ON DATABASE "{dbname}" TO ps_doctor')
    yield dbname
    pg_cluster.sql("DROP OWNED BY ps_doctor", dbname)
    pg_cluster.sql("DROP ROLE ps_doctor")


def test_doctor_says_the_password_is_wrong(pg_cluster, password_role, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    url = f"postgresql://ps_doctor:wrong-one@127.0.0.1:{pg_cluster.port}/{password_role}"
    rc, out = doctor(write_config(tmp_path, url), capsys)
    assert rc == 1 and "PROBLEMS FOUND" in out
    assert "server:                      FAIL  the server refused the password of user 'ps_doctor'" in out
    assert "wrong-one" not in out
    good = url.replace("wrong-one", "right-one")
    rc, out = doctor(write_config(tmp_path, good), capsys)
    assert "server:                      ok  reachable, ps_doctor@" in out


def test_doctor_says_there_is_no_such_database(pg_cluster, tmp_path, capsys):
    rc, out = doctor(write_config(tmp_path, pg_cluster.url("no_such_db")), capsys)
    assert rc == 1 and "there is no database 'no_such_db' on 127.0.0.1:" in out and "createdb" in out


def test_doctor_says_nothing_answers_when_the_server_is_stopped(tmp_path, capsys):
    from tests.pgcluster import PgCluster

    with PgCluster.start() as other:
        url = other.create_database("soon_gone")
        rc, out = doctor(write_config(tmp_path, url), capsys)
        assert rc == 0, out
        other.stop()
        rc, out = doctor(write_config(tmp_path, url), capsys)
    assert rc == 1
    assert "FAIL  nothing answers at 127.0.0.1:" in out and "(connection refused)" in out


def test_doctor_says_the_server_did_not_answer_in_time(tmp_path, capsys):
    """A port that takes the connection and never answers (a server or a firewall swallowing it)."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        url = f"postgresql://ps@127.0.0.1:{port}/packstation?connect_timeout=2"
        rc, out = doctor(write_config(tmp_path, url), capsys)
    assert rc == 1 and f"no answer from 127.0.0.1:{port} in time (timeout)" in out


def test_doctor_on_a_schema_behind_says_it_will_be_migrated_and_ahead_says_update_the_program(
        pg_cluster, db_url, tmp_path, capsys):
    dbname = db_url.rsplit("/", 1)[1]
    cfg = write_config(tmp_path, db_url)
    pg_cluster.sql("UPDATE alembic_version SET version_num = '0008'", dbname)
    rc, out = doctor(cfg, capsys)
    assert rc == 0 and f"schema:                      ok  0008, behind {HEAD}: it will be migrated at the next " \
                       "start" in out
    assert pg_cluster.sql("SELECT version_num FROM alembic_version", dbname) == [("0008",)], \
        "doctor never migrates the shared server"
    pg_cluster.sql("UPDATE alembic_version SET version_num = '0999'", dbname)
    rc, out = doctor(cfg, capsys)
    assert rc == 1
    assert "schema:                      FAIL  0999: this program is older than the database" in out
    assert "update it" in out
    # nor do the commands or the station work on it
    assert run(cfg, "import", str(paths.resource("demo") / "products.csv")) == 1
    assert "this program is older than the database" in capsys.readouterr().err
    from app import config

    with pytest.raises(maintenance.MaintenanceError, match="older than the database"):
        maintenance.startup_checks(config.Config(database_url=db_url))
    assert pg_cluster.sql("SELECT version_num FROM alembic_version", dbname) == [("0999",)]


def test_doctor_warns_when_the_station_clock_is_off(db_url, tmp_path, capsys, monkeypatch):
    import time

    rc, out = doctor(write_config(tmp_path, db_url), capsys)
    assert "clock:                       ok  +0." in out or "clock:                       ok  -0." in out
    monkeypatch.setattr(pgserver, "station_clock", lambda: time.time() - 30)  # this station runs 30 s late
    rc, out = doctor(write_config(tmp_path, db_url), capsys)
    assert rc == 0, "a warning, not a failure: claims still time out by the server's clock"
    assert "clock:                       WARN  this station's clock is 30 s behind the server's" in out
    assert "Heartbeats and claim timeouts use the server's clock" in out


def test_a_server_older_than_13_is_refused_naming_its_version():
    assert pgserver.version_problem(150004) == ""
    assert pgserver.version_problem(130000) == ""
    assert "PostgreSQL 12 is too old" in pgserver.version_problem(120017)
    assert "PostgreSQL 9.6 is too old" in pgserver.version_problem(90624)


def test_doctor_says_whether_tls_is_in_use(pg_cluster, tmp_path, capsys):
    from tests.pgcluster import PgCluster, _postgres_ids

    rc, out = doctor(write_config(tmp_path, pg_cluster.url()), capsys)
    assert "TLS:                         ok  not in use (a local connection)" in out
    import shutil
    import tempfile

    certs = Path(tempfile.mkdtemp(prefix="ps-tls-"))  # the server's user must reach it (not under pytest's)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-keyout", str(certs / "server.key"), "-out", str(certs / "server.crt")],
                   check=True, capture_output=True)
    (certs / "server.key").chmod(0o600)
    if os.geteuid() == 0:
        for p in (tmp_path, certs, certs / "server.key", certs / "server.crt"):
            os.chown(p, *_postgres_ids())
    try:
        with PgCluster.start(("-c", "ssl=on", "-c", f"ssl_cert_file={certs / 'server.crt'}",
                              "-c", f"ssl_key_file={certs / 'server.key'}")) as tls:
            rc, out = doctor(write_config(tmp_path, tls.url() + "?sslmode=require"), capsys)
    finally:
        shutil.rmtree(certs, ignore_errors=True)
    assert rc == 0, out
    assert "TLS:                         ok  in use (TLSv1." in out


def test_db_upgrade_migrates_the_server_as_the_owner(pg_cluster, tmp_path, capsys):
    url = pg_cluster.create_database("to_upgrade", migrated=False)
    try:
        cfg = write_config(tmp_path, url)
        rc, out = doctor(cfg, capsys)
        assert rc == 0 and "empty (no schema yet)" in out and "not checked until the database is migrated" in out
        assert run(cfg, "db", "upgrade") == 0
        assert f"schema (empty) -> {HEAD}" in capsys.readouterr().out
        rc, out = doctor(cfg, capsys)
        assert rc == 0 and f"{HEAD} (at head)" in out
    finally:
        pg_cluster.drop_database("to_upgrade")
