"""The simulated scale of the demo and the tests: a scale on the desk that parcels are put on by a call.
(The byte-for-byte serial scale simulators on pseudo-terminals are in simulator.py.)"""
from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable

from .reading import Reading


class SimScale:
    """A scale on the desk that the demo and the tests can put parcels on.

    `place(grams)` puts a parcel on it: for `settle_s` the reading moves (unstable, wobbling around the
    weight), then it is stable at the weight ± `noise_g`. `remove()` takes it off: back to zero. `read()`
    is what a driver's poll returns. `unplug()` / `plug()` simulate the cable."""

    url = "sim://scale"

    def __init__(self, settle_s: float = 0.6, noise_g: int = 0, clock: Callable[[], float] = time.monotonic,
                 seed: int | None = None):
        self.settle_s = settle_s
        self.noise_g = noise_g
        self._clock = clock
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._target = 0
        self._since = clock() - settle_s
        self._connected = True

    def place(self, grams: int) -> None:
        with self._lock:
            noise = self._rng.randint(-self.noise_g, self.noise_g) if self.noise_g else 0
            self._target = max(0, grams + noise)
            self._since = self._clock()

    def remove(self) -> None:
        self.place(0)

    def unplug(self) -> None:
        self._connected = False

    def plug(self) -> None:
        self._connected = True

    def read(self) -> Reading:
        with self._lock:
            if not self._connected:
                return Reading.offline()
            elapsed = self._clock() - self._since
            if elapsed >= self.settle_s:
                return Reading(self._target, True)
            wobble = int(self._target * 0.15 * (1 - elapsed / self.settle_s)) if self.settle_s else 0
            return Reading(max(0, self._target + self._rng.randint(-wobble, wobble)), False)

    def close(self) -> None:
        pass
