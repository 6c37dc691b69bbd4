"""Issue #11.8: one bit error on the line never gives a different stable weight.

Every single bit (the data bits and the parity bit) of every recorded stable frame of every protocol
(tests/fixtures/scales, the manuals' examples) is flipped in turn, on a pseudo-terminal whose two ends are
emulated as UARTs at the protocol's factory line (7E1 for Toledo, A&D and NCI; 8N1 for MT-SICS, CAS and
SMA), between good frames of the same weight; the real driver reads them. No reading may ever be stable
at another weight. The driver checks the parity bit (a 7E1 line is read as 8N1), the Toledo checksum, and
takes a weight only once two consecutive stable frames agree."""
from __future__ import annotations

import json
import termios
from pathlib import Path

import pytest

from app.devices.scales import open_scale
from app.devices.scales.registry import PROTOCOLS
from tests.devices.scale_sim import PtyScale
from app.devices.scales.simulator import FACTORY, Line

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "scales"
WAIT = 5.0
SENTINEL_G = 4321


def stable_frames(protocol: str) -> list[tuple[bytes, int]]:
    """The recorded frames that carry a stable, positive weight within the default capacity (kg where the
    frame has no unit)."""
    data = json.loads((FIXTURES / f"{protocol}.json").read_text(encoding="utf-8"))
    out = []
    for e in data["frames"]:
        x = e["expect"]
        if (x and "reply" not in x and x.get("stable") in (True, None) and x.get("status", "ok") == "ok"
                and 0 < (x.get("grams") or 0) <= 300_000 and e.get("unit", "kg") == "kg"):
            out.append((e["frame"].encode("latin-1"), x["grams"]))
    return out


@pytest.fixture
def line_rig(tmp_path):
    made = []

    def make(protocol: str, query: str = "", line: Line | None = None):
        sim = PtyScale(protocol, tmp_path / f"ttyScale{len(made)}", stream=False, line=line, reader=line)
        sim.mute = True  # the test writes every frame itself
        sim.plug()
        dev = open_scale(f"serial://{sim.link}?protocol={protocol}&interval_ms=20{query}",
                         start=False)
        seen: list = []
        dev.on_reading = seen.append
        dev.start()
        assert dev.wait_for(lambda r: dev.connected, WAIT) is not None or dev.connected
        made.append((sim, dev))
        return sim, dev, seen

    yield make
    for sim, dev in made:
        dev.close()
        sim.unplug()


def settle(sim, dev) -> int:
    """Everything written so far has been read: a new weight (never the one before), sent three times,
    stands on the scale. Returns it."""
    grams = SENTINEL_G + 1 if dev.read().grams == SENTINEL_G else SENTINEL_G
    sim.set(grams)
    sim.burst([(sim.frame(), None)] * 3)
    assert dev.wait_for(lambda r: r.stable and r.grams == grams, WAIT), dev.read()
    return grams


def test_every_protocol_has_stable_frames_to_garble():
    for protocol in PROTOCOLS:
        assert stable_frames(protocol), protocol


@pytest.mark.parametrize("protocol", list(PROTOCOLS))
def test_no_single_bit_error_gives_another_stable_weight(line_rig, protocol):
    line = FACTORY[protocol]
    sim, dev, seen = line_rig(protocol)
    bits = line.bytesize + (line.parity != "N")
    for frame, grams in stable_frames(protocol):
        flips = [(c, b) for c in range(len(frame)) for b in range(bits)]
        stream = [(frame, None)] * 2
        for flip in flips:  # the garbled frame, then good ones again
            stream += [(frame, flip), (frame, None), (frame, None), (frame, None)]
        seen.clear()
        sim.burst(stream)
        end = settle(sim, dev)
        wrong = [r for r in seen if r.stable and r.grams not in (grams, end)]
        assert not wrong, f"{protocol} {frame!r}: stable {sorted({r.grams for r in wrong})} g, not {grams} g"
        # and the scale was read: after every garbled frame the good ones gave the weight again
        assert sum(1 for r in seen if r.stable and r.grams == grams) >= len(flips), (frame, len(flips))
        if line.parity != "N":
            assert any(r.reason == "parity_error" for r in seen)


@pytest.mark.parametrize("protocol", ["mtsics", "toledo", "and", "nci", "sma", "cas"])
def test_one_stable_frame_alone_is_not_a_weight(line_rig, protocol):
    """A frame flagged stable between moving ones (or garbled into 'stable') is not taken: the weight is
    stable only once the next frame says the same."""
    sim, dev, seen = line_rig(protocol)
    sim.set(1_250, stable=False)
    moving = sim.frame()
    sim.set(1_250, stable=True)
    still = sim.frame()
    sim.burst([(moving, None)] * 3 + [(still, None)] + [(moving, None)] * 3)
    settle(sim, dev)
    assert not [r for r in seen if r.stable and r.grams == 1_250]
    seen.clear()
    sim.burst([(moving, None), (still, None), (still, None)])
    assert dev.wait_for(lambda r: r.stable and r.grams == 1_250, WAIT)
    assert [r.stable for r in seen if r.grams == 1_250][-2:] == [False, True]  # the second one made it


def test_commands_carry_the_right_parity_bit(tmp_path):
    """The driver reads a 7E1 line as 8N1, so it must also write 8 bits with the parity bit set right: the
    scale's UART drops a character whose parity is wrong, and a Toledo 8217 would never answer."""
    sim = PtyScale("toledo8217", tmp_path / "tty8217")
    sim.set(2_000)
    sim.plug()
    dev = open_scale(f"serial://{sim.link}?protocol=toledo8217&interval_ms=20")
    try:
        assert dev.wait_for(lambda r: r.stable and r.grams == 2_000, WAIT)
        dev.zero()
        assert dev.wait_for(lambda r: r.stable and r.grams == 0, WAIT)
        assert b"W" in sim.received and b"Z" in sim.received and sim.rx_errors == 0

    finally:
        dev.close()
        sim.unplug()


def test_an_8e1_line_is_checked_by_the_os_and_ff_bytes_survive(line_rig):
    """8 data bits and even parity: the port is set to INPCK | PARMRK (the kernel marks bad bytes) and a
    real FF byte, which the kernel then doubles, reads as one FF — here in a CAS lamp byte. (A pty cannot
    make a parity error: `MarkedParity` is checked on the kernel's marks below.)"""
    sim, dev, seen = line_rig("cas", "&bytesize=8&parity=E", line=Line(9600, 8, "E"))
    iflag = termios.tcgetattr(sim._slave)[0]
    assert iflag & termios.INPCK and iflag & termios.PARMRK
    frame = b"ST,GS,\x01\xff,0001.250 kg\r\n"
    sim.burst([(frame, None)] * 3)
    assert dev.wait_for(lambda r: r.stable and r.grams == 1_250, WAIT), dev.read()


def test_line_decoders():
    from app.devices.scales.core import MarkedParity, SoftParity

    soft = SoftParity(7, "E")
    # 'W' = 0x57 has five ones: even parity sets bit 7
    assert soft.encode(b"W") == b"\xd7" and soft.decode(b"\xd7") == (b"W", None)
    clean, bad = soft.decode(b"\x57\xd7")
    assert bad == b"\x01\x00" and clean[1:] == b"W" and soft.errors == 1
    assert SoftParity(7, "O").decode(b"\x57")[1] is None
    assert SoftParity(7, "M").decode(b"\x80")[1] is None and SoftParity(7, "S").decode(b"\x80")[1] == b"\x01"
    marked = MarkedParity()
    # a good FF (doubled), a byte with a parity error (FF 00 x), a marker split across two reads
    assert marked.decode(b"A\xff\xffB") == (b"A\xffB", None)
    out1 = marked.decode(b"C\xff")
    out2 = marked.decode(b"\x00DE")
    assert out1 == (b"C", None) and out2[0][1:] == b"E" and out2[1] == b"\x01\x00" and marked.errors == 1
