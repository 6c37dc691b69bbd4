"""How much memory does importing a 200 MB order export take?

Generates, in a temp dir, the products file of bench/import_speed.py and a Taobao-format order export of at
least 200 MB (written row by row), imports the products, then imports the orders in a child process that
does nothing else, and prints that process's peak resident memory (ru_maxrss) and time.

    .venv/bin/python bench/import_memory.py [megabytes]

Target: well under 500 MB of peak RSS for a 200 MB file (the whole-file importer needed 2.3 GB).
The machine is shared: run it sparingly (it writes ~200 MB plus the staging file and takes about a minute).
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TARGET_MB = 500
BYTES_PER_ORDER = 439  # what import_speed.make_files writes per order, on average


def child(db_file: str, orders: str) -> None:
    """The measured process: open the database, import the file, report."""
    from app.db import Database
    from app.services.importing import import_file

    db = Database(f"sqlite:///{db_file}")
    t0 = time.perf_counter()
    result = import_file(db, orders)
    elapsed = time.perf_counter() - t0
    db.dispose()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"orders": result.orders_added, "rows": result.rows, "seconds": elapsed,
                      "peak_mb": peak_kb / 1024}))


def main() -> int:
    from app.db import Database
    from app.services.importing import import_file
    from import_speed import make_files

    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 200.0
    n_orders = int(megabytes * 1e6 / BYTES_PER_ORDER) + 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        products, orders = make_files(folder, n_orders)
        size_mb = orders.stat().st_size / 1e6
        db_file = folder / "bench.db"
        db = Database(f"sqlite:///{db_file}")
        db.upgrade()
        import_file(db, products)
        db.dispose()
        out = subprocess.run([sys.executable, __file__, "--child", str(db_file), str(orders)],
                             capture_output=True, text=True, check=False, cwd=ROOT)
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
            return 2
        r = json.loads(out.stdout.strip().splitlines()[-1])
    ok = r["peak_mb"] < TARGET_MB
    print(f"imported {r['orders']:,} orders ({r['rows']:,} rows, {size_mb:.0f} MB) in {r['seconds']:.1f} s; "
          f"peak RSS {r['peak_mb']:.0f} MB — target well under {TARGET_MB} MB: {'OK' if ok else 'TOO MUCH'}")
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
        sys.exit(0)
    sys.exit(main())
