"""The reader thread every device scanner runs (all its port or USB calls happen on it)."""
from __future__ import annotations

import threading


class ReaderThread:
    """`start()` runs `self._run` on a daemon thread named `self.thread_name()`; `stop()` (= `close()`)
    asks it to finish and waits. Subclasses set `self._stop` / `self._thread` in their constructor via
    `_init_thread()` and poll `self._stop` in `_run`."""

    def _init_thread(self) -> None:
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def thread_name(self) -> str:
        return type(self).__name__

    def _run(self) -> None:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

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

    def close(self) -> None:
        self.stop()
