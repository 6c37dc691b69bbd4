"""Issue #10.5: every device URL the documentation gives works.

The test reads README.md, docs/IT.md and the key docs of app/config.py, finds every device URL in them
(between backticks or double quotes), tells by the URL and the words before it whether it names a scale,
a scanner or a printer, and opens it against a real interface: a serial device path becomes a
pseudo-terminal (the scale simulator set up as the URL says, a scanner or printer on the other end), tcp://
a socket on 127.0.0.1, usb:// and hid:// a pyusb backend object presenting a device with those IDs, file://
a temporary file, cups:// an `lp` that records the job, win32:// a recording win32print. A scale must give
a stable weight, a scanner a scanned code, a printer must print a label. A new example in the docs is tested
by the same code the moment it is written."""
from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from app.config import DOCS
from app.devices.printers import open_printer
from app.devices.printers.url import parse_url, usb_ids
from app.devices.scales import open_scale, parse_scale_url
from app.devices.scanners import ScanConfig, open_scanner
from app.devices.scales.simulator import Line
from tests.devices.printer_sim import FakeUsbBackend, TcpPrinterServer, hidpos_reports, usb_hidpos_scanner, \
    usb_printer
from tests.devices.scale_sim import FakeHidScaleBackend, PtyScale
from tests.devices.test_printer import FakeWin32Print, PtyPrinter, _fake_tool, label, payload
from tests.devices.test_scanner import Sink

ROOT = Path(__file__).resolve().parents[2]
SCHEMES = ("sim", "serial", "hid", "usb", "tcp", "file", "cups", "win32", "socket", "rfc2217", "loop")
URL = re.compile(r"[`\"]((?:" + "|".join(SCHEMES) + r")://[^`\"\n]*)[`\"]")
KIND_WORD = re.compile(r"scale|scanner|printer", re.I)
CODE = "6901234567892"
GRAMS = 1234
PLACEHOLDER = "VID:PID"  # README: usb://VID:PID — any HID-POS scanner's IDs


def documented() -> list[tuple[str, str, str]]:
    """(where, kind, url) for every device URL in the docs."""
    texts = [("README.md", (ROOT / "README.md").read_text(encoding="utf-8")),
             ("docs/IT.md", (ROOT / "docs" / "IT.md").read_text(encoding="utf-8")),
             ("app/config.py", "\n".join(f"{key}: {doc}" for key, doc in DOCS.items()))]
    out = []
    for where, text in texts:
        for m in URL.finditer(text):
            url = m.group(1)
            out.append((where, kind_of(url, text[:m.start()]), url))
    return out


def kind_of(url: str, before: str) -> str:
    """By the URL itself where it says (sim://scale, hid://, protocol=, suffix= …), else by the nearest of
    the words scale / scanner / printer before it."""
    parts = urlsplit(url)
    if parts.scheme == "sim":
        return parts.netloc
    if parts.scheme == "hid" or "protocol=" in parts.query:
        return "scale"
    if any(k in parts.query for k in ("suffix=", "prefix=", "window_ms=", "aim=")):
        return "scanner"
    words = KIND_WORD.findall(before)
    assert words, f"cannot tell what {url} is for"
    return words[-1].lower()


def with_target(url: str, target: str) -> str:
    """The URL with its device (path, COM port, host:port, VID:PID) replaced by `target`."""
    scheme, rest = url.split("://", 1)
    query = rest.split("?", 1)[1] if "?" in rest else ""
    return f"{scheme}://{target}" + (f"?{query}" if query else "")


# ---------------------------------------------------------------------------- scales
def check_scale(url: str, tmp_path: Path) -> None:
    kind, cfg = parse_scale_url(url)
    if kind == "sim":
        scale = open_scale(url)
        try:
            scale.place(GRAMS)
            end = time.monotonic() + 3
            while time.monotonic() < end and not (scale.read().stable and scale.read().grams == GRAMS):
                time.sleep(0.02)
            assert scale.read() == type(scale.read())(GRAMS, True), scale.read()
        finally:
            scale.close()
        return
    if kind == "hid":
        backend = FakeHidScaleBackend(vid=cfg["vid"], pid=cfg["pid"])
        backend.set_report(bytes([3, 4, 2, 0, GRAMS & 0xFF, GRAMS >> 8]))
        dev = open_scale(url, usb_backend=backend)
    else:
        line = cfg["line"]
        sim = PtyScale(cfg["protocol"].name, tmp_path / "ttyDocScale",
                       line=Line(line["baudrate"], line["bytesize"], line["parity"], int(line["stopbits"])))
        sim.set(GRAMS)
        sim.plug()
        dev = open_scale(with_target(url, str(sim.link)))
    try:
        r = dev.wait_for(lambda r: r.stable and r.grams == GRAMS, 3)
        assert r is not None, f"{url}: {dev.read()!r} {dev.last_error}"
    finally:
        dev.close()
        if kind == "serial":
            sim.unplug()


# ---------------------------------------------------------------------------- scanners
def check_scanner(url: str, tmp_path: Path) -> None:
    url = url.replace(PLACEHOLDER, "0x0c2e:0x0b87")
    dev = parse_url(url)
    cfg = ScanConfig.from_options(dev.options)  # the prefix and suffix the scanner is set to send
    sink = Sink()
    if dev.scheme == "sim":
        open_scanner(url, sink).scan(CODE)
        assert sink.texts == [CODE]
        return
    if dev.scheme == "usb":
        fake = usb_hidpos_scanner(*usb_ids(dev))
        sc = open_scanner(url, sink, on_status=sink.on_status, usb_backend=FakeUsbBackend(fake))
        try:
            assert sink.wait(lambda: sc.connected), sink.status
            for r in hidpos_reports((cfg.prefix + CODE + cfg.suffix).encode(), b"]E0"):
                fake.queue(fake.scan_ep, r)
            assert sink.wait(lambda: sink.texts == [CODE]), (url, sink.texts)
        finally:
            sc.stop()
        return
    printer = PtyPrinter()  # only its pty: the scanner's end of the cable
    printer._stop.set()
    printer._t.join(1)
    sc = open_scanner(with_target(url, printer.pty.path), sink, on_status=sink.on_status)
    try:
        assert sink.wait(lambda: sc.connected), sink.status
        time.sleep(0.05)
        printer.pty.write((cfg.prefix + CODE + (cfg.suffix or "\r")).encode())
        assert sink.wait(lambda: sink.texts == [CODE]), (url, sink.texts, sc.rejected)
    finally:
        sc.stop()
        printer.pty.close()


# ---------------------------------------------------------------------------- printers
def check_printer(url: str, tmp_path: Path) -> None:
    job = label(5)
    dev = parse_url(url)
    if dev.scheme == "sim":
        p = open_printer(url, sim_folder=tmp_path)
        p.send("DOC1", job)
        assert list(tmp_path.iterdir())
    elif dev.scheme == "tcp":
        server = TcpPrinterServer()
        try:
            p = open_printer(with_target(url, f"127.0.0.1:{server.port}"))
            p.send("DOC1", job)
            p.close()
            assert server.labels == [payload(job)]
        finally:
            server.close()
    elif dev.scheme == "serial":
        printer = PtyPrinter()
        try:
            p = open_printer(with_target(url, printer.pty.path))
            p.send("DOC1", job)
            p.close()
            assert printer.sim.labels == [payload(job)]
        finally:
            printer.close()
    elif dev.scheme == "usb":
        vid, pid = (int(x, 16) for x in dev.target.split(":"))
        kw = {k: dev.int_opt(k) for k in ("out", "in") if dev.opt(k)}
        fake = usb_printer(vid, pid, **({"out_ep": kw["out"]} if "out" in kw else {}),
                           **({"in_ep": kw["in"]} if "in" in kw else {}))
        p = open_printer(url, usb_backend=FakeUsbBackend(fake))
        p.send("DOC1", job)
        p.close()
        assert fake.sim.labels == [payload(job)]
    elif dev.scheme == "file":
        target = tmp_path / "lp0"
        target.write_bytes(b"")
        open_printer(with_target(url, str(target))).send("DOC1", job)
        assert payload(target.read_bytes()) == payload(job)
    elif dev.scheme == "cups":
        out = tmp_path / "job.bin"
        lp = _fake_tool(tmp_path / "lp", f'cat > {out}\necho "request id is Q-1 (0 file(s))"\n')
        lpstat = _fake_tool(tmp_path / "lpstat", 'echo "printer $2 is idle.  enabled since Mon"\n')
        open_printer(url, lp=lp, lpstat=lpstat).send("DOC1", job)
        assert payload(out.read_bytes()) == payload(job)
    elif dev.scheme == "win32":
        w = FakeWin32Print()
        open_printer(url, win32print=w).send("DOC1", job)
        assert ("OpenPrinter", dev.target) in w.calls and payload(bytes(w.data)) == payload(job)
    else:
        raise AssertionError(f"no interface to test {url} on")


CHECKS = {"scale": check_scale, "scanner": check_scanner, "printer": check_printer}
EXAMPLES = documented()


def test_the_docs_give_examples_of_every_kind():
    kinds = {kind for _, kind, _ in EXAMPLES}
    assert kinds == {"scale", "scanner", "printer"}, EXAMPLES
    assert {where for where, _, _ in EXAMPLES} == {"README.md", "docs/IT.md", "app/config.py"}
    assert ("README.md", "scanner", "serial:///dev/ttyACM0?suffix=%0D") in EXAMPLES


@pytest.mark.parametrize("where,kind,url", EXAMPLES, ids=[f"{w}:{u}" for w, _, u in EXAMPLES])
def test_every_documented_device_url_works(where, kind, url, tmp_path):
    CHECKS[kind](url, tmp_path)
