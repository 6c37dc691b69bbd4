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


def test_identify_says_when_the_kind_is_only_a_guess():
    from app.devices.discovery import identify

    assert identify("tcp://10.0.0.20:9100") == ("printer", True)
    assert identify("cups://Zebra") == ("printer", True) and identify("file:///dev/usb/lp0") == ("printer", True)
    assert identify("serial:///dev/ttyUSB0") == ("printer", False)          # could be a scale
    assert identify("serial:///dev/ttyUSB0?baud=115200") == ("printer", False)
    assert identify("serial:///dev/ttyUSB0?profile=escpos-80") == ("printer", True)
    assert identify("serial:///dev/ttyUSB0?kind=printer") == ("printer", True)
    assert identify("usb://0x0416:0x5011") == ("printer", False)
    assert identify("serial:///dev/ttyUSB0?protocol=cas") == ("scale", True)


@pytest.mark.skipif(sys.platform == "win32", reason="pty")
def test_devices_test_prints_nothing_on_a_port_it_only_guessed_is_a_printer():
    from tests.devices.test_printer import PtyPrinter

    dev = PtyPrinter()
    try:
        url = f"serial://{dev.pty.path}?baud=115200"
        out = devices_test(url)
        assert out.startswith("OK:") and "answers printer status" in out and "--kind printer" in out
        assert dev.sim.labels == [] and not any(c == b"\x1b@" for c in dev.sim.commands)   # not a byte of a label
        out = devices_test(url, kind="printer")
        assert out.startswith("OK: printed a test label") and len(dev.sim.labels) == 1
        assert devices_test(url + "&kind=printer").startswith("OK: printed") and len(dev.sim.labels) == 2
    finally:
        dev.close()


def test_devices_test_reports_the_drivers_own_cause(tmp_path):
    from tests.devices.printer_sim import free_port

    out = devices_test(f"tcp://127.0.0.1:{free_port()}?connect_timeout=0.5")
    assert out.startswith("FAIL") and "Connection refused" in out and out.endswith("[refused]")
    notatty = tmp_path / "ttyS9"
    notatty.write_bytes(b"")
    out = devices_test(f"serial://{notatty}?protocol=cas", timeout_s=2)          # a scale on a non-port
    assert out.startswith("FAIL") and "Inappropriate ioctl" in out and "[invalid_setting]" in out
    assert "does not answer" not in out
    out = devices_test(f"serial://{tmp_path / 'ttyGONE'}?protocol=cas", timeout_s=2)
    assert out.startswith("FAIL") and "No such file" in out and "[not_found]" in out


def test_devices_test_reports_a_label_wider_than_the_head_and_prints_one_that_fits():
    srv = TcpPrinterServer()
    try:
        url = srv.url + "?model=TM-T20II"                          # an 80 mm printer: 576 dots
        out = devices_test(url, label_size="100x150")
        assert out.startswith("FAIL") and "head 576 dots, label 800 dots" in out and "72x130" in out
        assert out.endswith("[head_too_narrow]") and srv.labels == [] and srv.connections == 0
        out = devices_test(url)
        assert out.startswith("OK: printed a test label") and "head 576 dots" in out and "72x130" in out
        (printed,) = srv.labels
        assert len(printed) // 240 * 8 <= 576                      # the test label is no wider than the head
        assert devices_test(url, label_size="72x130").startswith("OK: printed")
    finally:
        srv.close()


def test_check_configured_printer_for_doctor():
    from app.devices.discovery import check_configured_printer

    srv = TcpPrinterServer()
    try:
        checks = check_configured_printer(srv.url + "?profile=escpos-80", "100x150", "escpos-raster")
        by = {c.name: c for c in checks}
        assert by["printer URL"].ok and by["printer status"].ok and by["printer language"].ok
        size = by["printer label size"]
        assert not size.ok and size.code == "head_too_narrow" and "head 576 dots, label 800 dots" in size.detail
        assert all(c.ok for c in check_configured_printer(srv.url + "?profile=escpos-80", "72x130", "escpos-raster"))
        lang = {c.name: c for c in check_configured_printer(srv.url, "100x150", "tspl")}["printer language"]
        assert not lang.ok and lang.code == "wrong_language"
        srv.sim.paper_low = True
        st = {c.name: c for c in check_configured_printer(srv.url, "100x150", "escpos-raster")}["printer status"]
        assert st.ok and st.code == "paper_low"
        srv.sim.paper_out = True
        checks = check_configured_printer(srv.url, "100x150", "escpos-raster", backup_url="cups://bad name")
        st = {c.name: c for c in checks}
        assert not st["printer status"].ok and st["printer status"].code == "paper_out"
        assert not st["backup printer URL"].ok and st["backup printer URL"].code == "bad_url"
        assert srv.labels == []                                      # doctor prints nothing
    finally:
        srv.close()
