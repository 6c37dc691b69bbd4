"""Issue #11.9: a scanner never dies silently and never grows without bound.

A bad URL option is refused when the scanner is opened, naming the parameter (an unknown `encoding=` used
to kill the reader thread later, while the station said "connected"); an exception in the program's
callback or in the reader itself is reported through `on_status` with a code and the scanner reads on; a
code longer than `max_length` is discarded and reported, and the rest of it never passes for a code. The
serial scanner is tested on a pseudo-terminal, the HID-POS one behind a pyusb backend object."""
from __future__ import annotations

import errno
import threading
import time

import pytest
import serial

from app.devices.scanners import ScanConfig, ScannerError, decode_scan, open_scanner
from app.devices.scanners.decode import CodeFramer
from tests.devices.printer_sim import FakeUsbBackend, Pty, hidpos_reports, usb_hidpos_scanner
from tests.devices.test_scanner import Sink


@pytest.mark.parametrize("query,word", [
    ("encoding=klingon", "'encoding'"),
    ("encoding=hex", "'encoding'"),          # a codec, but not one that makes text
    ("min_length=abc", "'min_length'"),
    ("min_length=1_0", "'min_length'"),      # int() would take these two
    ("min_length=%D9%A3", "'min_length'"),   # Arabic-Indic ٣
    ("max_length=0", "'max_length'"),
    ("min_length=50&max_length=20", "'min_length'"),
    ("window_ms=soon", "'window_ms'"),
    ("window_ms=nan", "'window_ms'"),
    ("frame_ms=0", "'frame_ms'"),
    ("aim=maybe", "'aim'"),
    ("gs_char=ab", "'gs_char'"),
    ("prefix=%5Cx4", "'prefix'"),            # a broken \x escape
    ("baud=fast", "'baud'"),
    ("parity=X", "'parity'"),
    ("bytesize=9", "'bytesize'"),
    ("stopbits=3", "'stopbits'"),
    ("rtscts=perhaps", "'rtscts'"),
    ("sufix=%0D", "'sufix'"),                # a typo is not silently ignored
])
def test_bad_serial_scanner_options_are_refused_naming_the_parameter(query, word):
    with pytest.raises(ScannerError, match=word):
        open_scanner(f"serial:///dev/ttyACM0?{query}", lambda d: None, start=False)


@pytest.mark.parametrize("url,word", [
    ("usb://0x0c2e:0x0b61?in=0x01", "'in'"),        # an OUT endpoint
    ("usb://0x0c2e:0x0b61?baud=9600", "'baud'"),
    ("usb://VID:PID", "VID:PID"),
    ("sim://scanner?speed=1", "'speed'"),
    ("sim://printer", "sim://scanner"),
    ("socket://127.0.0.1:4001?profile=x", "'profile'"),
])
def test_bad_usb_sim_and_socket_scanner_urls(url, word):
    with pytest.raises(ScannerError, match=word):
        open_scanner(url, lambda d: None, start=False)


def test_good_options_are_taken():
    sc = open_scanner("serial:///dev/ttyACM0?encoding=gb18030&max_length=64&min_length=4&aim=off&baud=115200"
                      "&parity=E&bytesize=7", lambda d: None, start=False)
    assert (sc.cfg.encoding, sc.cfg.max_length, sc.cfg.min_length, sc.cfg.aim) == ("gb18030", 64, 4, False)
    assert sc.line["baudrate"] == 115200 and (sc.line["bytesize"], sc.line["parity"]) == (7, "E")


@pytest.fixture
def pty_scanner():
    made = []

    def make(query="", on_scan=None, path=None):
        pty = Pty()
        sink = Sink()
        sc = open_scanner(f"serial://{path or pty.path}?window_ms=0{query}", on_scan or sink,
                          on_status=sink.on_status)
        sc.retry_s = 0.05
        made.append((pty, sc))
        return pty, sink, sc

    yield make
    for pty, sc in made:
        sc.stop()
        pty.close()


def test_an_exception_in_the_callback_is_reported_and_the_scanner_reads_on(pty_scanner):
    got, sink_holder = [], {}

    def on_scan(data):
        if data.text == "BOOM":
            raise RuntimeError("the station could not take it")
        got.append(data.text)

    pty, sink, sc = pty_scanner(on_scan=on_scan)
    assert sink.wait(lambda: sc.connected)
    time.sleep(0.05)
    pty.write(b"A0001\rBOOM\rA0002\r")
    assert sink.wait(lambda: got == ["A0001", "A0002"]), (got, sink.status)
    assert (True, "callback_error") in sink.status and sc.connected and sc.callback_errors == 1
    assert "could not take it" in sc.last_detail


def test_a_fault_in_the_reader_is_reported_and_the_reader_starts_again(pty_scanner):
    pty, sink, sc = pty_scanner()
    assert sink.wait(lambda: sc.connected)
    real_feed, faults = sc.framer.feed, {"left": 1}

    def feed(data, t, bad=None):
        if faults["left"]:
            faults["left"] -= 1
            raise MemoryError("a fault inside the reader")
        return real_feed(data, t, bad)

    sc.framer.feed = feed
    time.sleep(0.05)
    pty.write(b"X0001\r")
    assert sink.wait(lambda: (False, "thread_died") in sink.status), sink.status
    assert sink.wait(lambda: sink.status[-1] == (True, "")), sink.status   # and it is reading again
    pty.write(b"X0002\r")
    assert sink.wait(lambda: sink.texts == ["X0002"]), sink.texts
    assert sc.restarts == 1 and sc.connected


def test_a_code_longer_than_max_length_is_discarded_and_reported(pty_scanner):
    pty, sink, sc = pty_scanner("&max_length=4096")
    assert sink.wait(lambda: sc.connected)
    time.sleep(0.05)
    biggest = [0]
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            biggest[0] = max(biggest[0], len(sc.framer.pending))
            time.sleep(0.0005)

    w = threading.Thread(target=watch)
    w.start()
    try:
        for _ in range(64):  # 256 kB of one code that never ends …
            pty.write(b"9" * 4096)
        pty.write(b"\r")     # … until it does
        pty.write(b"TB0001\r")
        assert sink.wait(lambda: sink.texts == ["TB0001"]), sink.texts[:1]
    finally:
        stop.set()
        w.join()
    assert (True, "code_too_long") in sink.status
    assert biggest[0] <= 4096 + 4096  # at most one read more than max_length is ever held
    assert sc.framer.too_long == 1


def test_framer_and_wedge_never_keep_more_than_max_length():
    f = CodeFramer(ScanConfig(max_length=100))
    for i in range(1000):
        assert f.feed(b"x" * 97, i) == []
        assert len(f.pending) <= 100
    assert f.feed(b"\r\nOK\r\n", 1000) == ["OK"] and f.too_long == 1


def test_a_cr_suffix_is_the_terminator_not_a_second_one():
    """serial:///dev/ttyACM0?suffix=%0D (README, IT guide): the scanner ends each code with CR."""
    cfg = ScanConfig(suffix="\r")
    f = CodeFramer(cfg)
    codes = f.feed(b"6901234567892\r]C0SF1234567890123\r\n", 0)
    assert [decode_scan(c, cfg).text for c in codes] == ["6901234567892", "SF1234567890123"]
    assert decode_scan("6901234567892", cfg) is None  # without its CR: half-read


def test_port_reasons_are_codes(pty_scanner, tmp_path):
    pty, sink, sc = pty_scanner(path=str(tmp_path / "no-such-scanner"))
    assert sink.wait(lambda: sink.status and not sink.status[-1][0])
    assert sink.status[-1] == (False, "port_missing") and "no-such-scanner" in sc.last_detail
    _, sink2, sc2 = pty_scanner(path="/dev/null")
    assert sink2.wait(lambda: sink2.status) and sink2.status[-1] == (False, "not_a_port")


def test_a_port_held_by_another_program_is_busy(pty_scanner):
    pty, sink, sc = pty_scanner()
    assert sink.wait(lambda: sc.connected)
    _, sink2, sc2 = pty_scanner(path=pty.path)  # the same port, opened a second time
    assert sink2.wait(lambda: sink2.status) and sink2.status[-1] == (False, "port_busy"), sink2.status


def test_unplugged_is_disconnected(pty_scanner, tmp_path):
    link = tmp_path / "scanner"
    first = Pty()
    link.symlink_to(first.path)
    pty, sink, sc = pty_scanner(path=str(link))
    try:
        assert sink.wait(lambda: sc.connected)
        first.close()
        assert sink.wait(lambda: not sc.connected)
        assert sink.status[1][0] is False and sink.status[1][1] in ("disconnected", "port_missing")
    finally:
        first.close()


@pytest.mark.parametrize("exc,reason", [
    (serial.SerialException(errno.ENOENT, "could not open port /dev/ttyACM9: [Errno 2] No such file"),
     "port_missing"),
    (serial.SerialException(errno.EACCES, "could not open port /dev/ttyACM0: [Errno 13] Permission denied"),
     "permission"),
    (serial.SerialException(errno.EBUSY, "could not open port /dev/ttyACM0: [Errno 16] Device or resource busy"),
     "port_busy"),
    (serial.SerialException(errno.EWOULDBLOCK, "Could not exclusively lock port /dev/ttyACM0"), "port_busy"),
    (serial.SerialException(errno.EINVAL, "Could not configure port: (22, 'Invalid argument')"),
     "bad_line_settings"),
    (serial.SerialException("could not open port 'COM7': FileNotFoundError(2, 'The system cannot find the file "
                            "specified.', None, 2)"), "port_missing"),
    (serial.SerialException("could not open port 'COM3': PermissionError(13, 'Access is denied.', None, 5)"),
     "port_busy"),
    (serial.SerialException("device reports readiness to read but returned no data (device disconnected or "
                            "multiple access on port?)"), "disconnected"),
    (serial.SerialException("Could not open socket to 10.0.0.31:4001: [Errno 111] Connection refused"),
     "unreachable"),
    (ValueError("Invalid baud rate: -1"), "bad_line_settings"),
    (OSError(errno.EIO, "Input/output error"), "disconnected"),
    (RuntimeError("something else"), "io_error"),
])
def test_what_pyserial_raises_becomes_one_word(exc, reason):
    from app.devices.scales.line import reason_of

    assert reason_of(exc) == reason


# ---------------------------------------------------------------------------- HID-POS through pyusb
@pytest.fixture
def hidpos():
    made = []

    def make(on_scan=None, query=""):
        dev = usb_hidpos_scanner()
        sink = Sink()
        sc = open_scanner(f"usb://0x0c2e:0x0b87{query}", on_scan or sink, on_status=sink.on_status,
                          usb_backend=FakeUsbBackend(dev))
        sc.retry_s = 0.05
        made.append(sc)
        return dev, sink, sc

    yield make
    for sc in made:
        sc.stop()


def test_hidpos_callback_error_and_too_long_codes(hidpos):
    got = []

    def on_scan(data):
        if data.text == "BOOM":
            raise RuntimeError("no")
        got.append(data.text)

    dev, sink, sc = hidpos(on_scan, "?max_length=1000")
    assert sink.wait(lambda: sc.connected)
    for code in (b"BOOM", b"9" * 5000, b"TB0003"):
        for r in hidpos_reports(code):
            dev.queue(dev.scan_ep, r)
    assert sink.wait(lambda: got == ["TB0003"]), (got, sink.status)
    assert (True, "callback_error") in sink.status and (True, "code_too_long") in sink.status
    assert sc.connected


def test_hidpos_not_plugged_in_is_port_missing():
    dev = usb_hidpos_scanner()
    dev.unplug()
    sink = Sink()
    sc = open_scanner("usb://0x0c2e:0x0b87", sink, on_status=sink.on_status, usb_backend=FakeUsbBackend(dev))
    try:
        assert sink.wait(lambda: sink.status) and sink.status[0] == (False, "port_missing")
    finally:
        sc.stop()


def test_a_bad_scanner_url_in_the_config_stops_the_program_naming_key_and_parameter(tmp_path):
    from app import config

    cfg = tmp_path / "packstation.toml"
    cfg.write_text('[devices]\nscanner = "serial:///dev/ttyACM0?suffix=%0D&encoding=klingon"\n', encoding="utf-8")
    with pytest.raises(config.ConfigError, match=r"devices\.scanner.*'encoding'"):
        config.load(cfg, system=None)
    cfg.write_text('[devices]\nscanner = "serial:///dev/ttyACM0?suffix=%0D&encoding=gb18030"\n', encoding="utf-8")
    assert config.load(cfg, system=None).scanner_url.endswith("gb18030")


def test_a_7e1_scanner_line_is_checked_and_a_garbled_code_dropped(pty_scanner):
    """A scanner set to 7E1: the driver reads 8 bits and checks each parity bit; a code with a flipped bit
    is not delivered (it would be another product's barcode) and the loss is reported."""
    from app.devices.scales.core import SoftParity

    line = SoftParity(7, "E")
    pty, sink, sc = pty_scanner("&bytesize=7&parity=E")
    assert sink.wait(lambda: sc.connected)
    time.sleep(0.05)
    good = line.encode(b"6901234567892\r")
    bad = bytearray(line.encode(b"6901234567893\r"))
    bad[5] ^= 0x01  # one data bit flipped: another digit, whose parity bit no longer matches
    pty.write(good + bytes(bad) + line.encode(b"6900000000011\r"))
    assert sink.wait(lambda: sink.texts == ["6901234567892", "6900000000011"]), sink.texts
    assert (True, "parity_error") in sink.status and sc.framer.parity_errors == 1
