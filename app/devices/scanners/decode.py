"""From what a scanner sends to a ``ScanData`` (pure: text in, data out; tested on recorded codes).

* prefix / suffix: configured strings the scanner puts around every code; a code without the configured
  prefix or suffix was read only in part (a half-read code) and is rejected;
* AIM symbology identifiers (``]`` + symbology letter + modifier, ISO/IEC 15424: ``]C1`` GS1-128, ``]E0``
  EAN-13/UPC-A, ``]E4`` EAN-8, ``]Q1`` QR, ``]Q3`` GS1 QR, ``]d2`` GS1 DataMatrix, ``]e0`` GS1 DataBar …)
  are stripped and recorded;
* GS1 element strings (FNC1 sent as GS, 0x1D, or a configured stand-in character) are parsed into
  application identifiers with biip;
* control characters are dropped from the text.

``CodeFramer`` splits a serial stream into codes (CR, LF, CR LF, Tab or the suffix end a code; a burst of
several codes in one read is split), rejects a code left without its end for ``frame_ms``, a code longer
than ``max_length`` bytes (and everything up to its end) and a code with a byte that failed its parity
check; ``Deduper`` counts the same code read twice within ``window_ms`` once.

``scan_options`` checks a scanner URL's options up front: an unknown option, a bad number or an encoding
Python does not know is an error naming the parameter, never a reader thread that dies later.
"""
from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass

from ..scales.core import FlaggedBuffer, flag, whole

GS = "\x1d"

# ISO/IEC 15424 symbology letters (the common ones)
SYMBOLOGIES = {
    "A": "Code 39", "C": "Code 128", "d": "Data Matrix", "E": "EAN/UPC", "e": "GS1 DataBar", "F": "Codabar",
    "G": "Code 93", "H": "Code 11", "I": "Interleaved 2 of 5", "J": "GS1 Composite", "L": "PDF417",
    "M": "MSI", "Q": "QR Code", "z": "Aztec", "X": "other", "S": "Code 2 of 5", "R": "Straight 2 of 5",
    "K": "Code 16K", "O": "Codablock", "P": "Plessey", "U": "MaxiCode",
}
# the AIM identifiers that say "this is a GS1 element string"
GS1_AIM = {"]C1", "]e0", "]d2", "]Q3", "]J1", "]z1"}


@dataclass(frozen=True)
class ScanData:
    text: str                                  # the code, printable characters only
    symbology: str = ""                        # AIM identifier as sent ("]C1"), "" when the scanner sent none
    gs1: dict[str, str] | None = None          # GS1 application identifiers → values ({"01": "0590…", "10": …})
    raw: str = ""                              # what the scanner sent for this code (prefix, AIM and all)

    @property
    def symbology_name(self) -> str:
        if len(self.symbology) == 3:
            return SYMBOLOGIES.get(self.symbology[1], "unknown")
        return ""

    @property
    def gtin(self) -> str | None:
        return (self.gs1 or {}).get("01")


@dataclass(frozen=True)
class ScanConfig:
    prefix: str = ""
    suffix: str = ""
    aim: bool = True               # strip and record AIM identifiers
    gs1: bool = True               # parse GS1 element strings
    gs_char: str = ""              # a printable stand-in some scanners send for FNC1/GS (e.g. "~")
    min_length: int = 1
    window_ms: float = 0.0         # the same code again within this time counts once (0: off)
    frame_ms: float = 200.0        # serial: a code not ended within this time is a half-read code
    encoding: str = "auto"         # serial / HID bytes: auto (UTF-8, else GB18030), or a codec name
    max_length: int = 4096         # a code longer than this (bytes, or keys for the wedge) is discarded

    @classmethod
    def from_options(cls, options: dict[str, str], **defaults) -> ScanConfig:
        """From URL query options: prefix, suffix (``%02`` … or ``\\x02``-style escapes), aim, gs1, gs_char,
        min_length, max_length, window_ms, frame_ms, encoding. ValueError names a bad one."""
        return cls(**{**defaults, **scan_options(options)})


SCAN_OPTIONS = ("prefix", "suffix", "aim", "gs1", "gs_char", "min_length", "max_length", "window_ms",
                "frame_ms", "encoding")
MAX_LENGTH = 65536
def millis(name: str, value: str, lo: float, hi: float) -> float:
    try:
        n = float(value)
    except ValueError:
        raise ValueError(f"parameter '{name}' must be a number of milliseconds, not {value!r}") from None
    if not lo <= n <= hi:  # also refuses nan
        raise ValueError(f"parameter '{name}' must be between {lo:g} and {hi:g} ms, not {value!r}")
    return n


def text_encoding(name: str, value: str) -> str:
    """'auto' or a codec Python has that turns bytes into text (not 'hex', 'rot13', 'zlib' …)."""
    if value == "auto":
        return value
    try:
        codecs.lookup(value)
        b"A".decode(value, "replace")
    except (LookupError, TypeError, ValueError):
        raise ValueError(f"parameter '{name}' must be auto or a text encoding such as utf-8 or gb18030, "
                         f"not {value!r}") from None
    return value


def scan_options(options: dict[str, str]) -> dict:
    """The ScanConfig fields named in `options` (only SCAN_OPTIONS are looked at), each checked."""
    kw: dict = {}
    for key in ("prefix", "suffix"):
        if key in options:
            kw[key] = _unescape(key, options[key])
            if len(kw[key]) > 16:
                raise ValueError(f"parameter '{key}' is longer than 16 characters")
    if "gs_char" in options:
        kw["gs_char"] = _unescape("gs_char", options["gs_char"])
        if len(kw["gs_char"]) > 1:
            raise ValueError(f"parameter 'gs_char' must be one character, not {options['gs_char']!r}")
    for key in ("aim", "gs1"):
        if key in options:
            kw[key] = flag(key, options[key])
    if "max_length" in options:
        kw["max_length"] = whole("max_length", options["max_length"], 1, MAX_LENGTH)
    if "min_length" in options:
        kw["min_length"] = whole("min_length", options["min_length"], 1, kw.get("max_length", 4096))
    if "window_ms" in options:
        kw["window_ms"] = millis("window_ms", options["window_ms"], 0, 60_000)
    if "frame_ms" in options:
        kw["frame_ms"] = millis("frame_ms", options["frame_ms"], 1, 60_000)
    if "encoding" in options:
        kw["encoding"] = text_encoding("encoding", options["encoding"])
    return kw


def _unescape(name: str, value: str) -> str:
    if "\\" not in value:
        return value
    try:
        return value.encode("latin-1", "backslashreplace").decode("unicode_escape")
    except UnicodeDecodeError:
        raise ValueError(f"parameter '{name}' has a bad escape: {value!r}") from None


def split_aim(text: str) -> tuple[str, str]:
    """("]C1", rest) when ``text`` starts with an AIM identifier, else ("", text)."""
    if len(text) >= 3 and text[0] == "]" and text[1].isalpha() and text[2].isalnum():
        return text[:3], text[3:]
    return "", text


def parse_gs1(data: str, symbology: str = "") -> dict[str, str] | None:
    """GS1 application identifiers of an element string (GS = FNC1 separator), or None if it is not one."""
    try:
        import biip
        from biip.gs1_messages import GS1Message
    except ImportError:  # pragma: no cover - biip is a dependency; without it GS1 fields are simply not parsed
        return None
    body = data[1:] if data.startswith(GS) else data  # a leading FNC1 only says "GS1"
    if not body:
        return None
    try:
        if symbology:
            result = biip.parse(symbology + body)
            message = result.gs1_message
        else:
            message = GS1Message.parse(body)
    except Exception:  # noqa: BLE001 - biip raises ParseError and friends on what is not GS1
        return None
    if message is None or not message.element_strings:
        return None
    return {es.ai.ai: es.value for es in message.element_strings}


def decode_scan(raw: str, cfg: ScanConfig = ScanConfig()) -> ScanData | None:
    """One code as the scanner sent it (terminator already removed) → ScanData, or None when rejected
    (prefix missing, nothing left, shorter than ``min_length``)."""
    text = raw
    if cfg.prefix:
        if not text.startswith(cfg.prefix):
            return None
        text = text[len(cfg.prefix):]
    if cfg.suffix:
        if not text.endswith(cfg.suffix):
            text = text.rstrip("\r\n")  # a line end after the suffix
            if not text.endswith(cfg.suffix):
                return None  # the end of the code never came: half-read
        text = text[:-len(cfg.suffix)]  # the suffix may itself be a line end (suffix=%0D)
    text = text.rstrip("\r\n")
    symbology = ""
    if cfg.aim:
        symbology, text = split_aim(text)
    if cfg.gs_char:
        text = text.replace(cfg.gs_char, GS)
    gs1 = None
    if cfg.gs1 and (symbology in GS1_AIM or (not symbology and text.startswith(GS)) or
                    (not symbology and GS in text)):
        gs1 = parse_gs1(text, symbology if symbology in GS1_AIM else "")
    clean = "".join(ch for ch in text if ch.isprintable())
    if len(clean) < max(1, cfg.min_length):
        return None
    return ScanData(clean, symbology, gs1, raw)


def decode_bytes(data: bytes, encoding: str = "auto") -> str:
    if encoding != "auto":
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


class CodeFramer(FlaggedBuffer):
    """Splits a byte stream into codes. ``feed(data, t_ms, bad)`` returns the codes completed by ``data``
    (``bad``: a parity flag per byte, from the line decoder); ``poll(t_ms)`` drops a code left unfinished
    for ``frame_ms`` (a half-read code) and returns True when it did. ``rejected`` counts what was dropped,
    ``too_long`` the codes longer than ``max_length`` bytes (dropped up to their end), ``parity_errors`` the
    codes with a bad byte."""

    def __init__(self, cfg: ScanConfig = ScanConfig()):
        super().__init__()
        self.cfg = cfg
        self._last = 0.0
        self._skipping = False  # inside a code already dropped as too long: wait for its end
        self.rejected = 0
        self.too_long = 0
        self.parity_errors = 0
        self._suffix = cfg.suffix.encode("latin-1", "replace") if cfg.suffix else b""
        self._prefix = cfg.prefix.encode("latin-1", "replace") if cfg.prefix else b""

    @property
    def pending(self) -> bytes:
        return bytes(self._buf)

    def feed(self, data: bytes, t_ms: float, bad: bytes | None = None) -> list[str]:
        if self._buf and t_ms - self._last > self.cfg.frame_ms:
            self._reject()
        if data:
            self._last = t_ms
        self._add(data, bad)
        out: list[str] = []
        while True:
            end, skip = self._find_end()
            if end < 0:
                if len(self._buf) > self.cfg.max_length:
                    self._drop_too_long()
                break
            chunk, flagged = bytes(self._buf[:end]), self._flagged(end)
            self._drop(end + skip)
            if self._skipping:  # the tail of a code dropped as too long
                self._skipping = False
                continue
            if len(chunk) > self.cfg.max_length:
                self.too_long += 1
                self.rejected += 1
                continue
            if flagged:
                self.parity_errors += 1
                self.rejected += 1
                continue
            if self._prefix and self._prefix in chunk[len(self._prefix):]:
                # a new prefix inside: what came before it is a half-read code
                cut = chunk.rfind(self._prefix)
                if cut > 0:
                    self.rejected += 1
                    chunk = chunk[cut:]
            if chunk:
                out.append(decode_bytes(chunk, self.cfg.encoding))
        return out

    def _drop_too_long(self) -> None:
        if not self._skipping:
            self.too_long += 1
            self.rejected += 1
            self._skipping = True
        self._keep_last(max(len(self._suffix), 2) - 1)  # a terminator may be arriving split across reads

    def _find_end(self) -> tuple[int, int]:
        """(end of the code, bytes of terminator after it); the suffix stays with the code."""
        ends = [(i, len(t)) for t in (b"\r\n", b"\r", b"\n", b"\t") if (i := self._buf.find(t)) >= 0]
        term = min(ends, key=lambda e: (e[0], -e[1])) if ends else (-1, 0)
        if self._suffix:  # the suffix ends the code, also when it is a line end itself (suffix=%0D)
            i = self._buf.find(self._suffix)
            if i >= 0 and (term[0] < 0 or i <= term[0]):
                end = i + len(self._suffix)
                after = self._buf[end:end + 2]
                return end, 2 if after == b"\r\n" else 1 if after[:1] in (b"\r", b"\n", b"\t") else 0
        return term

    def poll(self, t_ms: float) -> bool:
        if self._buf and t_ms - self._last > self.cfg.frame_ms:
            self._reject()
            return True
        return False

    def _reject(self) -> None:
        was_skipping = self._skipping
        self.reset()
        self._skipping = False
        if not was_skipping:  # the rest of a code already counted as too long is not counted again
            self.rejected += 1


class Deduper:
    """The same code again within ``window_ms`` of its last reading counts once (a scanner that reads a
    code twice as it passes, or a trigger held down)."""

    def __init__(self, window_ms: float):
        self.window_ms = window_ms
        self._last_text: str | None = None
        self._last_t = float("-inf")

    def accept(self, text: str, t_ms: float) -> bool:
        if self.window_ms > 0 and text == self._last_text and t_ms - self._last_t <= self.window_ms:
            self._last_t = t_ms  # a trigger held down keeps it suppressed
            return False
        self._last_text, self._last_t = text, t_ms
        return True


class ScanPipeline:
    """Raw code strings → decoded, deduplicated ScanData handed to ``on_scan``."""

    def __init__(self, cfg: ScanConfig, on_scan: Callable[[ScanData], None]):
        self.cfg = cfg
        self.on_scan = on_scan
        self.dedupe = Deduper(cfg.window_ms)
        self.rejected = 0
        self.duplicates = 0

    def code(self, raw: str, t_ms: float) -> ScanData | None:
        data = decode_scan(raw, self.cfg)
        if data is None:
            self.rejected += 1
            return None
        if not self.dedupe.accept(data.text, t_ms):
            self.duplicates += 1
            return None
        self.on_scan(data)
        return data
