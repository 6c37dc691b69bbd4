"""Label printers opened by URL (see ``url.py`` for the syntax), a primary/backup pool and the print log.

    printer = open_printer("tcp://10.0.0.20:9100?darkness=2")
    printer.send("TB123-75312345678901", escpos_bytes)   # PrinterRefused: nothing sent, safe to resend;
                                                          # PrinterOutcomeUnknown: it may have printed
    printer.status()                                      # PrinterStatus(online, paper_out, …).reasons
    printer.profile.dots_per_line                         # the head: make labels no wider

Schemes: ``tcp``, ``serial`` (and any other pyserial URL: ``socket``, ``rfc2217``, ``loop`` …), ``usb``,
``file``, ``cups``, ``win32``, ``sim``. Options in the query choose the profile (``profile=escpos-104``) and
change it (``dots=`` / ``width_mm=`` / ``model=TM-T20II`` (python-escpos' database) for the head,
``darkness=``, ``cutter=full|partial|none``, ``media=gap|continuous|mark``, ``feed=``, ``status=0``), and set
``timeout=`` (status reply, seconds). ``profile=`` also takes a model python-escpos knows.
"""
from __future__ import annotations

from .errors import REASONS, PrinterError, PrinterOutcomeUnknown, PrinterRefused, PrinterStatus
from .sim import SimPrinter
from .pool import PrinterPool, PrintResult
from .profile import PROFILES, PrinterProfile, ProfileError, profile_for
from .url import DeviceUrl, UrlError, parse_url

__all__ = ["open_printer", "PrinterPool", "PrintResult", "PrinterProfile", "PROFILES", "PrinterError",
           "PrinterRefused", "PrinterOutcomeUnknown", "REASONS", "PrinterStatus", "SimPrinter", "parse_url",
           "PRINTER_SCHEMES"]

PRINTER_SCHEMES = ("tcp", "serial", "usb", "file", "cups", "win32", "sim", "socket", "rfc2217", "loop")


def open_printer(url: str, profile: PrinterProfile | str | None = None, *, usb_backend=None, win32print=None,
                 lp: str = "lp", lpstat: str = "lpstat", sim_folder=None):
    """The printer for ``url``. Nothing is opened yet: the link is opened by the first ``send`` or
    ``status`` (and opened again after it failed). Raises PrinterRefused (code ``bad_url``) for a URL it
    cannot use."""
    try:
        dev = parse_url(url)
        base = PROFILES[profile] if isinstance(profile, str) else profile
        if isinstance(profile, str) and profile not in PROFILES:
            raise ProfileError(f"unknown printer profile {profile!r}")
        prof = profile_for(dev.opt("profile"), dev.options, base=base)
    except (UrlError, ProfileError, KeyError) as exc:
        raise PrinterRefused(f"bad printer URL {url!r}: {exc}", "bad_url") from exc
    return _open(dev, prof, usb_backend=usb_backend, win32print=win32print, lp=lp, lpstat=lpstat,
                 sim_folder=sim_folder)


def _open(dev: DeviceUrl, prof: PrinterProfile, *, usb_backend, win32print, lp, lpstat, sim_folder):
    from .driver import RawPrinter
    from .transports import FileTransport, SerialTransport, TcpTransport, UsbTransport

    try:
        timeout = dev.float_opt("timeout", 1.0)
    except UrlError as exc:
        raise PrinterRefused(str(exc), "bad_url") from exc
    s = dev.scheme
    if s == "sim":
        return SimPrinter(folder=sim_folder, url=dev.url, profile=prof)
    if s == "tcp":
        host, port = dev.target.rsplit(":", 1)
        transport = TcpTransport(host, int(port), connect_timeout=dev.float_opt("connect_timeout", 3.0))
        return RawPrinter(dev.url, transport, prof, status_timeout=timeout)
    if s == "serial" or s in ("socket", "rfc2217", "loop", "hwgrep", "spy"):
        return RawPrinter(dev.url, SerialTransport(dev), prof, status_timeout=timeout)
    if s == "usb":
        try:
            transport = UsbTransport(dev, backend=usb_backend)
        except UrlError as exc:
            raise PrinterRefused(str(exc), "bad_url") from exc
        return RawPrinter(dev.url, transport, prof, status_timeout=timeout)
    if s == "file":
        return RawPrinter(dev.url, FileTransport(dev.target), prof, status_timeout=timeout)
    if s == "cups":
        from .spoolers import CupsPrinter

        return CupsPrinter(dev.url, dev.target, prof, lp=lp, lpstat=lpstat)
    if s == "win32":
        from .spoolers import Win32Printer

        return Win32Printer(dev.url, dev.target, prof, win32print=win32print)
    raise PrinterRefused(f"no printer transport for {dev.scheme}:// (one of {', '.join(PRINTER_SCHEMES)})",
                         "bad_url")
