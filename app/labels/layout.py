"""Label layouts as data: JSON files in ``resources/labels/``, validated when loaded.

A layout file::

    {
      "name": "generic-100x150",            # must match the file name (without .json)
      "title": "通用面单 100×150",
      "width_mm": 100, "height_mm": 150,
      "fields": [ {"id": "courier", "kind": "text", "x": 3, "y": 2, "w": 44, "h": 11, ...}, ... ]
    }

Positions and sizes are in millimetres from the top-left corner of the label; font sizes in points.

Field kinds and their keys (``*`` = required):

``text``     one line. ``x* y* w* h*``, ``source`` or ``template`` (one of them), ``font_pt*``, ``min_pt``
             (shrink down to it before truncating with …), ``bold``, ``align`` (left/center/right),
             ``valign`` (top/middle/bottom), ``invert`` (white on a black field), ``when``.
``textbox``  wrapped text: same keys as ``text`` plus ``line_spacing`` (1.0 = the font's line box).
``code128``  ``x* y* w* h*``, ``source*``, ``quiet_modules`` (default 10), ``min_module_mm`` (default 0.25),
             ``max_module_mm``, ``overflow`` ("error": a value too long to fit raises LabelRenderError;
             "skip": leave the barcode out — for secondary codes such as the order number).
``qr``       ``x* y* w* h*``, ``source*``, ``ecc`` (L/M/Q/H), ``quiet_modules`` (default 2).
``line``     ``x1* y1* x2* y2*`` (horizontal or vertical), ``width`` (mm, default 0.3).
``box``      ``x* y* w* h*``, ``width`` (border, mm), ``fill`` (solid black).

``source`` names one value of the label content (see ``app.labels.content.SOURCES``); ``template`` is a
``str.format`` string over those names, e.g. ``"{recipient_name}  {recipient_phone}"``. ``when`` names a
content value: the field is drawn only when that value is non-empty (``"reprint"``, ``"privacy_mark"``).
"""
from __future__ import annotations

import json
import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.paths import resource

from .content import SOURCES

LAYOUT_DIR = "labels"

KINDS = ("text", "textbox", "code128", "qr", "line", "box")

_COMMON = {"id", "kind", "comment"}
_RECT = {"x", "y", "w", "h"}
_TEXT_KEYS = _COMMON | _RECT | {"source", "template", "font_pt", "min_pt", "bold", "align", "valign",
                                "invert", "when", "line_spacing"}
_ALLOWED = {
    "text": _TEXT_KEYS,
    "textbox": _TEXT_KEYS,
    "code128": _COMMON | _RECT | {"source", "quiet_modules", "min_module_mm", "max_module_mm", "when",
                                  "overflow"},
    "qr": _COMMON | _RECT | {"source", "ecc", "quiet_modules", "when"},
    "line": _COMMON | {"x1", "y1", "x2", "y2", "width", "when"},
    "box": _COMMON | _RECT | {"width", "fill", "when"},
}
_REQUIRED = {
    "text": _RECT | {"font_pt"},
    "textbox": _RECT | {"font_pt"},
    "code128": _RECT | {"source"},
    "qr": _RECT | {"source"},
    "line": {"x1", "y1", "x2", "y2"},
    "box": _RECT,
}


class LayoutError(ValueError):
    """A layout file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Field:
    id: str
    kind: str
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0
    h: float = 0.0
    x1: float = 0.0
    y1: float = 0.0
    x2: float = 0.0
    y2: float = 0.0
    source: str = ""
    template: str = ""
    font_pt: float = 10.0
    min_pt: float = 0.0
    bold: bool = False
    align: str = "left"
    valign: str = "top"
    invert: bool = False
    when: str = ""
    line_spacing: float = 1.0
    quiet_modules: int = -1
    min_module_mm: float = 0.25
    max_module_mm: float = 0.0
    ecc: str = "M"
    width: float = 0.3
    fill: bool = False
    overflow: str = "error"
    comment: str = ""


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    width_mm: float
    height_mm: float
    fields: tuple[Field, ...]
    path: Path | None = field(default=None, compare=False)


def layout_dir() -> Path:
    return resource(LAYOUT_DIR)


def available_layouts() -> list[str]:
    """Names of the layouts shipped in ``resources/labels/`` (file names without ``.json``), sorted."""
    return sorted(p.stem for p in layout_dir().glob("*.json"))


@lru_cache(maxsize=32)
def load_layout(name: str) -> Layout:
    """The named layout, validated (cached: call ``load_layout.cache_clear()`` after editing a file)."""
    path = layout_dir() / f"{name}.json"
    if not path.is_file():
        raise LayoutError(f"no label layout {name!r} (looked for {path}); "
                          f"available: {', '.join(available_layouts()) or 'none'}")
    return load_layout_file(path)


def load_layout_file(path: str | Path) -> Layout:
    """Read and validate one layout file; any problem raises LayoutError naming the file and the field."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LayoutError(f"{path}: not valid JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except OSError as exc:
        raise LayoutError(f"{path}: cannot read: {exc}") from None
    return parse_layout(data, str(path), expected_name=path.stem)


def parse_layout(data: Any, where: str = "<layout>", expected_name: str | None = None) -> Layout:
    def fail(msg: str) -> LayoutError:
        return LayoutError(f"{where}: {msg}")

    if not isinstance(data, dict):
        raise fail("the top level must be an object")
    unknown = set(data) - {"name", "title", "width_mm", "height_mm", "fields", "comment"}
    if unknown:
        raise fail(f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise fail("'name' must be a non-empty string")
    if expected_name is not None and name != expected_name:
        raise fail(f"'name' is {name!r} but the file is named {expected_name!r}.json")
    width, height = data.get("width_mm"), data.get("height_mm")
    for key, value in (("width_mm", width), ("height_mm", height)):
        if not _is_number(value) or not 10 <= value <= 300:
            raise fail(f"'{key}' must be a number of millimetres between 10 and 300, got {value!r}")
    fields_data = data.get("fields")
    if not isinstance(fields_data, list) or not fields_data:
        raise fail("'fields' must be a non-empty list")

    fields: list[Field] = []
    seen: set[str] = set()
    for index, raw in enumerate(fields_data):
        label = f"field #{index}"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            label = f"field {raw['id']!r}"
        f = _parse_field(raw, label, width, height, fail)
        if f.id in seen:
            raise fail(f"{label}: duplicate id")
        seen.add(f.id)
        fields.append(f)
    title = data.get("title", name)
    if not isinstance(title, str):
        raise fail("'title' must be a string")
    path = Path(where) if expected_name is not None else None
    return Layout(name=name, title=title, width_mm=float(width), height_mm=float(height),
                  fields=tuple(fields), path=path)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _parse_field(raw: Any, label: str, width: float, height: float, fail) -> Field:
    if not isinstance(raw, dict):
        raise fail(f"{label}: must be an object")
    fid = raw.get("id")
    if not isinstance(fid, str) or not fid:
        raise fail(f"{label}: 'id' must be a non-empty string")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise fail(f"{label}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
    unknown = set(raw) - _ALLOWED[kind]
    if unknown:
        raise fail(f"{label}: unknown key(s) for a {kind}: {', '.join(sorted(unknown))}")
    missing = _REQUIRED[kind] - set(raw)
    if missing:
        raise fail(f"{label}: missing key(s): {', '.join(sorted(missing))}")

    numbers = ("x", "y", "w", "h", "x1", "y1", "x2", "y2", "font_pt", "min_pt", "line_spacing",
               "min_module_mm", "max_module_mm", "width")
    for key in numbers:
        if key in raw and not _is_number(raw[key]):
            raise fail(f"{label}: '{key}' must be a number, got {raw[key]!r}")
    for key in ("bold", "invert", "fill"):
        if key in raw and not isinstance(raw[key], bool):
            raise fail(f"{label}: '{key}' must be true or false, got {raw[key]!r}")
    for key in ("source", "template", "align", "valign", "when", "ecc", "comment", "overflow"):
        if key in raw and not isinstance(raw[key], str):
            raise fail(f"{label}: '{key}' must be a string, got {raw[key]!r}")
    if "quiet_modules" in raw and (not isinstance(raw["quiet_modules"], int) or isinstance(
            raw["quiet_modules"], bool) or raw["quiet_modules"] < 0):
        raise fail(f"{label}: 'quiet_modules' must be a whole number ≥ 0")

    eps = 1e-6
    if kind == "line":
        x1, y1, x2, y2 = (raw[k] for k in ("x1", "y1", "x2", "y2"))
        if x1 != x2 and y1 != y2:
            raise fail(f"{label}: a line must be horizontal or vertical")
        for key, value, limit in (("x1", x1, width), ("x2", x2, width), ("y1", y1, height), ("y2", y2, height)):
            if not -eps <= value <= limit + eps:
                raise fail(f"{label}: '{key}' = {value} is outside the {width}×{height} mm label")
    else:
        x, y, w, h = (raw[k] for k in ("x", "y", "w", "h"))
        if w <= 0 or h <= 0:
            raise fail(f"{label}: 'w' and 'h' must be greater than 0")
        if x < -eps or y < -eps or x + w > width + eps or y + h > height + eps:
            raise fail(f"{label}: box x={x} y={y} w={w} h={h} mm does not fit on the "
                       f"{width}×{height} mm label")
    if "width" in raw and not 0 < raw["width"] <= 10:
        raise fail(f"{label}: 'width' must be between 0 and 10 mm")

    if kind in ("text", "textbox"):
        has_source, has_template = "source" in raw, "template" in raw
        if has_source == has_template:
            raise fail(f"{label}: give exactly one of 'source' or 'template'")
        if has_template:
            _check_template(raw["template"], label, fail)
        if not 2 <= raw["font_pt"] <= 200:
            raise fail(f"{label}: 'font_pt' must be between 2 and 200")
        if "min_pt" in raw and not 2 <= raw["min_pt"] <= raw["font_pt"]:
            raise fail(f"{label}: 'min_pt' must be between 2 and font_pt ({raw['font_pt']})")
        if raw.get("align", "left") not in ("left", "center", "right"):
            raise fail(f"{label}: 'align' must be left, center or right")
        if raw.get("valign", "top") not in ("top", "middle", "bottom"):
            raise fail(f"{label}: 'valign' must be top, middle or bottom")
        if "line_spacing" in raw and not 0.8 <= raw["line_spacing"] <= 3:
            raise fail(f"{label}: 'line_spacing' must be between 0.8 and 3")
    if "source" in raw and raw["source"] not in SOURCES:
        raise fail(f"{label}: unknown source {raw['source']!r} (one of {', '.join(sorted(SOURCES))})")
    if "when" in raw and raw["when"] not in SOURCES:
        raise fail(f"{label}: unknown 'when' {raw['when']!r} (one of {', '.join(sorted(SOURCES))})")
    if kind == "qr" and raw.get("ecc", "M") not in ("L", "M", "Q", "H"):
        raise fail(f"{label}: 'ecc' must be L, M, Q or H")
    if kind == "code128":
        if raw.get("overflow", "error") not in ("error", "skip"):
            raise fail(f"{label}: 'overflow' must be error or skip")
        if "min_module_mm" in raw and not 0 < raw["min_module_mm"] <= 2:
            raise fail(f"{label}: 'min_module_mm' must be between 0 and 2")
        if "max_module_mm" in raw and not raw.get("min_module_mm", 0.25) <= raw["max_module_mm"] <= 2:
            raise fail(f"{label}: 'max_module_mm' must be between min_module_mm and 2")

    values = {k: v for k, v in raw.items() if k in Field.__dataclass_fields__}
    if "min_pt" not in values and kind in ("text", "textbox"):
        values["min_pt"] = values["font_pt"]
    return Field(**values)


def _check_template(template: str, label: str, fail) -> None:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise fail(f"{label}: bad template {template!r}: {exc}") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        root = name.split(".")[0].split("[")[0]
        if root not in SOURCES:
            raise fail(f"{label}: template {template!r} uses unknown name {{{name}}} "
                       f"(known: {', '.join(sorted(SOURCES))})")
        if spec or conversion:
            raise fail(f"{label}: template {template!r}: format specs and conversions are not supported")
