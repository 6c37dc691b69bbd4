"""The real HID scale driver (pyusb) against a fake USB scale presented by a pyusb backend object."""
from __future__ import annotations

import time

import pytest

from app.devices.scales import ScaleError, open_scale
from tests.devices.scale_sim import FakeHidScaleBackend

URL = "hid://0x0922:0x8003?retry_ms=2&retry_max_ms=20"


def report(status: int, grams: int, unit: int = 2, exp: int = 0) -> bytes:
    return bytes([3, status, unit, exp & 0xFF, grams & 0xFF, grams >> 8 & 0xFF])


@pytest.fixture
def hid():
    made = []

    def make(url=URL, **kw):
        backend = FakeHidScaleBackend(**kw)
        dev = open_scale(url, usb_backend=backend)
        made.append(dev)
        return backend, dev

    yield make
    for dev in made:
        dev.close()


def until(dev, pred, timeout=3.0):
    r = dev.wait_for(pred, timeout)
    assert r is not None, f"timed out; last reading {dev.read()!r}, error {dev.last_error!r}"
    return r


def test_reads_reports_through_pyusb(hid):
    backend, dev = hid()
    until(dev, lambda r: r.online and r.stable and r.grams == 0)
    assert backend.calls[:3] == ["open", "detach", "claim"]  # the kernel's HID driver let go first
    backend.set_report(report(3, 480))
    until(dev, lambda r: not r.stable and r.grams == 480)
    backend.set_report(report(4, 500))
    until(dev, lambda r: r.stable and r.grams == 500)
    backend.set_report(report(4, 35, unit=11, exp=-1))  # 3.5 oz
    until(dev, lambda r: r.stable and r.grams == 99)
    backend.set_report(report(6, 0))
    r = until(dev, lambda r: r.status == "overload")
    assert not r.stable
    backend.set_report(report(5, 12))
    r = until(dev, lambda r: r.status == "underzero")
    assert (r.grams, r.stable, r.reason) == (0, False, "underzero")  # below zero is no weight


def test_close_releases_the_device(hid):
    backend, dev = hid()
    until(dev, lambda r: r.online)
    dev.close()
    assert not dev._thread.is_alive()
    assert backend.claimed == set() and backend.open_handles == 0
    assert dev.read().status == "offline"


def test_no_zero_or_tare_over_hid(hid):
    _, dev = hid()
    with pytest.raises(ScaleError):
        dev.zero()
    with pytest.raises(ScaleError):
        dev.tare()


def test_a_scale_that_reports_only_changes_stays_online(hid):
    backend, dev = hid(url=URL + "&stale_ms=100", repeat=False)
    backend.set_report(report(4, 700))
    until(dev, lambda r: r.stable and r.grams == 700)
    time.sleep(0.3)  # three staleness limits with no report: the device is still there
    assert dev.read().grams == 700 and dev.read().online


def test_unplug_replug_100_cycles(hid):
    backend, dev = hid()
    until(dev, lambda r: r.online)
    for i in range(100):
        w = 200 + 3 * i
        backend.set_report(report(4, w))
        until(dev, lambda r: r.online and r.stable and r.grams == w)
        t0 = time.monotonic()
        backend.unplug()
        until(dev, lambda r: not r.online)
        assert time.monotonic() - t0 < 0.3  # the next read fails: no staleness wait
        backend.report = report(2, 0)  # the scale powers up at zero
        backend.plug()
        r = until(dev, lambda r: r.online)
        assert r.grams != w  # never the weight from before the unplug
    assert dev.sessions >= 101


def test_why_a_hid_scale_is_offline(hid):
    backend, dev = hid()
    until(dev, lambda r: r.online)
    backend.unplug()
    r = until(dev, lambda r: not r.online)
    assert r.reason == "disconnected"          # it was there a moment ago
    r = until(dev, lambda r: r.reason == "port_missing")   # and is not found again
    assert "0922:8003" in r.detail
