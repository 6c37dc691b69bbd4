"""A throwaway PostgreSQL server for the tests and benches: Debian's postgresql package, a fresh cluster in a
temp dir on a free loopback port, fsync off. initdb and pg_ctl refuse to run as root (CI runs as root), so
then they run as the `postgres` user (runuser). Databases are made from a migrated template, so a test gets
an empty, migrated database in a few tens of milliseconds.

    with PgCluster.start() as pg:
        url = pg.create_database("t1")   # postgresql+psycopg://postgres@127.0.0.1:PORT/t1
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

TEMPLATE = "packstation_template"


def pg_bin(name: str) -> str:
    """The newest installed server's program (Debian keeps them out of PATH, in /usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(Path(p).parts[4]))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"PostgreSQL's {name} not found: install Debian's postgresql package "
                           "(scripts/setup.sh does, as root)")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgCluster:
    def __init__(self, root: Path, port: int, as_user: list[str]):
        self.root, self.port, self._as = root, port, as_user
        self.data = root / "data"

    # -- lifecycle
    @classmethod
    def start(cls, extra: tuple[str, ...] = ()) -> "PgCluster":
        root = Path(tempfile.mkdtemp(prefix="ps-pg-"))
        as_user: list[str] = []
        if os.geteuid() == 0:
            os.chown(root, *_postgres_ids())
            as_user = ["runuser", "-u", "postgres", "--"]
        cluster = cls(root, free_port(), as_user)
        cluster._run(pg_bin("initdb"), "-D", str(cluster.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                     "--locale=C.UTF-8", "--no-sync")
        # the superuser (the tests' own hand) needs no password; every other role signs on with its password,
        # as on a warehouse's server (docs/IT.md), so password, PGPASSWORD and .pgpass are really tested
        (cluster.data / "pg_hba.conf").write_text(
            "local all postgres trust\n"
            "host all postgres 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n")
        cluster.pg_ctl_start(extra)
        cluster.create_template()
        return cluster

    def pg_ctl_start(self, extra: tuple[str, ...] | None = None) -> None:
        """Start (or start again, with the options it was first started with)."""
        if extra is None:
            extra = getattr(self, "_extra", ())
        self._extra = extra
        opts = " ".join(["-p", str(self.port), "-k", str(self.root), "-c", "listen_addresses=127.0.0.1",
                         "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                         "-c", "max_connections=200", *extra])
        self._run(pg_bin("pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.root / "server.log"),
                  "-w", "-t", "30", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run(pg_bin("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "PgCluster":
        return self

    def __exit__(self, *exc) -> None:
        self.destroy()

    # -- databases
    def url(self, dbname: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{dbname}"

    def sql(self, statement: str, dbname: str = "postgres") -> list[tuple]:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=dbname,
                             autocommit=True) as conn:
            cur = conn.execute(statement)
            return cur.fetchall() if cur.description else []

    def create_template(self) -> None:
        from app.db import Database

        self.sql(f'CREATE DATABASE "{TEMPLATE}"')
        database = Database(self.url(TEMPLATE))
        database.upgrade()
        database.dispose()

    def create_database(self, name: str, migrated: bool = True) -> str:
        template = f' TEMPLATE "{TEMPLATE}"' if migrated else " TEMPLATE template0"
        self.sql(f'CREATE DATABASE "{name}"{template}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def terminate(self, dbname: str) -> int:
        """Kill every other connection to a database (pg_terminate_backend): a lost server, seen from a
        station."""
        rows = self.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        f"WHERE datname = '{dbname}' AND pid <> pg_backend_pid()")
        return len(rows)

    def _run(self, *args: str, check: bool = True) -> None:
        done = subprocess.run([*self._as, *args], capture_output=True, text=True, cwd=self.root)
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed ({done.returncode}): {done.stderr or done.stdout}")


def _postgres_ids() -> tuple[int, int]:
    import pwd

    try:
        entry = pwd.getpwnam("postgres")
    except KeyError:
        raise RuntimeError("no postgres user: install Debian's postgresql package (scripts/setup.sh does)") from None
    return entry.pw_uid, entry.pw_gid


if __name__ == "__main__":  # a server to try things by hand: prints its URL, stops on Ctrl+C
    with PgCluster.start() as pg:
        print(pg.create_database("packstation", migrated=False), flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
