"""Looking after the station's SQLite file: integrity check, daily backup with rotation, restore; and the
bundle's self-check of its shipped resources. No Qt. (The shared PostgreSQL server: app.pgserver.)

Backups use SQLite's online backup API (`sqlite3.Connection.backup`): a consistent copy, WAL included, while
the program may have the file open. A PostgreSQL database is backed up on its server (pg_dump): the functions
here say so instead of copying anything.

    startup_checks(cfg, demo=False)   call once on start: quick_check, then the daily backup when it is due
    backup(db_file, dest_dir, keep)   one copy, checked, then the oldest beyond `keep` deleted
    restore(backup_file, db_file)     refuses a file that fails integrity_check; keeps the current DB first
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import paths

log = logging.getLogger(__name__)

PREFIX = "packstation-"
BEFORE_RESTORE = "before-restore-"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(rf"^{PREFIX}(\d{{8}}-\d{{6}})(-\d+)?(\.db|\.dump)$")  # SQLite copies, pg_dump archives
DAY = dt.timedelta(days=1)


class MaintenanceError(Exception):
    """Something the person at the station or IT must act on; the message says what."""


class IntegrityError(MaintenanceError):
    pass


# ---------------------------------------------------------------- where things are

def database_url(cfg, demo: bool = False) -> str:
    """The URL the program uses for this config (the same rule as the station and the commands)."""
    from .db import default_url

    return cfg.database_url or (default_url().replace("packstation.db", "demo.db") if demo else default_url())


def safe_url(url: str) -> str:
    """The database URL with its password shown as ***: for every output and log line."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy reads: mask whatever sits between "user:" and "@"
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def _secrets(url: str) -> list[str]:
    from urllib.parse import quote, quote_plus

    from sqlalchemy.engine import make_url

    try:
        pw = make_url(url).password
    except Exception:
        m = re.search(r"://[^:/@]*:([^@]*)@", url)
        pw = m.group(1) if m else None
    if not pw:
        return []
    pw = str(pw)
    # as typed in the URL (percent-encoded or not) and as the driver got it; a very short one only as the URL
    forms = {pw, quote(pw, safe=""), quote_plus(pw)} if len(pw) >= 4 else set()
    return sorted(forms, key=len, reverse=True)


def redact(text: str, url: str) -> str:
    """`text` (an error message, a log line) with the URL and its password masked."""
    text = str(text).replace(url, safe_url(url))
    for secret in _secrets(url):
        text = text.replace(secret, "***")
    return text


class _Redact(logging.Filter):
    def __init__(self, url: str):
        super().__init__()
        self.url = url

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message, self.url)
        if record.exc_info and not record.exc_text:  # the traceback is text too
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.url)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def hide_password_in_logs(url: str) -> None:
    """Every log handler set up so far masks this URL's password (call once the config is read)."""
    if not _secrets(url) and safe_url(url) == url:
        return
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, _Redact) and f.url == url for f in handler.filters):
            handler.addFilter(_Redact(url))


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for another database or an in-memory one."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or u.database in (None, "", ":memory:"):
        return None
    return Path(u.database)


def backup_dir(cfg) -> Path:
    d = Path(cfg.backup_dir).expanduser() if getattr(cfg, "backup_dir", "") else paths.data_dir() / "backups"
    return d


# ---------------------------------------------------------------- integrity

def _ro(path: Path) -> str:
    """A read-only SQLite URI for `path` (file:///C:/… on Windows; spaces and '?' escaped)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def check_file(db_file: Path, full: bool = False) -> list[str]:
    """Problems SQLite finds in `db_file` (PRAGMA quick_check, or integrity_check when `full`); [] when ok."""
    if not db_file.is_file():
        return [f"{db_file} does not exist"]
    try:
        con = sqlite3.connect(_ro(db_file), uri=True, timeout=10)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        rows = con.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        return problems
    except sqlite3.Error as exc:  # "file is not a database", "database disk image is malformed"
        return [str(exc)]
    finally:
        con.close()


def require_intact(db_file: Path, backups: Path | None = None) -> None:
    """IntegrityError with what to do when the station's database fails its quick check."""
    problems = check_file(db_file)
    if problems:
        where = f" (backups are in {backups})" if backups else ""
        raise IntegrityError(
            f"the database {db_file} is damaged: SQLite's integrity check says: {'; '.join(problems[:5])}. "
            f"Do not pack on it. Restore the newest backup with `packstation restore FILE`{where}, "
            "or call IT.")


def audit_head(db_file: Path) -> tuple[int, str] | None:
    """(last id, last hash) of the audit log's hash chain in `db_file`; None before migration 0006."""
    con = sqlite3.connect(_ro(db_file), uri=True, timeout=10)
    try:
        row = con.execute("SELECT last_id, last_hash FROM audit_chain WHERE id = 1").fetchone()
        return (int(row[0]), row[1]) if row else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


def audit_rewritten_since(db_file: Path, backup_file: Path) -> str:
    """'' when every audit row of `backup_file` is still in `db_file` with the same hash (the backup's chain is
    the start of today's); otherwise the first row that differs. This catches a chain rewritten from the
    first changed row on, hashes and all, after the backup was taken."""
    def rows(path: Path):
        con = sqlite3.connect(_ro(path), uri=True, timeout=10)
        try:
            yield from con.execute("SELECT id, row_hash FROM audit_log ORDER BY id")
        except sqlite3.Error:  # a backup from before migration 0006 has no hashes to compare
            return
        finally:
            con.close()

    live = rows(db_file)
    for old_id, old_hash in rows(backup_file):
        now = next(live, None)
        if now is None:
            return f"audit row {old_id} of backup {backup_file.name} is gone from the database"
        if now != (old_id, old_hash):
            row = min(now[0], old_id)
            return f"audit row {row} differs from backup {backup_file.name}: the log was rewritten after it"
    return ""


# ---------------------------------------------------------------- backup and rotation

def backups_in(dest_dir: Path, suffix: str = ".db") -> list[Path]:
    """The rotated backups in `dest_dir`, oldest first (copies kept before a restore are not among them):
    SQLite copies (`.db`), or with suffix=".dump" the pg_dump archives of app.pgserver.dump."""
    if not dest_dir.is_dir():
        return []
    return sorted((p for p in dest_dir.iterdir() if (m := _NAME.match(p.name)) and m.group(3) == suffix),
                  key=lambda p: p.name)


def last_backup_time(dest_dir: Path, suffix: str = ".db") -> dt.datetime | None:
    found = backups_in(dest_dir, suffix)
    if not found:
        return None
    return dt.datetime.strptime(_NAME.match(found[-1].name).group(1), _STAMP)


_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


def _run_backup(src: sqlite3.Connection, dst: sqlite3.Connection, what: str, busy_s: float = 10.0) -> None:
    """src.backup(dst) in steps; gives up (MaintenanceError) when the database stays locked for `busy_s`
    (Python's own loop would wait for ever while another program holds a write transaction)."""
    import time

    state = {"since": None}

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in _BUSY:
            state["since"] = state["since"] or time.monotonic()
            if time.monotonic() - state["since"] > busy_s:
                raise MaintenanceError(f"{what}: the database stays locked by another program "
                                       "(is the station running? stop it first)")
        else:
            state["since"] = None

    src.backup(dst, pages=256, progress=progress, sleep=0.05)


def _copy(src_file: Path, dest: Path) -> None:
    """Online backup of `src_file` into a new file `dest` (written beside it, then renamed into place)."""
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(_ro(src_file), uri=True, timeout=30)
        try:
            out = sqlite3.connect(tmp)
            try:
                _run_backup(src, out, f"backup of {src_file}")
                out.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                out.close()
        finally:
            src.close()
        problems = check_file(tmp)
        if problems:
            raise IntegrityError(f"the copy of {src_file} failed its check ({'; '.join(problems[:3])}); "
                                 "no backup written")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def backup(db_file: Path, dest_dir: Path, keep: int | None = 7, now: dt.datetime | None = None) -> Path:
    """Copy `db_file` to `dest_dir/packstation-YYYYMMDD-HHMMSS.db`; then keep only the newest `keep` backups
    there (None: delete nothing). Refuses to copy a damaged database over the good backups."""
    if not db_file.is_file():
        raise MaintenanceError(f"no database file at {db_file}: nothing to back up")
    require_intact(db_file, dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    dest = dest_dir / f"{PREFIX}{stamp}.db"
    n = 1
    while dest.exists():
        dest = dest_dir / f"{PREFIX}{stamp}-{n}.db"
        n += 1
    _copy(db_file, dest)
    log.info("backup of %s written to %s", db_file, dest)
    if keep is not None:
        rotate(dest_dir, keep)
    return dest


def rotate(dest_dir: Path, keep: int, suffix: str = ".db") -> list[Path]:
    """Delete all but the newest `keep` backups (of this suffix) in `dest_dir`; returns what was deleted."""
    found = backups_in(dest_dir, suffix)
    old = found[:-keep] if keep > 0 else found
    for p in old:
        p.unlink(missing_ok=True)
        log.info("old backup %s deleted (keeping %d)", p, keep)
    return old


def backup_due(dest_dir: Path, now: dt.datetime | None = None) -> bool:
    last = last_backup_time(dest_dir)
    return last is None or (now or dt.datetime.now()) - last >= DAY


def daily_backup(db_file: Path, dest_dir: Path, keep: int, now: dt.datetime | None = None) -> Path | None:
    """A backup when the newest one is a day old or more (or there is none); None when not due."""
    if not db_file.is_file() or not backup_due(dest_dir, now):
        return None
    return backup(db_file, dest_dir, keep, now)


# ---------------------------------------------------------------- on start

@dataclass
class StartReport:
    database: Path | None = None          # None: not SQLite, nothing checked here
    backup: Path | None = None            # the backup written now, if one was due
    notes: list[str] = field(default_factory=list)


def startup_checks(cfg, demo: bool = False, now: dt.datetime | None = None) -> StartReport:
    """Call once when the station starts, before the database is opened for work.

    Raises MaintenanceError when the program lost its migrations (reinstall), IntegrityError (a subclass) when
    the SQLite file is damaged; each message tells the person what to do. A backup that cannot be written is
    logged and noted in the report, and the station goes on."""
    from .db import head_revision, make_engine

    engine = make_engine("sqlite://")
    try:
        head_revision(engine)  # a program whose migrations were lost must not open any database
    except RuntimeError as exc:
        raise MaintenanceError(str(exc)) from None
    finally:
        engine.dispose()
    url = database_url(cfg, demo)
    report = StartReport(database=sqlite_file(url))
    db_file = report.database
    if db_file is None:
        from .pgserver import require_usable

        require_usable(url)  # reachable, PostgreSQL 13 or newer, no schema from a newer program
        report.notes.append("not a SQLite database: back it up on the database server (packstation backup "
                            "runs pg_dump)")
        return report
    if not db_file.exists():
        report.notes.append("new database: nothing to check or back up yet")
        return report
    dest = backup_dir(cfg)
    require_intact(db_file, dest)
    from .pgserver import require_usable

    require_usable(url)  # a schema from a newer program is never worked on
    head = audit_head(db_file)
    if head is not None:  # an anchor outside the database: a rewritten chain no longer leads to it
        log.info("audit chain head at start: row %d, %s", *head)
    if getattr(cfg, "backup_daily", True) and not demo:
        try:
            report.backup = daily_backup(db_file, dest, cfg.backup_keep, now)
        except (OSError, sqlite3.Error, MaintenanceError) as exc:
            log.error("daily backup failed: %s", exc)
            report.notes.append(f"daily backup failed: {exc}")
    return report


# ---------------------------------------------------------------- restore

def backup_revision(file: Path) -> str | None:
    """The schema revision recorded in a database file (Alembic's version table), None if it has none."""
    con = sqlite3.connect(_ro(file), uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from .db import alembic_config, make_engine

    engine = make_engine("sqlite://")
    try:
        return {r.revision for r in ScriptDirectory.from_config(alembic_config(engine)).walk_revisions()}
    finally:
        engine.dispose()


def restore(backup_file: Path, db_file: Path, keep_dir: Path, now: dt.datetime | None = None) -> Path | None:
    """Replace the database in `db_file` with `backup_file`. Refuses a file that fails PRAGMA integrity_check
    or is not a PackStation database this program knows; first copies the current database (if any) to
    `keep_dir/before-restore-…db`, and returns that copy's path. Stop the station before restoring."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise MaintenanceError(f"{backup_file}: no such file")
    problems = check_file(backup_file, full=True)
    if problems:
        raise IntegrityError(f"{backup_file} fails SQLite's integrity check ({'; '.join(problems[:5])}): "
                             "not restored, the current database is unchanged")
    rev = backup_revision(backup_file)
    if rev is None:
        raise MaintenanceError(f"{backup_file} is not a PackStation database (no schema version): not restored")
    if rev not in known_revisions():
        raise MaintenanceError(f"{backup_file} has schema version {rev}, which this program does not know "
                               "(made by a newer version?): not restored")
    damaged = db_file.exists() and bool(check_file(db_file))
    kept = None
    if db_file.exists():
        keep_dir.mkdir(parents=True, exist_ok=True)
        stamp = (now or dt.datetime.now()).strftime(_STAMP)
        kept = keep_dir / f"{BEFORE_RESTORE}{stamp}.db"
        n = 1
        while kept.exists():
            kept = keep_dir / f"{BEFORE_RESTORE}{stamp}-{n}.db"
            n += 1
        if damaged:  # keep its bytes as they are, -wal too: someone may want to rescue rows from it
            import shutil

            for suffix in ("", "-wal"):
                if Path(str(db_file) + suffix).exists():
                    shutil.copy2(str(db_file) + suffix, str(kept) + suffix)
            for suffix in ("", "-wal", "-shm"):  # SQLite may refuse to write into a damaged file
                Path(str(db_file) + suffix).unlink(missing_ok=True)
        else:
            _copy(db_file, kept)
        log.info("current database %s kept as %s before restore", db_file, kept)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(_ro(backup_file), uri=True)
    try:
        dst = sqlite3.connect(db_file, timeout=2)
        try:  # page by page into the live file, under SQLite's locks (WAL stays consistent)
            _run_backup(src, dst, f"restore into {db_file}", busy_s=5.0)
        finally:
            dst.close()
    finally:
        src.close()
    problems = check_file(db_file)
    if problems:
        raise IntegrityError(f"{db_file} fails its check after the restore ({'; '.join(problems[:3])}); "
                             f"the previous database is in {kept}")
    log.info("database %s restored from %s", db_file, backup_file)
    return kept


# ---------------------------------------------------------------- the bundle's own files

@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def check_resources() -> list[Check]:
    """What the program loads by path or by name at run time is there (a bundle that lost a piece fails)."""
    from .db import MIGRATIONS_DIR

    res = paths.resources_dir()
    checks: list[Check] = []

    def files(name: str, folder: Path, pattern: str, at_least: int = 1) -> None:
        found = sorted(folder.glob(pattern)) if folder.is_dir() else []
        checks.append(Check(name, len(found) >= at_least, f"{len(found)} in {folder}"))

    font = paths.cjk_font_path()
    checks.append(Check("font", font.is_file() and font.stat().st_size > 1_000_000, str(font)))
    files("sounds", res / "sounds", "*.wav", 3)
    files("translations", res / "translations", "packstation_*.qm")
    files("label layouts (base)", res / "labels" / "base", "*.json")
    files("label layouts (couriers)", res / "labels" / "couriers", "*.json")
    files("demo data", res / "demo", "*.csv", 2)
    files("migrations", MIGRATIONS_DIR / "versions", "*.py")
    checks.append(Check("migrations env", (MIGRATIONS_DIR / "env.py").is_file(), str(MIGRATIONS_DIR / "env.py")))
    try:
        from alembic.script import ScriptDirectory

        from .db import alembic_config, head_revision, make_engine

        engine = make_engine("sqlite://")
        try:
            head = head_revision(engine)
            n = len(list(ScriptDirectory.from_config(alembic_config(engine)).walk_revisions()))
        finally:
            engine.dispose()
        checks.append(Check("migration head", True, f"{head} ({n} revisions)"))
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        checks.append(Check("migration head", False, str(exc)))
    checks += _module_checks()
    return checks


def _module_checks() -> list[Check]:
    """Modules and data found by name at run time (the pieces a bundler cannot see)."""
    out: list[Check] = []

    def probe(name: str, fn) -> None:
        try:
            out.append(Check(name, True, str(fn())))
        except Exception as exc:  # noqa: BLE001
            out.append(Check(name, False, f"{exc.__class__.__name__}: {exc}"))

    def serial_handlers():
        import serial

        for url in ("loop://", "spy://loop://"):
            port = serial.serial_for_url(url, timeout=0.1, do_not_open=True)
            del port
        import importlib

        for scheme in ("socket", "rfc2217", "hwgrep", "alt"):
            importlib.import_module(f"serial.urlhandler.protocol_{scheme}")
        return "loop, spy, socket, rfc2217, hwgrep, alt"

    def escpos_profiles():
        if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:  # else escpos makes a new temp dir per import
            import platformdirs

            cache = Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False))
            cache.mkdir(parents=True, exist_ok=True)
            os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(cache)
        from escpos import capabilities

        profiles = capabilities.CAPABILITIES.get("profiles", {})
        if len(profiles) < 2:
            raise RuntimeError(f"capabilities.json not loaded ({capabilities.capabilities_path})")
        return f"{len(profiles)} printer profiles"

    def argon2_hash():
        from argon2 import PasswordHasher

        ph = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
        return "ok" if ph.verify(ph.hash("1234"), "1234") else "verify failed"

    def sqlalchemy_dialects():
        from sqlalchemy.dialects import postgresql, sqlite  # noqa: F401

        return "sqlite, postgresql"

    probe("pyserial URL handlers", serial_handlers)
    probe("python-escpos capabilities", escpos_profiles)
    probe("argon2", argon2_hash)
    probe("SQLAlchemy dialects", sqlalchemy_dialects)

    def postgresql_driver():  # the bundle brings psycopg's binary build and its own libpq
        import sys

        import psycopg

        from .pgserver import driver_line

        if getattr(sys, "frozen", False) and psycopg.pq.__impl__ != "binary":
            raise RuntimeError(f"the bundle lost its own libpq: {driver_line()}")
        return driver_line()

    probe("PostgreSQL driver", postgresql_driver)
    return out
