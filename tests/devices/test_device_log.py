"""Connects and disconnects of the scale and the scanner are in the log (once per change, not per retry)."""
import logging
import sys

import pytest

from app.devices.scales import open_scale
from app.devices.scales.simulator import PtyScale
from app.devices.scanners import open_scanner
from tests.devices.printer_sim import Pty

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pty")


def test_a_scale_unplugged_and_plugged_again_is_logged_once_each_way(tmp_path, caplog):
    sim = PtyScale("toledo8217", tmp_path / "ttyScale")
    sim.plug()
    with caplog.at_level(logging.INFO, logger="app.devices.scales"):
        dev = open_scale(f"serial://{tmp_path / 'ttyScale'}?protocol=toledo8217&interval_ms=20&retry_ms=5&retry_max_ms=20")
        try:
            assert dev.wait_for(lambda r: r.online, 5)
            sim.unplug()
            assert dev.wait_for(lambda r: not r.online, 5)
            dev.wait_for(lambda r: False, 0.3)          # it retries many times meanwhile
            sim.plug()
            assert dev.wait_for(lambda r: r.online, 5)
        finally:
            dev.close()
            sim.unplug()
    lines = [r.getMessage() for r in caplog.records if "ttyScale" in r.getMessage()]
    assert sum("connected" in m and "disconnected" not in m and "not connected" not in m for m in lines) == 2, lines
    assert sum("disconnected" in m for m in lines) == 1, lines
    assert sum("not connected" in m for m in lines) <= 2, "a retry is not logged again and again"


def test_a_scanner_that_comes_and_goes_is_logged(caplog):
    pty = Pty()
    with caplog.at_level(logging.INFO, logger="app.devices.scanners"):
        sc = open_scanner(f"serial://{pty.path}?window_ms=0", lambda data: None)
        try:
            import time
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and not any("connected" in r.getMessage() for r in caplog.records):
                time.sleep(0.02)
            pty.close()
            while time.monotonic() < deadline and not any("disconnected" in r.getMessage() or "not connected"
                                                          in r.getMessage() for r in caplog.records):
                time.sleep(0.02)
        finally:
            sc.stop()
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.endswith("connected") for m in messages), messages
    assert any("disconnected" in m or "not connected" in m for m in messages), messages


def test_a_printer_failing_and_coming_back_is_logged_once_each_way(caplog):
    from app.devices.printers import PrinterRefused, open_printer
    from tests.devices.printer_sim import TcpPrinterServer
    from tests.devices.test_printer import label

    srv = TcpPrinterServer()
    p = open_printer(srv.url)
    try:
        with caplog.at_level(logging.INFO, logger="app.devices.printers"):
            srv.sim.paper_out = True
            for _ in range(3):
                with pytest.raises(PrinterRefused):
                    p.send("J", label())
            srv.sim.paper_out = False
            p.send("J", label())
            p.send("J2", label(2))
    finally:
        p.close()
        srv.close()
    messages = [r.getMessage() for r in caplog.records]
    assert sum("paper_out" in m for m in messages) == 1 and sum("printing again" in m for m in messages) == 1, messages
