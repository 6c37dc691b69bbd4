"""The weight printed is the weight on the scale at sign-off: a Toledo 8217 on a pseudo-terminal, read by the
real serial driver, feeds the station as the window's poll would."""
from __future__ import annotations

import sys

import pytest
from sqlalchemy import select

from app.devices.scales import open_scale
from app.devices.scales.simulator import PtyScale
from app.domain.packflow import Err, Phase
from app.models import Parcel
from app.services.station import StationService
from tests.fakes import RecordingPrinter, fake_render

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pty")
WAIT = 5.0


@pytest.fixture
def toledo(tmp_path):
    sim = PtyScale("toledo8217", tmp_path / "ttyScale")
    sim.plug()
    dev = open_scale(f"serial://{tmp_path / 'ttyScale'}?protocol=toledo8217&interval_ms=20&retry_ms=5")
    yield sim, dev
    dev.close()
    sim.unplug()


def settle(st: StationService, sim: PtyScale, dev, grams: int, stable: bool = True, online: bool = True):
    """Put `grams` on the simulated scale and poll the driver into the station until it shows it."""
    if online:
        sim.set(grams, stable)
        r = dev.wait_for(lambda r: r.online and r.grams == grams and r.stable == stable, WAIT)
    else:
        sim.unplug()
        r = dev.wait_for(lambda r: not r.online, WAIT)
    assert r is not None, dev.read()
    return st.weight(r.grams, r.stable, r.online)


def packed_t1(shop, toledo):
    sim, dev = toledo
    printer = RecordingPrinter()
    printer.labels = []

    def render(label):
        printer.labels.append(label)
        return fake_render(label)

    st = StationService(shop, "PACK-01", printer, render_label=render)
    st.sign_on("B1001")
    st.scan("T1")                      # one T-shirt, 200 g + the default bag: 225 g expected
    st.scan("6900000000011")
    settle(st, sim, dev, 0)
    assert settle(st, sim, dev, st.state.expected_g).phase is Phase.READY
    return st, printer


def test_a_weight_that_changed_after_acceptance_is_never_printed(shop, toledo):
    sim, dev = toledo
    st, printer = packed_t1(shop, toledo)
    settle(st, sim, dev, 1500)                       # a second item slipped in after the weight was accepted
    state = st.sign_off()
    assert state.phase is Phase.WEIGHT_OUT and not printer.jobs
    settle(st, sim, dev, st.state.expected_g + 4)    # taken out again
    state = st.sign_off()
    assert state.phase is Phase.DONE and len(printer.jobs) == 1
    with shop.session() as s:
        parcel = s.scalar(select(Parcel))
        assert parcel.weight_g == parcel.expected_weight_g + 4
    assert [label.weight_g for label in printer.labels] == [parcel.weight_g]


def test_an_unplugged_scale_blocks_sign_off(shop, toledo):
    sim, dev = toledo
    st, printer = packed_t1(shop, toledo)
    settle(st, sim, dev, 0, online=False)
    state = st.sign_off()
    assert state.error is not None and state.error.code is Err.SCALE_OFFLINE and not printer.jobs
    st.acknowledge()
    sim.plug()                                       # the parcel never left: the same weight comes back
    r = dev.wait_for(lambda r: r.online and r.stable, WAIT)
    assert st.weight(r.grams, r.stable, r.online).phase is Phase.READY
    assert st.sign_off().phase is Phase.DONE and len(printer.jobs) == 1


def test_the_printed_weight_is_the_standing_one(shop, toledo):
    sim, dev = toledo
    st, printer = packed_t1(shop, toledo)
    expected = st.state.expected_g
    settle(st, sim, dev, expected + 15)              # settles a little: within the zero band
    assert st.state.phase is Phase.READY
    st.sign_off()
    with shop.session() as s:
        assert s.scalar(select(Parcel.weight_g)) == expected + 15
    assert [label.weight_g for label in printer.labels] == [expected + 15]
