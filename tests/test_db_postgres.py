"""The shared server: URLs, passwords, migrations raced by several stations, and a server that stops
answering (a real PostgreSQL from tests/pgcluster.py)."""
from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import time

import pytest
from sqlalchemy import text
from sqlalchemy import exc as sa_exc

from app.db import Database, head_revision, normalise_url


@pytest.fixture
def db_backend():
    return "postgresql"  # every database of this module is on the server


def test_libpq_style_urls_mean_the_driver_we_ship():
    assert normalise_url("postgresql://ps@db1/wh") == "postgresql+psycopg://ps@db1/wh"
    assert normalise_url("postgres://ps@db1/wh?sslmode=require") == "postgresql+psycopg://ps@db1/wh?sslmode=require"
    assert normalise_url("postgresql+psycopg://ps@db1/wh") == "postgresql+psycopg://ps@db1/wh"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"


def _upgrade(url: str) -> str:
    database = Database(url)
    try:
        return database.upgrade()
    finally:
        database.dispose()


def test_stations_starting_together_migrate_the_server_once(pg_cluster):
    """Eight stations start at the same moment on an empty database: one migrates (advisory lock), the
    others wait and find the schema at head; no 'relation already exists', one revision row."""
    url = pg_cluster.create_database("race_migrate", migrated=False)
    try:
        with multiprocessing.get_context("spawn").Pool(8) as pool:
            heads = pool.map(_upgrade, [url] * 8)
        database = Database(url)
        assert set(heads) == {head_revision(database.engine)}
        assert pg_cluster.sql("SELECT count(*) FROM alembic_version", "race_migrate") == [(1,)]
        database.dispose()
    finally:
        pg_cluster.drop_database("race_migrate")


@pytest.fixture
def station_role(pg_cluster, db_url):
    """A role with a password, as IT sets one up per warehouse (docs/IT.md)."""
    dbname = db_url.rsplit("/", 1)[1]
    pg_cluster.sql("DROP ROLE IF EXISTS ps_station")
    pg_cluster.sql("CREATE ROLE ps_station LOGIN PASSWORD 's3cret-东'")
    pg_cluster.sql(f'GRANT ALL ON DATABASE "{dbname}" TO ps_station')
    pg_cluster.sql("GRANT ALL ON ALL TABLES IN SCHEMA public TO ps_station", dbname)
    pg_cluster.sql("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ps_station", dbname)
    yield f"postgresql://ps_station@127.0.0.1:{pg_cluster.port}/{dbname}"
    pg_cluster.sql(f"REASSIGN OWNED BY ps_station TO postgres", dbname)
    pg_cluster.sql("DROP OWNED BY ps_station", dbname)
    pg_cluster.sql("DROP ROLE ps_station")


def _whoami(url: str) -> str:
    database = Database(url)
    try:
        with database.session() as s:
            return s.scalar(text("SELECT current_user"))
    finally:
        database.dispose()


def test_the_password_comes_from_the_url_the_environment_or_pgpass(station_role, tmp_path, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(sa_exc.OperationalError, match="password"):
        _whoami(station_role)
    host_part = station_role.replace("ps_station@", "ps_station:s3cret-%E4%B8%9C@")
    assert _whoami(host_part) == "ps_station"
    monkeypatch.setenv("PGPASSWORD", "s3cret-东")
    assert _whoami(station_role) == "ps_station"
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:*:*:ps_station:s3cret-东\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert _whoami(station_role) == "ps_station"


def test_tls_options_in_the_url_reach_the_driver(pg_cluster):
    """sslmode and friends pass through to libpq: `require` against a server without TLS fails saying so."""
    with pytest.raises(sa_exc.OperationalError, match="SSL"):
        _whoami(pg_cluster.url() + "?sslmode=require")


def _cluster_pids(pg_cluster) -> list[int]:
    postmaster = int((pg_cluster.data / "postmaster.pid").read_text().split()[0])
    children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(postmaster)], capture_output=True, text=True)
    return [postmaster, *(int(p) for p in children.stdout.split())]


def test_a_connection_whose_server_process_hangs_is_replaced_within_the_deadline(pg_cluster, db_url):
    """The server process of this connection hangs (SIGSTOP): no TCP timeout sees it (the kernel still
    answers), so the deadline cuts it; the pool's pre-ping then opens a fresh one and the work is done."""
    database = Database(db_url, deadline_s=1.0)
    with database.session() as s:
        pid = s.scalar(text("SELECT pg_backend_pid()"))
    os.kill(pid, signal.SIGSTOP)
    try:
        t0 = time.monotonic()
        with database.session() as s:
            assert s.scalar(text("SELECT pg_backend_pid()")) != pid
        assert time.monotonic() - t0 < 3.0
    finally:
        os.kill(pid, signal.SIGCONT)
    database.dispose()


def test_a_server_that_stops_answering_fails_the_work_within_a_few_deadlines(pg_cluster, db_url):
    """The whole server hangs (every process stopped: the host is frozen, the cable is fine): the unit of
    work fails with a disconnection error within a few deadlines, and works again once the server is back."""
    database = Database(db_url, deadline_s=1.0)
    with database.session() as s:
        s.execute(text("SELECT 1"))
    pids = _cluster_pids(pg_cluster)
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        t0 = time.monotonic()
        with pytest.raises((sa_exc.OperationalError, sa_exc.InterfaceError)):
            with database.session() as s:
                s.execute(text("SELECT 1"))
        assert time.monotonic() - t0 < 4.5  # the cut pre-ping (1 s), the reconnect (connect_timeout 2 s)
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)
    with database.session() as s:
        assert s.scalar(text("SELECT 1")) == 1
    database.dispose()


def test_without_a_deadline_normal_work_is_untouched(pg_cluster, db_url):
    database = Database(db_url, deadline_s=0.5)
    with database.session() as s:
        s.execute(text("SELECT pg_sleep(0.1)"))
    time.sleep(0.7)  # the timer of the finished unit of work cut nothing
    with database.session() as s:
        assert s.scalar(text("SELECT 1")) == 1
    database.dispose()


def test_the_statement_timeout_bounds_a_statement_stuck_behind_a_lock(pg_cluster, db_url):
    database = Database(db_url, statement_timeout_ms=500)
    other = Database(db_url)
    with other.engine.connect() as holder:
        holder.execute(text("LOCK TABLE station IN ACCESS EXCLUSIVE MODE"))
        t0 = time.monotonic()
        with pytest.raises(sa_exc.OperationalError, match="statement timeout"):
            with database.session() as s:
                s.execute(text("SELECT count(*) FROM station"))
        assert time.monotonic() - t0 < 3.0
        holder.rollback()
    database.dispose()
    other.dispose()


@pytest.mark.both_dbs
def test_upgrade_refuses_a_schema_a_newer_program_made(db_url):
    from app.maintenance import MaintenanceError

    database = Database(db_url)
    with database.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(MaintenanceError, match="update"):
        database.upgrade()
    database.dispose()
