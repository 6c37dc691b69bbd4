"""The reader thread every device scanner runs (all its port or USB calls happen on it), supervised: it
never dies silently.

A scanner reports through ``on_status(connected, why)``, on its reader thread, ``why`` a machine-readable
code (the UI translates it; ``last_detail`` has the English cause for IT):

    (True, "")                 connected: codes will come
    (False, <reason>)          not reading, with the reason: port_missing, not_a_port, permission, port_busy,
                               bad_line_settings, unreachable, disconnected, io_error (see scales/line.py),
                               keyboard_mode / no_interface (a USB scanner that is not in HID-POS mode),
                               thread_died (a fault in the reader itself: it is restarted after retry_s)
    (True, <event>)            still connected, but something was lost: code_too_long (a code longer than
                               max_length was discarded), parity_error (a code with a bad byte was
                               discarded), callback_error (the program failed to take a code: it is lost)
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class ScannerError(Exception):
    """A scanner URL that cannot work (naming the parameter), or a scanner that cannot be opened: `reason`
    is then the machine-readable why."""

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = reason


class ReaderThread:
    """`start()` runs `self._session` on a daemon thread named `self.thread_name()`, again after `retry_s`
    whenever it ends; `stop()` (= `close()`) asks it to finish and waits. Subclasses call `_init_thread()`
    in their constructor, implement `_session()` (open, `_report(True)`, read until `self._stop` is set;
    raise on a device error), list the exceptions that mean "the device" in `device_errors()` and hand each
    code to `_deliver()`."""

    on_status: Callable[[bool, str], None] | None
    on_scan: Callable

    def _init_thread(self, retry_s: float = 0.5) -> None:
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._up = False
        self.retry_s = retry_s
        self.last_error = ""    # the reason code of the last status
        self.last_detail = ""   # its English cause, for IT and the log
        self.restarts = 0       # sessions that ended in a fault of the reader itself
        self.callback_errors = 0

    def thread_name(self) -> str:
        return type(self).__name__

    def device_errors(self) -> tuple[type[BaseException], ...]:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def _session(self) -> None:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def _reason(self, exc: BaseException) -> str:
        from ..scales.line import reason_of

        return getattr(exc, "reason", "") or reason_of(exc)

    @property
    def connected(self) -> bool:
        """Reading: the port is open and the reader thread alive."""
        t = self._thread
        return self._up and t is not None and t.is_alive()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=self.thread_name(), daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._up = False

    def close(self) -> None:
        self.stop()

    # ------------------------------------------------------------ on the reader thread
    def _run(self) -> None:
        errors = self.device_errors()
        while not self._stop.is_set():
            try:
                self._session()
            except errors as exc:
                self._report(False, self._reason(exc), str(exc))
            except Exception as exc:  # noqa: BLE001 - a fault in the reader: say so, then start again
                self.restarts += 1
                log.exception("%s: the reader failed; starting it again", self.thread_name())
                self._report(False, "thread_died", f"{type(exc).__name__}: {exc}")
            self._stop.wait(self.retry_s)

    def _report(self, up: bool, why: str = "", detail: str = "") -> None:
        """A status: told to on_status when it changed."""
        if up == self._up and why == self.last_error:
            return
        if up:
            log.info("%s: connected", self.thread_name())
        else:
            log.warning("%s: %s %s", self.thread_name(), "disconnected" if self._up else f"not connected ({why})",
                        detail)
        self._up, self.last_error, self.last_detail = up, why, detail
        self._tell(up, why)

    def _event(self, code: str, detail: str = "") -> None:
        """Something lost while connected (code_too_long, parity_error, callback_error): told every time."""
        self.last_detail = detail
        log.warning("%s: %s %s", self.thread_name(), code, detail)
        self._tell(True, code)

    def _tell(self, up: bool, why: str) -> None:
        if self.on_status is None:
            return
        try:
            self.on_status(up, why)
        except Exception:  # noqa: BLE001 - a listener's bug must not stop the scanner
            log.exception("%s: on_status failed", self.thread_name())

    def _deliver(self, pipeline, code: str, t_ms: float) -> None:
        """One code to the pipeline (decode, dedupe, on_scan); what on_scan raises is reported, not fatal."""
        try:
            pipeline.code(code, t_ms)
        except Exception as exc:  # noqa: BLE001 - the program's bug: the scan is lost, the scanner lives on
            self.callback_errors += 1
            log.exception("%s: on_scan failed for %r", self.thread_name(), code[:80])
            self._event("callback_error", f"{type(exc).__name__}: {exc}")
