"""Printers and scanners without hardware, behind real OS interfaces: shared by the printer, scanner and
discovery tests.

* ``EscPosSim``: what a thermal printer does with an ESC/POS byte stream (pure): prints a label when the
  raster is followed by its feed (GS FF, ESC J, GS V), answers DLE EOT 1–4 from its paper/cover state.
* ``TcpPrinterServer``: a raw-9100 printer on 127.0.0.1 running an EscPosSim; it can run out of paper, run
  out of paper in the middle of receiving a job (it holds the job and prints it when the paper is changed),
  drop the connection in the middle of a job (a printer switched off: the part of the job it held is lost),
  drop an idle connection, or stay silent to status questions.
* ``FakeUsbBackend``: a pyusb backend object (usb.backend.IBackend) that presents USB devices to the real
  driver code through ``usb.core.find(backend=…)``: a printer with bulk OUT/IN endpoints (at addresses a
  clone would use, not 0x01/0x82) and a HID-POS scanner with an interrupt IN endpoint.
* ``Pty``: a pseudo-terminal pair; the driver opens the slave path through pyserial.
"""
from __future__ import annotations

import array
import os
import select
import socket
import struct
import threading
import time
import tty
from types import SimpleNamespace

import usb.backend
import usb.core

# ------------------------------------------------------------------------------------------ ESC/POS
PAPER_END = 0x60


class EscPosSim:
    """Feed bytes; get back what the printer answers. ``labels`` holds the raster payload of every label that
    came out (all GS v 0 bands joined)."""

    def __init__(self):
        self.paper_out = False
        self.cover_open = False
        self.labels: list[bytes] = []
        self.commands: list[bytes] = []  # non-raster commands seen (ESC @, GS ( K …, GS FF, GS V …)
        self.status_requests = 0
        self._buf = bytearray()
        self._raster = bytearray()
        self.silent = False
        self.held: list[bytes] = []       # labels received while out of paper, printed by refill()
        self.paper_low = False

    def status_byte(self, n: int) -> int:
        if n == 1:
            return 0x12 | (0x08 if self.paper_out or self.cover_open else 0)
        if n == 2:
            return 0x12 | (0x04 if self.cover_open else 0) | (0x20 if self.paper_out else 0)
        if n == 3:
            return 0x12
        if n == 4:
            return 0x12 | (PAPER_END if self.paper_out else 0) | (0x0C if self.paper_low else 0)
        return 0x12

    def lose_job(self) -> None:
        """Power lost / connection dropped: the half-received job is gone."""
        self._buf.clear()
        self._raster.clear()

    def feed(self, data: bytes) -> bytes:
        self._buf += data
        out = bytearray()
        b = self._buf
        i = 0
        while i < len(b):
            c = b[i]
            if c == 0x10:  # DLE EOT n
                if i + 3 > len(b):
                    break
                if b[i + 1] == 0x04:
                    self.status_requests += 1
                    if not self.silent:
                        out.append(self.status_byte(b[i + 2]))
                    i += 3
                    continue
                i += 1
                continue
            if c == 0x1B:
                if i + 2 > len(b):
                    break
                if b[i + 1] == 0x40:                    # ESC @
                    self.commands.append(b"\x1b@")
                    i += 2
                elif b[i + 1] == 0x4A:                  # ESC J n
                    if i + 3 > len(b):
                        break
                    self.commands.append(bytes(b[i:i + 3]))
                    self._eject()
                    i += 3
                else:
                    i += 2
                continue
            if c == 0x1D:
                if i + 2 > len(b):
                    break
                op = b[i + 1]
                if op == 0x76:                          # GS v 0 m xL xH yL yH d…
                    if i + 8 > len(b):
                        break
                    wb = b[i + 4] + 256 * b[i + 5]
                    rows = b[i + 6] + 256 * b[i + 7]
                    end = i + 8 + wb * rows
                    if end > len(b):
                        break
                    self._raster += b[i + 8:end]           # into the buffer, paper or not
                    i = end
                elif op == 0x0C:                        # GS FF
                    self.commands.append(b"\x1d\x0c")
                    self._eject()
                    i += 2
                elif op == 0x56:                        # GS V m
                    if i + 3 > len(b):
                        break
                    self.commands.append(bytes(b[i:i + 3]))
                    self._eject()
                    i += 3
                elif op == 0x28:                        # GS ( K pL pH fn m
                    if i + 5 > len(b):
                        break
                    n = b[i + 3] + 256 * b[i + 4]
                    if i + 5 + n > len(b):
                        break
                    self.commands.append(bytes(b[i:i + 5 + n]))
                    i += 5 + n
                else:
                    i += 2
                continue
            i += 1
        del b[:i]
        return bytes(out)

    def _eject(self) -> None:
        if self._raster and not self.cover_open:
            if self.paper_out:
                self.held.append(bytes(self._raster))      # the job waits in the printer for paper
            else:
                self.labels.append(bytes(self._raster))
        self._raster.clear()

    def refill(self) -> None:
        """New paper: the printer prints the jobs it held."""
        self.paper_out = False
        self.labels += self.held
        self.held.clear()


# ------------------------------------------------------------------------------------------ TCP
class TcpPrinterServer:
    """A raw TCP printer on 127.0.0.1 (one connection at a time, as a real one)."""

    def __init__(self, port: int = 0):
        self.sim = EscPosSim()
        self.received = bytearray()
        self.connections = 0
        self.drops = 0
        self._drop_after: int | None = None
        self._paper_out_after: int | None = None
        self._drop_idle = threading.Event()
        self._dropped = threading.Event()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", port))
        self._listener.listen(4)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    @property
    def labels(self) -> list[bytes]:
        return self.sim.labels

    def drop_mid_job(self, after_bytes: int) -> None:
        """Cut the connection once ``after_bytes`` more bytes of job data have come (status questions do
        not count), losing the job in progress."""
        with self._lock:
            self._drop_after = after_bytes

    def paper_out_after(self, after_bytes: int) -> None:
        """Run out of paper once ``after_bytes`` more bytes of job data have come: the printer keeps taking
        the job into its buffer, answers "paper out" to the next status question, and prints the job when
        ``sim.refill()`` is called."""
        with self._lock:
            self._paper_out_after = after_bytes

    def drop_idle(self, wait: float = 2.0) -> None:
        """Close the current connection now (the printer was switched off and on between jobs); returns
        once it is closed."""
        self._dropped.clear()
        self._drop_idle.set()
        self._dropped.wait(wait)

    def close(self) -> None:
        self._stop.set()
        try:
            self._listener.close()
        except OSError:
            pass
        self._thread.join(2)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                r, _, _ = select.select([self._listener], [], [], 0.05)
            except (OSError, ValueError):
                return
            if not r:
                continue
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            try:
                self._handle(conn)
            finally:
                conn.close()

    def _handle(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while not self._stop.is_set():
            if self._drop_idle.is_set():
                self._drop_idle.clear()
                self.sim.lose_job()
                self._reset(conn)
                conn.close()
                self._dropped.set()
                return
            r, _, _ = select.select([conn], [], [], 0.02)
            if not r:
                continue
            try:
                data = conn.recv(65536)
            except OSError:
                self.sim.lose_job()
                return
            if not data:
                self.sim.lose_job()
                return
            with self._lock:
                if self._paper_out_after is not None:
                    job = data.replace(b"\x10\x04\x01", b"").replace(b"\x10\x04\x02", b"").replace(
                        b"\x10\x04\x04", b"")
                    if job and len(job) >= self._paper_out_after:
                        self._paper_out_after = None
                        self.sim.paper_out = True          # the roll ends while this part arrives
                    elif job:
                        self._paper_out_after -= len(job)
                drop = self._drop_after
                if drop is not None:
                    job = data.replace(b"\x10\x04\x01", b"").replace(b"\x10\x04\x02", b"").replace(
                        b"\x10\x04\x04", b"")
                    if len(job) >= drop and job:
                        self._drop_after = None
                        # take only the first part of the job, then the power goes
                        self.received += data[:drop]
                        self.sim.feed(data[:drop])
                        self.sim.lose_job()
                        self.drops += 1
                        self._reset(conn)
                        return
                    self._drop_after = drop - len(job)
            self.received += data
            reply = self.sim.feed(data)
            if reply:
                try:
                    conn.sendall(reply)
                except OSError:
                    self.sim.lose_job()
                    return

    @staticmethod
    def _reset(conn: socket.socket) -> None:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, as a dead printer


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# ------------------------------------------------------------------------------------------ pty
class Pty:
    """A pseudo-terminal: ``path`` for the driver (pyserial), ``write``/``read`` for the device side."""

    def __init__(self):
        self.master, self.slave = os.openpty()
        tty.setraw(self.master)
        tty.setraw(self.slave)
        self.path = os.ttyname(self.slave)

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def read(self, timeout: float = 1.0, until: int | None = None) -> bytes:
        out = bytearray()
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            r, _, _ = select.select([self.master], [], [], max(0.0, min(0.05, end - time.monotonic())))
            if r:
                try:
                    out += os.read(self.master, 65536)
                except OSError:
                    break
                if until is not None and len(out) >= until:
                    break
            elif out and until is None:
                break
        return bytes(out)

    def close(self) -> None:
        for fd in (self.master, self.slave):
            try:
                os.close(fd)
            except OSError:
                pass


# ------------------------------------------------------------------------------------------ USB
def _ns(**kw):
    kw.setdefault("extra_descriptors", b"")
    return SimpleNamespace(**kw)


class FakeUsbDevice:
    """A USB device the fake backend presents: descriptors, strings and what its endpoints do."""

    def __init__(self, vid: int, pid: int, *, interfaces: list[dict], manufacturer: str = "", product: str = "",
                 serial: str = "", bus: int = 1, address: int = 2, device_class: int = 0):
        self.vid, self.pid = vid, pid
        self.interfaces = interfaces  # [{"number", "class", "subclass", "protocol", "endpoints": [(addr, attr)]}]
        self.strings = {1: manufacturer, 2: product, 3: serial}
        self.bus, self.address, self.device_class = bus, address, device_class
        self.plugged = True
        self.configuration = 0
        self.kernel_driver = {i["number"]: True for i in interfaces}
        self.claimed: set[int] = set()
        self.out: dict[int, bytearray] = {}          # endpoint → bytes written to it
        self.in_queue: dict[int, list[bytes]] = {}   # endpoint → reports / replies waiting to be read
        self.cond = threading.Condition()
        self.port_status = 0x18                      # selected, no error
        self.report_descriptors: dict[int, bytes] = {}
        self.on_write = None                          # callable(ep, data) -> reply bytes for the IN endpoint

    def queue(self, ep: int, data: bytes) -> None:
        with self.cond:
            self.in_queue.setdefault(ep, []).append(bytes(data))
            self.cond.notify_all()

    def unplug(self) -> None:
        with self.cond:
            self.plugged = False
            self.cond.notify_all()

    def plug(self) -> None:
        with self.cond:
            self.plugged = True
            self.configuration = 0
            self.claimed.clear()
            self.in_queue.clear()
            self.cond.notify_all()


def usb_printer(vid=0x0416, pid=0x5011, *, out_ep=0x03, in_ep=0x81, with_in=True, **kw) -> FakeUsbDevice:
    eps = [(out_ep, 0x02)] + ([(in_ep, 0x02)] if with_in else [])
    dev = FakeUsbDevice(vid, pid, interfaces=[{"number": 0, "class": 7, "subclass": 1, "protocol": 2,
                                               "endpoints": eps}],
                        manufacturer=kw.pop("manufacturer", "Winbond"), product=kw.pop("product", "POS Printer"),
                        **kw)
    sim = EscPosSim()
    dev.sim = sim

    def on_write(ep, data):
        return sim.feed(data)

    dev.on_write = on_write
    dev.in_ep = in_ep if with_in else None
    return dev


# HID report descriptor: Usage Page (Bar Code Scanner 0x8C), Usage (Bar Code Badge Reader 0x02), …
HID_POS_REPORT_DESCRIPTOR = bytes.fromhex("068c000902a1018502150026ff007508953f0902810209028102c0")
HID_KEYBOARD_REPORT_DESCRIPTOR = bytes.fromhex("05010906a101050719e029e71500250175019508810295017508810"
                                               "3c0")


def usb_hidpos_scanner(vid=0x0C2E, pid=0x0B87, *, ep=0x82, **kw) -> FakeUsbDevice:
    dev = FakeUsbDevice(vid, pid, interfaces=[
        {"number": 0, "class": 3, "subclass": 1, "protocol": 1, "endpoints": [(0x81, 0x03)]},   # keyboard
        {"number": 1, "class": 3, "subclass": 0, "protocol": 0, "endpoints": [(ep, 0x03), (0x02, 0x03)]},
    ], manufacturer=kw.pop("manufacturer", "Honeywell"), product=kw.pop("product", "Voyager 1450g"), **kw)
    dev.report_descriptors = {0: HID_KEYBOARD_REPORT_DESCRIPTOR, 1: HID_POS_REPORT_DESCRIPTOR}
    dev.scan_ep = ep
    return dev


def hidpos_reports(code: bytes, aim: bytes = b"", chunk: int = 56) -> list[bytes]:
    """The 64-byte HID-POS input reports a scanner sends for ``code`` (continued when longer than 56)."""
    out = []
    parts = [code[i:i + chunk] for i in range(0, len(code), chunk)] or [b""]
    for k, part in enumerate(parts):
        rep = bytearray(64)
        rep[0] = 2
        rep[1] = len(part)
        rep[2:5] = (aim + b"\x00\x00\x00")[:3]
        rep[5:5 + len(part)] = part
        rep[63] = 1 if k < len(parts) - 1 else 0
        out.append(bytes(rep))
    return out


class FakeUsbBackend(usb.backend.IBackend):
    """Presents ``devices`` to pyusb. Errors as libusb would give them: ENODEV when unplugged, a timeout
    (USBTimeoutError) when nothing came to read."""

    def __init__(self, *devices: FakeUsbDevice):
        super().__init__()
        self.devices = list(devices)
        self.threads: set[str] = set()  # names of the threads that called into the backend

    def _seen(self):
        self.threads.add(threading.current_thread().name)

    @staticmethod
    def _alive(dev: FakeUsbDevice):
        if not dev.plugged:
            raise usb.core.USBError("No such device (it may have been disconnected)", -4, 19)

    def enumerate_devices(self):
        self._seen()
        return [d for d in self.devices if d.plugged]

    def get_device_descriptor(self, dev):
        return _ns(bLength=18, bDescriptorType=1, bcdUSB=0x0200, bDeviceClass=dev.device_class,
                   bDeviceSubClass=0, bDeviceProtocol=0, bMaxPacketSize0=64, idVendor=dev.vid, idProduct=dev.pid,
                   bcdDevice=0x0100, iManufacturer=1 if dev.strings[1] else 0,
                   iProduct=2 if dev.strings[2] else 0, iSerialNumber=3 if dev.strings[3] else 0,
                   bNumConfigurations=1, address=dev.address, bus=dev.bus, port_number=1, port_numbers=(1,),
                   speed=3)

    def get_configuration_descriptor(self, dev, config):
        if config != 0:
            raise IndexError("no such configuration")
        return _ns(bLength=9, bDescriptorType=2, wTotalLength=64, bNumInterfaces=len(dev.interfaces),
                   bConfigurationValue=1, iConfiguration=0, bmAttributes=0x80, bMaxPower=50)

    def get_interface_descriptor(self, dev, intf, alt, config):
        if alt != 0 or intf >= len(dev.interfaces):
            raise IndexError("no such interface")
        i = dev.interfaces[intf]
        return _ns(bLength=9, bDescriptorType=4, bInterfaceNumber=i["number"], bAlternateSetting=0,
                   bNumEndpoints=len(i["endpoints"]), bInterfaceClass=i["class"], bInterfaceSubClass=i["subclass"],
                   bInterfaceProtocol=i["protocol"], iInterface=0)

    def get_endpoint_descriptor(self, dev, ep, intf, alt, config):
        addr, attr = dev.interfaces[intf]["endpoints"][ep]
        return _ns(bLength=7, bDescriptorType=5, bEndpointAddress=addr, bmAttributes=attr, wMaxPacketSize=64,
                   bInterval=1 if attr == 0x03 else 0, bRefresh=0, bSynchAddress=0)

    def open_device(self, dev):
        self._seen()
        self._alive(dev)
        return dev

    def close_device(self, dev_handle):
        pass

    def set_configuration(self, dev_handle, config_value):
        self._seen()
        self._alive(dev_handle)
        dev_handle.configuration = config_value

    def get_configuration(self, dev_handle):
        self._alive(dev_handle)
        return dev_handle.configuration

    def set_interface_altsetting(self, dev_handle, intf, altsetting):
        pass

    def claim_interface(self, dev_handle, intf):
        self._seen()
        self._alive(dev_handle)
        if dev_handle.kernel_driver.get(intf):
            raise usb.core.USBError("Resource busy", -6, 16)
        dev_handle.claimed.add(intf)

    def release_interface(self, dev_handle, intf):
        dev_handle.claimed.discard(intf)

    def is_kernel_driver_active(self, dev_handle, intf):
        self._alive(dev_handle)
        return bool(dev_handle.kernel_driver.get(intf))

    def detach_kernel_driver(self, dev_handle, intf):
        dev_handle.kernel_driver[intf] = False

    def attach_kernel_driver(self, dev_handle, intf):
        dev_handle.kernel_driver[intf] = True

    def _write(self, dev, ep, intf, data, timeout):
        self._seen()
        self._alive(dev)
        if intf not in dev.claimed:
            raise usb.core.USBError("interface not claimed", -1, 1)
        payload = bytes(data)
        dev.out.setdefault(ep, bytearray()).extend(payload)
        if dev.on_write is not None:
            reply = dev.on_write(ep, payload)
            if reply and getattr(dev, "in_ep", None):
                dev.queue(dev.in_ep, reply)
        return len(payload)

    def _read(self, dev, ep, intf, buff, timeout):
        self._seen()
        end = time.monotonic() + timeout / 1000
        with dev.cond:
            while True:
                self._alive(dev)
                q = dev.in_queue.get(ep)
                if q:
                    data = q.pop(0)
                    n = min(len(data), len(buff))
                    buff[:n] = array.array("B", data[:n])
                    return n
                left = end - time.monotonic()
                if left <= 0:
                    raise usb.core.USBTimeoutError("Operation timed out", -7, 110)
                dev.cond.wait(left)

    bulk_write = intr_write = _write
    bulk_read = intr_read = _read

    def ctrl_transfer(self, dev_handle, bmRequestType, bRequest, wValue, wIndex, data, timeout):
        self._seen()
        self._alive(dev_handle)
        reply = b""
        if bmRequestType == 0xA1 and bRequest == 1:                     # printer GET_PORT_STATUS
            reply = bytes((dev_handle.port_status,))
        elif bmRequestType == 0x81 and bRequest == 6 and wValue >> 8 == 0x22:   # HID report descriptor
            reply = dev_handle.report_descriptors.get(wIndex, b"")
        elif bmRequestType == 0x80 and bRequest == 6 and wValue >> 8 == 0x03:   # string descriptor
            index = wValue & 0xFF
            if index == 0:
                reply = bytes((4, 3, 0x09, 0x04))
            else:
                s = dev_handle.strings.get(index, "").encode("utf-16-le")
                reply = bytes((2 + len(s), 3)) + s
        else:
            raise usb.core.USBError("Pipe error", -9, 32)
        n = min(len(reply), len(data))
        data[:n] = array.array("B", reply[:n])
        return n

    def clear_halt(self, dev_handle, ep):
        pass

    def reset_device(self, dev_handle):
        pass
