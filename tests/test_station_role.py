"""The stations' PostgreSQL role (#11: the audit log can be trusted): given its grants by `packstation db
grant-station ROLE --apply` (run as the tables' owner), it packs an order through the station service, writes
audit rows, and the server refuses it every UPDATE, DELETE or TRUNCATE of the audit log, the triggers and the
schema. It signs on with its password, like a station."""
from __future__ import annotations

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text

from app.cli import main
from app.db import Database
from app.domain.packflow import Phase
from app.models import AuditLog, Flag, Parcel
from app.services import supervisor as sv
from app.services.audit import verify_audit_chain
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render
from tests.people import who

ROLE, PASSWORD = "ps_station_role", "站-pw-7"


@pytest.fixture
def db_backend():
    return "postgresql"


@pytest.fixture
def station_url(pg_cluster, shop, db_url, tmp_path, capsys):
    """The role with a password and only the grants `db grant-station` gives; the owner's URL in IT's config."""
    dbname = db_url.rsplit("/", 1)[1]
    pg_cluster.sql(f"DROP ROLE IF EXISTS {ROLE}")
    pg_cluster.sql(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE")
    it_cfg = tmp_path / "it.toml"
    it_cfg.write_text(f'[database]\nurl = "{db_url}"\n', encoding="utf-8")
    assert main(["--config", str(it_cfg), "db", "grant-station", ROLE, "--apply"]) == 0
    out = capsys.readouterr().out
    assert f"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM \"{ROLE}\"" in out
    shop.dispose()
    yield f"postgresql://{ROLE}:%E7%AB%99-pw-7@127.0.0.1:{pg_cluster.port}/{dbname}"
    pg_cluster.sql(f"DROP OWNED BY {ROLE}", dbname)
    pg_cluster.sql(f"DROP ROLE {ROLE}")


def refused(db: Database, statement: str) -> str:
    with pytest.raises(sa_exc.ProgrammingError) as err:
        with db.session() as s:
            s.execute(text(statement))
    return str(err.value.orig)


def test_the_station_role_packs_and_writes_audit_rows_but_cannot_change_them(station_url):
    station = Database(station_url)
    with station.session() as s:
        assert s.scalar(text("SELECT current_user")) == ROLE
    st = StationService(station, "PACK-01", RecordingPrinter(), render_label=fake_render)
    st.sign_on("B1001")
    st.scan("T1")
    st.scan("6900000000011")
    st.weight(0, True)
    st.weight(st.state.expected_g, True)
    assert st.sign_off().phase is Phase.DONE
    sv.set_flag(station, who(station, "B9001"), "T3", Flag.YELLOW, "等补货")  # a supervisor action: audited
    with station.session() as s:
        assert s.scalar(select(func.count()).select_from(Parcel)) == 1
        rows = s.scalar(select(func.count()).select_from(AuditLog))
    assert rows >= 1 and verify_audit_chain(station).ok

    assert "permission denied for table audit_log" in refused(station, "UPDATE audit_log SET reason = 'x'")
    assert "permission denied for table audit_log" in refused(station, "DELETE FROM audit_log")
    assert "permission denied for table audit_log" in refused(station, "TRUNCATE audit_log")
    assert "must be owner" in refused(station, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
    assert "must be owner" in refused(station, "DROP TRIGGER audit_log_no_change ON audit_log")
    assert "permission denied for table alembic_version" in refused(
        station, "UPDATE alembic_version SET version_num = '0001'")
    assert "permission denied for schema public" in refused(station, "CREATE TABLE mine (id int)")
    assert "must be owner" in refused(station, "ALTER TABLE parcel ADD COLUMN x int")
    with station.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == rows
    assert verify_audit_chain(station).ok
    station.dispose()


def test_grant_station_prints_the_statements_and_refuses_a_role_that_does_not_exist(pg_cluster, db_url,
                                                                                     tmp_path, capsys):
    cfg = tmp_path / "it.toml"
    cfg.write_text(f'[database]\nurl = "{db_url}"\n', encoding="utf-8")
    assert main(["--config", str(cfg), "db", "grant-station", "nobody_here"]) == 0  # printed, not run
    out = capsys.readouterr().out
    assert 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "nobody_here";' in out
    assert main(["--config", str(cfg), "db", "grant-station", "nobody_here", "--apply"]) == 1
    assert "there is no role 'nobody_here'" in capsys.readouterr().err
    assert main(["--config", str(cfg), "db", "grant-station", "x; DROP TABLE parcel"]) == 1
    assert "not a plain role" in capsys.readouterr().err


def test_a_station_with_the_station_role_refuses_to_start_on_a_schema_it_may_not_migrate(pg_cluster, station_url,
                                                                                          db_url):
    from app.maintenance import MaintenanceError
    from app.pgserver import require_usable

    require_usable(station_url)                    # at head: the station starts
    dbname = db_url.rsplit("/", 1)[1]
    pg_cluster.sql("UPDATE alembic_version SET version_num = '0008'", dbname)  # the program was updated
    with pytest.raises(MaintenanceError, match="may not migrate it: IT runs `packstation db upgrade`"):
        require_usable(station_url)
    require_usable(db_url)                         # the owner may: it migrates at its start
