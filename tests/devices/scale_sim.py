"""Simulated scales for the driver tests and the bench: the serial scale on a pseudo-terminal lives in
app.devices.scales.simulator (the demo uses it too); the USB HID scale behind a pyusb backend object is
here."""
from __future__ import annotations

import queue
import threading
import time
from array import array
from types import SimpleNamespace

import usb.backend
import usb.core
import usb.util

from app.devices.scales.simulator import CR, ETX, LF, STREAMING, STX, PtyScale, State  # noqa: F401

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
