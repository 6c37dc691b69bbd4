"""Settings declared once, typed, validated: one TOML format, read from two files, per user wins key by key.

1. the system-wide file, written by IT or the installer for every user of the machine:
   /etc/packstation/packstation.toml (Linux), %PROGRAMDATA%\\PackStation\\packstation.toml (Windows);
   PACKSTATION_SYSTEM_CONFIG names another one ("" reads none);
2. the per-user file: packstation.toml in the user's data directory, or PACKSTATION_CONFIG, or --config FILE.

A key in the per-user file replaces the same key from the system-wide file; keys it does not name keep the
system-wide value, then the default. Every key is optional; an unknown key, a wrong type or a value out of
range stops the program with a message naming the key and the file. DOCS below documents every key
(`python -m app.config` prints a commented template; docs/IT.md has the table).
"""
from __future__ import annotations

import os
import socket
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import paths


class ConfigError(Exception):
    pass


@dataclass
class Config:
    station_name: str = field(default_factory=lambda: socket.gethostname()[:64] or "STATION")
    database_url: str = ""
    scale: str = "sim://scale"
    printer: str = "sim://printer"
    backup_printer: str = ""     # takes over when the printer is out of paper or gone
    label_language: str = "escpos-raster"
    label_size: str = "100x150"
    label_offset_x: int = 0      # dots: + moves the print right
    label_offset_y: int = 0      # dots: + moves the print down
    label_darkness: int = -1     # 0…15; -1 leaves the printer's own setting
    scanner_url: str = ""        # a serial / USB HID-POS scanner; empty: the keyboard-wedge scanner only
    scanner_prefix: str = ""
    scanner_suffix: str = ""
    scanner_repeat_ms: int = 0   # the same code read again within this window counts once
    scanner_max_gap_ms: int = 40
    scanner_min_length: int = 4
    lang: str = ""
    sound: bool = True
    tolerance_g: int = 50
    tolerance_pct: float = 5.0
    zero_band_g: int = 20
    backup_daily: bool = True
    backup_keep: int = 7
    backup_dir: str = ""
    source: Path | None = None  # the file that won: per-user if it exists, else system-wide, else None
    sources: list[Path] = field(default_factory=list)  # every file read, system-wide first
    origins: dict[str, Path] = field(default_factory=dict)  # TOML key -> the file that set it


def _label_sizes() -> tuple[str, ...]:
    from .labels.layout import available_sizes

    return tuple(available_sizes())


# TOML key -> (attribute, type, check)
KEYS: dict[str, tuple[str, type, Any]] = {
    "station.name": ("station_name", str, lambda v: 0 < len(v) <= 64),
    "database.url": ("database_url", str, lambda v: v == "" or "://" in v),
    "devices.scale": ("scale", str, lambda v: "://" in v),
    "devices.printer": ("printer", str, lambda v: "://" in v),
    "devices.backup_printer": ("backup_printer", str, lambda v: v == "" or "://" in v),
    "devices.label_language": ("label_language", str, lambda v: v in (
        "escpos-raster", "escpos-compact", "tspl", "zpl", "tspl-raster", "zpl-raster")),
    "devices.label_size": ("label_size", str, lambda v: v in _label_sizes()),
    "devices.label_offset_x": ("label_offset_x", int, lambda v: -400 <= v <= 400),
    "devices.label_offset_y": ("label_offset_y", int, lambda v: -400 <= v <= 400),
    "devices.label_darkness": ("label_darkness", int, lambda v: -1 <= v <= 15),
    "devices.scanner": ("scanner_url", str, lambda v: v == "" or "://" in v),
    "scanner.prefix": ("scanner_prefix", str, lambda v: len(v) <= 8),
    "scanner.suffix": ("scanner_suffix", str, lambda v: len(v) <= 8),
    "scanner.repeat_window_ms": ("scanner_repeat_ms", int, lambda v: 0 <= v <= 5000),
    "scanner.max_gap_ms": ("scanner_max_gap_ms", int, lambda v: 5 <= v <= 500),
    "scanner.min_length": ("scanner_min_length", int, lambda v: 1 <= v <= 64),
    "ui.lang": ("lang", str, lambda v: v in ("", "zh_CN", "en")),
    "ui.sound": ("sound", bool, None),
    "weight.tolerance_g": ("tolerance_g", int, lambda v: 0 <= v <= 100_000),
    "weight.tolerance_pct": ("tolerance_pct", float, lambda v: 0 <= v <= 100),
    "weight.zero_band_g": ("zero_band_g", int, lambda v: 0 <= v <= 1000),
    "backup.daily": ("backup_daily", bool, None),
    "backup.keep": ("backup_keep", int, lambda v: 1 <= v <= 365),
    "backup.dir": ("backup_dir", str, None),
}

# TOML key -> what it means and what it accepts (docs/IT.md and the template are checked against this)
DOCS: dict[str, str] = {
    "station.name": "Name of this packing station, printed on every label and recorded with every parcel "
                    "(1-64 characters). Default: the computer name.",
    "database.url": 'Where the data lives. Empty (default): the SQLite file packstation.db in the user\'s data '
                    'directory. Several stations sharing data: a PostgreSQL URL such as '
                    '"postgresql://packstation_station@db-host/packstation?sslmode=require" (the password in '
                    'the URL, PGPASSWORD or .pgpass; any libpq option in the query). Never put SQLite on a '
                    'network share.',
    "devices.scale": 'The scale, as a URL. "sim://scale" (default) is a simulated scale. Examples: '
                     '"serial:///dev/ttyUSB0?baud=9600&protocol=toledo8217", '
                     '"serial://COM3?baud=9600&bytesize=7&parity=E&protocol=toledo8217", '
                     '"serial:///dev/ttyUSB0?protocol=cas&capacity_kg=150", "hid://0x0922:0x8003" (USB HID '
                     'scale). Protocols: mtsics, toledo8217, toledo, cas, and, nci, sma. A reading above the '
                     'capacity (capacity_kg=, default 300) is never a weight.',
    "devices.printer": 'The label printer, as a URL. "sim://printer" (default) saves labels as images in the '
                       'data directory. Examples: "tcp://10.0.0.20:9100", "serial://COM4?baud=115200", '
                       '"usb://0x0416:0x5011" (add "?out=0x01&in=0x82" if the printer needs its endpoints named), '
                       '"file:///dev/usb/lp0", "cups://QueueName", "win32://Printer Name".',
    "devices.backup_printer": 'A second label printer that takes over when the first is out of paper or gone '
                              '(empty, default: none). Same URL forms as devices.printer.',
    "devices.label_language": 'What the printer speaks: "escpos-raster" (default), "escpos-compact", "tspl", '
                              '"zpl", "tspl-raster" or "zpl-raster".',
    "devices.label_size": 'Label size in mm: "72x130" (80 mm printers: 72 mm printable), "76x130", "100x150" (default) or "100x180". A label wider than the printer\'s head is never sent.',
    "devices.label_offset_x": "Move the whole label right (+) or left (-) by this many printer dots (-400-400, "
                              "default 0): for a printer whose labels come out off-centre.",
    "devices.label_offset_y": "Move the whole label down (+) or up (-) by this many dots (-400-400, default 0).",
    "devices.label_darkness": "Print darkness 0-15 sent with every label; -1 (default) keeps the printer's own.",
    "devices.scanner": 'A serial or USB HID-POS scanner as a URL, e.g. "serial:///dev/ttyACM0?suffix=%0D" or '
                       '"usb://0x0c2e:0x0b61"; options prefix, suffix, min_length, max_length (default 4096), '
                       'window_ms, encoding, and for serial baud, bytesize, parity, stopbits. Empty (default): '
                       'only the keyboard-wedge scanner.',
    "scanner.prefix": "Characters the scanner is set to send before each code (stripped; default none).",
    "scanner.suffix": "Characters the scanner is set to send after each code (stripped; default none).",
    "scanner.repeat_window_ms": "The same code read again within this many milliseconds counts once "
                                "(0-5000, default 0: off).",
    "scanner.max_gap_ms": "Keys typed closer together than this many milliseconds come from a keyboard-wedge "
                          "scanner, not a person (5-500, default 40).",
    "scanner.min_length": "Shortest code taken as a scan (1-64, default 4).",
    "ui.lang": 'Language of the screens: "zh_CN", "en", or "" (default) for the system language.',
    "ui.sound": "Sounds for scan OK, error and order done (true/false, default true).",
    "weight.tolerance_g": "A parcel's weight is accepted within this many grams of the expected weight "
                          "(0-100000, default 50) ...",
    "weight.tolerance_pct": "... or within this percentage of it, whichever is larger (0-100, default 5.0).",
    "weight.zero_band_g": "The scale must come back below this many grams between parcels (0-1000, default 20).",
    "backup.daily": "Copy the SQLite database once a day when the program starts (true/false, default true). "
                    "A PostgreSQL database is not copied by the stations: back it up with pg_dump "
                    "(`packstation backup` runs it).",
    "backup.keep": "How many daily backups to keep; older ones are deleted (1-365, default 7).",
    "backup.dir": 'Folder for the daily backups. Empty (default): "backups" in the user\'s data directory.',
}


def default_path() -> Path:
    """The per-user file: PACKSTATION_CONFIG, else packstation.toml in the user's data directory."""
    env = os.environ.get("PACKSTATION_CONFIG")
    return Path(env) if env else paths.data_dir() / "packstation.toml"


def system_path() -> Path | None:
    """The system-wide file (IT's, the installer's); PACKSTATION_SYSTEM_CONFIG overrides it, "" means none."""
    env = os.environ.get("PACKSTATION_SYSTEM_CONFIG")
    if env is not None:
        return Path(env) if env else None
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / "PackStation" / "packstation.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/PackStation/packstation.toml")
    return Path("/etc/packstation/packstation.toml")


def read_file(path: Path) -> dict[str, Any]:
    """The keys of one file, flattened ("section.key") and each checked; ConfigError names the key and file."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    flat: dict[str, Any] = {}
    for section, values in raw.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: key {section!r} must be inside a [section]")
        for key, value in values.items():
            flat[f"{section}.{key}"] = value
    for key, value in flat.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key {key!r} (known: {', '.join(sorted(KEYS))})")
        _attr, typ, check = KEYS[key]
        if typ is float and isinstance(value, int) and not isinstance(value, bool):
            value = flat[key] = float(value)
        if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
            raise ConfigError(f"{path}: {key} must be {typ.__name__}, not {value!r}")
        if check is not None and not check(value):
            raise ConfigError(f"{path}: {key} = {value!r} is out of range")
    return flat


def load(path: Path | None = None, system: Path | None | bool = True) -> Config:
    """The system-wide file, then the per-user one (`path`, default `default_path()`) on top, key by key.

    `system`: True reads `system_path()`, None/False reads no system-wide file, a Path reads that one.
    A file that does not exist is skipped (no file at all: every default)."""
    user = path or default_path()
    sys_file = system_path() if system is True else (system or None)
    cfg = Config()
    for file in (sys_file, user):
        if file is None or not file.exists() or file in cfg.sources:
            continue
        for key, value in read_file(file).items():
            setattr(cfg, KEYS[key][0], value)
            cfg.origins[key] = file
        cfg.sources.append(file)
        cfg.source = file
    _check_devices(cfg)
    return cfg


def _check_devices(cfg: Config) -> None:
    """The scale and scanner URLs are checked as the drivers will read them (every parameter named)."""
    from .devices.scales import parse_scale_url
    from .devices.scanners import parse_scanner_url

    for key, value, check in (("devices.scale", cfg.scale, parse_scale_url),
                              ("devices.scanner", cfg.scanner_url, parse_scanner_url)):
        if not value:
            continue
        try:
            check(value)
        except Exception as exc:  # the driver's message says which parameter is wrong
            where = cfg.origins.get(key, "default")
            raise ConfigError(f"{where}: {key} = {value!r}: {exc}") from None


def dump(cfg: Config) -> str:
    """The config as TOML (every key, for a new station's file)."""
    sections: dict[str, list[str]] = {}
    for key, (attr, _typ, _check) in KEYS.items():
        section, name = key.split(".")
        value = getattr(cfg, attr)
        sections.setdefault(section, []).append(f"{name} = {_toml_value(value)}")
    return "\n".join(f"[{sec}]\n" + "\n".join(lines) + "\n" for sec, lines in sections.items())


def template(cfg: Config | None = None) -> str:
    """Every key with its documentation as comments, and its value (default unless `cfg` is given)."""
    cfg = cfg or Config(station_name="PACK-01")
    out = ["# PackStation configuration (TOML). Every key is optional: delete a line to get its default.",
           "# System-wide: /etc/packstation/packstation.toml, %PROGRAMDATA%\\PackStation\\packstation.toml;",
           "# per user: packstation.toml in the data directory (`packstation doctor` shows it). Per user wins."]
    section = None
    for key, (attr, _typ, _check) in KEYS.items():
        sec, name = key.split(".")
        if sec != section:
            out += ["", f"[{sec}]"]
            section = sec
        for line in _wrap(DOCS[key]):
            out.append(f"# {line}")
        out.append(f"{name} = {_toml_value(getattr(cfg, attr))}")
    return "\n".join(out) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def _wrap(text: str, width: int = 100) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width) or [""]


MD_START = "<!-- config keys: generated by `python -m app.config --markdown`, do not edit by hand -->"
MD_END = "<!-- end of config keys -->"


def markdown_table() -> str:
    """Every key and its documentation as the Markdown table in docs/IT.md (between MD_START and MD_END)."""
    rows = [MD_START, "| key | meaning |", "|---|---|"]
    for key in KEYS:
        rows.append(f"| `{key}` | {DOCS[key].replace('|', '&#124;')} |")
    return "\n".join(rows + [MD_END]) + "\n"


if __name__ == "__main__":  # python -m app.config [--markdown]: the documented template, or the IT.md table
    print(markdown_table() if sys.argv[1:] == ["--markdown"] else template(), end="")
