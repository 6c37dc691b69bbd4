"""Printers through real OS interfaces: a TCP server on 127.0.0.1, a pseudo-terminal opened by pyserial, a
device file, a fake `lp` on PATH; the status parsers on the bytes the ESC/POS and TSPL manuals give."""
import os
import stat
import sys
import threading
import time

import pytest
from PIL import Image

from app.devices.printers import PrinterError, PrinterOutcomeUnknown, PrinterRefused, PrinterStatus, SimPrinter
from app.devices.printers import PROFILES, PrinterProfile, open_printer
from app.devices.printers.profile import ProfileError
from app.devices.printers.status import cups_status, escpos_status, port_status, tspl_status, win32_status
from app.devices.printers.url import UrlError, parse_url, serial_kwargs
from app.labels.escpos import decode_escpos_raster, escpos_raster
from tests.devices.printer_sim import EscPosSim, Pty, TcpPrinterServer, free_port


def label(n: int = 0, width: int = 64, height: int = 40) -> bytes:
    """A small raster label whose first row carries ``n`` in binary (so each job is told apart)."""
    img = Image.new("1", (width, height), 1)
    for bit in range(min(width, 32)):
        if n >> bit & 1:
            img.putpixel((bit, 0), 0)
    return escpos_raster(img)


def wait_until(cond, timeout=2.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.005)
    return cond()


def payload(data: bytes) -> bytes:
    """The raster bytes of a job, as the simulated printer stores a printed label."""
    sim = EscPosSim()
    sim.feed(data + b"\x1d\x0c")
    return sim.labels[0]


@pytest.fixture
def server():
    srv = TcpPrinterServer()
    yield srv
    srv.close()


# ---------------------------------------------------------------------------- status parsers
@pytest.mark.parametrize("replies, expect, reasons", [
    ((0x12, 0x12, None, 0x12), PrinterStatus(online=True), ()),
    ((0x1A, 0x32, None, 0x72), PrinterStatus(online=False, paper_out=True), ("offline", "paper_out")),
    ((0x1A, 0x16, None, 0x12), PrinterStatus(online=False, cover_open=True), ("offline", "cover_open")),
    ((0x12, 0x12, None, 0x1E), PrinterStatus(online=True, paper_low=True), ("paper_low",)),      # near end
    ((0x1A, 0x52, 0x1A, 0x12), PrinterStatus(online=False, error="cutter error", codes=("cutter_error",)),
     ("offline", "cutter_error")),
    ((0x1A, 0x52, None, 0x12), PrinterStatus(online=False, error="error", codes=("printer_error",)),
     ("offline", "printer_error")),
])
def test_escpos_real_time_status(replies, expect, reasons):
    st = escpos_status(*replies)
    assert st == expect
    assert st.reasons == reasons                   # codes the UI translates; describe() stays for IT logs
    assert st.ready == (not reasons or reasons == ("paper_low",))     # paper low is reported, not blocking


def test_escpos_status_refuses_bytes_that_are_no_status():
    assert not escpos_status(0x00).online          # fixed bits wrong: not a status reply
    assert escpos_status(None).error == "no status reply"


@pytest.mark.parametrize("byte, online, paper_out, cover, error", [
    (0x00, True, False, False, ""), (0x01, True, False, True, ""), (0x04, True, True, False, ""),
    (0x05, True, True, True, ""), (0x10, False, False, False, ""), (0x20, True, False, False, ""),
    (0x02, True, False, False, "paper jam"), (0x08, True, False, False, "ribbon out"),
])
def test_tspl_status(byte, online, paper_out, cover, error):
    st = tspl_status(byte)
    assert (st.online, st.paper_out, st.cover_open, st.error) == (online, paper_out, cover, error)
    assert ("paper_jam" in st.reasons) == (error == "paper jam") and ("paused" in st.reasons) == (not online)


def test_port_status_and_spooler_status():
    assert port_status(0x18).ready
    assert port_status(0x38).paper_out
    assert not port_status(0x08).online
    assert not port_status(None).known
    assert win32_status(0x10).paper_out and not win32_status(0x80).online and win32_status(0x400000).cover_open
    assert win32_status(0).ready
    assert not cups_status("printer Zebra disabled since Mon 01 Jan\n\tPaused\n").online
    assert cups_status("printer Zebra is idle.  enabled since Mon\n").online


# ---------------------------------------------------------------------------- URLs and profiles
def test_urls():
    assert parse_url("tcp://10.0.0.20").target == "10.0.0.20:9100"
    assert parse_url("serial:///dev/ttyUSB0?baud=115200").target == "/dev/ttyUSB0"
    assert parse_url("serial://COM3").target == "COM3"
    assert parse_url("win32://Xprinter%20XP-420B").target == "Xprinter XP-420B"
    assert parse_url("cups://Zebra_ZD420").target == "Zebra_ZD420"
    assert parse_url("usb://0x0416:0x5011?out=0x01&in=0x82").int_opt("in") == 0x82
    kw = serial_kwargs(parse_url("serial:///dev/x?baud=19200&bytesize=7&parity=E&stopbits=2&rtscts=1"))
    assert kw == {"baudrate": 19200, "bytesize": 7, "parity": "E", "stopbits": 2, "rtscts": True,
                  "xonxoff": False, "dsrdtr": False}
    for bad in ("localhost:9100", "tcp://", "usb://0416"):
        with pytest.raises((UrlError, PrinterError)):
            open_printer(bad)
    with pytest.raises(PrinterError, match="no printer transport"):
        open_printer("ftp://x")


def test_profile_frames_the_job_without_python_escpos_cut():
    data = label()
    p = PrinterProfile(darkness=3, cutter="partial")
    wire = p.frame(data)
    assert wire.startswith(b"\x1b@\x1d(K\x02\x001\x03")            # density after ESC @, not reset by it
    assert wire.endswith(b"\x1d\x0c\x1dV\x01")                      # to the gap, then cut where it stands
    assert b"\x1bd" not in wire                                       # no line feeds before the cut
    assert decode_escpos_raster(wire).tobytes() == decode_escpos_raster(data).tobytes()
    assert PrinterProfile(darkness=-2).frame(data)[8] == 0xFE
    cont = PROFILES["escpos-80"].frame(data)
    assert cont.endswith(b"\x1bJ\x60\x1dV\x01")
    tspl = PrinterProfile(language="tspl", darkness=10, cutter="full").prologue().decode()
    assert "DENSITY 10\r\n" in tspl and "GAP 2 mm,0 mm\r\n" in tspl and "SET CUTTER 1\r\n" in tspl
    with pytest.raises(ProfileError):
        PrinterProfile(cutter="guillotine")
    with pytest.raises(ProfileError):
        PrinterProfile(darkness=9)


def test_profile_from_url_options(server):
    p = open_printer(server.url + "?profile=escpos-80&dots=640&darkness=-1&cutter=none&media=gap")
    assert (p.profile.name, p.profile.dots_per_line, p.profile.darkness, p.profile.cutter, p.profile.media) == \
        ("escpos-80", 640, -1, "none", "gap")
    assert open_printer(server.url, profile="tspl-104").profile.language == "tspl"


def test_a_label_wider_than_the_head_is_refused(server):
    p = open_printer(server.url + "?dots=576")
    with pytest.raises(PrinterError, match="800 dots wide"):
        p.send("wide", label(width=800))
    assert server.sim.labels == [] and server.connections == 0


# ---------------------------------------------------------------------------- TCP
def test_tcp_prints_and_answers_status(server):
    p = open_printer(server.url)
    data = label(1)
    p.send("J1", data)
    assert server.labels == [payload(data)]
    assert server.sim.status_requests >= 6      # asked before and after the job
    assert server.received.count(data) == 1
    assert p.status() == PrinterStatus(online=True)
    p.close()


def test_tcp_paper_out_is_not_printed_and_status_says_so(server):
    p = open_printer(server.url)
    server.sim.paper_out = True
    with pytest.raises(PrinterError, match="paper out"):
        p.send("J1", label())
    assert server.labels == []
    assert label() not in server.received        # not a byte of the job went out
    st = p.status()
    assert st.paper_out and not st.ready
    server.sim.paper_out = False
    p.send("J1", label())
    assert len(server.labels) == 1


def test_tcp_cover_open(server):
    p = open_printer(server.url)
    server.sim.cover_open = True
    with pytest.raises(PrinterError, match="cover open"):
        p.send("J1", label())


def test_tcp_connection_dropped_mid_job_is_not_printed_and_the_next_job_reconnects(server):
    p = open_printer(server.url)
    server.drop_mid_job(50)
    with pytest.raises(PrinterError, match="not printed|confirmed"):
        p.send("J1", label(1))
    assert server.labels == []
    p.send("J1", label(1))
    assert server.labels == [payload(label(1))]
    assert server.connections == 2


def test_tcp_printer_switched_off_and_on_between_jobs(server):
    p = open_printer(server.url)
    p.send("J1", label(1))
    server.drop_idle()
    p.send("J2", label(2))                       # the stale link is found before the job and reopened
    assert server.labels == [payload(label(1)), payload(label(2))]


def test_tcp_printer_gone():
    p = open_printer(f"tcp://127.0.0.1:{free_port()}?connect_timeout=0.5")
    with pytest.raises(PrinterError, match="cannot connect"):
        p.send("J1", label())
    assert not p.status().online


def test_tcp_printer_that_never_answers_status_is_treated_as_one_way(server):
    server.sim.silent = True
    p = open_printer(server.url + "?timeout=0.2")
    p.send("J1", label())
    p.send("J2", label())
    assert wait_until(lambda: len(server.labels) == 2)
    assert server.sim.status_requests == 3       # asked once (DLE EOT 1, 2, 4), then no more


def test_tcp_a_big_label_goes_whole(server):
    data = label(7, 800, 1200)
    p = open_printer(server.url)
    p.send("big", data)
    assert server.labels == [payload(data)]


# ---------------------------------------------------------------------------- serial (pty)
class PtyPrinter:
    """An ESC/POS printer on the device side of a pty."""

    def __init__(self):
        self.pty = Pty()
        self.sim = EscPosSim()
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self):
        import select

        while not self._stop.is_set():
            r, _, _ = select.select([self.pty.master], [], [], 0.02)
            if r:
                try:
                    data = os.read(self.pty.master, 65536)
                except OSError:
                    return
                reply = self.sim.feed(data)
                if reply:
                    self.pty.write(reply)

    def close(self):
        self._stop.set()
        self._t.join(1)
        self.pty.close()


@pytest.mark.skipif(sys.platform == "win32", reason="pty")
def test_serial_printer_on_a_pty():
    dev = PtyPrinter()
    try:
        p = open_printer(f"serial://{dev.pty.path}?baud=115200&darkness=2")
        p.send("S1", label(3))
        assert dev.sim.labels == [payload(label(3))]
        assert b"\x1d(K\x02\x001\x02" in dev.sim.commands
        dev.sim.paper_out = True
        with pytest.raises(PrinterError, match="paper out"):
            p.send("S2", label(4))
        assert p.status().paper_out
        p.close()
    finally:
        dev.close()


@pytest.mark.skipif(sys.platform == "win32", reason="pty")
def test_serial_printer_unplugged():
    dev = PtyPrinter()
    p = open_printer(f"serial://{dev.pty.path}?baud=9600")
    p.send("S1", label(1))
    path = dev.pty.path
    dev.close()
    with pytest.raises(PrinterError):
        p.send("S2", label(2))
    assert not p.status().online
    assert path


def test_pyserial_url_passes_through(server):
    # pyserial's socket:// is a serial port over TCP: the same printer, opened through serial_for_url
    p = open_printer(f"socket://127.0.0.1:{server.port}")
    p.send("P1", label(5))
    assert server.labels == [payload(label(5))]


# ---------------------------------------------------------------------------- device file
def test_file_printer(tmp_path):
    target = tmp_path / "lp0"
    target.write_bytes(b"")
    p = open_printer(f"file://{target}?cutter=full")
    p.send("F1", label(1))
    p.send("F2", label(2))
    assert target.read_bytes() == PROFILES["escpos-104"].with_options({"cutter": "full"}).frame(label(1)) + \
        PROFILES["escpos-104"].with_options({"cutter": "full"}).frame(label(2))
    assert not p.status().known                  # a plain file has no lp status


def test_file_printer_gone(tmp_path):
    p = open_printer(f"file://{tmp_path / 'usb' / 'lp0'}")
    with pytest.raises(PrinterError, match="cannot open"):
        p.send("F1", label())
    assert not p.status().online


@pytest.mark.skipif(sys.platform == "win32", reason="fifo")
def test_file_printer_through_a_fifo(tmp_path):
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    got = bytearray()

    def reader():
        with open(fifo, "rb") as f:
            got.extend(f.read())

    t = threading.Thread(target=reader)
    t.start()
    open_printer(f"file://{fifo}").send("F1", label(9))
    t.join(2)
    assert payload(bytes(got)) == payload(label(9))


# ---------------------------------------------------------------------------- CUPS and win32
def _fake_tool(path, script):
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


@pytest.mark.skipif(sys.platform == "win32", reason="sh")
def test_cups_sends_raw_through_lp(tmp_path):
    out = tmp_path / "job.bin"
    args = tmp_path / "args.txt"
    lp = _fake_tool(tmp_path / "lp", f'echo "$@" > {args}\ncat > {out}\necho "request id is Z-1 (0 file(s))"\n')
    lpstat = _fake_tool(tmp_path / "lpstat", 'echo "printer $2 is idle.  enabled since Mon"\n')
    p = open_printer("cups://Zebra_ZD420", lp=lp, lpstat=lpstat)
    p.send("TB1-7531", label(1))
    assert args.read_text().split() == ["-d", "Zebra_ZD420", "-o", "raw", "-t", "TB1-7531"]
    assert payload(out.read_bytes()) == payload(label(1))


@pytest.mark.skipif(sys.platform == "win32", reason="sh")
def test_cups_refusals(tmp_path):
    lp = _fake_tool(tmp_path / "lp", 'cat > /dev/null\necho "lp: The printer or class does not exist." >&2\nexit 1\n')
    lpstat = _fake_tool(tmp_path / "lpstat", 'echo "printer Z is idle.  enabled since Mon"\n')
    with pytest.raises(PrinterError, match="does not exist"):
        open_printer("cups://Z", lp=lp, lpstat=lpstat).send("J", label())
    lpstat_off = _fake_tool(tmp_path / "lpstat2", 'echo "printer Z disabled since Mon -"\necho "\tMedia empty"\n')
    with pytest.raises(PrinterError, match="Media empty"):
        open_printer("cups://Z", lp=lp, lpstat=lpstat_off).send("J", label())


class FakeWin32Print:
    """The few win32print calls raw spooling makes, recorded (pywin32 exists only on Windows)."""

    def __init__(self, status=0, attributes=0):
        self.calls, self.data, self.status, self.attributes = [], bytearray(), status, attributes

    def OpenPrinter(self, name):  # noqa: N802
        self.calls.append(("OpenPrinter", name))
        return 7

    def GetPrinter(self, h, level):  # noqa: N802
        return {"Status": self.status, "Attributes": self.attributes}

    def StartDocPrinter(self, h, level, info):  # noqa: N802
        self.calls.append(("StartDocPrinter", info))

    def StartPagePrinter(self, h):  # noqa: N802
        self.calls.append(("StartPagePrinter",))

    def WritePrinter(self, h, data):  # noqa: N802
        self.data += data
        return len(data)

    def EndPagePrinter(self, h):  # noqa: N802
        self.calls.append(("EndPagePrinter",))

    def EndDocPrinter(self, h):  # noqa: N802
        self.calls.append(("EndDocPrinter",))

    def ClosePrinter(self, h):  # noqa: N802
        self.calls.append(("ClosePrinter",))


def test_win32_raw_spooling_sequence():
    w = FakeWin32Print()
    p = open_printer("win32://Xprinter%20XP-420B", win32print=w)
    p.send("J1", label(2))
    assert ("OpenPrinter", "Xprinter XP-420B") in w.calls
    assert ("StartDocPrinter", ("J1", None, "RAW")) in w.calls
    assert payload(bytes(w.data)) == payload(label(2))
    w2 = FakeWin32Print(status=0x10)
    with pytest.raises(PrinterError, match="paper out"):
        open_printer("win32://X", win32print=w2).send("J1", label())
    assert not open_printer("win32://X", win32print=FakeWin32Print(attributes=0x400)).status().online


@pytest.mark.skipif(sys.platform == "win32", reason="checks the guard off Windows")
def test_win32_is_refused_off_windows():
    with pytest.raises(PrinterError, match="only on Windows"):
        open_printer("win32://X")


# ---------------------------------------------------------------------------- sim
def test_sim_printer_keeps_its_api_and_reports_status():
    p = open_printer("sim://printer")
    assert isinstance(p, SimPrinter) and p.url == "sim://printer"
    p.send("J1", label(1))
    assert p.last_image is not None and p.status().ready
    p.paper_out = True
    with pytest.raises(PrinterError, match="paper out"):
        p.send("J2", label(2))
    p.paper_out = False
    p.fail_next = "jam"
    with pytest.raises(PrinterError, match="jam"):
        p.send("J2", label(2))
    assert [j.job_id for j in p.jobs] == ["J1"]


# ---------------------------------------------------------------------------- refused or outcome unknown
def test_tcp_paper_out_in_the_middle_of_a_job_is_an_unknown_outcome_not_a_refusal(server):
    p = open_printer(server.url)
    data = label(5, 800, 600)
    server.paper_out_after(len(data) // 2)
    with pytest.raises(PrinterOutcomeUnknown) as caught:
        p.send("J1", data)
    err = caught.value
    assert not isinstance(err, PrinterRefused) and err.code == "paper_out" and err.printer_url == server.url
    assert "may print it" in str(err)
    assert server.labels == [] and len(server.sim.held) == 1        # the printer holds the job …
    server.sim.refill()
    assert server.labels == [payload(data)]                         # … and prints it when the paper is changed


def test_refusals_say_nothing_was_sent_and_why(server):
    p = open_printer(server.url)
    server.sim.paper_out = True
    with pytest.raises(PrinterRefused) as caught:
        p.send("J1", label())
    assert caught.value.code == "paper_out" and label() not in server.received
    server.sim.paper_out = False
    server.sim.cover_open = True
    with pytest.raises(PrinterRefused) as caught:
        p.send("J1", label())
    assert caught.value.code == "cover_open"
    gone = open_printer(f"tcp://127.0.0.1:{free_port()}?connect_timeout=0.5")
    with pytest.raises(PrinterRefused) as caught:
        gone.send("J1", label())
    assert caught.value.code == "refused" and "Connection refused" in str(caught.value)
    st = gone.status()
    assert st.reasons == ("offline", "refused") and "Connection refused" in st.describe()
    with pytest.raises(PrinterRefused) as caught:
        open_printer("tcp://127.0.0.1:9100?darkness=zz")
    assert caught.value.code == "bad_url"


def test_a_connection_dropped_while_sending_is_an_unknown_outcome(server):
    p = open_printer(server.url)
    server.drop_mid_job(50)
    with pytest.raises(PrinterOutcomeUnknown) as caught:
        p.send("J1", label(1, 800, 600))
    assert caught.value.code in ("connection_lost", "no_reply")


def test_paper_low_is_reported_but_prints(server):
    p = open_printer(server.url)
    server.sim.paper_low = True
    p.send("J1", label(1))
    assert len(server.labels) == 1
    assert p.last_status.paper_low and p.last_status.ready and p.last_status.reasons == ("paper_low",)
    assert p.status().reasons == ("paper_low",) and "paper low" in p.status().describe()


@pytest.mark.skipif(sys.platform == "win32", reason="pty")
def test_serial_refusals_and_the_drivers_own_words(tmp_path):
    dev = PtyPrinter()
    try:
        p = open_printer(f"serial://{dev.pty.path}?baud=115200")
        dev.sim.paper_out = True
        with pytest.raises(PrinterRefused) as caught:
            p.send("S1", label(1))
        assert caught.value.code == "paper_out"
    finally:
        dev.close()
    notatty = tmp_path / "ttyFAKE"
    notatty.write_bytes(b"")
    st = open_printer(f"serial://{notatty}").status()      # a file, not a serial port: the OS says so
    assert not st.online and "Inappropriate ioctl" in st.describe() and st.reasons == ("offline", "invalid_setting")
    with pytest.raises(PrinterRefused) as caught:
        open_printer(f"serial://{tmp_path / 'ttyGONE'}").send("S2", label(2))
    assert caught.value.code == "not_found"


def test_file_printer_refused_when_the_device_is_gone(tmp_path):
    with pytest.raises(PrinterRefused) as caught:
        open_printer(f"file://{tmp_path / 'usb' / 'lp0'}").send("F1", label())
    assert caught.value.code == "not_found"


@pytest.mark.skipif(sys.platform == "win32", reason="sh")
def test_cups_refused_or_unknown(tmp_path):
    from app.devices.printers.spoolers import CupsPrinter

    lpstat = _fake_tool(tmp_path / "lpstat", 'echo "printer Z is idle.  enabled since Mon"\n')
    lp_no = _fake_tool(tmp_path / "lp", 'cat > /dev/null\necho "lp: The printer or class does not exist." >&2\nexit 1\n')
    with pytest.raises(PrinterRefused) as caught:
        open_printer("cups://Z", lp=lp_no, lpstat=lpstat).send("J", label())
    assert caught.value.code == "not_found"
    lp_hangs = _fake_tool(tmp_path / "lp2", "cat > /dev/null\nexec sleep 5\n")
    with pytest.raises(PrinterOutcomeUnknown) as caught:
        CupsPrinter("cups://Z", "Z", PROFILES["escpos-104"], lp=lp_hangs, lpstat=lpstat, timeout=0.5).send("J", label())
    assert caught.value.code == "timeout"
    off = _fake_tool(tmp_path / "lpstat2", 'echo "printer Z disabled since Mon -"\necho "\tMedia empty"\n')
    with pytest.raises(PrinterRefused) as caught:
        open_printer("cups://Z", lp=lp_no, lpstat=off).send("J", label())
    assert caught.value.code == "queue_disabled"


def test_win32_refused_before_the_document_unknown_after():
    class Failing(FakeWin32Print):
        def __init__(self, fail_at):
            super().__init__()
            self.fail_at = fail_at

        def StartDocPrinter(self, h, level, info):  # noqa: N802
            if self.fail_at == "start":
                raise OSError("The printer is not accepting jobs")
            super().StartDocPrinter(h, level, info)

        def WritePrinter(self, h, data):  # noqa: N802
            if self.fail_at == "write":
                self.data += data[:100]
                raise OSError("The device is not ready")
            return super().WritePrinter(h, data)

    with pytest.raises(PrinterRefused):
        open_printer("win32://X", win32print=Failing("start")).send("J1", label())
    with pytest.raises(PrinterOutcomeUnknown):
        open_printer("win32://X", win32print=Failing("write")).send("J1", label())
    with pytest.raises(PrinterRefused) as caught:
        open_printer("win32://X", win32print=FakeWin32Print(status=0x10)).send("J1", label())
    assert caught.value.code == "paper_out"


def test_sim_printer_refuses_or_holds():
    p = open_printer("sim://printer")
    p.paper_out = True
    with pytest.raises(PrinterRefused):
        p.send("J1", label(1))
    p.paper_out = False
    p.fault_mid_job = "paper_out"
    with pytest.raises(PrinterOutcomeUnknown) as caught:
        p.send("J2", label(2))
    assert caught.value.code == "paper_out" and [j.job_id for j in p.jobs] == ["J2"]
    narrow = open_printer("sim://printer?profile=escpos-80")
    with pytest.raises(PrinterRefused) as caught:
        narrow.send("W", label(width=800))
    assert caught.value.code == "head_too_narrow" and narrow.jobs == []


# ---------------------------------------------------------------------------- the backup pool
def test_pool_fails_over_only_when_the_primary_refused(server):
    from app.devices.printers import PrinterPool

    backup = TcpPrinterServer()
    try:
        pool = PrinterPool(open_printer(server.url), open_printer(backup.url))
        server.sim.paper_out = True                                   # refused: nothing went out
        result = pool.send("J1", label(1))
        assert result.backup and result.printer_url == backup.url and len(backup.labels) == 1
        server.sim.paper_out = False
        pool.close()                          # a printer takes one connection at a time
        pool = PrinterPool(open_printer(server.url), open_printer(backup.url))
        data = label(2, 800, 600)
        server.paper_out_after(len(data) // 2)                       # the primary had it: unknown
        with pytest.raises(PrinterOutcomeUnknown) as caught:
            pool.send("J2", data)
        assert caught.value.printer_url == server.url
        assert len(backup.labels) == 1 and data not in backup.received   # not sent to the backup
        server.sim.refill()
        assert server.labels == [payload(data)]                      # one label, from the primary
        backup.close()
        pool.close()
        server.sim.paper_out = True
        pool = PrinterPool(open_printer(server.url), open_printer(f"tcp://127.0.0.1:{free_port()}"))
        with pytest.raises(PrinterRefused) as caught:                # neither took it
            pool.send("J3", label(3))
        assert len(caught.value.errors) == 2
    finally:
        backup.close()


# ---------------------------------------------------------------------------- the head
def test_the_head_from_python_escpos_database_and_url_options():
    from app.devices.printers.profile import escpos_models

    assert "TM-T20II" in escpos_models()
    assert open_printer("tcp://10.0.0.20?model=TM-T20II").profile.dots_per_line == 576
    assert open_printer("tcp://10.0.0.20?profile=TM-T88V").profile.dots_per_line == 512   # 180 dpi
    assert open_printer("tcp://10.0.0.20?profile=TM-T88V").profile.dpi == 180
    assert open_printer("tcp://10.0.0.20?width_mm=72").profile.dots_per_line == 576
    assert open_printer("tcp://10.0.0.20?width_mm=104&dpi=300").profile.dots_per_line == 1248
    with pytest.raises(PrinterRefused, match="not in python-escpos"):
        open_printer("tcp://10.0.0.20?model=NoSuchPrinter")


@pytest.mark.parametrize("language, profile", [("escpos-raster", "escpos-80"), ("escpos-compact", "escpos-80"),
                                               ("tspl", "tspl-104"), ("zpl", "zpl-104")])
def test_a_label_wider_than_the_head_is_refused_in_every_language(server, language, profile):
    from app.labels.printers import encode_label
    from tests.labels.conftest import make_label

    data = encode_label(make_label(), "SF", "100x150", language)
    p = open_printer(server.url + f"?profile={profile}&dots=576")
    with pytest.raises(PrinterRefused) as caught:
        p.send("wide", data)
    assert caught.value.code == "head_too_narrow" and "head 576 dots, label 800 dots" in str(caught.value)
    assert server.connections == 0                                  # before any byte
    narrow = encode_label(make_label(), "SF", "72x130", language)
    p.profile.check_width(narrow)                                   # the 72 mm label fits
