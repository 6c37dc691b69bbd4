"""The part every scale driver shares: one reader thread per device, the latest reading, staleness,
reconnecting with backoff, and zero/tare commands handed to the reader thread.

The UI thread only calls `read()` (never blocks: it copies the latest reading under a lock), `zero()`,
`tare()` and `close()`. Everything that touches the port or the USB device runs on the reader thread.

Rules that keep an old weight from ever being used:
- when the transport fails (unplugged, port gone), the reading goes offline at once;
- a reading older than `stale_s` (default 3 × the frame interval, at least 1 s) reads as offline;
- after a reconnect nothing is reported until the scale sends a new frame.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable

from .reading import Reading
from .core import OK, Parsed, Reply, Sample, Stabilizer

log = logging.getLogger(__name__)


class ScaleError(Exception):
    """A scale URL that cannot work, or a command the scale's protocol does not have."""


class ScaleDevice:
    """Base of the real drivers. Subclasses implement `_session()`: open the transport, call
    `self._connected()`, then loop until `self._stop` is set, feeding parsed frames to `self._publish()` and
    sending `self._next_command()`s; close the transport in a `finally`. Any exception ends the session:
    the reading goes offline and the thread retries after `retry_s`, doubling up to `retry_max_s`."""

    can_zero = False
    can_tare = False

    def __init__(self, url: str, *, interval_s: float = 0.1, stale_s: float | None = None, stable_n: int = 3,
                 retry_s: float = 0.05, retry_max_s: float = 2.0, clock: Callable[[], float] = time.monotonic):
        self.url = url
        self.interval_s = interval_s
        self.stale_s = stale_s if stale_s is not None else max(1.0, 3 * interval_s)
        self.retry_s = retry_s
        self.retry_max_s = retry_max_s
        self._clock = clock
        self._stabilizer = Stabilizer(stable_n)
        self._cond = threading.Condition()
        self._latest: Reading | None = None
        self._stop = threading.Event()
        self._commands: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._got_frame = False
        # for the Devices screen and the tests
        self.connected = False
        self.last_error = ""
        self.sessions = 0
        self.frames = 0
        self.last_reply: Reply | None = None

    # ------------------------------------------------------------ public API (any thread)
    def start(self) -> ScaleDevice:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=f"scale {self.url}", daemon=True)
            self._thread.start()
        return self

    def read(self) -> Reading:
        """The latest reading; offline when there is none, the device is gone or the reading is stale."""
        with self._cond:
            r = self._latest
        if r is None or r.at is None or self._clock() - r.at > self.stale_s:
            return Reading.offline()
        return r

    def wait_for(self, predicate: Callable[[Reading], bool], timeout: float) -> Reading | None:
        """Block until `predicate(self.read())` holds (checked on every new frame and every 20 ms);
        the reading, or None on timeout. For tests, benches and the Devices screen's test button."""
        deadline = self._clock() + timeout
        with self._cond:
            while True:
                r = self.read()
                if predicate(r):
                    return r
                left = deadline - self._clock()
                if left <= 0:
                    return None
                self._cond.wait(min(left, 0.02))

    def zero(self) -> None:
        if not self.can_zero:
            raise ScaleError(f"{self.url}: this scale's protocol has no zero command")
        self._commands.put("zero")

    def tare(self) -> None:
        if not self.can_tare:
            raise ScaleError(f"{self.url}: this scale's protocol has no tare command")
        self._commands.put("tare")

    def close(self, timeout: float = 2.0) -> None:
        self._stop.set()
        t = self._thread
        if t is not None and t is not threading.current_thread():
            t.join(timeout)
        self._set_offline("closed")

    def __enter__(self) -> ScaleDevice:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ reader thread
    def _session(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _run(self) -> None:
        delay = self.retry_s
        while not self._stop.is_set():
            self._got_frame = False
            try:
                self.sessions += 1
                self._session()
            except Exception as e:  # noqa: BLE001 - whatever the transport raises, the thread must live on
                self._set_offline(f"{type(e).__name__}: {e}")
                log.debug("scale %s: %s", self.url, e)
            else:
                self._set_offline("closed")
            if self._stop.is_set():
                break
            if self._got_frame:  # the device worked this time: start the backoff again
                delay = self.retry_s
            self._stop.wait(delay)
            delay = min(delay * 2, self.retry_max_s)

    def _connected(self) -> None:
        with self._cond:
            self.connected = True
            self.last_error = ""
            self._stabilizer.reset()
            self._drain_commands()  # a zero pressed while unplugged must not fire later
            self._cond.notify_all()

    def _set_offline(self, why: str) -> None:
        with self._cond:
            self.connected = False
            self.last_error = why
            self._latest = None
            self._stabilizer.reset()
            self._cond.notify_all()

    def _drain_commands(self) -> None:
        while True:
            try:
                self._commands.get_nowait()
            except queue.Empty:
                return

    def _next_command(self) -> str | None:
        try:
            return self._commands.get_nowait()
        except queue.Empty:
            return None

    def _publish(self, parsed: Parsed) -> None:
        if parsed is None:
            return
        now = self._clock()
        with self._cond:
            self._got_frame = True
            self.frames += 1
            if isinstance(parsed, Reply):
                self.last_reply = parsed
                self._cond.notify_all()
                return
            assert isinstance(parsed, Sample)
            prev = self._latest
            grams = parsed.grams if parsed.grams is not None else (prev.grams if prev is not None else 0)
            if parsed.status != OK or parsed.grams is None:
                stable = False
                self._stabilizer.reset()
            elif parsed.stable is None:
                stable = self._stabilizer.push(grams)
            else:
                stable = parsed.stable
            self._latest = Reading(grams, stable, True, parsed.status, at=now, detail=parsed.detail)
            self._cond.notify_all()
