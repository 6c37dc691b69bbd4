"""The part every scale driver shares: one reader thread per device, the latest reading, staleness,
reconnecting with backoff, and zero/tare commands handed to the reader thread.

The UI thread only calls `read()` (never blocks: it copies the latest reading under a lock), `zero()`,
`tare()` and `close()`. Everything that touches the port or the USB device runs on the reader thread.

Rules that keep an old or a false weight from ever being used:
- when the transport fails (unplugged, port gone), the reading goes offline at once, with the reason;
- a reading older than `stale_s` (default 3 × the frame interval, at least 1 s) reads as offline
  (reason no_data, or unrecognised_data when bytes do arrive but no frame of the protocol);
- after a reconnect nothing is reported until the scale sends a new frame;
- a reading beyond the scale's capacity, or a gross weight below zero, is no weight (`core.plausible`);
- a weight is stable only once `confirm_n` consecutive frames (default 2) flagged stable agree on it, or,
  for frames without a motion flag, `stable_n` equal ones (at least `confirm_n`): one frame garbled on the
  line can never be taken as a parcel's weight;
- a reader thread that died is reported (reason thread_died), never a frozen last reading.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable

from .core import DEFAULT_CAPACITY_G, ERROR, OK, Parsed, Rejected, Reply, Sample, Stabilizer, plausible
from .line import reason_of
from .reading import Reading

log = logging.getLogger(__name__)


class ScaleError(Exception):
    """A scale URL that cannot work, or a command the scale's protocol does not have. `reason`, when set,
    is the machine-readable why (e.g. port_missing for a USB scale that is not plugged in)."""

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = reason


class ScaleDevice:
    """Base of the real drivers. Subclasses implement `_session()`: open the transport, call
    `self._connected()`, then loop until `self._stop` is set, feeding parsed frames to `self._publish()` and
    sending `self._next_command()`s; close the transport in a `finally`. Any exception ends the session:
    the reading goes offline and the thread retries after `retry_s`, doubling up to `retry_max_s`.

    `on_reading`, when set, is called on the reader thread with every new reading (a test's log, or a UI
    that wants to be told instead of polling); what it raises is logged and does not stop the reader."""

    can_zero = False
    can_tare = False

    def __init__(self, url: str, *, interval_s: float = 0.1, stale_s: float | None = None, stable_n: int = 3,
                 confirm_n: int = 2, capacity_g: int = DEFAULT_CAPACITY_G, retry_s: float = 0.05,
                 retry_max_s: float = 2.0, clock: Callable[[], float] = time.monotonic,
                 on_reading: Callable[[Reading], None] | None = None):
        self.url = url
        self.interval_s = interval_s
        self.stale_s = stale_s if stale_s is not None else max(1.0, 3 * interval_s)
        self.retry_s = retry_s
        self.retry_max_s = retry_max_s
        self.capacity_g = capacity_g
        self.confirm_n = max(1, confirm_n)
        self.on_reading = on_reading
        self._clock = clock
        self._stabilizer = Stabilizer(max(stable_n, self.confirm_n))  # frames without a motion flag
        self._confirm = Stabilizer(self.confirm_n)                     # frames flagged stable
        self._cond = threading.Condition()
        self._latest: Reading | None = None
        self._stop = threading.Event()
        self._commands: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._got_frame = False
        self._bytes_at: float | None = None
        # for the Devices screen and the tests
        self.connected = False
        self.last_error = ""        # English, for IT: the OS error or what the scale said
        self.last_reason = "not_started"
        self.sessions = 0
        self.frames = 0
        self.rejected = 0           # frames dropped: parity errors, overlong frames
        self.last_reply: Reply | None = None

    # ------------------------------------------------------------ public API (any thread)
    def start(self) -> ScaleDevice:
        if self._thread is None:
            self.last_reason = "connecting"
            self._thread = threading.Thread(target=self._run, name=f"scale {self.url}", daemon=True)
            self._thread.start()
        return self

    def read(self) -> Reading:
        """The latest reading; offline (with its reason) when there is none, the device is gone, the reader
        thread died or the reading is stale."""
        with self._cond:
            r, reason, detail, bytes_at = self._latest, self.last_reason, self.last_error, self._bytes_at
        t = self._thread
        if t is not None and not t.is_alive() and not self._stop.is_set():
            return Reading.offline("thread_died", detail)
        now = self._clock()
        if r is not None and r.at is not None and now - r.at <= self.stale_s:
            return r
        if not reason:  # connected, but no (fresh) frame
            heard = bytes_at is not None and now - bytes_at <= self.stale_s
            reason = "unrecognised_data" if heard else "no_data"
        return Reading.offline(reason, detail)

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
        self._set_offline("closed", "closed")

    def __enter__(self) -> ScaleDevice:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ reader thread
    def _session(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _run(self) -> None:
        delay = self.retry_s
        try:
            while not self._stop.is_set():
                self._got_frame = False
                was_connected = False
                try:
                    self.sessions += 1
                    self._session()
                except Exception as e:  # noqa: BLE001 - whatever the transport raises, the thread must live on
                    was_connected = self.connected
                    reason = getattr(e, "reason", "") or reason_of(e)
                    if was_connected and reason == "port_missing":
                        reason = "disconnected"  # it was there a moment ago: unplugged
                    self._set_offline(f"{type(e).__name__}: {e}", reason)
                    log.debug("scale %s: %s (%s)", self.url, e, reason)
                else:
                    self._set_offline("closed", "closed")
                if self._stop.is_set():
                    break
                if self._got_frame:  # the device worked this time: start the backoff again
                    delay = self.retry_s
                self._stop.wait(delay)
                delay = min(delay * 2, self.retry_max_s)
        except BaseException as e:  # noqa: BLE001 - what the loop does not catch ends the thread: say so
            log.exception("scale %s: the reader thread died", self.url)
            self._set_offline(f"{type(e).__name__}: {e}", "thread_died")

    def _connected(self) -> None:
        if not self.connected:
            log.info("scale %s: connected", self.url)
        with self._cond:
            self.connected = True
            self.last_error = ""
            self.last_reason = ""
            self._bytes_at = None
            self._reset_agreement()
            self._drain_commands()  # a zero pressed while unplugged must not fire later
            self._cond.notify_all()

    def _set_offline(self, why: str, reason: str) -> None:
        if self.connected and reason == "closed":
            log.info("scale %s: closed", self.url)
        elif self.connected:
            log.warning("scale %s: disconnected: %s (%s)", self.url, why, reason)
        elif reason != self.last_reason and reason not in ("closed",):
            log.warning("scale %s: not connected: %s (%s)", self.url, why, reason)  # once per cause, not per retry
        with self._cond:
            self.connected = False
            self.last_error = why
            self.last_reason = reason
            self._latest = None
            self._reset_agreement()
            self._cond.notify_all()
        self._tell(Reading.offline(reason, why))

    def _reset_agreement(self) -> None:
        self._stabilizer.reset()
        self._confirm.reset()

    def _saw_bytes(self) -> None:
        """Bytes came from the port (framed or not): a stale reading then says unrecognised_data."""
        self._bytes_at = self._clock()

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

    def _tell(self, r: Reading) -> None:
        cb = self.on_reading
        if cb is None:
            return
        try:
            cb(r)
        except Exception:  # noqa: BLE001 - a listener's bug must not stop the scale
            log.exception("scale %s: on_reading failed", self.url)

    def _publish(self, parsed: Parsed | Rejected) -> bool:
        """Take one frame's result. True when it was a weight flagged stable that still waits for the
        frames that confirm it (a polling driver asks again at once)."""
        if parsed is None:
            return False
        now = self._clock()
        with self._cond:
            self._got_frame = True
            self.frames += 1
            if isinstance(parsed, Reply):
                self.last_reply = parsed
                self._cond.notify_all()
                return False
            if isinstance(parsed, Rejected):
                self.rejected += 1
                parsed = Sample(None, False, ERROR, parsed.reason.replace("_", " "), reason=parsed.reason)
            sample = plausible(parsed, self.capacity_g)
            assert isinstance(sample, Sample)
            prev = self._latest
            waiting = False
            if sample.status != OK:
                grams, stable = 0, False  # no weight
                self._reset_agreement()
            elif sample.grams is None:  # ok, but this frame carries no weight (moving, busy)
                grams = prev.grams if prev is not None and prev.status == OK else 0
                stable = False
                self._reset_agreement()
            elif sample.stable is False:
                grams, stable = sample.grams, False
                self._reset_agreement()
            elif sample.stable is None:
                grams = sample.grams
                stable = self._stabilizer.push((grams, sample.net))
                self._confirm.reset()
            else:
                grams = sample.grams
                stable = self._confirm.push((grams, sample.net))
                self._stabilizer.reset()
                waiting = not stable
            r = Reading(grams, stable, True, sample.status, at=now, detail=sample.detail, reason=sample.reason)
            self._latest = r
            self._cond.notify_all()
        self._tell(r)
        return waiting
