"""The built bundle against a real PostgreSQL server (called by packaging/selfcheck.sh; needs Debian's
postgresql package on the build machine, as the tests do). Starts a throwaway server (tests/pgcluster.py),
then runs the FROZEN program with nothing pointing at a libpq of this machine (no LD_LIBRARY_PATH, no
PYTHONPATH): `doctor` (the server reachable, schema empty), `db upgrade`, `import` of the demo products,
`selftest-pack` (one demo order packed through the station service) and `doctor` again (audit log ok). The
frozen process must say it runs psycopg's binary build with the libpq inside the bundle.

    python packaging/selfcheck_pg.py dist/packstation
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pgcluster import PgCluster  # noqa: E402


def main(bundle: Path) -> int:
    exe = bundle / ("packstation.exe" if os.name == "nt" else "packstation")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="ps-selfcheck-pg-") as work, PgCluster.start() as pg:
        url = pg.create_database("selfcheck", migrated=False)
        cfg = Path(work) / "packstation.toml"
        cfg.write_text(f'[database]\nurl = "{url}"\n', encoding="utf-8")
        env = {k: v for k, v in os.environ.items()
               if k not in ("LD_LIBRARY_PATH", "PYTHONPATH", "PYTHONHOME", "PACKSTATION_CONFIG")}
        env.update(PACKSTATION_HOME=str(Path(work) / "home"), QT_QPA_PLATFORM="offscreen",
                   PACKSTATION_SYSTEM_CONFIG="")

        def step(name: str, *args: str, expect: tuple[str, ...] = ()) -> str:
            nonlocal failed
            done = subprocess.run([str(exe), "--config", str(cfg), *args], capture_output=True, text=True,
                                  env=env, timeout=180)
            out = done.stdout + done.stderr
            missing = [e for e in expect if e not in out]
            if done.returncode != 0 or missing:
                failed = 1
                print(f"selfcheck: FAIL  {name} (exit {done.returncode}{', lacks: ' + '; '.join(missing) if missing else ''})")
                print("\n".join("    " + ln for ln in out.splitlines()[-30:]))
            else:
                print(f"selfcheck: ok    {name}")
            return out

        internal = str(bundle.resolve())
        out = step("PostgreSQL: doctor on an empty database", "doctor", "--no-devices",
                   expect=("server:                      ok  reachable", "empty (no schema yet)",
                           "result:        OK"))
        driver = next((ln for ln in out.splitlines() if "PostgreSQL driver:" in ln), "")
        if "(binary)" not in driver or f"at {internal}" not in driver:
            failed = 1
            print(f"selfcheck: FAIL  the bundle does not run its own binary psycopg/libpq: {driver.strip()!r}")
        else:
            print(f"selfcheck: ok    bundled driver: {driver.split('ok', 1)[-1].strip()}")
        step("PostgreSQL: db upgrade", "db", "upgrade", expect=("-> ",))
        step("PostgreSQL: import demo products", "import", str(ROOT / "resources" / "demo" / "products.csv"),
             expect=("products:",))
        out = step("PostgreSQL: pack a demo order", "selftest-pack", expect=("packed demo order",))
        if f"at {internal}" not in out:
            failed = 1
            print("selfcheck: FAIL  the packing process did not load the bundle's libpq")
        step("PostgreSQL: doctor after packing", "doctor", "--no-devices",
             expect=("audit log:     ok", "result:        OK"))
        parcels = pg.sql("SELECT count(*) FROM parcel", "selfcheck")[0][0]
        if parcels != 1:
            failed = 1
            print(f"selfcheck: FAIL  the server holds {parcels} parcels, not 1")
    return failed


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/packstation")))
