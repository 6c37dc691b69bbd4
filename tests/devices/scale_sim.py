"""Simulated scales for the driver tests and the bench: a serial scale on a pseudo-terminal speaking one
protocol byte for byte as the manuals describe it, and a USB HID scale behind a pyusb backend object.

The driver under test opens `link` — a symlink to the pty's slave, as udev gives a USB-serial adapter a
stable /dev/serial/by-id/… name — through pyserial, exactly as it opens a real port. `unplug()` closes
the pty (the driver's next read or write fails like a pulled USB adapter) and removes the link;
`plug()` makes a new pty and points the link at it.

The frames are built here, independently of the parsers in app/devices/scales, from the manuals' formats.
"""
from __future__ import annotations

import os
import queue
import select
import threading
import time
import tty
from array import array
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import usb.backend
import usb.core
import usb.util

STX, CR, LF, ETX = b"\x02", b"\r", b"\n", b"\x03"

STREAMING = {"toledo", "cas", "and"}  # these send by themselves from power-on


@dataclass
class State:
    grams: int = 0
    stable: bool = True
    status: str = "ok"  # ok, overload, underzero


def _kg(grams: int) -> str:
    return f"{abs(grams) / 1000:.3f}"


class PtyScale:
    def __init__(self, protocol: str, link: Path, *, interval_s: float = 0.02, unit: str = "kg",
                 checksum: bool = True, cas_format: int = 22, stream: bool | None = None):
        self.protocol = protocol
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
            rx += data
            for cmd in self._commands(rx):
                self.received.append(cmd)
                reply = self.answer(cmd)
                if reply:
                    self._send(master, reply)

    def _send(self, master: int, frame: bytes) -> None:
        if self.mute:
            return
        if self.keep_log:
            self.written.append((time.monotonic(), frame))
        try:
            os.write(master, frame)
        except (BlockingIOError, OSError):
            pass  # nobody listening: the bytes go nowhere, as on a real line

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


# ---------------------------------------------------------------------------- a USB HID scale
ENODEV = 19


class FakeHidScaleBackend(usb.backend.IBackend):
    """A pyusb backend presenting one HID scale (interface 0, interrupt IN endpoint 0x82, 6-byte reports)
    to the real driver through `usb.core.find(backend=…)`. Like a Dymo it repeats its current report
    every `interval_s` (`repeat=False`: only on change, as some HID scales do). `unplug()` makes every
    call on the old device fail with ENODEV and hides it from enumeration; `plug()` attaches a new one."""

    def __init__(self, vid: int = 0x0922, pid: int = 0x8003, interval_s: float = 0.01, repeat: bool = True):
        super().__init__()
        self.vid, self.pid, self.interval_s, self.repeat = vid, pid, interval_s, repeat
        self.generation = 1
        self.attached = True
        self.report = bytes([3, 2, 2, 0, 0, 0])  # stable at zero, grams
        self._changes: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self.kernel_driver = True
        self.claimed: set[int] = set()
        self.open_handles = 0
        self.calls: list[str] = []

    # the scale
    def set_report(self, report: bytes) -> None:
        self.report = bytes(report)
        self._changes.put(self.report)

    def unplug(self) -> None:
        self.attached = False
        self.claimed.clear()

    def plug(self) -> None:
        self.generation += 1
        self.kernel_driver = True
        self.attached = True

    def _check(self, generation: int) -> None:
        if not self.attached or generation != self.generation:
            raise usb.core.USBError("No such device (it may have been disconnected)", -4, ENODEV)

    # enumeration and descriptors
    def enumerate_devices(self):
        if self.attached:
            yield self.generation

    def get_device_descriptor(self, dev):
        return SimpleNamespace(
            bLength=18, bDescriptorType=1, bcdUSB=0x0110, bDeviceClass=0, bDeviceSubClass=0, bDeviceProtocol=0,
            bMaxPacketSize0=8, idVendor=self.vid, idProduct=self.pid, bcdDevice=0x0100, iManufacturer=0,
            iProduct=0, iSerialNumber=0, bNumConfigurations=1, address=dev, bus=1, port_number=1,
            port_numbers=(1,), speed=usb.util.SPEED_LOW)

    def get_configuration_descriptor(self, dev, config):
        return SimpleNamespace(bLength=9, bDescriptorType=2, wTotalLength=34, bNumInterfaces=1,
                               bConfigurationValue=1, iConfiguration=0, bmAttributes=0x80, bMaxPower=50,
                               extra_descriptors=[])

    def get_interface_descriptor(self, dev, intf, alt, config):
        return SimpleNamespace(bLength=9, bDescriptorType=4, bInterfaceNumber=0, bAlternateSetting=0,
                               bNumEndpoints=1, bInterfaceClass=3, bInterfaceSubClass=0, bInterfaceProtocol=0,
                               iInterface=0, extra_descriptors=[])

    def get_endpoint_descriptor(self, dev, ep, intf, alt, config):
        return SimpleNamespace(bLength=7, bDescriptorType=5, bEndpointAddress=0x82, bmAttributes=0x03,
                               wMaxPacketSize=6, bInterval=10, bRefresh=0, bSynchAddress=0, extra_descriptors=[])

    # the device
    def open_device(self, dev):
        self._check(dev)
        self.open_handles += 1
        self.calls.append("open")
        return SimpleNamespace(generation=dev)

    def close_device(self, dev_handle):
        self.open_handles -= 1
        self.calls.append("close")

    def set_configuration(self, dev_handle, config_value):
        self._check(dev_handle.generation)

    def get_configuration(self, dev_handle):
        self._check(dev_handle.generation)
        return 1

    def is_kernel_driver_active(self, dev_handle, intf):
        self._check(dev_handle.generation)
        return self.kernel_driver

    def detach_kernel_driver(self, dev_handle, intf):
        self._check(dev_handle.generation)
        self.kernel_driver = False
        self.calls.append("detach")

    def claim_interface(self, dev_handle, intf):
        self._check(dev_handle.generation)
        self.claimed.add(intf)
        self.calls.append("claim")

    def release_interface(self, dev_handle, intf):
        self._check(dev_handle.generation)
        self.claimed.discard(intf)
        self.calls.append("release")

    def intr_read(self, dev_handle, ep, intf, buff, timeout):
        self._check(dev_handle.generation)
        wait = min(timeout / 1000, self.interval_s) if self.repeat else timeout / 1000
        try:
            report = self._changes.get(timeout=wait)
        except queue.Empty:
            if not self.repeat:
                self._check(dev_handle.generation)
                raise usb.core.USBTimeoutError("Operation timed out", -7, 110) from None
            report = self.report
        self._check(dev_handle.generation)
        n = min(len(buff), len(report))
        buff[:n] = array("B", report[:n])
        return n

    def ctrl_transfer(self, dev_handle, bmRequestType, bRequest, wValue, wIndex, data, timeout):
        self._check(dev_handle.generation)
        return 0
