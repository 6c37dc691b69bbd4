"""Serial and USB-CDC scanners through pyserial: codes end with CR, LF, CR LF, Tab or a configured suffix.

A reader thread opens the port, reads, frames codes (``CodeFramer``), decodes and deduplicates them and
hands each ``ScanData`` to ``on_scan`` (on the reader thread: a Qt program re-emits it as a signal). When the
port goes away (unplugged) it reports ``on_status(False, why)`` and opens it again every ``retry_s`` until
the scanner is back; a code half-read when the cable went is dropped, never delivered.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from ..printers.transports import serial_errors
from ..printers.url import DeviceUrl, open_serial
from .decode import CodeFramer, ScanConfig, ScanData, ScanPipeline
from .reader import ReaderThread


class SerialScanner(ReaderThread):
    def __init__(self, dev: DeviceUrl, on_scan: Callable[[ScanData], None], *, cfg: ScanConfig | None = None,
                 on_status: Callable[[bool, str], None] | None = None, retry_s: float = 0.5,
                 clock: Callable[[], float] = lambda: time.monotonic() * 1000):
        self.dev = dev
        self.url = dev.url
        self.cfg = cfg or ScanConfig(window_ms=300)
        self.pipeline = ScanPipeline(self.cfg, on_scan)
        self.on_status = on_status
        self.retry_s = retry_s
        self.clock = clock
        self.connected = False
        self.last_error = ""
        self.framer = CodeFramer(self.cfg)
        self._init_thread()

    def thread_name(self) -> str:
        return f"scanner-{self.dev.target}"

    @property
    def rejected(self) -> int:
        return self.framer.rejected + self.pipeline.rejected

    def _status(self, up: bool, why: str = "") -> None:
        if up != self.connected or (not up and why != self.last_error):
            self.connected, self.last_error = up, why
            if self.on_status is not None:
                self.on_status(up, why)

    def _run(self) -> None:
        errors = serial_errors()
        while not self._stop.is_set():
            port = None
            try:
                port = open_serial(self.dev, timeout=0.05)
                port.reset_input_buffer()  # what lay in the buffer before we came is not this session's
                self._status(True)
                while not self._stop.is_set():
                    data = port.read(port.in_waiting or 1)
                    now = self.clock()
                    if data:
                        for code in self.framer.feed(data, now):
                            self.pipeline.code(code, now)
                    else:
                        self.framer.poll(now)
            except errors as exc:
                self._status(False, str(exc))
                if self.framer.pending:
                    self.framer.poll(float("inf"))  # the half-read code is dropped
            finally:
                if port is not None:
                    try:
                        port.close()
                    except Exception:  # noqa: BLE001 - an unplugged port may fail to close
                        pass
            self._stop.wait(self.retry_s)
