"""Unplug and replug a serial scale 100 times: the driver recovers by itself each time, and the station
(polling read() as the UI does) sees every weight exactly once — none lost, none doubled, and never the
previous parcel's weight after a replug."""
from __future__ import annotations

import threading
import time

import pytest

from app.devices.scales import open_scale
from tests.devices.scale_sim import PtyScale


class Watcher:
    """Calls read() in a loop like the station's timer (faster, to miss nothing) and keeps each change."""

    def __init__(self, dev):
        self.dev = dev
        self.seen: list[tuple[bool, int, bool]] = []
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self):
        last = None
        while not self._stop.is_set():
            r = self.dev.read()
            key = (r.online, r.grams if r.online else 0, r.stable)
            if key != last:
                with self._cond:
                    self.seen.append(key)
                    self._cond.notify_all()
                last = key
            time.sleep(0.0005)

    def wait_seen(self, key, timeout=2.0):
        """Wait until the station has seen `key` as its latest reading (a parcel rests on the scale for
        seconds; the test moves as fast as the driver and must not outrun the watcher)."""
        with self._cond:
            return self._cond.wait_for(lambda: self.seen and self.seen[-1] == key, timeout)

    def stop(self):
        self._stop.set()
        self._t.join(2)


def stable_runs(seen):
    """The stable weights in the order they were seen, one entry per uninterrupted run."""
    runs, prev = [], None
    for online, grams, stable in seen:
        cur = grams if online and stable else None
        if cur is not None and cur != prev:
            runs.append(cur)
        prev = cur
    return runs


@pytest.mark.parametrize("protocol,cycles", [(p, 100) for p in ("toledo", "mtsics", "toledo8217", "cas", "and", "nci", "sma")])
def test_replug_cycles(tmp_path, protocol, cycles):
    link = tmp_path / "ttyUSB-scale"
    sim = PtyScale(protocol, link, interval_s=0.01)
    sim.keep_log = False
    dev = open_scale(f"serial://{link}?protocol={protocol}&interval_ms=10&retry_ms=2&retry_max_ms=20",
                     start=False)
    weights = [1000 + 7 * i for i in range(cycles)]
    sim.set(weights[0])
    sim.plug()
    dev.start()
    watcher = Watcher(dev)
    t0 = time.monotonic()
    try:
        for i, w in enumerate(weights):
            if i:
                sim.set(w)
                sim.plug()
            r = dev.wait_for(lambda r: r.online and r.stable and r.grams == w, 3)
            assert r is not None, (i, dev.read(), dev.last_error)
            assert watcher.wait_seen((True, w, True)), i
            sim.unplug()
            assert dev.wait_for(lambda r: not r.online, 1) is not None, i
            assert watcher.wait_seen((False, 0, False)), i
    finally:
        watcher.stop()
        dev.close()
        sim.unplug()
    elapsed = time.monotonic() - t0
    assert stable_runs(watcher.seen) == weights
    # between two parcels the station always saw the scale offline: never one weight straight after another
    last, offline_since = None, True
    for online, grams, stable in watcher.seen:
        if not online:
            offline_since = True
        elif stable and grams != last:
            assert offline_since, f"{grams} followed {last} without the scale going offline"
            last, offline_since = grams, False
    assert dev.sessions >= cycles
    assert elapsed < 20, elapsed
