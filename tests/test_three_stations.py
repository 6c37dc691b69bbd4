"""Three stations started at the same moment on one PostgreSQL server with --demo, as IT would start them:
each starts (migrations and the demo's seeding run once, in turn), each shows itself on the Stations
table by its heartbeat, and the demo's data is there once, not three times."""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def db_backend():
    return "postgresql"


def test_three_demo_stations_start_together_on_one_server(pg_cluster, tmp_path):
    pg_cluster.create_database("three", migrated=False)
    url = pg_cluster.url("three")
    procs = []
    for i in (1, 2, 3):
        home = tmp_path / f"station{i}"
        home.mkdir()
        cfg = home / "packstation.toml"
        cfg.write_text(f'[station]\nname = "PACK-0{i}"\n[database]\nurl = "{url}"\n', encoding="utf-8")
        env = dict(os.environ, PACKSTATION_HOME=str(home), PACKSTATION_CONFIG=str(cfg), PACKSTATION_SYSTEM_CONFIG="",
                   QT_QPA_PLATFORM="offscreen")
        procs.append(subprocess.Popen([sys.executable, "-m", "app", "run", "--demo", "--exit-after", "4000"], env=env,
                                      cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
    outputs = [p.communicate(timeout=180)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], "\n---\n".join(o[-2000:] for o in outputs)
    assert pg_cluster.sql("SELECT count(*) FROM operator", "three") == [(4,)]
    assert pg_cluster.sql("SELECT count(*) FROM courier WHERE code = 'ZTO'", "three") == [(1,)]
    rows = pg_cluster.sql("SELECT name, last_seen IS NOT NULL, host <> '' FROM station ORDER BY name", "three")
    assert rows == [("PACK-01", True, True), ("PACK-02", True, True), ("PACK-03", True, True)]
    assert pg_cluster.sql("SELECT count(*) FROM alembic_version", "three") == [(1,)]
