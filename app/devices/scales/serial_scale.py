"""Serial scales through pyserial: one driver for every protocol in `registry.PROTOCOLS`.

The reader thread opens the port with `serial.serial_for_url` (a device path, or any pyserial URL:
`loop://`, `socket://host:port`, `rfc2217://…`), frames what arrives, parses each frame, and in poll mode
sends the protocol's request every `interval_s` — the next request waits for the answer to the last one
(or `poll_timeout_s`), so a slow scale is never flooded. Zero and tare are written by the same thread.
"""
from __future__ import annotations

from typing import Any

import serial

from .base import ScaleDevice
from .registry import SerialProtocol

READ_SLICE_S = 0.01  # the longest the reader thread blocks in read(): how fast it sees close() and commands


class SerialScale(ScaleDevice):
    def __init__(self, url: str, port: str, protocol: SerialProtocol, *, mode: str, line: dict[str, Any],
                 unit: str = "kg", checksum: bool = True, poll_timeout_s: float = 0.5, **kw: Any):
        super().__init__(url, **kw)
        self.port = port
        self.protocol = protocol
        self.mode = mode
        self.line = dict(line)
        self.unit = unit
        self.checksum = checksum
        self.poll_timeout_s = poll_timeout_s
        self.can_zero = protocol.zero is not None
        self.can_tare = protocol.tare is not None

    def _session(self) -> None:
        proto = self.protocol
        port = serial.serial_for_url(self.port, do_not_open=True, timeout=READ_SLICE_S, write_timeout=1.0,
                                     **self.line)
        port.open()
        try:
            self._connected()
            framer = proto.make_framer(self)
            if self.mode == "continuous" and proto.continuous:
                port.write(proto.continuous)
            polling = self.mode == "poll"
            next_poll = 0.0
            waiting_since: float | None = None
            while not self._stop.is_set():
                cmd = self._next_command()
                if cmd is not None:
                    data = proto.zero if cmd == "zero" else proto.tare
                    if data:
                        port.write(data)
                if polling:
                    now = self._clock()
                    if now >= next_poll and (waiting_since is None or now - waiting_since >= self.poll_timeout_s):
                        assert proto.poll is not None
                        port.write(proto.poll)
                        waiting_since, next_poll = now, now + self.interval_s
                data = port.read(1)
                if not data:
                    continue
                waiting = port.in_waiting
                if waiting:
                    data += port.read(waiting)
                for frame in framer.feed(data):
                    parsed = proto.parse(frame, self)
                    if parsed is not None:
                        waiting_since = None
                    self._publish(parsed)
        finally:
            port.close()
