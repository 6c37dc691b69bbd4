"""A simulated serial scale on a pseudo-terminal, speaking one protocol byte for byte as the manuals
describe it. The driver tests, the bench and the demo use it: the demo's scale is this simulator behind the
same serial driver (app.devices.scales.serial_scale) that a real scale is read with.

The driver under test opens `link` — a symlink to the pty's slave, as udev gives a USB-serial adapter a
stable /dev/serial/by-id/… name — through pyserial, exactly as it opens a real port. `unplug()` closes
the pty (the driver's next read or write fails like a pulled USB adapter) and removes the link;
`plug()` makes a new pty and points the link at it.

The frames are built here, independently of the parsers in app/devices/scales, from the manuals' formats.

The cable is a UART line, emulated bit by bit (a pty passes bytes as they are and enforces neither baud
nor parity): the scale sends on its own `line` (the manufacturer's factory setting, e.g. 7E1 at 9600 for
Toledo), and what the driver gets is what the driver's UART makes of those bits: a 7E1 line read as 8N1
shows the parity bit as bit 7; read at the wrong baud it is garbage. The driver's UART runs at the speed
the driver set on its end of the pty (read back with tcgetattr) with 8 data bits and no parity — a Linux pty
keeps the speed but forces CS8 and clears PARENB, so nothing else can be read back — unless `reader` says
otherwise. Commands the driver sends reach the scale the same way, and a character that fails the scale's
parity check is lost. `flip(char, bit)` garbles one bit of the next
frame on the line; `burst()` writes many frames at once (the bit-error tests).
"""
from __future__ import annotations

import os
import select
import termios
import threading
import time
import tty
from dataclasses import dataclass
from pathlib import Path

STX, CR, LF, ETX = b"\x02", b"\r", b"\n", b"\x03"

STREAMING = {"toledo", "cas", "and"}  # these send by themselves from power-on


@dataclass(frozen=True)
class Line:
    """A UART's settings."""

    baud: int = 9600
    bytesize: int = 8
    parity: str = "N"  # N, E, O, M, S
    stopbits: int = 1


# the manufacturers' factory settings
FACTORY = {"mtsics": Line(), "toledo8217": Line(9600, 7, "E"), "toledo": Line(9600, 7, "E"), "cas": Line(),
           "and": Line(2400, 7, "E"), "nci": Line(9600, 7, "E"), "sma": Line()}

_SPEEDS = {getattr(termios, f"B{b}"): b for b in (300, 600, 1200, 2400, 4800, 9600, 19200, 38400, 57600,
                                                   115200, 230400) if hasattr(termios, f"B{b}")}


def parity_bit(data: int, parity: str) -> int:
    ones = bin(data).count("1") & 1
    return {"E": ones, "O": ones ^ 1, "M": 1, "S": 0}[parity]


def wire_bits(data: bytes, line: Line, flip: tuple[int, int] | None = None) -> list[int]:
    """The bits a UART set to `line` puts on the wire for `data`: start, data bits LSB first, parity, stop.
    `flip=(char, bit)` inverts one of the data or parity bits of one character (a bit error)."""
    bits: list[int] = []
    for i, b in enumerate(data):
        d = b & ((1 << line.bytesize) - 1)
        word = [(d >> k) & 1 for k in range(line.bytesize)]
        if line.parity != "N":
            word.append(parity_bit(d, line.parity))
        if flip is not None and flip[0] == i:
            word[flip[1]] ^= 1
        bits += [0, *word] + [1] * line.stopbits
    return bits


def receive(bits: list[int], tx_baud: int, rx: Line) -> tuple[bytes, int]:
    """What a UART set to `rx` makes of `bits` sent at `tx_baud`: its bytes, and how many of them failed the
    parity or the stop-bit check (a real UART's parity and framing errors)."""
    step = tx_baud / rx.baud  # one bit of the receiver lasts this many bits of the sender
    n = rx.bytesize + (rx.parity != "N")
    size = len(bits)

    def at(x: float) -> int:
        i = int(x)
        return bits[i] if i < size else 1  # after the last character the line idles at 1

    out, errors, i = bytearray(), 0, 0
    while True:
        while i < size and bits[i] == 1:
            i += 1
        if i >= size:
            break
        start = i
        if at(start + step * 0.5) != 0:  # a glitch, not a start bit
            i = start + 1
            continue
        word = [at(start + step * (k + 1.5)) for k in range(n)]
        d = sum(bit << k for k, bit in enumerate(word[:rx.bytesize]))
        bad = at(start + step * (n + 1.5)) != 1
        if rx.parity != "N" and word[-1] != parity_bit(d, rx.parity):
            bad = True
        out.append(d)
        errors += bad
        i = max(start + 1, int(start + step * (n + 1.5)))
    return bytes(out), errors


def speed_of(fd: int) -> int:
    """The speed a program set on its end of a tty (tcgetattr); 0 when it is not a standard one."""
    return _SPEEDS.get(termios.tcgetattr(fd)[4], 0)


def carry(data: bytes, tx: Line, rx: Line, flip: tuple[int, int] | None = None) -> tuple[bytes, int]:
    """`data` sent by a UART set to `tx`, as a UART set to `rx` receives it."""
    return receive(wire_bits(data, tx, flip), tx.baud, rx if rx.baud else Line(tx.baud * 3, rx.bytesize,
                                                                                rx.parity, rx.stopbits))


@dataclass
class State:
    grams: int = 0
    stable: bool = True
    status: str = "ok"  # ok, overload, underzero


def _kg(grams: int) -> str:
    return f"{abs(grams) / 1000:.3f}"


class PtyScale:
    def __init__(self, protocol: str, link: Path, *, interval_s: float = 0.02, unit: str = "kg",
                 checksum: bool = True, cas_format: int = 22, stream: bool | None = None, line: Line | None = None,
                 reader: Line | None = None):
        self.protocol = protocol
        self.line = line or FACTORY[protocol]
        self.reader = reader  # the driver's UART: None = 8N1 at the speed the driver set
        self.rx_errors = 0   # command characters lost to a parity or framing error
        self._flips: list[tuple[int, int]] = []
        self.link = Path(link)
        self.interval_s = interval_s
        self.unit = unit
        self.checksum = checksum
        self.cas_format = cas_format
        self.stream_default = protocol in STREAMING if stream is None else stream
        self.state = State()
        self.tare_g = 0
        self.received: list[bytes] = []      # commands from the driver, in order
        self.written: list[tuple[float, bytes]] = []  # (monotonic time just before the write, frame)
        self.keep_log = True
        self.mute = False  # a scale that stays connected but says nothing (cable pulled at the scale end)
        self._lock = threading.Lock()
        self._master: int | None = None
        self._slave: int | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._streaming = False

    # ------------------------------------------------------------ the scale's state
    def set(self, grams: int, stable: bool = True, status: str = "ok") -> None:
        with self._lock:
            self.state = State(grams, stable, status)

    # ------------------------------------------------------------ the cable
    @property
    def plugged(self) -> bool:
        return self._master is not None

    def plug(self) -> None:
        assert self._master is None
        master, slave = os.openpty()
        tty.setraw(slave)
        os.set_blocking(master, False)
        self._master, self._slave = master, slave
        tmp = self.link.with_name(self.link.name + ".new")
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(os.ttyname(slave), tmp)
        os.replace(tmp, self.link)
        self._stop.clear()
        self._streaming = self.stream_default
        self._thread = threading.Thread(target=self._run, args=(master,), name=f"sim {self.protocol}",
                                        daemon=True)
        self._thread.start()

    def unplug(self) -> None:
        if self._master is None:
            return
        self._stop.set()
        assert self._thread is not None
        self._thread.join(2)
        if self.link.is_symlink():
            self.link.unlink()
        os.close(self._master)
        assert self._slave is not None
        os.close(self._slave)
        self._master = self._slave = None

    def close(self) -> None:
        self.unplug()

    # ------------------------------------------------------------ the scale's firmware
    def _run(self, master: int) -> None:
        rx = bytearray()
        next_frame = time.monotonic()
        while not self._stop.is_set():
            now = time.monotonic()
            if self._streaming and now >= next_frame:
                self._send(master, self.frame())
                next_frame = now + self.interval_s
            wait = max(0.0, min(0.005, next_frame - now)) if self._streaming else 0.005
            r, _, _ = select.select([master], [], [], wait)
            if not r:
                continue
            try:
                data = os.read(master, 1024)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:  # EIO: nobody has the slave open
                time.sleep(0.002)
                continue
            rx += self._from_driver(data)
            for cmd in self._commands(rx):
                self.received.append(cmd)
                reply = self.answer(cmd)
                if reply:
                    self._send(master, reply)

    def _driver_line(self) -> Line:
        assert self._slave is not None
        return self.reader or Line(speed_of(self._slave), 8, "N", 1)

    def _from_driver(self, data: bytes) -> bytes:
        """The driver's bytes as this scale's UART receives them; characters with a parity or framing
        error are lost."""
        driver = self._driver_line()
        out = bytearray()
        for b in data:
            got, bad = carry(bytes([b]), driver, self.line)
            self.rx_errors += bad
            if not bad:
                out += got
        return bytes(out)

    def _to_driver(self, frame: bytes, flip: tuple[int, int] | None = None) -> bytes:
        return carry(frame, self.line, self._driver_line(), flip)[0]

    def flip(self, char: int, bit: int) -> None:
        """Garble one bit (0 … data bits + parity − 1) of character `char` of the next frame sent."""
        self._flips.append((char, bit))

    def _send(self, master: int, frame: bytes) -> None:
        if self.mute:
            return
        if self.keep_log:
            self.written.append((time.monotonic(), frame))
        flip = self._flips.pop(0) if self._flips else None
        try:
            os.write(master, self._to_driver(frame, flip))
        except (BlockingIOError, OSError):
            pass  # nobody listening: the bytes go nowhere, as on a real line

    def burst(self, frames: list[tuple[bytes, tuple[int, int] | None]], timeout: float = 10.0) -> None:
        """Write `frames` (each with an optional bit flip) back to back on the line, from the calling thread,
        waiting for the driver to read as the line fills up. Mute the firmware first (`mute = True`)."""
        assert self._master is not None
        data = b"".join(self._to_driver(f, flip) for f, flip in frames)
        end = time.monotonic() + timeout
        while data:
            if time.monotonic() > end:
                raise TimeoutError("the driver does not read the line")
            _, w, _ = select.select([], [self._master], [], 0.05)
            if not w:
                continue
            try:
                n = os.write(self._master, data[:1024])
            except BlockingIOError:
                time.sleep(0.001)
                continue
            data = data[n:]

    def _commands(self, rx: bytearray) -> list[bytes]:
        out: list[bytes] = []
        p = self.protocol
        if p in ("toledo8217", "toledo"):
            out = [bytes([b]) for b in rx if b not in (0x0D, 0x0A)]
            rx.clear()
            return out
        sep = {"mtsics": b"\r\n", "and": b"\r\n", "nci": b"\r", "sma": b"\r", "cas": b"\r\n"}[p]
        while True:
            i = rx.find(sep)
            if i < 0:
                return out
            cmd = bytes(rx[:i]).strip(b"\n")
            del rx[: i + len(sep)]
            out.append(cmd)

    # ------------------------------------------------------------ frames, byte-exact
    def answer(self, cmd: bytes) -> bytes | None:
        p = self.protocol
        with self._lock:
            if cmd == b"Z" and p != "mtsics":
                self.state = State(0, True, "ok")
            elif cmd == b"T" and p in ("toledo", "and", "sma"):
                self.tare_g, self.state = self.state.grams, State(0, True, "ok")
        if p == "mtsics":
            if cmd in (b"SI", b"S"):
                return self.frame()
            if cmd == b"SIR":
                self._streaming = True
                return None
            if cmd == b"Z":
                with self._lock:
                    self.state = State(0, True, "ok")
                return b"Z A\r\n"
            if cmd == b"T":
                with self._lock:
                    self.tare_g, self.state = self.state.grams, State(0, True, "ok")
                return f"T S {self.tare_g:>10} g\r\n".encode()
            return b"ES\r\n"
        if p == "toledo8217":
            if cmd == b"W":
                return self.frame()
            if cmd == b"Z":
                return STX + b"?" + bytes([self._status_8217()]) + CR
            return None
        if p == "and":
            return self.frame() if cmd == b"Q" else None
        if p == "nci":
            if cmd == b"W":
                return self.frame()
            if cmd in (b"Z", b"S"):
                return LF + self._nci_status() + CR + ETX
            return LF + b"?" + CR + ETX
        if p == "sma":
            if cmd in (b"W", b"Z", b"T"):
                return self.frame()
            if cmd == b"R":
                self._streaming = True
                return None
            return LF + b"?" + CR
        return None

    def frame(self) -> bytes:
        with self._lock:
            s = State(self.state.grams, self.state.stable, self.state.status)
        return getattr(self, "_frame_" + self.protocol)(s)

    def _frame_mtsics(self, s: State) -> bytes:
        if s.status == "overload":
            return b"S +\r\n"
        if s.status == "underzero":
            return b"S -\r\n"
        return f"S {'S' if s.stable else 'D'} {s.grams:>10} g\r\n".encode()

    def _status_8217(self) -> int:
        s = self.state
        b = 0x40 | (0x01 if not s.stable else 0) | (0x02 if s.status == "overload" else 0)
        b |= 0x04 if s.status == "underzero" or s.grams < 0 else 0
        b |= 0x10 if s.grams == 0 else 0
        return b

    def _frame_toledo8217(self, s: State) -> bytes:
        if s.status != "ok" or not s.stable or s.grams < 0:
            with self._lock:
                return STX + b"?" + bytes([self._status_8217()]) + CR
        digits = f"{s.grams:06d}" if self.unit == "g" else f"{s.grams / 1000:06.3f}"
        return STX + digits.encode() + CR

    def _frame_toledo(self, s: State) -> bytes:
        grams_unit = self.unit == "g"
        swa = 0x20 | 0x08 | (0x02 if grams_unit else 0x05)  # x1 increments; XXXXXX or XXX.XXX
        swb = 0x20 | (0x10 if not grams_unit else 0) | (0x02 if s.grams < 0 else 0)
        swb |= 0x04 if s.status != "ok" else 0
        swb |= 0x08 if not s.stable else 0
        swc = 0x20 | (0x01 if grams_unit else 0)
        body = STX + bytes([swa, swb, swc]) + f"{abs(s.grams):06d}{self.tare_g:06d}".encode() + CR
        if self.checksum:
            body += bytes([(-sum(body)) & 0x7F])
        return body

    def _frame_cas(self, s: State) -> bytes:
        # CAS has OL for overload only: below zero the indicator just shows a negative weight
        if s.status == "underzero":
            s = State(s.grams, s.stable, "ok")
        h1 = "OL" if s.status != "ok" else ("ST" if s.stable else "US")
        if self.cas_format == 10:
            return f"{_kg(s.grams).rjust(8, '0')}\r\n".encode()
        if self.cas_format == 22:
            data = " " * 8 if s.status != "ok" else (
                ("-" + _kg(s.grams).rjust(7, "0")) if s.grams < 0 else _kg(s.grams).rjust(8, "0"))
            lamp = 0x80 | (0x40 if s.stable else 0) | 0x04 | (0x01 if s.grams == 0 else 0)
            return f"{h1},GS,".encode() + b"\x01" + bytes([lamp]) + b"," + data.encode() + b" kg\r\n"
        data = " " * 8 if s.status != "ok" else ("-" if s.grams < 0 else "+") + _kg(s.grams).rjust(7, "0")
        return f"{h1},GS,{data}kg\r\n".encode()

    def _frame_and(self, s: State) -> bytes:
        if s.status != "ok":
            return f"OL,{'-' if s.status == 'underzero' else '+'}9999.999 kg\r\n".encode()
        sign = "-" if s.grams < 0 else "+"
        return f"{'ST' if s.stable else 'US'},{sign}{_kg(s.grams).rjust(8, '0')} kg\r\n".encode()

    def _nci_status(self) -> bytes:
        s = self.state
        b1 = 0x30 | (0x01 if not s.stable else 0) | (0x02 if s.grams == 0 else 0)
        b2 = 0x30 | (0x01 if s.status == "underzero" else 0) | (0x02 if s.status == "overload" else 0)
        return bytes([b1, b2])

    def _frame_nci(self, s: State) -> bytes:
        if s.status == "overload":
            w = "^" * 7
        elif s.status == "underzero":
            w = "_" * 7
        else:
            w = ("-" if s.grams < 0 else "") + _kg(s.grams).rjust(7, "0")
        with self._lock:
            status = self._nci_status()
        return LF + w.encode() + b"kg" + CR + LF + status + CR + ETX

    def _frame_sma(self, s: State) -> bytes:
        st = {"overload": "O", "underzero": "U"}.get(s.status, "Z" if s.grams == 0 else " ")
        w = ("-" if s.grams < 0 else "") + _kg(s.grams)
        return LF + f"{st}1G{' ' if s.stable else 'M'} {w:>10}kg ".encode() + CR


class DemoSerialScale:
    """The demo's scale: a PtyScale speaking `protocol` on a pseudo-terminal, read by the real serial driver.
    `place(grams)` puts a parcel on it (moving for `settle_s`, then stable); `remove()` takes it off."""

    def __init__(self, protocol: str = "cas", settle_s: float = 0.5, folder: Path | None = None,
                 interval_ms: int = 100):
        import tempfile

        from . import open_scale

        self.settle_s = settle_s
        self._dir = Path(folder or tempfile.mkdtemp(prefix="packstation-scale-"))
        self.sim = PtyScale(protocol, self._dir / "ttyDEMO", interval_s=interval_ms / 1000)
        self.sim.keep_log = False
        self.sim.plug()
        self.driver = open_scale(f"serial://{self.sim.link}?protocol={protocol}&interval_ms={interval_ms}")
        self.url = f"sim://scale?protocol={protocol}"
        self._timer: threading.Timer | None = None

    def place(self, grams: int) -> None:
        if self._timer is not None:
            self._timer.cancel()
        grams = max(0, int(grams))
        if self.settle_s <= 0:
            self.sim.set(grams, stable=True)
            return
        self.sim.set(grams, stable=False)
        self._timer = threading.Timer(self.settle_s, lambda: self.sim.set(grams, stable=True))
        self._timer.daemon = True
        self._timer.start()

    def remove(self) -> None:
        self.place(0)

    def read(self):
        return self.driver.read()

    def wait_for(self, pred, timeout: float):
        return self.driver.wait_for(pred, timeout)

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self.driver.close()
        self.sim.close()

