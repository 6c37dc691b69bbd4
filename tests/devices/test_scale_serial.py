"""The real serial driver against simulated scales on pseudo-terminals (and one behind a TCP socket):
pyserial opens the pty's path exactly as it opens /dev/ttyUSB0. Every protocol, poll and continuous."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from app.devices.scales import ScaleError, open_scale
from tests.devices.scale_sim import PtyScale

WAIT = 3.0
COMBOS = [("mtsics", "poll"), ("mtsics", "continuous"), ("toledo8217", "poll"), ("toledo", "continuous"),
          ("cas", "continuous"), ("and", "continuous"), ("and", "poll"), ("nci", "poll"), ("sma", "poll"),
          ("sma", "continuous")]


@pytest.fixture
def rig(tmp_path):
    made = []

    def make(protocol, mode=None, query="", **sim_kw):
        link = tmp_path / f"ttyScale{len(made)}"
        if protocol == "and" and mode == "poll":
            sim_kw.setdefault("stream", False)
        sim = PtyScale(protocol, link, **sim_kw)
        sim.plug()
        url = f"serial://{link}?protocol={protocol}&interval_ms=20&retry_ms=5&retry_max_ms=40"
        if mode:
            url += f"&mode={mode}"
        dev = open_scale(url + query)
        made.append((sim, dev))
        return sim, dev

    yield make
    for sim, dev in made:
        dev.close()
        sim.unplug()


def until(dev, pred):
    r = dev.wait_for(pred, WAIT)
    assert r is not None, f"timed out; last reading {dev.read()!r}, error {dev.last_error!r}"
    return r


@pytest.mark.parametrize("protocol,mode", COMBOS)
def test_weights_motion_and_status(rig, protocol, mode):
    sim, dev = rig(protocol, mode)
    sim.set(0, stable=True)
    until(dev, lambda r: r.online and r.stable and r.grams == 0)
    sim.set(1234, stable=False)
    r = until(dev, lambda r: r.online and not r.stable and (r.grams == 1234 or protocol == "toledo8217"))
    assert r.status == "ok"
    sim.set(1500, stable=True)
    r = until(dev, lambda r: r.stable)
    assert (r.grams, r.status) == (1500, "ok")  # the first stable reading is the new weight
    sim.set(99_999, stable=True, status="overload")
    r = until(dev, lambda r: r.status != "ok")
    assert r.status == "overload" and not r.stable
    sim.set(-20, stable=True, status="underzero")
    r = until(dev, lambda r: r.status == "underzero")
    assert not r.stable and r.grams == 0
    # CAS has no under-zero flag: it sends a negative gross weight, which no parcel weighs
    assert r.reason == ("negative_gross" if protocol == "cas" else "underzero")
    sim.set(2345, stable=True)
    until(dev, lambda r: r.stable and r.grams == 2345)


@pytest.mark.parametrize("protocol,mode", [c for c in COMBOS if c[0] not in ("cas",)])
def test_zero_and_tare_reach_the_scale(rig, protocol, mode):
    sim, dev = rig(protocol, mode)
    sim.set(300, stable=True)
    until(dev, lambda r: r.stable and r.grams == 300)
    sent = {"mtsics": b"Z", "toledo8217": b"Z", "toledo": b"Z", "and": b"Z", "nci": b"Z", "sma": b"Z"}[protocol]
    dev.zero()
    until(dev, lambda r: r.stable and r.grams == 0)
    assert sent in sim.received
    if protocol in ("toledo8217", "nci"):
        with pytest.raises(ScaleError, match="tare"):
            dev.tare()
        return
    sim.set(450, stable=True)
    until(dev, lambda r: r.stable and r.grams == 450)
    dev.tare()
    until(dev, lambda r: r.stable and r.grams == 0)
    assert b"T" in sim.received
    if protocol == "mtsics":
        assert dev.last_reply is not None and dev.last_reply.kind == "tare" and dev.last_reply.ok


def test_cas_has_no_zero_or_tare(rig):
    _, dev = rig("cas")
    with pytest.raises(ScaleError, match="zero"):
        dev.zero()
    with pytest.raises(ScaleError, match="tare"):
        dev.tare()


@pytest.mark.parametrize("fmt", [22, 18])
def test_cas_frame_formats(rig, fmt):
    sim, dev = rig("cas", cas_format=fmt)
    sim.set(13_500, stable=True)
    until(dev, lambda r: r.stable and r.grams == 13_500)


def test_stable_by_n_equal_readings_when_frames_have_no_flag(rig):
    sim, dev = rig("cas", query="&stable_n=4&unit=kg", cas_format=10)
    sim.set(800)
    until(dev, lambda r: r.stable and r.grams == 800)
    sim.set(950)
    first = until(dev, lambda r: r.grams == 950)
    assert not first.stable  # one frame of a new weight is not yet stable
    until(dev, lambda r: r.stable and r.grams == 950)


def test_toledo_without_checksum_and_in_grams(rig):
    sim, dev = rig("toledo", query="&checksum=0", checksum=False, unit="g")
    sim.set(2_468)
    until(dev, lambda r: r.stable and r.grams == 2_468)


def test_8217_in_pounds(rig):
    sim, dev = rig("toledo8217", query="&unit=g", unit="g")
    sim.set(1_234)
    until(dev, lambda r: r.stable and r.grams == 1_234)


def test_a_silent_scale_goes_offline_after_the_staleness_limit(rig):
    sim, dev = rig("and", query="&stale_ms=200")
    sim.set(700)
    until(dev, lambda r: r.stable and r.grams == 700)
    sim.mute = True
    t0 = time.monotonic()
    until(dev, lambda r: not r.online)
    assert 0.1 < time.monotonic() - t0 < 1.5  # 200 ms after the last frame, give or take a loaded machine
    assert dev.connected  # the port is fine: it is the scale that went quiet
    sim.mute = False
    until(dev, lambda r: r.stable and r.grams == 700)


def test_unplug_is_offline_at_once_and_close_stops_the_thread(rig):
    sim, dev = rig("toledo")
    sim.set(500)
    until(dev, lambda r: r.stable)
    t0 = time.monotonic()
    sim.unplug()
    until(dev, lambda r: not r.online)
    assert time.monotonic() - t0 < 0.3  # the next read fails: no staleness wait
    assert not dev.connected and dev.last_error
    dev.close()
    assert not dev._thread.is_alive()
    assert dev.read().status == "offline"


def test_pyserial_url_form_over_a_socket():
    """serial:?url=socket://… — a scale behind a serial device server, speaking MT-SICS."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    weight = {"g": 321}
    stop = threading.Event()

    def serve():
        server.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(0.05)
                buf = b""
                while not stop.is_set():
                    try:
                        data = conn.recv(100)
                    except TimeoutError:
                        continue
                    if not data:
                        break
                    buf += data
                    while b"\r\n" in buf:
                        line, buf = buf.split(b"\r\n", 1)
                        if line == b"SI":
                            if weight["g"] is None:  # the device server drops the connection
                                conn.shutdown(socket.SHUT_RDWR)
                                break
                            conn.sendall(f"S S {weight['g']:>10} g\r\n".encode())
                    if weight["g"] is None:
                        break

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    dev = open_scale(f"serial:?url=socket://127.0.0.1:{port}&protocol=mtsics&interval_ms=20&retry_ms=5")
    try:
        until(dev, lambda r: r.stable and r.grams == 321)
        weight["g"] = None
        until(dev, lambda r: not r.online)
        weight["g"] = 654
        until(dev, lambda r: r.stable and r.grams == 654)
        assert dev.sessions >= 2
    finally:
        dev.close()
        stop.set()
        t.join(2)
        server.close()


# ---------------------------------------------------------------- why a scale is offline (reason codes)
def test_offline_readings_say_why(rig, tmp_path):
    dev = open_scale(f"serial://{tmp_path / 'ttyNone'}?protocol=cas&retry_ms=5")
    try:
        r = dev.wait_for(lambda r: r.reason == "port_missing", WAIT)
        assert r is not None and not r.online and "ttyNone" in dev.last_error
    finally:
        dev.close()
    assert dev.read().reason == "closed"
    sim, dev = rig("and", query="&stale_ms=200")
    until(dev, lambda r: r.stable)
    sim.mute = True  # the port is fine, nothing comes
    until(dev, lambda r: r.reason == "no_data")
    sim.unplug()
    until(dev, lambda r: r.reason in ("disconnected", "port_missing"))


def test_a_scale_at_another_speed_is_unrecognised_data(rig):
    """The scale sends at 2400 baud (A&D's factory setting), the URL says 9600: bytes come, but garbled."""
    from app.devices.scales.simulator import Line

    sim, dev = rig("and", query="&baud=9600&stale_ms=200", line=Line(2400, 7, "E"))
    sim.set(1_000)
    r = until(dev, lambda r: r.reason == "unrecognised_data")
    assert not r.online and dev.connected
    assert dev.wait_for(lambda r: r.stable, 0.5) is None  # never a weight out of the garble


def test_a_dead_reader_thread_is_reported(rig):
    sim, dev = rig("cas")
    until(dev, lambda r: r.stable)

    def die():
        raise SystemExit  # not an Exception: nothing in the loop catches it

    dev._session = die
    sim.unplug()  # the running session ends; the next one dies
    r = until(dev, lambda r: r.reason == "thread_died")
    dev._thread.join(1)
    assert not r.online and not dev._thread.is_alive() and dev.read().reason == "thread_died"
