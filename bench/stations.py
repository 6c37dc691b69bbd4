"""Bench: 20 stations on one PostgreSQL server, packing at a combined 10 orders per second for 60 s.

Each station is a process of its own (multiprocessing spawn), with its own Database and StationService and a
printer that only records the job: the time measured is the station's, not the printer's. The stations sign
on, then pace themselves so that together they start `--rate` orders a second: scan the order, scan its
items, weigh, sign off (a waybill number is taken and the parcel shipped). Each sample is the wall time of
one StationService.scan or .sign_off call: from the scan to its commit on the server.

    .venv/bin/python bench/stations.py [--url URL] [--stations 20] [--rate 10] [--seconds 60]

Without --url a throwaway server is started (tests/pgcluster.py: Debian's postgresql, fsync off as in the
tests). The database gets the race test's warehouse (tests/test_race_stations.py: 40 SKUs, orders of one or
two lines, a ZTO pool); --url must name an empty database.

Target: p99 scan-to-commit ≤ 50 ms, no errors.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 50.0


def station(url: str, k: int, orders, interval_s: float, t0: float, start, out) -> None:
    from app.db import Database
    from app.domain.packflow import Phase
    from app.services.station import StationService
    from tests.fakes import fake_render
    from tests.test_race_stations import JobRecorder

    scans: list[float] = []
    sign_offs: list[float] = []
    errors: list[str] = []
    shipped = 0
    db = Database(url, deadline_s=3.0)  # as a station opens it
    st = StationService(db, f"PACK-{k:02d}", JobRecorder(), render_label=fake_render)
    st.sign_on(f"B1{k:03d}")
    start.wait(120)
    begin = time.monotonic() + t0
    for i, (order_no, codes) in enumerate(orders):
        wait = begin + i * interval_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        elif wait < -interval_s * len(orders):
            break
        try:
            for code in (order_no, *codes):
                t = time.perf_counter()
                state = st.scan(code)
                scans.append((time.perf_counter() - t) * 1000)
                if state.error is not None:
                    raise RuntimeError(f"{code}: {state.error.code.value}")
            st.weight(0, True)
            st.weight(st.state.expected_g, True)
            t = time.perf_counter()
            state = st.sign_off()
            sign_offs.append((time.perf_counter() - t) * 1000)
            if state.phase is not Phase.DONE:
                raise RuntimeError(f"{order_no}: not shipped ({state.phase.value})")
            shipped += 1
        except Exception as exc:  # noqa: BLE001 - counted and shown
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
            st.flow.state = type(st.flow.state)(phase=Phase.IDLE, operator=st.flow.state.operator)
    db.dispose()
    out.put({"k": k, "scans": scans, "sign_offs": sign_offs, "errors": errors, "shipped": shipped})


def p(samples: list[float], q: float) -> float:
    s = sorted(samples)
    return s[max(0, int(len(s) * q) - 1)] if s else 0.0


def run(url: str, n_stations: int, rate: float, seconds: float) -> int:
    from tests.test_race_stations import build

    n_orders = int(rate * seconds)
    t_build = time.perf_counter()
    items = build(url, n_stations, n_orders, n_orders)
    print(f"built {n_orders:,} orders for {n_stations} stations in {time.perf_counter() - t_build:.1f} s", flush=True)
    lists: list[list] = [[] for _ in range(n_stations)]
    for n, entry in enumerate(items.items()):
        lists[n % n_stations].append(entry)
    interval = n_stations / rate  # each station starts an order every `interval` s
    ctx = mp.get_context("spawn")
    start, out = ctx.Barrier(n_stations + 1), ctx.Queue()
    procs = [ctx.Process(target=station, args=(url, k, lists[k], interval, k * interval / n_stations, start, out))
             for k in range(n_stations)]
    for pr in procs:
        pr.start()
    start.wait(120)
    t0 = time.perf_counter()
    results = [out.get(timeout=seconds + 120) for _ in procs]
    wall = time.perf_counter() - t0
    for pr in procs:
        pr.join(10)
    scans = [x for r in results for x in r["scans"]]
    sign_offs = [x for r in results for x in r["sign_offs"]]
    both = scans + sign_offs
    errors = [e for r in results for e in r["errors"]]
    shipped = sum(r["shipped"] for r in results)
    print(f"{n_stations} stations, {shipped:,} orders shipped in {wall:.1f} s ({shipped / wall:.1f} per s, "
          f"asked {rate:g}); errors: {len(errors)}")
    for e in errors[:5]:
        print(f"  {e}")
    print(f"scans:     {len(scans):6,}  p50 {statistics.median(scans):6.1f} ms  p99 {p(scans, .99):6.1f} ms  "
          f"max {max(scans):6.1f} ms")
    print(f"sign-offs: {len(sign_offs):6,}  p50 {statistics.median(sign_offs):6.1f} ms  "
          f"p99 {p(sign_offs, .99):6.1f} ms  max {max(sign_offs):6.1f} ms")
    worst = p(both, .99)
    ok = worst <= TARGET_MS and not errors
    print(f"stations p99 scan-to-commit = {worst:.1f} ms, scans and sign-offs (target ≤ {TARGET_MS:.0f} ms, "
          f"no errors): {'OK' if ok else 'OVER'}")
    return 0 if ok else 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", help="an empty database on an existing server (default: start a throwaway one)")
    ap.add_argument("--stations", type=int, default=20)
    ap.add_argument("--rate", type=float, default=10.0, help="orders per second, all stations together")
    ap.add_argument("--seconds", type=float, default=60.0)
    args = ap.parse_args()
    if args.url:
        from app.db import Database

        db = Database(args.url)
        db.upgrade()
        db.dispose()
        return run(args.url, args.stations, args.rate, args.seconds)
    from tests.pgcluster import PgCluster

    with PgCluster.start() as pg:
        return run(pg.create_database("bench_stations"), args.stations, args.rate, args.seconds)


if __name__ == "__main__":
    raise SystemExit(main())
