"""Scanners: the pure decoding on recorded codes, the keyboard-wedge assembler with prefix/suffix/AIM/GS1,
a serial scanner on a pseudo-terminal opened by pyserial, a HID-POS scanner behind a pyusb backend object."""
import sys
import threading
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.devices.scanners import CodeFramer, Deduper, ScanConfig, ScanData, ScannerError, decode_scan, open_scanner
from app.devices.scanners.hidpos import HidPosAssembler, report_descriptor_usage_page
from app.devices.wedge import Replay, Scan, WedgeAssembler
from tests.devices.printer_sim import (
    HID_KEYBOARD_REPORT_DESCRIPTOR, HID_POS_REPORT_DESCRIPTOR, FakeUsbBackend, Pty, hidpos_reports,
    usb_hidpos_scanner,
)

GS1_128 = "]C1010690123456789210LOT42\x1d17261231"   # GTIN, batch (variable, GS-ended), expiry


class Sink:
    def __init__(self):
        self.codes: list[ScanData] = []
        self.status: list[tuple[bool, str]] = []
        self.cond = threading.Condition()

    def __call__(self, data):
        with self.cond:
            self.codes.append(data)
            self.cond.notify_all()

    def on_status(self, up, why):
        with self.cond:
            self.status.append((up, why))
            self.cond.notify_all()

    def wait(self, pred, timeout=3.0):
        end = time.monotonic() + timeout
        with self.cond:
            while not pred():
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self.cond.wait(left)
        return True

    @property
    def texts(self):
        return [c.text for c in self.codes]


# ---------------------------------------------------------------------------- decoding
@pytest.mark.parametrize("raw, text, sym, name", [
    ("]E06901234567892", "6901234567892", "]E0", "EAN/UPC"),
    ("]E469012346", "69012346", "]E4", "EAN/UPC"),
    ("]C0SF1234567890123", "SF1234567890123", "]C0", "Code 128"),
    ("]Q1https://m.tb.cn/h.abc", "https://m.tb.cn/h.abc", "]Q1", "QR Code"),
    ("]A0ABC-123", "ABC-123", "]A0", "Code 39"),
    ("6901234567892", "6901234567892", "", ""),
    ("]x", "]x", "", ""),                                  # too short to be an AIM identifier
])
def test_aim_identifiers_are_stripped_and_recorded(raw, text, sym, name):
    d = decode_scan(raw)
    assert (d.text, d.symbology, d.symbology_name, d.gs1) == (text, sym, name, None)


def test_gs1_128_is_parsed_into_application_identifiers():
    d = decode_scan(GS1_128)
    assert d.symbology == "]C1"
    assert d.gs1 == {"01": "06901234567892", "10": "LOT42", "17": "261231"}
    assert d.gtin == "06901234567892"
    assert "\x1d" not in d.text and d.text == "010690123456789210LOT4217261231"


@pytest.mark.parametrize("raw, cfg", [
    ("]d2010690123456789210LOT42\x1d17261231", ScanConfig()),              # GS1 DataMatrix
    ("]Q3010690123456789210LOT42\x1d17261231", ScanConfig()),              # GS1 QR
    ("\x1d010690123456789210LOT42\x1d17261231", ScanConfig()),             # no AIM: leading FNC1 as GS
    ("010690123456789210LOT42|17261231", ScanConfig(gs_char="|")),         # scanner sends | for GS
])
def test_gs1_in_other_symbologies_and_without_aim(raw, cfg):
    assert decode_scan(raw, cfg).gs1 == {"01": "06901234567892", "10": "LOT42", "17": "261231"}


def test_not_gs1_stays_plain():
    assert decode_scan("]C1garbage").gs1 is None          # flagged GS1 but not parseable: no fields
    assert decode_scan("TB20241111000123456").gs1 is None


def test_prefix_suffix_and_control_characters():
    cfg = ScanConfig(prefix="\x02", suffix="\x03")
    assert decode_scan("\x02]E06901234567892\x03", cfg).text == "6901234567892"
    assert decode_scan("]E06901234567892\x03", cfg) is None         # no prefix: started mid-code
    assert decode_scan("\x02]E06901234", cfg) is None                 # no suffix: the end never came
    assert decode_scan("69\x0012\x0734").text == "691234"
    assert decode_scan("\x00\x07") is None
    assert ScanConfig.from_options({"prefix": "\\x02", "suffix": "#", "window_ms": "500", "aim": "0"}) == \
        ScanConfig(prefix="\x02", suffix="#", window_ms=500.0, aim=False)


def test_framer_splits_a_burst_and_rejects_a_half_read_code():
    f = CodeFramer(ScanConfig(frame_ms=100))
    assert f.feed(b"A1\r\nB2\rC3\nD4\tE", 0) == ["A1", "B2", "C3", "D4"]
    assert f.feed(b"5", 50) == []
    assert f.feed(b"\r\n", 60) == ["E5"]
    assert f.feed(b"HALF", 100) == []
    assert f.poll(150) is False
    assert f.poll(201) is True and f.pending == b"" and f.rejected == 1
    assert f.feed(b"X9", 300) == [] and f.feed(b"Y\r", 500) == ["Y"]   # X9 came long before: dropped
    assert f.rejected == 2


def test_framer_with_prefix_and_suffix_without_line_ends():
    cfg = ScanConfig(prefix="\x02", suffix="\x03")
    f = CodeFramer(cfg)
    got = f.feed(b"\x02A1\x03\x02B2\x03\x02C", 0) + f.feed(b"3\x03\r\n", 1)
    assert got == ["\x02A1\x03", "\x02B2\x03", "\x02C3\x03"]
    assert f.feed(b"\x02D4\x02E5\x03", 2) == ["\x02E5\x03"] and f.rejected == 1   # D4 lost its end


def test_framer_decodes_gb18030_and_utf8():
    f = CodeFramer()
    assert f.feed("顺丰\r".encode("gb18030") + "中通\r".encode("utf-8"), 0) == ["顺丰", "中通"]


def test_deduper():
    d = Deduper(300)
    assert d.accept("A", 0) and not d.accept("A", 100) and not d.accept("A", 390)   # held trigger
    assert d.accept("A", 800) and d.accept("B", 801) and d.accept("A", 802)
    assert Deduper(0).accept("A", 0) and Deduper(0).accept("A", 0)


@given(st.binary(max_size=200), st.lists(st.integers(1, 20), max_size=10))
def test_framer_never_raises_and_never_invents_bytes(data, cuts):
    f = CodeFramer(ScanConfig(prefix="\x02", suffix="\x03"))
    out, i = [], 0
    for c in cuts + [len(data)]:
        out += f.feed(data[i:i + c], i)
        i += c
    for code in out:
        decode_scan(code, ScanConfig(prefix="\x02", suffix="\x03"))


# ---------------------------------------------------------------------------- keyboard wedge (pure)
def feed(asm, text, t=0.0, gap=3.0):
    out = []
    for ch in text:
        out += asm.key(ch, t)
        t += gap
    return out, t


def test_wedge_scan_carries_its_data():
    asm = WedgeAssembler(40, 4)
    _, t = feed(asm, "]E06901234567892")
    actions, used = asm.terminator(t)
    assert used and actions == [Scan("6901234567892")]
    assert actions[0].data.symbology == "]E0"


def test_wedge_gs1_with_gs_kept():
    asm = WedgeAssembler(40, 4, keep_gs=True)
    _, t = feed(asm, GS1_128)
    [scan], used = asm.terminator(t)
    assert scan.data.gs1 == {"01": "06901234567892", "10": "LOT42", "17": "261231"}


def test_wedge_prefix_suffix_without_enter_and_burst_split():
    asm = WedgeAssembler(40, 2, prefix="#", suffix="$")
    out, t = feed(asm, "#AB12$#CD34$")
    assert [a.text for a in out if isinstance(a, Scan)] == ["AB12", "CD34"]
    out, t = feed(asm, "#EF5#GH67$", t)                       # EF5 lost its suffix: half-read, not a scan
    assert [a.text for a in out if isinstance(a, Scan)] == ["GH67"]
    assert Replay("#EF5") in out
    _, t = feed(asm, "AB12", t + 200)                           # fast but without the prefix: not a scan
    actions, used = asm.terminator(t)
    assert actions == [Replay("AB12")] and not used


def test_wedge_same_code_twice_within_the_window_counts_once():
    asm = WedgeAssembler(40, 4, window_ms=300)
    _, t = feed(asm, "6901234567892")
    a1, _ = asm.terminator(t)
    _, t = feed(asm, "6901234567892", t + 20)
    a2, used = asm.terminator(t)
    assert a1 == [Scan("6901234567892")] and a2 == [] and used
    _, t = feed(asm, "6901234567892", t + 1000)
    assert asm.terminator(t)[0] == [Scan("6901234567892")]
    assert asm.duplicates == 1


# ---------------------------------------------------------------------------- serial scanner (pty)
pytestmark_pty = pytest.mark.skipif(sys.platform == "win32", reason="pty")


@pytestmark_pty
def test_serial_scanner_on_a_pty():
    pty = Pty()
    sink = Sink()
    sc = open_scanner(f"serial://{pty.path}?baud=9600&window_ms=300", sink, on_status=sink.on_status)
    try:
        assert sink.wait(lambda: sc.connected)
        time.sleep(0.05)
        pty.write(b"]E06901234567892\r\n")
        pty.write(b"]C1010690123456789210LOT42\x1d17261231\r\n6900000000011\r\n6900000000011\r\n")
        assert sink.wait(lambda: len(sink.codes) == 3)
        assert sink.texts == ["6901234567892", "010690123456789210LOT4217261231", "6900000000011"]
        assert sink.codes[0].symbology == "]E0"
        assert sink.codes[1].gs1["10"] == "LOT42"
        assert sc.pipeline.duplicates == 1
        pty.write(b"HALF-READ")                 # no terminator: dropped after frame_ms
        time.sleep(0.4)
        pty.write(b"TB0001\r")
        assert sink.wait(lambda: len(sink.codes) == 4)
        assert sink.texts[-1] == "TB0001" and sc.rejected == 1
    finally:
        sc.stop()
        pty.close()


@pytestmark_pty
def test_serial_scanner_unplug_and_replug(tmp_path):
    """The scanner's port vanishes (a symlink to the pty, as udev gives /dev/scanner): the driver reports it
    and opens it again by itself when it comes back."""
    link = tmp_path / "scanner"
    pty = Pty()
    link.symlink_to(pty.path)
    sink = Sink()
    sc = open_scanner(f"serial://{link}?window_ms=0", sink, on_status=sink.on_status)
    sc.retry_s = 0.05
    try:
        assert sink.wait(lambda: sc.connected)
        time.sleep(0.05)
        pty.write(b"A0001\r")
        assert sink.wait(lambda: sink.texts == ["A0001"])
        for cycle in range(5):
            pty.write(b"HALF")
            time.sleep(0.02)
            pty.close()
            link.unlink()
            assert sink.wait(lambda: not sc.connected), cycle
            pty = Pty()
            link.symlink_to(pty.path)
            assert sink.wait(lambda: sc.connected), cycle
            time.sleep(0.05)
            pty.write(f"B{cycle:04d}\r".encode())
            assert sink.wait(lambda: sink.texts[-1] == f"B{cycle:04d}"), cycle
        assert sink.texts == ["A0001"] + [f"B{c:04d}" for c in range(5)]    # no half code, nothing twice
        assert (False, sc.last_error) in sink.status or any(not up for up, _ in sink.status)
    finally:
        sc.stop()
        pty.close()


def test_bad_scanner_urls():
    with pytest.raises(ScannerError):
        open_scanner("ftp://x", lambda d: None)
    with pytest.raises(ScannerError):
        open_scanner("usb://nonsense", lambda d: None)


def test_sim_scanner_uses_the_same_decoding():
    sink = Sink()
    sc = open_scanner("sim://scanner?window_ms=300", sink)
    sc.scan("]E06901234567892")
    sc.scan("]E06901234567892")
    assert sink.texts == ["6901234567892"] and sink.codes[0].symbology == "]E0"


# ---------------------------------------------------------------------------- HID-POS (pyusb backend)
def test_report_descriptor_usage_page():
    assert report_descriptor_usage_page(HID_POS_REPORT_DESCRIPTOR) == 0x8C
    assert report_descriptor_usage_page(HID_KEYBOARD_REPORT_DESCRIPTOR) == 0x01
    assert report_descriptor_usage_page(b"") is None


def test_hidpos_assembler_joins_continued_reports():
    asm = HidPosAssembler()
    code = ("https://example.cn/" + "x" * 100).encode()
    reps = hidpos_reports(code, b"]Q1")
    assert len(reps) == 3
    assert [asm.report(r) for r in reps] == [None, None, "]Q1" + code.decode()]
    assert asm.report(b"\x01\x05abc") is None                 # another report id: not a scan


def test_hidpos_scanner_through_pyusb():
    dev = usb_hidpos_scanner()
    be = FakeUsbBackend(dev)
    sink = Sink()
    sc = open_scanner("usb://0x0c2e:0x0b87", sink, on_status=sink.on_status, usb_backend=be)
    sc.retry_s = 0.05
    try:
        assert sink.wait(lambda: sc.connected)
        assert sc.usage_page == 0x8C
        assert dev.kernel_driver[1] is False and 1 in dev.claimed          # usbhid let go of the POS interface
        assert dev.kernel_driver[0] is True                                  # and kept the keyboard one
        for r in hidpos_reports(b"6901234567892", b"]E0"):
            dev.queue(dev.scan_ep, r)
        for r in hidpos_reports(b"010690123456789210LOT42\x1d17261231", b"]C1"):
            dev.queue(dev.scan_ep, r)
        long = ("https://m.tb.cn/" + "q" * 90).encode()
        for r in hidpos_reports(long, b"]Q1"):
            dev.queue(dev.scan_ep, r)
        assert sink.wait(lambda: len(sink.codes) == 3)
        assert sink.codes[0] == ScanData("6901234567892", "]E0", None, "]E06901234567892")
        assert sink.codes[1].gs1 == {"01": "06901234567892", "10": "LOT42", "17": "261231"}
        assert sink.codes[2].text == long.decode()
        dev.unplug()
        assert sink.wait(lambda: not sc.connected)
        dev.plug()
        assert sink.wait(lambda: sc.connected)
        for r in hidpos_reports(b"TB0002"):
            dev.queue(dev.scan_ep, r)
        assert sink.wait(lambda: sink.texts[-1:] == ["TB0002"])
    finally:
        sc.stop()


def test_hidpos_scanner_in_keyboard_mode_is_explained():
    dev = usb_hidpos_scanner()
    dev.report_descriptors = {0: HID_KEYBOARD_REPORT_DESCRIPTOR, 1: HID_KEYBOARD_REPORT_DESCRIPTOR}
    sink = Sink()
    sc = open_scanner("usb://0c2e:0b87", sink, on_status=sink.on_status, usb_backend=FakeUsbBackend(dev))
    try:
        assert sink.wait(lambda: sink.status)
        assert sink.status[0] == (False, "keyboard_mode") and not sc.connected   # a code the UI translates
        assert "HID-POS" in sc.last_detail                                        # and the English for IT
    finally:
        sc.stop()
