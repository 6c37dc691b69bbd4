"""The serial scale protocols, listed explicitly (nothing registers itself at import).

Each entry says how to frame and parse the stream, which modes the protocol has (the first is the
default), what to send to poll, to start continuous output, to zero and to tare, and the line settings
the manufacturer ships by default (the URL overrides each of them).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import aandd, cas, mtsics, nci, sma, toledo, toledo8217
from .core import Parsed


class FrameOptions(Protocol):
    unit: str
    checksum: bool


@dataclass(frozen=True)
class SerialProtocol:
    name: str
    title: str
    modes: tuple[str, ...]  # the first is the default
    make_framer: Callable[[FrameOptions], Any]
    parse: Callable[[bytes, FrameOptions], Parsed]
    poll: bytes | None = None
    continuous: bytes | None = None  # sent once after opening, in continuous mode
    zero: bytes | None = None
    tare: bytes | None = None
    unit_param: bool = False  # frames may carry no unit: the URL's `unit` applies
    checksum_param: bool = False
    line: dict[str, Any] = field(default_factory=dict)


L8N1 = {"baudrate": 9600, "bytesize": 8, "parity": "N", "stopbits": 1}
L7E1 = {"baudrate": 9600, "bytesize": 7, "parity": "E", "stopbits": 1}

PROTOCOLS: dict[str, SerialProtocol] = {
    "mtsics": SerialProtocol(
        "mtsics", "Mettler Toledo MT-SICS", ("poll", "continuous"),
        lambda o: mtsics.framer(), lambda f, o: mtsics.parse(f),
        poll=mtsics.POLL, continuous=mtsics.CONTINUOUS, zero=mtsics.ZERO, tare=mtsics.TARE, line=L8N1),
    "toledo8217": SerialProtocol(
        "toledo8217", "Toledo 8217 (ECR)", ("poll",),
        lambda o: toledo8217.framer(), lambda f, o: toledo8217.parse(f, o.unit),
        poll=toledo8217.POLL, zero=toledo8217.ZERO, unit_param=True, line=L7E1),
    "toledo": SerialProtocol(
        "toledo", "Mettler Toledo continuous output", ("continuous",),
        lambda o: toledo.framer(o.checksum), lambda f, o: toledo.parse(f, o.checksum),
        zero=toledo.ZERO, tare=toledo.TARE, checksum_param=True, line=L7E1),
    "cas": SerialProtocol(
        "cas", "CAS (22-, 18- and 10-byte formats)", ("continuous",),
        lambda o: cas.framer(), lambda f, o: cas.parse(f, o.unit), unit_param=True, line=L8N1),
    "and": SerialProtocol(
        "and", "A&D standard format", ("continuous", "poll"),
        lambda o: aandd.framer(), lambda f, o: aandd.parse(f),
        poll=aandd.POLL, zero=aandd.ZERO, tare=aandd.TARE,
        line={"baudrate": 2400, "bytesize": 7, "parity": "E", "stopbits": 1}),
    "nci": SerialProtocol(
        "nci", "Avery Weigh-Tronix NCI (SCP-01)", ("poll",),
        lambda o: nci.framer(), lambda f, o: nci.parse(f), poll=nci.POLL, zero=nci.ZERO, line=L7E1),
    "sma": SerialProtocol(
        "sma", "SMA (SCP-0499)", ("poll", "continuous"),
        lambda o: sma.framer(), lambda f, o: sma.parse(f),
        poll=sma.POLL, continuous=sma.CONTINUOUS, zero=sma.ZERO, tare=sma.TARE, line=L8N1),
}
