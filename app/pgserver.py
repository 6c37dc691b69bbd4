"""Looking after the shared PostgreSQL server, for IT: what `doctor` checks on it, the schema's state against
this program, backups with pg_dump / pg_restore, the grants of a station role, and moving a single station's
SQLite database onto the server (`packstation db migrate-to`). No Qt; messages are English, for IT.

    check_server(url)                   doctor's lines: reachable, version, TLS, clock, schema
    schema_state(engine)                at head / behind / ahead of this program / empty (SQLite too)
    require_usable(url)                 on start: refuses an unreachable, too old or newer-schema database
    dump(url, dest_dir, keep)           pg_dump -Fc to packstation-YYYYMMDD-HHMMSS.dump, checked, rotated
    restore_dump(file, url)             pg_restore into an empty database only
    grant_statements(role, dbname)      what a station role needs, and nothing on the audit log beyond INSERT
    migrate_to(sqlite_file, url)        copies every table, checks counts, keeps the audit chain as it is
"""
from __future__ import annotations

import datetime as dt
import glob
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url

from .maintenance import Check, MaintenanceError, redact, safe_url

log = logging.getLogger(__name__)

MIN_SERVER_VERSION = 130000   # PostgreSQL 13: the oldest release the program is tested to need
MAX_CLOCK_SKEW_S = 5.0        # heartbeats and claim timeouts are the server's clock; the screens show ours
DUMP_SUFFIX = ".dump"
# where pg_dump / pg_restore live when they are not on PATH: Debian keeps each server's programs apart,
# Windows installs them under Program Files
PG_BIN_GLOBS = ["/usr/lib/postgresql/*/bin", r"C:\Program Files\PostgreSQL\*\bin"]


# ---------------------------------------------------------------- connecting, and saying why not

def _version_key(path: str) -> tuple:
    return tuple(int(n) for n in re.findall(r"\d+", path)[-2:] or [0])


def find_program(name: str) -> str | None:
    """The newest `name` (pg_dump, pg_restore) among the server installations, else the one on PATH."""
    found = []
    for pattern in PG_BIN_GLOBS:
        found += [p for p in glob.glob(os.path.join(pattern, name + (".exe" if os.name == "nt" else "")))
                  if os.access(p, os.X_OK)]
    if found:
        return max(found, key=lambda p: _version_key(os.path.dirname(p)))
    return shutil.which(name)


def libpq_params(url: str) -> tuple[dict[str, str], str | None]:
    """libpq's connection keywords for a database URL (host, port, user, dbname and the query's sslmode,
    options …) and the password apart (handed to pg_dump as PGPASSWORD, never on a command line)."""
    u = make_url(url)
    params = {k: str(v) for k, v in (("host", u.host), ("port", u.port), ("user", u.username),
                                     ("dbname", u.database)) if v}
    for key, value in u.query.items():
        params[key] = value if isinstance(value, str) else value[-1]
    return params, (str(u.password) if u.password else None)


def conninfo(url: str) -> str:
    from psycopg.conninfo import make_conninfo

    return make_conninfo(**libpq_params(url)[0])


def explain(exc: BaseException, url: str) -> str:
    """A connection error in plain words, with what to do; the driver's own words follow (password masked)."""
    raw = str(getattr(exc, "orig", None) or exc)
    low = raw.lower()
    u = make_url(url)
    where = f"{u.host or 'localhost'}:{u.port or 5432}"
    if "password authentication failed" in low or "no password supplied" in low:
        why = (f"the server refused the password of user {u.username!r}: check the password in the URL, "
               "PGPASSWORD or .pgpass")
    elif "does not exist" in low and "database" in low:
        why = (f"there is no database {u.database!r} on {where}: create it (createdb -O OWNER "
               f"{u.database}) or correct the URL")
    elif "role" in low and "does not exist" in low:
        why = f"there is no user (role) {u.username!r} on {where}: create it (createuser) or correct the URL"
    elif "no pg_hba.conf entry" in low:
        why = (f"the server at {where} does not let this computer in: add a line for the stations' subnet to "
               "its pg_hba.conf and reload it")
    elif "connection refused" in low:
        why = (f"nothing answers at {where} (connection refused): is PostgreSQL running there, listening on "
               "that address (listen_addresses) and port, and is the port open in the firewall?")
    elif "timeout expired" in low or "timed out" in low:
        why = (f"no answer from {where} in time (timeout): the network, a firewall dropping the packets, or a "
               "server too busy to answer")
    elif "could not translate host name" in low or "name or service not known" in low:
        why = f"the host name {u.host!r} is unknown here: check the URL or the station's DNS"
    elif "ssl" in low:
        why = f"TLS failed with {where}: check sslmode and the server's certificate"
    else:
        why = f"cannot connect to {where}"
    return redact(f"{why} ({raw.strip().splitlines()[0] if raw.strip() else exc.__class__.__name__})", url)


# ---------------------------------------------------------------- the schema against this program

@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    state: str            # "head", "behind", "ahead" (a revision this program does not know), "empty"

    def line(self) -> str:
        if self.state == "head":
            return f"{self.current} (at head)"
        if self.state == "empty":
            return f"empty (no schema yet): it will be migrated to {self.head} at the next start"
        if self.state == "behind":
            return f"{self.current}, behind {self.head}: it will be migrated at the next start"
        return (f"{self.current}: this program is older than the database (it knows up to {self.head}): "
                "update it")


def schema_state(engine: Engine) -> SchemaState:
    from alembic.migration import MigrationContext

    from .db import head_revision
    from .maintenance import known_revisions

    head = head_revision(engine)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current is None:
        return SchemaState(None, head, "empty")
    if current == head:
        return SchemaState(current, head, "head")
    return SchemaState(current, head, "behind" if current in known_revisions() else "ahead")


def refuse_ahead(engine: Engine) -> None:
    """MaintenanceError when the database was migrated by a newer program: this one must not work on it."""
    state = schema_state(engine)
    if state.state == "ahead":
        raise MaintenanceError(f"the database's schema is {state.line()}")


def refuse_behind_without_rights(engine: Engine) -> None:
    """A shared server whose schema is behind this program, reached with a role that may not migrate it (the
    station role): MaintenanceError saying what IT must do, rather than a migration failing half-way."""
    state = schema_state(engine)
    if state.state not in ("behind", "empty"):
        return
    with engine.connect() as conn:
        if state.state == "empty":
            may = conn.exec_driver_sql("SELECT has_schema_privilege(current_user, 'public', 'CREATE')").scalar()
        else:
            may = conn.exec_driver_sql(
                "SELECT has_table_privilege(current_user, 'alembic_version', 'UPDATE')").scalar()
    if not may:
        raise MaintenanceError(f"the database's schema is {state.line().split(':')[0]} and this station's role "
                               "may not migrate it: IT runs `packstation db upgrade` with the owner's URL, then "
                               "`packstation db grant-station ROLE --apply`")


def version_problem(server_version_num: int) -> str:
    """'' for a server this program runs on, else why not."""
    if server_version_num < MIN_SERVER_VERSION:
        major = (str(server_version_num // 10000) if server_version_num >= 100000
                 else f"{server_version_num // 10000}.{server_version_num // 100 % 100}")  # 9.6 and before
        return (f"PostgreSQL {major} is too old: the program needs PostgreSQL {MIN_SERVER_VERSION // 10000} "
                "or newer (upgrade the server)")
    return ""


def _engine(url: str, connect_timeout_s: int = 5) -> Engine:
    from .db import make_engine

    return make_engine(url, connect_timeout_s=connect_timeout_s)


def require_usable(url: str) -> None:
    """On start (PostgreSQL and SQLite): MaintenanceError, saying what to do, when the server cannot be reached,
    is older than 13, or holds a schema from a newer program."""
    from .db import is_postgres

    engine = _engine(url)
    try:
        try:
            if is_postgres(url):
                with engine.connect() as conn:
                    problem = version_problem(int(conn.exec_driver_sql("SHOW server_version_num").scalar()))
                if problem:
                    raise MaintenanceError(problem)
            refuse_ahead(engine)
            if is_postgres(url):
                refuse_behind_without_rights(engine)
        except MaintenanceError:
            raise
        except Exception as exc:  # noqa: BLE001 - the connection failed: said in plain words
            if not is_postgres(url):
                raise
            raise MaintenanceError(f"the database server cannot be reached: {explain(exc, url)}. "
                                   "Start the station again once it is back.") from None
    finally:
        engine.dispose()


# ---------------------------------------------------------------- doctor

def _clock_skew(conn, clock) -> tuple[float, float]:
    """(server minus station, in s; the round trip in s), the station's time taken around the query."""
    t0 = clock()
    server = conn.exec_driver_sql("SELECT extract(epoch FROM clock_timestamp())").scalar()
    t1 = clock()
    return float(server) - (t0 + t1) / 2, t1 - t0


def driver_line() -> str:
    """psycopg's version, implementation and the libpq it loaded (the bundle must bring its own)."""
    import psycopg

    impl = psycopg.pq.__impl__
    version = psycopg.pq.version()
    return f"psycopg {psycopg.__version__} ({impl}), libpq {version // 10000}.{version % 10000} at {libpq_path()}"


def libpq_path() -> str:
    """The libpq file this process has loaded (Linux: from /proc/self/maps), or '?' where that is not known."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                name = line.rsplit(None, 1)[-1] if line.count(" ") >= 5 else ""
                if re.search(r"(^|/)libpq[-.][^/]*$", name):
                    return name
    except OSError:
        pass
    return "?"


def station_clock() -> float:
    """This station's clock (seconds since the epoch); tests put another in its place."""
    return time.time()


def check_server(url: str, clock=None, engine: Engine | None = None) -> tuple[list[Check], SchemaState | None]:
    """Doctor's checks of a PostgreSQL server: reachable, version, TLS, clock skew, schema (on `engine`, else
    one of its own). A check whose `ok` is True can still carry a warning (its detail starts with 'warning:')."""
    checks: list[Check] = []
    own = engine is None
    engine = engine or _engine(url)
    state = None
    try:
        try:
            conn = engine.connect()
        except Exception as exc:  # noqa: BLE001 - the point of the check
            checks.append(Check("server", False, explain(exc, url)))
            return checks, None
        with conn:
            raw = conn.connection.dbapi_connection
            checks.append(Check("server", True, f"reachable, {conn.exec_driver_sql('SELECT current_user').scalar()}"
                                                f"@{raw.info.host}:{raw.info.port}/{raw.info.dbname}"))
            num = int(conn.exec_driver_sql("SHOW server_version_num").scalar())
            shown = conn.exec_driver_sql("SHOW server_version").scalar()
            problem = version_problem(num)
            checks.append(Check("server version", not problem, problem or f"PostgreSQL {shown}"))
            tls = conn.exec_driver_sql("SELECT ssl, version, cipher FROM pg_stat_ssl "
                                       "WHERE pid = pg_backend_pid()").first()
            if tls and tls[0]:
                checks.append(Check("TLS", True, f"in use ({tls[1]}, {tls[2]})"))
            else:
                checks.append(Check("TLS", True, "not in use: passwords and data cross the network in clear "
                                                 "(set sslmode=require in the URL once the server has a "
                                                 "certificate)" if make_url(url).host not in
                                                 (None, "", "localhost", "127.0.0.1", "::1")
                                    else "not in use (a local connection)"))
            skew, rtt = _clock_skew(conn, clock or station_clock)
            if abs(skew) > MAX_CLOCK_SKEW_S:
                checks.append(Check("clock", True,
                                    f"warning: this station's clock is {abs(skew):.0f} s "
                                    f"{'behind' if skew > 0 else 'ahead of'} the server's. Heartbeats and claim "
                                    "timeouts use the server's clock, so claims are still released on time, "
                                    "but times this station shows and prints are off: set the station's "
                                    "clock (NTP)"))
            else:
                checks.append(Check("clock", True, f"{skew:+.1f} s from the server (round trip {rtt * 1000:.0f} ms)"))
        state = schema_state(engine)
        checks.append(Check("schema", state.state != "ahead", state.line()))
    except Exception as exc:  # noqa: BLE001 - doctor reports, it does not crash
        checks.append(Check("server", False, explain(exc, url)))
    finally:
        if own:
            engine.dispose()
    return checks, state


# ---------------------------------------------------------------- pg_dump / pg_restore

def _need(program: str, what: str) -> str:
    path = find_program(program)
    if path is None:
        raise MaintenanceError(
            f"{program} is not installed here: {what} with {program} on a machine that has it (Debian: apt "
            f"install postgresql-client; it must be as new as the server), or install it on this one")
    return path


def _env(url: str) -> dict[str, str]:
    env = dict(os.environ)
    password = libpq_params(url)[1]
    if password:
        env["PGPASSWORD"] = password
    return env


def _run(args: list[str], url: str, what: str, timeout_s: float = 6 * 3600) -> None:
    done = subprocess.run(args, capture_output=True, text=True, env=_env(url), timeout=timeout_s)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise MaintenanceError(redact(f"{what} failed ({Path(args[0]).name} exit {done.returncode}): "
                                      f"{'; '.join(detail[-3:])}", url))


def dumps_in(dest_dir: Path) -> list[Path]:
    from .maintenance import backups_in

    return backups_in(dest_dir, DUMP_SUFFIX)


def dump(url: str, dest_dir: Path, keep: int | None = 7, now: dt.datetime | None = None) -> Path:
    """pg_dump the database (custom format) to `dest_dir/packstation-YYYYMMDD-HHMMSS.dump`, written beside it
    and renamed once pg_restore can read its table of contents; then keep the newest `keep` dumps there."""
    from .maintenance import PREFIX, _STAMP, rotate

    program = _need("pg_dump", "back the database up")
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    dest, n = dest_dir / f"{PREFIX}{stamp}{DUMP_SUFFIX}", 1
    while dest.exists():
        dest, n = dest_dir / f"{PREFIX}{stamp}-{n}{DUMP_SUFFIX}", n + 1
    tmp = dest.with_name(dest.name + ".part")
    try:
        _run([program, "--format=custom", "--no-password", f"--file={tmp}", f"--dbname={conninfo(url)}"], url,
             f"pg_dump of {safe_url(url)}")
        _run([_need("pg_restore", "check the dump"), "--list", str(tmp)], url, "checking the dump")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("pg_dump of %s written to %s", safe_url(url), dest)
    if keep is not None:
        rotate(dest_dir, keep, DUMP_SUFFIX)
    return dest


def _user_relations(conn) -> int:
    return int(conn.execute(text(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'")).scalar())


def restore_dump(dump_file: Path, url: str) -> None:
    """pg_restore `dump_file` into the database of `url`, which must be empty (no table at all: a database
    just made with createdb). Ownership and grants are not restored: the connecting role owns what it
    restores; give the station role its grants again (`packstation db grant-station`)."""
    dump_file = Path(dump_file)
    if not dump_file.is_file():
        raise MaintenanceError(f"{dump_file}: no such file")
    with open(dump_file, "rb") as f:
        magic = f.read(5)
    if magic != b"PGDMP":
        hint = (" (it is a SQLite database: move it to the server with `packstation db migrate-to URL`)"
                if magic == b"SQLit" else "")
        raise MaintenanceError(f"{dump_file} is not a pg_dump archive (custom format){hint}: not restored")
    program = _need("pg_restore", "restore the database")
    engine = _engine(url)
    try:
        try:
            with engine.connect() as conn:
                tables = _user_relations(conn)
        except Exception as exc:  # noqa: BLE001
            raise MaintenanceError(explain(exc, url)) from None
    finally:
        engine.dispose()
    if tables:
        raise MaintenanceError(
            f"{safe_url(url)} is not empty ({tables} tables and sequences): a dump is restored only into an "
            "empty database; create a new one (createdb -O OWNER NAME) and restore into that: nothing changed")
    _run([program, "--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", "--no-password",
          f"--dbname={conninfo(url)}", str(dump_file)], url, f"pg_restore into {safe_url(url)}")
    log.info("%s restored into %s", dump_file, safe_url(url))


# ---------------------------------------------------------------- the station role

def _ident(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_$]{0,62}", name):
        raise MaintenanceError(f"{name!r} is not a plain role or database name (letters, digits, _)")
    return '"' + name + '"'


def grant_statements(role: str, dbname: str) -> list[str]:
    """What a station role needs: read and write the data, nothing on the schema. On `audit_log` it may only
    SELECT and INSERT (no UPDATE, DELETE, TRUNCATE: a row once written stays as written); it moves the
    chain's head row (`audit_chain`) as it appends. `alembic_version` it may only read: the owner migrates.
    Run as the owner of the tables after every upgrade (a new table needs its grant)."""
    r, d = _ident(role), _ident(dbname)
    return [
        f"REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {d} TO {r}",
        f"GRANT USAGE ON SCHEMA public TO {r}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {r}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {r}",
        f"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM {r}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON alembic_version FROM {r}",
    ]


def apply_grants(url: str, role: str) -> list[str]:
    """Runs grant_statements on the database of `url` (connected as the tables' owner), in one transaction."""
    from .db import is_postgres

    if not is_postgres(url):
        raise MaintenanceError(f"{safe_url(url)} is not a PostgreSQL database: roles and grants are the "
                               "server's (a SQLite file has none)")
    engine = _engine(url)
    try:
        statements = grant_statements(role, make_url(engine.url).database)
        with engine.begin() as conn:
            if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                raise MaintenanceError(f"there is no role {role!r} on the server: create it first "
                                       f"(createuser --pwprompt {role})")
            state = schema_state(engine)
            if state.state != "head":
                raise MaintenanceError(f"the schema is {state.line()}; migrate it first (`packstation db "
                                       "upgrade` with the owner's URL), then grant")
            for statement in statements:
                conn.exec_driver_sql(statement)
        return statements
    except MaintenanceError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise MaintenanceError(redact(f"the grants were not given: {str(getattr(exc, 'orig', exc)).strip()}",
                                      url)) from None
    finally:
        engine.dispose()


# ---------------------------------------------------------------- a single station's SQLite onto the server

BATCH = 2000


@dataclass
class MoveReport:
    source: Path
    target: str
    rows: dict[str, int] = field(default_factory=dict)      # table -> rows copied (= rows in the source)
    sequences: dict[str, int] = field(default_factory=dict)  # table -> next id on the server
    replaced: dict[str, int] = field(default_factory=dict)   # with force: table -> rows there before
    seconds: float = 0.0


def _sqlite_ro_engine(db_file: Path) -> Engine:
    from sqlalchemy import create_engine

    from .maintenance import _ro

    uri = _ro(db_file)
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, timeout=30))


def _target_rows(conn, tables) -> dict[str, int]:
    """Rows in each table of a migrated target, but for the ones the migrations put there themselves."""
    out = {}
    for t in tables:
        n = conn.execute(select(func.count()).select_from(t)).scalar()
        if t.name == "audit_chain":  # migration 0006's head row of an empty chain
            n = conn.execute(select(func.count()).select_from(t).where(t.c.last_id != 0)).scalar()
        if n:
            out[t.name] = int(n)
    return out


def migrate_to(db_file: Path, url: str, force: bool = False, progress=None) -> MoveReport:
    """Copies the single-station SQLite database `db_file` (opened read-only: it is never changed) into the
    PostgreSQL database of `url`: migrates the target to head, then in ONE transaction empties it, copies
    every table in foreign-key order in batches, sets each id sequence past the largest id, and compares the
    row count of every table with the source's. Any difference, or any error, rolls the whole copy back.
    Audit rows are copied as they are (ids and hashes), so the chain checks on the server as it did here;
    inserting is all the append-only trigger allows, and all the copy does.

    Refuses a target that holds data (MaintenanceError) unless `force`, which replaces it."""
    from .db import Database, head_revision, is_postgres
    from .maintenance import backup_revision, check_file
    from .models import Base

    say = progress or (lambda _line: None)
    t0 = time.monotonic()
    if not is_postgres(url):
        raise MaintenanceError(f"{safe_url(url)} is not a PostgreSQL URL (postgresql://USER@HOST/DB)")
    db_file = Path(db_file)
    problems = check_file(db_file)
    if problems:
        raise MaintenanceError(f"{db_file}: {'; '.join(problems[:3])}: nothing copied")
    source = _sqlite_ro_engine(db_file)
    target = Database(url, statement_timeout_ms=None)
    report = MoveReport(db_file, safe_url(url))
    try:
        head = head_revision(target.engine)
        rev = backup_revision(db_file)
        if rev != head:
            raise MaintenanceError(
                f"{db_file} is at schema {rev or '(none)'}, this program's is {head}: start the station (or "
                "`packstation doctor`) on it once with this version to bring it up to date, then move it")
        try:
            state = schema_state(target.engine)
        except Exception as exc:  # noqa: BLE001
            raise MaintenanceError(explain(exc, url)) from None
        if state.state == "ahead":
            raise MaintenanceError(f"the target's schema is {state.line()}")
        target.upgrade()
        say(f"target {safe_url(url)}: schema at {head}")
        tables = Base.metadata.sorted_tables  # parents before children
        with target.engine.begin() as dst, source.connect() as src:
            already = _target_rows(dst, tables)
            if already and not force:
                listed = ", ".join(f"{k} {v:,}" for k, v in sorted(already.items())[:6])
                raise MaintenanceError(f"the target database is not empty ({listed}{' …' if len(already) > 6 else ''}"
                                       "): nothing copied. Give --force to replace what is there")
            report.replaced = already
            names = ", ".join(f'"{t.name}"' for t in tables)
            dst.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY")
            for t in tables:
                copied = 0
                result = src.execute(select(t).order_by(*t.primary_key))
                while rows := result.fetchmany(BATCH):
                    dst.execute(t.insert(), [dict(r._mapping) for r in rows])
                    copied += len(rows)
                report.rows[t.name] = copied
                if copied:
                    say(f"  {t.name}: {copied:,} rows")
            for t in tables:  # ids the server hands out next follow the copied ones
                pk = list(t.primary_key)
                if len(pk) == 1 and pk[0].autoincrement in (True, "auto") and pk[0].type.python_type is int:
                    seq = dst.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                      {"t": t.name, "c": pk[0].name}).scalar()
                    if seq:
                        top = dst.execute(select(func.max(pk[0]))).scalar() or 0
                        dst.execute(text("SELECT setval(:s, :v, false)"), {"s": seq, "v": top + 1})
                        report.sequences[t.name] = top + 1
            wrong = []
            for t in tables:
                want = src.execute(select(func.count()).select_from(t)).scalar()
                got = dst.execute(select(func.count()).select_from(t)).scalar()
                if want != got or want != report.rows[t.name]:
                    wrong.append(f"{t.name}: {want:,} in the source, {got:,} on the server")
            if wrong:
                raise MaintenanceError("row counts differ after the copy (" + "; ".join(wrong) +
                                       "): the copy was rolled back, the target is as before")
    except MaintenanceError:
        raise
    except Exception as exc:  # noqa: BLE001 - the driver's words, password masked; the transaction rolled back
        log.info("migrate-to failed", exc_info=True)
        raise MaintenanceError(redact(f"the copy failed and was rolled back (the target is as before): "
                                      f"{exc.__class__.__name__}: {str(getattr(exc, 'orig', exc)).strip()[:500]}",
                                      url)) from None
    finally:
        source.dispose()
        target.dispose()
    report.seconds = time.monotonic() - t0
    return report
