"""Serial and USB-CDC scanners through pyserial: codes end with CR, LF, CR LF, Tab or a configured suffix.

A reader thread opens the port (scales/line.py: the parity bit checked where the line has one), reads,
frames codes (``CodeFramer``: at most ``max_length`` bytes each), decodes and deduplicates them and hands
each ``ScanData`` to ``on_scan`` (on the reader thread: a Qt program re-emits it as a signal). When the port
goes away (unplugged) it reports ``on_status(False, reason)`` and opens it again every ``retry_s`` until the
scanner is back; a code half-read when the cable went is dropped, never delivered. The status codes are
listed in reader.py.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ..printers.transports import serial_errors
from .decode import CodeFramer, ScanConfig, ScanData, ScanPipeline
from .reader import ReaderThread


class SerialScanner(ReaderThread):
    def __init__(self, port: str, line: dict[str, Any], on_scan: Callable[[ScanData], None], *,
                 cfg: ScanConfig | None = None, on_status: Callable[[bool, str], None] | None = None,
                 retry_s: float = 0.5, clock: Callable[[], float] = lambda: time.monotonic() * 1000,
                 url: str = ""):
        self.port = port
        self.line = dict(line)
        self.url = url or port
        self.cfg = cfg or ScanConfig(window_ms=300)
        self.on_scan = on_scan
        self.pipeline = ScanPipeline(self.cfg, on_scan)
        self.on_status = on_status
        self.clock = clock
        self.framer = CodeFramer(self.cfg)
        self._init_thread(retry_s)

    def thread_name(self) -> str:
        return f"scanner-{self.port}"

    def device_errors(self) -> tuple[type[BaseException], ...]:
        return serial_errors()

    @property
    def rejected(self) -> int:
        return self.framer.rejected + self.pipeline.rejected

    def _session(self) -> None:
        from ..scales.line import open_port

        port, decoder = open_port(self.port, self.line, timeout=0.05, write_timeout=None)
        try:
            port.reset_input_buffer()  # what lay in the buffer before we came is not this session's
            self._report(True)
            while not self._stop.is_set():
                data = port.read(port.in_waiting or 1)
                now = self.clock()
                if data:
                    clean, bad = decoder.decode(data)
                    too_long, parity = self.framer.too_long, self.framer.parity_errors
                    codes = self.framer.feed(clean, now, bad)
                    if self.framer.too_long != too_long:
                        self._event("code_too_long", f"a code longer than {self.cfg.max_length} bytes")
                    if self.framer.parity_errors != parity:
                        self._event("parity_error", "a code with a parity error")
                    for code in codes:
                        self._deliver(self.pipeline, code, now)
                else:
                    self.framer.poll(now)
        finally:
            if self.framer.pending:
                self.framer.poll(float("inf"))  # the half-read code is dropped
            try:
                port.close()
            except Exception:  # noqa: BLE001 - an unplugged port may fail to close
                pass
