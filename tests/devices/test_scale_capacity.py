"""Issue #11.7: a scale never reports a weight it cannot be showing. A reading above the scale's capacity
(the URL's capacity_kg / capacity_g, else 300 kg) is status overload with reason over_capacity and no
weight; a gross weight below zero is underzero (negative_gross); a number longer than the protocol's field
(absurd precision, 10^23 g) is no weight either. Through the real driver on a pseudo-terminal, for every
protocol, and through pyusb for the HID scale."""
from __future__ import annotations

import pytest

from app.devices.scales import ScaleError, open_scale, parse_scale_url
from tests.devices.scale_sim import FakeHidScaleBackend
from tests.devices.test_scale_serial import COMBOS, WAIT, rig, until  # noqa: F401 - rig is a fixture


@pytest.mark.parametrize("protocol,mode", COMBOS)
def test_above_the_capacity_in_the_url_is_overload_not_a_weight(rig, protocol, mode):
    sim, dev = rig(protocol, mode, "&capacity_kg=30")
    sim.set(29_990)
    until(dev, lambda r: r.stable and r.grams == 29_990)
    seen = []
    dev.on_reading = seen.append
    sim.set(30_010)
    r = until(dev, lambda r: r.status == "overload")
    assert (r.grams, r.stable, r.reason) == (0, False, "over_capacity")
    sim.set(12_000)
    until(dev, lambda r: r.stable and r.grams == 12_000)
    assert not [x for x in seen if x.grams > 30_000 or (x.stable and x.grams not in (12_000, 29_990))]


@pytest.mark.parametrize("protocol,mode", COMBOS)
def test_a_platform_scale_reads_at_most_300_kg_by_default(rig, protocol, mode):
    sim, dev = rig(protocol, mode)
    sim.set(299_000)
    until(dev, lambda r: r.stable and r.grams == 299_000)
    sim.set(400_000)  # fits every protocol's field, but no parcel scale here weighs it
    r = until(dev, lambda r: r.status == "overload")
    assert (r.grams, r.stable, r.reason) == (0, False, "over_capacity")


def test_capacity_in_grams_and_the_checks_on_it():
    assert parse_scale_url("serial:///dev/ttyUSB0?protocol=cas&capacity_g=6000")[1]["capacity_g"] == 6000
    assert parse_scale_url("serial:///dev/ttyUSB0?protocol=cas&capacity_kg=0.6")[1]["capacity_g"] == 600
    assert parse_scale_url("serial:///dev/ttyUSB0?protocol=cas")[1]["capacity_g"] == 300_000
    assert parse_scale_url("hid://0x0922:0x8003?capacity_kg=10")[1]["capacity_g"] == 10_000
    for bad, word in [("capacity_kg=0", "'capacity_kg'"), ("capacity_kg=-5", "'capacity_kg'"),
                      ("capacity_kg=1e99", "'capacity_kg'"), ("capacity_kg=20000", "'capacity_kg'"),
                      ("capacity_kg=lots", "'capacity_kg'"), ("capacity_g=1.5", "'capacity_g'"),
                      ("capacity_g=0", "'capacity_g'"), ("capacity_kg=30&capacity_g=30000", "not both"),
                      ("confirm_n=0", "'confirm_n'"), ("confirm_n=99", "'confirm_n'")]:
        with pytest.raises(ScaleError, match=word):
            parse_scale_url(f"serial:///dev/ttyUSB0?protocol=cas&{bad}")


# frames no real scale sends, each beyond what its protocol can mean, with what the station must see
ABSURD = [
    ("mtsics", b"S S 99999999999999999999999 g\r\n", "bad_frame"),      # 10^23 g: more digits than the field
    ("mtsics", b"S S 9999999999 g\r\n", "over_capacity"),               # fits the field, beyond any capacity
    ("mtsics", b"S S 0.00000000001 kg\r\n", "bad_frame"),               # absurd precision
    ("mtsics", b"S S    -12.40 g\r\n", "negative_gross"),               # a gross weight below zero
    ("and", b"ST,+0.00000001234 kg\r\n", "bad_frame"),
    ("and", b"ST,+99999999 kg\r\n", "over_capacity"),
    ("cas", b"ST,GS,+999999999999kg\r\n", "bad_frame"),
    ("cas", b"ST,GS,-0000.20kg\r\n", "negative_gross"),
    ("sma", b"\n 1G  99999999999999kg \r", "bad_frame"),
    ("nci", b"\n123456789012kg\r\n00\r\x03", "bad_frame"),
    ("toledo8217", b"\x02123456789\r", "bad_frame"),
    ("toledo8217", b"\x029999.99\r", "over_capacity"),
]


@pytest.mark.parametrize("protocol,frame,reason", ABSURD, ids=[f"{p}-{r}" for p, _, r in ABSURD])
def test_absurd_frames_are_no_weight(rig, protocol, frame, reason):
    sim, dev = rig(protocol)
    sim.set(1_000)
    until(dev, lambda r: r.stable and r.grams == 1_000)
    sim.mute = True
    seen = []
    dev.on_reading = seen.append
    sim.set(1_100)
    sim.burst([(frame, None)] * 3 + [(sim.frame(), None)] * 2)  # three in a row, then a real weight
    until(dev, lambda r: r.stable and r.grams == 1_100)
    assert not [x for x in seen if x.stable and x.grams != 1_100], [x for x in seen if x.stable]
    said = [x for x in seen if x.reason == reason]
    assert said and all(x.status != "ok" and not x.stable and x.grams == 0 for x in said), seen


def test_hid_capacity_and_absurd_exponents():
    backend = FakeHidScaleBackend()
    dev = open_scale("hid://0x0922:0x8003?capacity_kg=10&retry_ms=2", usb_backend=backend)
    try:
        backend.set_report(bytes([3, 4, 3, 0, 9, 0]))   # 9 kg, stable
        assert dev.wait_for(lambda r: r.stable and r.grams == 9_000, WAIT)
        backend.set_report(bytes([3, 4, 3, 0, 11, 0]))  # 11 kg on a 10 kg scale
        r = dev.wait_for(lambda r: r.status == "overload", WAIT)
        assert r is not None and (r.grams, r.reason) == (0, "over_capacity")
        backend.set_report(bytes([3, 4, 2, 100, 1, 0]))  # 1 × 10^100 g
        r = dev.wait_for(lambda r: r.reason == "bad_frame", WAIT)
        assert r is not None and not r.stable and r.grams == 0
    finally:
        dev.close()
