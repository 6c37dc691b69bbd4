"""Discovery and the IT device tests, through the same fakes the drivers are tested with: serial ports as
pyserial lists them, USB devices behind a pyusb backend object, a TCP printer, a pty scanner."""
import sys
import threading
import time

import pytest
from serial.tools.list_ports_common import ListPortInfo

from app.devices import discovery
from app.devices.discovery import DeviceInfo, device_kind, devices_list_text, devices_test, guess, list_devices
from tests.devices.printer_sim import FakeUsbBackend, FakeUsbDevice, Pty, TcpPrinterServer, hidpos_reports, \
    usb_hidpos_scanner, usb_printer


def _port(device, vid=None, pid=None, manufacturer=None, product=None):
    p = ListPortInfo(device, skip_link_detection=True)
    p.vid, p.pid, p.manufacturer, p.product = vid, pid, manufacturer, product
    if vid is not None:
        p.hwid = f"USB VID:PID={vid:04X}:{pid:04X}"
    return p


def test_list_devices(monkeypatch):
    monkeypatch.setattr("serial.tools.list_ports.comports", lambda: [
        _port("/dev/ttyUSB0", 0x1A86, 0x7523, "QinHeng", "USB Serial"), _port("/dev/ttyS0")])
    scale = FakeUsbDevice(0x0922, 0x8003, interfaces=[{"number": 0, "class": 3, "subclass": 0, "protocol": 0,
                                                       "endpoints": [(0x82, 0x03)]}],
                          manufacturer="DYMO", product="M10 10 kg Digital Postal Scale")
    hub = FakeUsbDevice(0x1D6B, 0x0002, interfaces=[{"number": 0, "class": 9, "subclass": 0, "protocol": 0,
                                                     "endpoints": []}], device_class=9)
    be = FakeUsbBackend(usb_printer(), usb_hidpos_scanner(), scale, hub,
                        FakeUsbDevice(0x1234, 0x0001, interfaces=[{"number": 0, "class": 7, "subclass": 1,
                                                                   "protocol": 2, "endpoints": [(0x01, 2)]}]))
    devs = list_devices(usb_backend=be)
    assert [(d.kind, d.ids, d.url) for d in devs] == [
        ("serial", "", "serial:///dev/ttyS0"),
        ("serial", "1a86:7523", "serial:///dev/ttyUSB0"),
        ("usb", "0416:5011", "usb://0x0416:0x5011"),
        ("usb", "0c2e:0b87", "usb://0x0c2e:0x0b87"),
        ("usb", "0922:8003", "hid://0x0922:0x8003"),
        ("usb", "1234:0001", "usb://0x1234:0x0001"),
    ]
    guesses = [d.guess for d in devs]
    assert guesses[0] == "serial port" and "USB-serial adapter" in guesses[1] and "scanner" in guesses[3] and guesses[4] == "Dymo M10 scale"
    assert guesses[5] == "printer"                       # unknown vendor, printer-class interface
    assert devs[3].name == "Honeywell Voyager 1450g"
    text = devices_list_text(devs)
    assert "0416:5011" in text and "usb://0x0c2e:0x0b87" in text and text.splitlines()[0].startswith("KIND")


def test_guess_table():
    assert "Zebra" in guess(0x0A5F, 0x0100) and "printer" in guess(0x0A5F, 0x0100, (7,))
    assert "scanner" in guess(0x05E0, 0x1200) and "TSC" in guess(0x1203, 0x0140)
    assert guess(None, None) == "unknown" and "HID" in guess(0x9999, 1, (3,))
    assert "Mettler" in guess(0x0EB8, 0xF000) and "Datalogic" in guess(0x05F9, 0x2214)


def test_nothing_found_says_so(monkeypatch):
    assert "No serial ports or USB devices" in devices_list_text([])


def test_device_kind():
    assert device_kind("tcp://10.0.0.20:9100") == "printer"
    assert device_kind("serial:///dev/ttyUSB0?protocol=toledo8217") == "scale"
    assert device_kind("hid://0x0922:0x8003") == "scale"
    assert device_kind("usb://0x05e0:0x1200") == "scanner"
    assert device_kind("usb://0x0416:0x5011") == "printer"
    assert device_kind("serial:///dev/ttyACM0?kind=scanner") == "scanner"
    assert device_kind("sim://scanner") == "scanner" and device_kind("sim://scale") == "scale"


def test_devices_test_prints_a_label():
    srv = TcpPrinterServer()
    try:
        out = devices_test(srv.url)
        assert out.startswith("OK: printed a test label") and len(srv.labels) == 1
        srv.sim.paper_out = True
        assert "paper out" in devices_test(srv.url) and devices_test(srv.url).startswith("FAIL")
    finally:
        srv.close()
    assert devices_test("usb://0x0416:0x5011", usb_backend=FakeUsbBackend()).startswith("FAIL")
    assert devices_test("nonsense").startswith("FAIL")


@pytest.mark.skipif(sys.platform == "win32", reason="pty")
def test_devices_test_waits_for_a_scan():
    pty = Pty()
    try:
        threading.Timer(0.3, lambda: pty.write(b"]E06901234567892\r\n")).start()
        out = devices_test(f"serial://{pty.path}?kind=scanner", timeout_s=5)
        assert out == "OK: scanned '6901234567892' []E0 EAN/UPC]"
        assert devices_test(f"serial://{pty.path}?kind=scanner", timeout_s=0.3).startswith("FAIL: no scan")
    finally:
        pty.close()


def test_devices_test_hidpos_scanner():
    dev = usb_hidpos_scanner()
    be = FakeUsbBackend(dev)

    def later():
        time.sleep(0.3)
        for r in hidpos_reports(b"010690123456789210LOT42\x1d17261231", b"]C1"):
            dev.queue(dev.scan_ep, r)

    threading.Thread(target=later, daemon=True).start()
    out = devices_test("usb://0x0c2e:0x0b87", usb_backend=be, timeout_s=5)
    assert out.startswith("OK: scanned") and "GS1 (01)06901234567892(10)LOT42(17)261231" in out


def test_devices_test_reads_the_scale():
    assert devices_test("sim://scale").startswith("OK: 0 g")


def test_device_info_ids():
    assert DeviceInfo("usb", "usb://0x1:0x2", "", "", 1, 2).ids == "0001:0002"
    assert discovery.KNOWN_VENDORS[0x0A5F][0] == "Zebra Technologies"
