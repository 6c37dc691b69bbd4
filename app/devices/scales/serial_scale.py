"""Serial scales through pyserial: one driver for every protocol in `registry.PROTOCOLS`.

The reader thread opens the port (`line.open_port`: a device path, or any pyserial URL: `loop://`,
`socket://host:port`, `rfc2217://…`, with the parity bit checked where the line has one), checks each
byte's parity, frames what arrives, parses each frame, and in poll mode sends the protocol's request every
`interval_s` — the next request waits for the answer to the last one (or `poll_timeout_s`), so a slow scale
is never flooded; a stable weight that still needs a confirming frame is asked for again at once. Zero and
tare are written by the same thread.
"""
from __future__ import annotations

from typing import Any

from .base import ScaleDevice
from .core import MarkedParity, Parsed, PlainLine, Rejected, SoftParity
from .line import open_port
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
        self.parity_errors = 0

    def _session(self) -> None:
        proto = self.protocol
        port, decoder = open_port(self.port, self.line, timeout=READ_SLICE_S, write_timeout=1.0)
        try:
            self._connected()
            rx = Receiver(self, decoder)
            if self.mode == "continuous" and proto.continuous:
                port.write(decoder.encode(proto.continuous))
            polling = self.mode == "poll"
            next_poll = 0.0
            waiting_since: float | None = None
            asked_again = False
            while not self._stop.is_set():
                cmd = self._next_command()
                if cmd is not None:
                    data = proto.zero if cmd == "zero" else proto.tare
                    if data:
                        port.write(decoder.encode(data))
                if polling:
                    now = self._clock()
                    if now >= next_poll and (waiting_since is None or now - waiting_since >= self.poll_timeout_s):
                        assert proto.poll is not None
                        port.write(decoder.encode(proto.poll))
                        waiting_since, next_poll = now, now + self.interval_s
                data = port.read(1)
                if not data:
                    continue
                waiting = port.in_waiting
                if waiting:
                    data += port.read(waiting)
                self._saw_bytes()
                for item in rx.feed(data):
                    if item is not None:
                        waiting_since = None
                    confirm = self._publish(item)
                    if polling and confirm and not asked_again:
                        next_poll, asked_again = 0.0, True  # the confirming frame: ask for it now
                    elif item is not None:
                        asked_again = False
                self.parity_errors = decoder.errors
        finally:
            port.close()


class Receiver:
    """One session's receive path: bytes as the port delivers them → line decoder → framer → parser, for
    each frame a parse result (Sample, Reply, None) or a Rejected frame (parity error, too long)."""

    def __init__(self, scale: SerialScale, decoder: SoftParity | MarkedParity | PlainLine):
        self.scale = scale
        self.decoder = decoder
        self.framer = scale.protocol.make_framer(scale)

    def feed(self, data: bytes) -> list[Parsed | Rejected]:
        clean, bad = self.decoder.decode(data)
        out: list[Parsed | Rejected] = []
        for frame in self.framer.frames(clean, bad):
            out.append(frame if isinstance(frame, Rejected) else self.scale.protocol.parse(frame, self.scale))
        return out
