"""USB HID scales through pyusb (see `hid` for the report format).

The reader thread finds the device by VID:PID, detaches the kernel's HID driver where there is one,
claims interface 0 and reads input reports from its interrupt IN endpoint. A read that times out means
the scale is there and has nothing new (HID scales may only report changes), so the latest reading is
kept fresh; a USBError of any other kind (unplugged: ENODEV) ends the session — offline at once — and the
thread looks for the device again with backoff. Tests pass a pyusb backend object (`backend=`) that
presents a fake scale to this same code.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from . import hid
from .base import ScaleDevice, ScaleError

READ_TIMEOUT_MS = 50


class HidScale(ScaleDevice):
    def __init__(self, url: str, vid: int, pid: int, *, backend: Any = None, **kw: Any):
        super().__init__(url, **kw)
        self.vid, self.pid = vid, pid
        self.backend = backend

    def _session(self) -> None:
        import usb.core
        import usb.util

        dev = usb.core.find(idVendor=self.vid, idProduct=self.pid, backend=self.backend)
        if dev is None:
            raise ScaleError(f"no USB device {self.vid:04x}:{self.pid:04x}", "port_missing")
        claimed = None
        try:
            try:
                if dev.is_kernel_driver_active(0):
                    dev.detach_kernel_driver(0)
            except (NotImplementedError, usb.core.USBError):
                pass
            try:
                dev.set_configuration()
            except usb.core.USBError as e:
                if e.errno != 16:  # EBUSY: already configured by the OS
                    raise
            intf = dev.get_active_configuration()[(0, 0)]
            ep = usb.util.find_descriptor(
                intf, custom_match=lambda e: usb.util.endpoint_direction(e.bEndpointAddress) == usb.util.ENDPOINT_IN)
            if ep is None:
                raise ScaleError("the USB device has no IN endpoint", "not_a_port")
            usb.util.claim_interface(dev, intf)
            claimed = intf
            self._connected()
            while not self._stop.is_set():
                try:
                    data = dev.read(ep.bEndpointAddress, ep.wMaxPacketSize, timeout=READ_TIMEOUT_MS)
                except usb.core.USBTimeoutError:
                    self._still_there()
                    continue
                self._publish(hid.parse(bytes(data)))
        finally:
            try:
                if claimed is not None:
                    usb.util.release_interface(dev, claimed)
            except usb.core.USBError:
                pass
            usb.util.dispose_resources(dev)

    def _still_there(self) -> None:
        with self._cond:
            if self._latest is not None:
                self._latest = replace(self._latest, at=self._clock())
