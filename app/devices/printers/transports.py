"""Byte pipes to printers: TCP (raw port 9100), serial (pyserial), USB bulk endpoints (pyusb) and device files.

Each transport only moves bytes (python-escpos' ``_raw`` idea): ``open``, ``write`` (every byte or
``TransportError``, whose ``sent`` says how many bytes went out before the failure: 0 = none, so the job
can safely go again; None = not known), ``read`` (what came within the timeout; ``b""`` for nothing), ``drain_input`` (throw away
stale replies), ``close``. ``bidirectional`` says whether the printer can answer on this link. A transport
never reopens by itself: the driver decides when (app.devices.printers.driver).
"""
from __future__ import annotations

import concurrent.futures
import os
import socket

from .url import DeviceUrl, UrlError, open_serial, usb_ids


class TransportError(OSError):
    """The link failed (refused, closed, unplugged, timed out). ``code``: a reason code where the transport
    knows it (else app.devices.printers.errors.reason_of finds it from the OS error behind it); ``sent``:
    bytes of the write that went out before it failed (0 none, None not known)."""

    def __init__(self, message: str, code: str | None = None, sent: int | None = None):
        super().__init__(message)
        self.code = code
        self.sent = sent

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def serial_errors() -> tuple[type[BaseException], ...]:
    """What pyserial raises when a port goes away: SerialException, OSError, and on POSIX termios.error
    (tcflush on a pty whose other side closed raises it unwrapped)."""
    import serial

    errors: tuple[type[BaseException], ...] = (serial.SerialException, OSError, ValueError)
    try:
        import termios

        errors += (termios.error,)
    except ImportError:  # Windows
        pass
    return errors


class Transport:
    bidirectional = False
    description = ""

    def open(self) -> None:
        raise NotImplementedError

    @property
    def is_open(self) -> bool:
        raise NotImplementedError

    def write(self, data: bytes) -> None:
        raise NotImplementedError

    def read(self, n: int, timeout: float) -> bytes:
        return b""

    def drain_input(self) -> None:
        pass

    def port_status(self) -> int | None:
        """A printer-port status byte where the link has one (USB printer class, Linux lp ioctl)."""
        return None

    def close(self) -> None:
        raise NotImplementedError


# ---------------------------------------------------------------------------- TCP
class TcpTransport(Transport):
    bidirectional = True

    def __init__(self, host: str, port: int = 9100, *, connect_timeout: float = 3.0, write_timeout: float = 30.0):
        self.host, self.port = host, port
        self.connect_timeout = connect_timeout
        self.write_timeout = write_timeout
        self.description = f"tcp://{host}:{port}"
        self._sock: socket.socket | None = None

    @property
    def is_open(self) -> bool:
        return self._sock is not None

    def open(self) -> None:
        self.close()
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except OSError as exc:
            raise TransportError(f"cannot connect to {self.host}:{self.port}: {exc}") from exc
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        self._sock = sock

    def _need(self) -> socket.socket:
        if self._sock is None:
            raise TransportError("not connected", sent=0)
        return self._sock

    def write(self, data: bytes) -> None:
        sock = self._need()
        view, sent = memoryview(data), 0
        try:
            sock.settimeout(self.write_timeout)
            while sent < len(data):           # send, not sendall: how far it got decides whether to resend
                sent += sock.send(view[sent:])
        except OSError as exc:
            self.close()
            raise TransportError(f"connection lost while sending (after {sent} of {len(data)} bytes): {exc}",
                                 sent=sent) from exc

    def read(self, n: int, timeout: float) -> bytes:
        sock = self._need()
        try:
            sock.settimeout(timeout)
            data = sock.recv(n)
        except socket.timeout:
            return b""
        except OSError as exc:
            self.close()
            raise TransportError(f"connection lost: {exc}") from exc
        if not data:
            self.close()
            raise TransportError("the printer closed the connection", code="connection_lost")
        return data

    def drain_input(self) -> None:
        sock = self._need()
        try:
            sock.setblocking(False)
            while True:
                try:
                    data = sock.recv(4096)
                except (BlockingIOError, InterruptedError):
                    return
                if not data:
                    self.close()
                    raise TransportError("the printer closed the connection", code="connection_lost")
        except OSError as exc:
            if isinstance(exc, TransportError):
                raise
            self.close()
            raise TransportError(f"connection lost: {exc}") from exc
        finally:
            if self._sock is not None:
                self._sock.setblocking(True)

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass


# ---------------------------------------------------------------------------- serial
class SerialTransport(Transport):
    """A pyserial port (``serial://`` or any pyserial URL). Writes wait until the bytes have left
    (``flush``), with a timeout that grows with the job: 124 kB take ~11 s at 115,200 baud."""

    bidirectional = True

    def __init__(self, dev: DeviceUrl, *, min_write_timeout: float = 10.0):
        self.dev = dev
        self.description = dev.url
        self.min_write_timeout = min_write_timeout
        self._port = None

    @property
    def is_open(self) -> bool:
        return self._port is not None

    def open(self) -> None:
        self.close()
        try:
            self._port = open_serial(self.dev, timeout=0.5, write_timeout=self.min_write_timeout)
        except serial_errors() as exc:
            raise TransportError(f"cannot open {self.dev.target or self.dev.url}: {exc}") from exc

    def write(self, data: bytes) -> None:
        port = self._need()
        baud = getattr(port, "baudrate", 9600) or 9600
        try:
            port.write_timeout = max(self.min_write_timeout, 3 * len(data) * 10 / baud)
            written = port.write(data)
            port.flush()
        except serial_errors() as exc:
            self.close()
            raise TransportError(f"serial write failed: {exc}") from exc
        if written is not None and written != len(data):
            self.close()
            raise TransportError(f"serial write took {written} of {len(data)} bytes", code="timeout",
                                 sent=written)

    def read(self, n: int, timeout: float) -> bytes:
        port = self._need()
        try:
            port.timeout = timeout
            return port.read(n)
        except serial_errors() as exc:
            self.close()
            raise TransportError(f"serial read failed: {exc}") from exc

    def drain_input(self) -> None:
        port = self._need()
        try:
            port.reset_input_buffer()
        except serial_errors() as exc:
            self.close()
            raise TransportError(f"serial port failed: {exc}") from exc

    def _need(self):
        if self._port is None:
            raise TransportError("port not open", sent=0)
        return self._port

    def close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except Exception:  # noqa: BLE001 - an unplugged port may fail to close; it is gone either way
                pass


# ---------------------------------------------------------------------------- USB
class UsbTransport(Transport):
    """A USB printer's bulk endpoints through pyusb.

    The interface is the printer-class one (bInterfaceClass 7) unless ``iface=`` says otherwise; the endpoints
    are that interface's first bulk OUT and bulk IN unless ``out=`` / ``in=`` say otherwise (clones differ:
    never assume 0x01 / 0x82). A kernel driver (usblp) holding the interface is detached. Every pyusb call
    runs on this transport's own thread (libusb handles are not shared between threads)."""

    def __init__(self, dev: DeviceUrl, *, backend=None, timeout_ms: int = 10_000):
        self.dev = dev
        self.vid, self.pid = usb_ids(dev)
        self.backend = backend
        self.timeout_ms = timeout_ms
        self.description = dev.url
        self.iface_no = dev.int_opt("iface")
        self.ep_out_addr = dev.int_opt("out")
        self.ep_in_addr = dev.int_opt("in")
        self.serial_no = dev.opt("serial")
        self._exec = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix=f"usb-{self.vid:04x}")
        self._usb = None
        self._ep_out = None
        self._ep_in = None
        self._iface = None

    @property
    def bidirectional(self) -> bool:  # type: ignore[override]
        return self._ep_in is not None

    @property
    def is_open(self) -> bool:
        return self._usb is not None

    def _call(self, fn, *args):
        return self._exec.submit(fn, *args).result()

    def open(self) -> None:
        self._call(self._open)

    def _open(self) -> None:
        import usb.core
        import usb.util

        self._close()
        try:
            kw = {"idVendor": self.vid, "idProduct": self.pid}
            if self.serial_no:
                kw["custom_match"] = lambda d: _usb_string(d, d.iSerialNumber) == self.serial_no
            found = usb.core.find(backend=self.backend, **kw)
            if found is None:
                raise TransportError(f"USB printer {self.vid:04x}:{self.pid:04x} not found", code="not_found")
            try:
                found.set_configuration()
            except usb.core.USBError:
                pass  # already configured (the OS did it, or another interface is in use)
            cfg = found.get_active_configuration()
            iface = _pick_interface(cfg, self.iface_no, klass=7)
            if iface is None:
                raise TransportError(f"USB {self.vid:04x}:{self.pid:04x}: no interface "
                                     f"{self.iface_no if self.iface_no is not None else '(printer class)'}")
            try:
                if found.is_kernel_driver_active(iface.bInterfaceNumber):
                    found.detach_kernel_driver(iface.bInterfaceNumber)
            except (NotImplementedError, usb.core.USBError):
                pass  # Windows / macOS backends have no kernel-driver calls
            usb.util.claim_interface(found, iface.bInterfaceNumber)
            ep_out = _pick_endpoint(iface, self.ep_out_addr, usb.util.ENDPOINT_OUT)
            if ep_out is None:
                raise TransportError(f"USB {self.vid:04x}:{self.pid:04x}: no OUT endpoint "
                                     f"{hex(self.ep_out_addr) if self.ep_out_addr is not None else ''} on "
                                     f"interface {iface.bInterfaceNumber}")
            self._ep_in = _pick_endpoint(iface, self.ep_in_addr, usb.util.ENDPOINT_IN)
            self._usb, self._iface, self._ep_out = found, iface, ep_out
        except usb.core.USBError as exc:
            raise TransportError(f"USB {self.vid:04x}:{self.pid:04x}: {exc}") from exc

    def write(self, data: bytes) -> None:
        self._call(self._write, data)

    def _write(self, data: bytes) -> None:
        import usb.core

        if self._ep_out is None:
            raise TransportError("USB printer not open", sent=0)
        try:
            n = self._ep_out.write(data, self.timeout_ms)
        except usb.core.USBError as exc:
            self._close()
            raise TransportError(f"USB write failed: {exc}") from exc
        if n != len(data):
            self._close()
            raise TransportError(f"USB write took {n} of {len(data)} bytes", code="timeout", sent=n)

    def read(self, n: int, timeout: float) -> bytes:
        return self._call(self._read, n, timeout)

    def _read(self, n: int, timeout: float) -> bytes:
        import usb.core

        if self._ep_in is None:
            return b""
        size = max(n, self._ep_in.wMaxPacketSize or 64)
        try:
            return bytes(self._ep_in.read(size, max(1, int(timeout * 1000))))[:size]
        except usb.core.USBTimeoutError:
            return b""
        except usb.core.USBError as exc:
            if exc.errno == 110:  # ETIMEDOUT from a backend that does not raise USBTimeoutError
                return b""
            self._close()
            raise TransportError(f"USB read failed: {exc}") from exc

    def drain_input(self) -> None:
        if self._ep_in is None:
            return
        for _ in range(8):
            if not self.read(64, 0.001):
                return

    def port_status(self) -> int | None:
        return self._call(self._port_status)

    def _port_status(self) -> int | None:
        import usb.core

        if self._usb is None or self._iface is None:
            return None
        try:  # printer class GET_PORT_STATUS: bmRequestType A1, bRequest 1, wIndex = interface
            reply = self._usb.ctrl_transfer(0xA1, 1, 0, self._iface.bInterfaceNumber, 1, 1000)
        except usb.core.USBError as exc:
            if exc.errno in (19, 5):  # ENODEV, EIO: gone
                self._close()
                raise TransportError(f"USB printer gone: {exc}") from exc
            return None
        return reply[0] if len(reply) else None

    def close(self) -> None:
        try:
            self._call(self._close)
        except RuntimeError:  # executor already shut down
            pass

    def _close(self) -> None:
        import usb.core
        import usb.util

        dev, self._usb = self._usb, None
        iface, self._iface = self._iface, None
        self._ep_out = self._ep_in = None
        if dev is not None:
            try:
                if iface is not None:
                    usb.util.release_interface(dev, iface.bInterfaceNumber)
                usb.util.dispose_resources(dev)
            except (usb.core.USBError, ValueError):
                pass

    def shutdown(self) -> None:
        self.close()
        self._exec.shutdown(wait=True)


def _usb_string(dev, index) -> str | None:
    import usb.util

    if not index:
        return None
    try:
        return usb.util.get_string(dev, index)
    except Exception:  # noqa: BLE001 - many devices answer string requests badly
        return None


def _pick_interface(cfg, number: int | None, klass: int | None):
    interfaces = list(cfg)
    if number is not None:
        return next((i for i in interfaces if i.bInterfaceNumber == number and i.bAlternateSetting == 0), None)
    if klass is not None:
        match = next((i for i in interfaces if i.bInterfaceClass == klass), None)
        if match is not None:
            return match
    return interfaces[0] if interfaces else None


def _pick_endpoint(iface, address: int | None, direction: int):
    import usb.util

    for ep in iface:
        if address is not None:
            if ep.bEndpointAddress == address:
                return ep
            continue
        if usb.util.endpoint_direction(ep.bEndpointAddress) == direction and \
                usb.util.endpoint_type(ep.bmAttributes) in (usb.util.ENDPOINT_TYPE_BULK, usb.util.ENDPOINT_TYPE_INTR):
            return ep
    return None


# ---------------------------------------------------------------------------- device file
LPGETSTATUS = 0x060B


class FileTransport(Transport):
    """A device file (``/dev/usb/lp0``, ``/dev/lp0``, a FIFO). Opened per job, so a printer that was
    unplugged and plugged back in is found again; the Linux lp status ioctl is used where it answers."""

    def __init__(self, path: str):
        if not path:
            raise UrlError("file:// needs a path, e.g. file:///dev/usb/lp0")
        self.path = path
        self.description = f"file://{path}"
        self._fd: int | None = None

    @property
    def is_open(self) -> bool:
        return self._fd is not None

    def open(self) -> None:
        self.close()
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOCTTY", 0))
        except OSError as exc:
            raise TransportError(f"cannot open {self.path}: {exc.strerror or exc}") from exc

    def write(self, data: bytes) -> None:
        if self._fd is None:
            raise TransportError("not open", sent=0)
        view, sent = memoryview(data), 0
        try:
            while sent < len(data):
                n = os.write(self._fd, view[sent:])
                if n <= 0:
                    raise OSError("device took no bytes")
                sent += n
        except OSError as exc:
            self.close()
            raise TransportError(f"write to {self.path} failed after {sent} of {len(data)} bytes: {exc}",
                                 sent=sent) from exc

    def port_status(self) -> int | None:
        if self._fd is None:
            return None
        try:
            import array
            import fcntl

            buf = array.array("i", [0])
            fcntl.ioctl(self._fd, LPGETSTATUS, buf, True)
            return buf[0] & 0xFF
        except (ImportError, OSError):
            return None

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass
