"""Engine, sessions and migrations. SQLite (embedded default) or PostgreSQL (shared), same SQL for both."""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import socket
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from . import paths

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def default_url() -> str:
    return f"sqlite:///{paths.data_dir() / 'packstation.db'}"


# PostgreSQL: how long a station waits for the server before it says so (the screen never hangs on the
# network: app.services.station turns these errors into "server unreachable", retries and carries on).
# Any of these given in the URL's query (or PG* environment for libpq's own) wins.
PG_CONNECT_ARGS = {
    "connect_timeout": 5,         # s, to reach the server at all
    "keepalives": 1,              # a dead peer (cable out, server host gone) is found within ~11 s ...
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10000,    # ms: ... and data sent but never acknowledged fails after 10 s
    "application_name": "packstation",
}
PG_STATEMENT_TIMEOUT_MS = 15000   # a statement stuck behind a lock or a stalled server fails after 15 s
STATION_DEADLINE_S = 3.0          # a station's unit of work (ms normally) is cut past this: the screen lives
MIGRATION_LOCK = 0x5053_4D47      # pg_advisory_lock key ("PSMG"): one station migrates, the others wait


def normalise_url(url: str) -> str:
    """`postgresql://` and `postgres://` (as libpq and IT write them) mean psycopg 3, the driver we ship."""
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def is_postgres(url: str) -> bool:
    return normalise_url(url).startswith("postgresql")


def make_engine(url: str | None = None, statement_timeout_ms: int | None = PG_STATEMENT_TIMEOUT_MS,
                connect_timeout_s: int | None = None) -> Engine:
    url = normalise_url(url or default_url())
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 10})
        _sqlite_setup(engine)
        return engine
    parsed = make_url(url)
    args = {k: v for k, v in PG_CONNECT_ARGS.items() if k not in parsed.query}
    if connect_timeout_s and "connect_timeout" not in parsed.query:
        args["connect_timeout"] = max(2, int(connect_timeout_s))  # libpq's floor is 2 s
    if statement_timeout_ms and "options" not in parsed.query:
        args["options"] = f"-c statement_timeout={int(statement_timeout_ms)}"
    return create_engine(url, pool_pre_ping=True, pool_size=3, max_overflow=5, pool_recycle=1800,
                         connect_args=args)


def _sqlite_setup(engine: Engine) -> None:
    """WAL, foreign keys, durable commits, and BEGIN IMMEDIATE (SQLAlchemy's pysqlite recipe):
    a deferred BEGIN that reads then writes fails with 'database is locked' under contention."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # let SQLAlchemy emit BEGIN itself
        cur = dbapi_conn.cursor()
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """One engine and a session factory; `session()` is one unit of work (commit or roll back)."""

    def __init__(self, url: str | None = None, statement_timeout_ms: int | None = PG_STATEMENT_TIMEOUT_MS,
                 deadline_s: float | None = None):
        """`deadline_s` (PostgreSQL): no unit of work may take longer; past it, its connection is cut from
        this side, so the caller gets a disconnection error instead of waiting on a server that stopped
        answering (a hung server process, a lock held forever: cases no TCP timeout sees). Stations set it;
        imports and migrations, which may run long, do not."""
        self.url = normalise_url(url or default_url())
        self.engine = make_engine(self.url, statement_timeout_ms,
                                  connect_timeout_s=round(deadline_s) if deadline_s else None)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self.deadline_s = deadline_s if self.engine.dialect.name == "postgresql" else None
        self._connections: weakref.WeakSet = weakref.WeakSet()  # every DBAPI connection the pool opened
        if self.deadline_s:
            event.listen(self.engine, "connect", lambda dbapi_conn, _rec: self._connections.add(dbapi_conn))

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        s = self._factory()
        timer = None
        if self.deadline_s:
            # past the deadline the server is taken as hung: every connection is cut (the pool's pre-ping
            # may be what blocks, before the session even holds one); the pool opens new ones when it is back
            timer = _Deadline(self.deadline_s, self._connections)
            timer.start()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            if timer is not None:
                timer.cancel()
            s.close()

    @contextlib.contextmanager
    def serialised(self, name: str) -> Iterator[None]:
        """One process at a time through this block, across every station of the server (a PostgreSQL
        advisory lock held on a connection of its own, freed even if the process dies): for work of several
        transactions that must not run twice at once, e.g. seeding the demo when three stations start
        together. SQLite: one station, nothing to wait for."""
        if self.engine.dialect.name != "postgresql":
            yield
            return
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big")
        with self.engine.connect() as conn:
            conn.execute(text("SET statement_timeout = 0"))
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()

    def upgrade(self) -> str:
        """Bring the schema to the newest revision; refuse to go on if no revision is found."""
        return upgrade(self.engine)

    def current_revision(self) -> str | None:
        from alembic.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def dispose(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.dispose()


class _Deadline(threading.Thread):
    """Cuts the connections every `seconds` until cancelled: a fresh connection opened after a cut (the
    pool's reconnect) is bounded the same way, so a hung server costs a unit of work a few deadlines at most,
    never a frozen screen."""

    MAX_CUTS = 3

    def __init__(self, seconds: float, connections):
        super().__init__(daemon=True, name="db-deadline")
        self.seconds, self.connections, self._done = seconds, connections, threading.Event()

    def run(self) -> None:
        for _ in range(self.MAX_CUTS):  # bounded: a unit of work never cancelled (abandoned) stops it too
            if self._done.wait(self.seconds):
                return
            _cut(self.connections)

    def cancel(self) -> None:
        self._done.set()


def _cut(connections) -> None:
    """Shut the sockets of connections a unit of work holds past its deadline: the blocked read returns at
    once with "server closed the connection", which SQLAlchemy turns into a disconnection (the connection is
    dropped from the pool) and the station into "server unreachable"."""
    cut = 0
    for dbapi_conn in list(connections):
        try:
            fd = dbapi_conn.pgconn.socket
            with socket.socket(fileno=os.dup(fd)) as sock:
                sock.shutdown(socket.SHUT_RDWR)
            cut += 1
        except Exception:  # noqa: BLE001 - already closed: nothing to cut
            pass
    log.warning("database work past its deadline: %d connection(s) cut", cut)


def alembic_config(engine: Engine):
    from alembic.config import Config

    import sys

    # the stream of now: Config's default is sys.stdout as it was when alembic was first imported (a test's
    # captured stream, closed since, made `alembic check` fail in whichever test ran after it)
    cfg = Config(stdout=sys.stdout)
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"expected one head migration in {MIGRATIONS_DIR}, found {heads!r}: "
                           "the program is incomplete, reinstall it")
    return heads[0]


def upgrade(engine: Engine) -> str:
    from alembic import command
    from alembic.migration import MigrationContext

    head = head_revision(engine)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return head
    from .pgserver import refuse_ahead

    refuse_ahead(engine)  # a schema a newer program made: never "downgrade" it by accident, say to update
    if engine.dialect.name != "postgresql":
        command.upgrade(alembic_config(engine), "head")  # SQLite: BEGIN IMMEDIATE already serialises
        return head
    # Several stations starting at once: the first takes the lock and migrates; the others wait for it,
    # then find the schema at head and do nothing. The lock is the session's, freed even if one dies.
    with engine.connect() as lock_conn:
        lock_conn.execute(text("SET statement_timeout = 0"))
        lock_conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
        lock_conn.commit()
        try:
            with engine.connect() as conn:
                current = MigrationContext.configure(conn).get_current_revision()
            if current != head:  # no statement timeout for the migration itself (a big table takes time)
                migrating = make_engine(engine.url.render_as_string(hide_password=False), None)
                try:
                    command.upgrade(alembic_config(migrating), "head")
                finally:
                    migrating.dispose()
        finally:
            lock_conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
            lock_conn.commit()
    return head


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()
