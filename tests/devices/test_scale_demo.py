"""The demo's scale is a protocol simulator on a pseudo-terminal behind the real serial driver."""
import pytest

from app.devices.scales import ScaleError, open_scale
from app.devices.scales.serial_scale import SerialScale


def test_demo_scale_weighs_through_the_serial_driver():
    scale = open_scale("sim://scale?protocol=cas&settle_ms=200")
    try:
        assert isinstance(scale.driver, SerialScale)
        scale.place(1234)
        moving = scale.wait_for(lambda r: r.online and r.grams == 1234 and not r.stable, 3)
        assert moving is not None, "it moves before it settles"
        stable = scale.wait_for(lambda r: r.stable and r.grams == 1234, 3)
        assert stable is not None
        scale.remove()
        assert scale.wait_for(lambda r: r.stable and r.grams == 0, 3) is not None
    finally:
        scale.close()


def test_unknown_simulated_protocol_is_refused():
    with pytest.raises(ScaleError, match="protocol"):
        open_scale("sim://scale?protocol=nonsense")
