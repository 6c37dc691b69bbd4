"""HID-POS barcode scanners (HID usage page 0x8C, "Bar Code Scanner") through pyusb.

The scanner is a HID interface whose report descriptor starts its top collection on usage page 0x8C. It sends
64-byte input reports (the layout Honeywell, Zebra and Datalogic document for "HID POS"):

    byte 0      report id (2)
    byte 1      number of data bytes in this report (0 … 56)
    bytes 2–4   AIM symbology identifier, e.g. "]E0" (zeros when the scanner sends none)
    bytes 5–60  data
    bytes 61–62 vendor symbology code
    byte 63     bit 0 set: the code continues in the next report

``HidPosAssembler`` joins continued reports into one code, at most ``max_length`` bytes (pure);
``HidPosScanner`` reads the interrupt IN endpoint on its own thread (every pyusb call on that thread),
reconnects when the scanner comes back, and hands each ScanData to ``on_scan``. Status codes: reader.py.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable

from .decode import ScanConfig, ScanData, ScanPipeline, decode_bytes
from .reader import ReaderThread, ScannerError

log = logging.getLogger(__name__)

HID_POS_USAGE_PAGE = 0x8C
REPORT_ID = 2
DATA_OFFSET = 5
DATA_MAX = 56


def report_descriptor_usage_page(desc: bytes) -> int | None:
    """The first Usage Page item of a HID report descriptor (short items: 0x05 1 byte, 0x06 2 bytes)."""
    i = 0
    while i < len(desc):
        prefix = desc[i]
        if prefix == 0xFE:  # long item
            if i + 1 >= len(desc):
                return None
            i += 3 + desc[i + 1]
            continue
        size = (0, 1, 2, 4)[prefix & 0x03]
        if prefix & 0xFC == 0x04:  # Usage Page (global)
            value = int.from_bytes(desc[i + 1:i + 1 + size], "little")
            return value
        i += 1 + size
    return None


class HidPosAssembler:
    """Reports in, (raw code text with its AIM id) out when the last report of a code has come. A code
    longer than `max_length` bytes is discarded (and counted in `too_long`) up to its last report."""

    def __init__(self, encoding: str = "auto", max_length: int = 4096):
        self.encoding = encoding
        self.max_length = max_length
        self.too_long = 0
        self._aim = b""
        self._data = bytearray()
        self._skipping = False

    def report(self, report: bytes) -> str | None:
        if len(report) < DATA_OFFSET or report[0] != REPORT_ID:
            return None
        n = min(report[1], DATA_MAX, max(0, len(report) - DATA_OFFSET))
        more = len(report) >= 64 and bool(report[63] & 0x01)
        if self._skipping:
            self._skipping = more
            return None
        if not self._data and not self._aim:
            self._aim = bytes(report[2:5]).rstrip(b"\x00")
        self._data += report[DATA_OFFSET:DATA_OFFSET + n]
        if len(self._data) > self.max_length:
            self.too_long += 1
            self.reset()
            self._skipping = more
            return None
        if more:
            return None
        aim, data = self._aim, bytes(self._data)
        self._aim, self._data = b"", bytearray()
        if not data:
            return None
        aim_text = aim.decode("ascii", "replace") if len(aim) == 3 and aim[:1] == b"]" else ""
        return aim_text + decode_bytes(data, self.encoding)

    def reset(self) -> None:
        self._aim, self._data = b"", bytearray()
        self._skipping = False


class HidPosScanner(ReaderThread):
    """``usb://VID:PID?iface=N&in=0x81`` (interface and endpoint found from the descriptors when not given)."""

    def __init__(self, vid: int, pid: int, on_scan: Callable[[ScanData], None], *, cfg: ScanConfig | None = None,
                 iface: int | None = None, ep_in: int | None = None, backend=None,
                 on_status: Callable[[bool, str], None] | None = None, url: str = "",
                 retry_s: float = 0.5, read_ms: int = 100):
        self.vid, self.pid = vid, pid
        self.url = url or f"usb://0x{vid:04x}:0x{pid:04x}"
        self.cfg = cfg or ScanConfig(window_ms=300)
        self.on_scan = on_scan
        self.pipeline = ScanPipeline(self.cfg, on_scan)
        self.iface_no, self.ep_in_addr = iface, ep_in
        self.backend = backend
        self.on_status = on_status
        self.read_ms = read_ms
        self.usage_page: int | None = None
        self._init_thread(retry_s)

    def thread_name(self) -> str:
        return f"hidpos-{self.vid:04x}:{self.pid:04x}"

    def device_errors(self) -> tuple[type[BaseException], ...]:
        import usb.core

        return (usb.core.USBError, OSError, ScannerError)

    def _reason(self, exc: BaseException) -> str:
        reason = super()._reason(exc)
        return "disconnected" if reason == "port_missing" and self._up else reason

    def _session(self) -> None:
        import usb.core

        dev = None
        try:
            dev, iface, ep = self._open()
            self._report(True)
            asm = HidPosAssembler(self.cfg.encoding, self.cfg.max_length)
            while not self._stop.is_set():
                try:
                    report = bytes(ep.read(64, self.read_ms))
                except usb.core.USBTimeoutError:
                    continue
                except usb.core.USBError as exc:
                    if exc.errno == 110:
                        continue
                    raise
                too_long = asm.too_long
                code = asm.report(report)
                if asm.too_long != too_long:
                    self._event("code_too_long", f"a code longer than {self.cfg.max_length} bytes")
                if code is not None:
                    self._deliver(self.pipeline, code, time.monotonic() * 1000)
        finally:
            if dev is not None:
                try:
                    import usb.util

                    usb.util.dispose_resources(dev)
                except Exception:  # noqa: BLE001 - it may be gone
                    pass

    def _open(self):
        import usb.core
        import usb.util

        dev = usb.core.find(idVendor=self.vid, idProduct=self.pid, backend=self.backend)
        if dev is None:
            raise ScannerError(f"HID-POS scanner {self.vid:04x}:{self.pid:04x} not connected", "port_missing")
        try:
            dev.set_configuration()
        except usb.core.USBError:
            pass
        cfg = dev.get_active_configuration()
        hid = [i for i in cfg if i.bInterfaceClass == 3 and i.bAlternateSetting == 0]
        if self.iface_no is not None:
            hid = [i for i in cfg if i.bInterfaceNumber == self.iface_no and i.bAlternateSetting == 0]
        if not hid:
            raise ScannerError(f"{self.url}: no HID interface", "no_interface")
        chosen = None
        for iface in hid:
            page = self._usage_page(dev, iface.bInterfaceNumber)
            if page == HID_POS_USAGE_PAGE or (self.iface_no is not None):
                chosen, self.usage_page = iface, page
                break
        if chosen is None:
            raise ScannerError(f"{self.url}: no HID-POS interface (usage page 0x8C); is the scanner in "
                               "keyboard mode? Scan its 'USB HID-POS' setup code", "keyboard_mode")
        _detach(dev, chosen.bInterfaceNumber)
        usb.util.claim_interface(dev, chosen.bInterfaceNumber)
        ep = None
        for e in chosen:
            if self.ep_in_addr is not None and e.bEndpointAddress == self.ep_in_addr:
                ep = e
                break
            if self.ep_in_addr is None and usb.util.endpoint_direction(e.bEndpointAddress) == usb.util.ENDPOINT_IN:
                ep = e
                break
        if ep is None:
            raise ScannerError(f"{self.url}: no IN endpoint on interface {chosen.bInterfaceNumber}",
                               "no_interface")
        return dev, chosen, ep

    @staticmethod
    def _usage_page(dev, iface_no: int) -> int | None:
        """The report descriptor's usage page. Reading it claims the interface, which the kernel's HID
        driver holds: detach it for the question and give it back when the interface is not HID-POS."""
        import usb.core

        def ask():
            # GET_DESCRIPTOR (HID report descriptor, type 0x22) to the interface
            return bytes(dev.ctrl_transfer(0x81, 0x06, 0x2200, iface_no, 512, 1000))

        detached = False
        try:
            try:
                desc = ask()
            except usb.core.USBError:
                detached = _detach(dev, iface_no)
                desc = ask()
        except usb.core.USBError:
            return None
        page = report_descriptor_usage_page(desc)
        if page != HID_POS_USAGE_PAGE and detached:
            try:
                import usb.util

                usb.util.release_interface(dev, iface_no)
                dev.attach_kernel_driver(iface_no)
            except (NotImplementedError, usb.core.USBError):
                pass
        return page


def _detach(dev, iface_no: int) -> bool:
    import usb.core

    try:
        if dev.is_kernel_driver_active(iface_no):
            dev.detach_kernel_driver(iface_no)
            return True
    except (NotImplementedError, usb.core.USBError):
        pass  # Windows / macOS backends have no kernel-driver calls
    return False
