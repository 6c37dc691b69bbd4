"""Settings declared once, typed, validated: a TOML file per station; every key has a default.

    [station]
    name = "PACK-01"
    [database]
    url = ""                      # empty: the SQLite file in the user's data directory
    [devices]
    scale = "sim://scale"
    printer = "sim://printer"
    [scanner]
    max_gap_ms = 40               # keys closer than this are a scanner, not a person
    min_length = 4
    [ui]
    lang = ""                     # zh_CN, en, or empty for the system locale
    sound = true
    [weight]
    tolerance_g = 50
    tolerance_pct = 5.0
    zero_band_g = 20
"""
from __future__ import annotations

import os
import socket
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
    source: Path | None = None


# TOML key -> (attribute, type, check)
KEYS: dict[str, tuple[str, type, Any]] = {
    "station.name": ("station_name", str, lambda v: 0 < len(v) <= 64),
    "database.url": ("database_url", str, lambda v: v == "" or "://" in v),
    "devices.scale": ("scale", str, lambda v: "://" in v),
    "devices.printer": ("printer", str, lambda v: "://" in v),
    "devices.backup_printer": ("backup_printer", str, lambda v: v == "" or "://" in v),
    "devices.label_language": ("label_language", str, lambda v: v in (
        "escpos-raster", "escpos-compact", "tspl", "zpl", "tspl-raster", "zpl-raster")),
    "devices.label_size": ("label_size", str, lambda v: v in ("76x130", "100x150", "100x180")),
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
}


def default_path() -> Path:
    env = os.environ.get("PACKSTATION_CONFIG")
    return Path(env) if env else paths.data_dir() / "packstation.toml"


def load(path: Path | None = None) -> Config:
    path = path or default_path()
    cfg = Config()
    if not path.exists():
        return cfg
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    flat: dict[str, Any] = {}
    for section, values in raw.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: key {section!r} must be inside a [section]")
        for key, value in values.items():
            flat[f"{section}.{key}"] = value
    for key, value in flat.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key {key!r} (known: {', '.join(sorted(KEYS))})")
        attr, typ, check = KEYS[key]
        if typ is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
            raise ConfigError(f"{path}: {key} must be {typ.__name__}, not {value!r}")
        if check is not None and not check(value):
            raise ConfigError(f"{path}: {key} = {value!r} is out of range")
        setattr(cfg, attr, value)
    _check_devices(path, cfg)
    cfg.source = path
    return cfg


def _check_devices(path: Path, cfg: Config) -> None:
    from .devices.scales import parse_scale_url

    try:
        parse_scale_url(cfg.scale)
    except Exception as exc:  # the driver's message says which parameter is wrong
        raise ConfigError(f"{path}: devices.scale = {cfg.scale!r}: {exc}") from None


def dump(cfg: Config) -> str:
    """The config as TOML (every key, for a new station's file)."""
    sections: dict[str, list[str]] = {}
    for key, (attr, _typ, _check) in KEYS.items():
        section, name = key.split(".")
        value = getattr(cfg, attr)
        text = ("true" if value else "false") if isinstance(value, bool) else (
            f'"{value}"' if isinstance(value, str) else str(value))
        sections.setdefault(section, []).append(f"{name} = {text}")
    return "\n".join(f"[{sec}]\n" + "\n".join(lines) + "\n" for sec, lines in sections.items())


