"""Label layouts as data: JSON files in ``resources/labels/``, validated when loaded.

Layouts are resolved per courier and size by :func:`load_layout` ``(courier, size)``:

* ``resources/labels/base/<size>.json`` — one complete layout per size (``76x130``, ``100x150``,
  ``100x180``), the format below;
* ``resources/labels/couriers/<CODE>.json`` — a small overlay per courier (SF, ZTO, YTO, STO, YUNDA, JD,
  EMS, GENERIC): logo text, default values such as the service name, privacy on/off, QR on/off and field
  changes (move the route code, resize a font), for all sizes and per size (see :func:`apply_overlay`);
* ``resources/labels/custom/<courier>-<size>.json`` — optional: a complete layout a supervisor wrote that
  replaces the resolved one outright.

The resolved layout is named ``<courier>-<size>`` in lower case (``sf-100x150``); the old names
``compact-76x130`` and ``standard-100x180`` still load (the generic layouts of those sizes).

A complete layout file::

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
``line``     ``x1* y1* x2* y2*`` (horizontal or vertical), ``width`` (mm, default 0.3), ``dash`` (mm: a
             dashed tear line, dashes and gaps of that length).
``box``      ``x* y* w* h*``, ``width`` (border, mm), ``fill`` (solid black).

``source`` names one value of the label content (see ``app.labels.content.SOURCES``); ``template`` is a
``str.format`` string over those names, e.g. ``"{recipient_name}  {recipient_phone}"``. ``when`` names a
content value: the field is drawn only when that value is non-empty (``"reprint"``, ``"privacy_mark"``,
``"extra[hub]"``); ``unless`` the other way round (the service name gives way to the REPRINT mark).
``if_set`` changes a field while a value is non-empty — ``{"route_note": {"h": 8.5}}``: the sort code makes
room for the 集包地 / 母单号 line under it; ``{"parcel_of": {"w": 58, "align": "left"}}`` — keys ``x y w h
font_pt min_pt align valign``.

A base file may instead be a narrower copy of another size — ``{"name": "base-72x130", "scale_of": "76x130",
"width_mm": 72, "height_mm": 130}``: every courier's layout of that size (its overlay included) with every
horizontal position and width scaled to the new width (heights, font sizes and line widths kept; text
shrinks where it must, down to ``min_pt`` scaled the same). That is how an 80 mm printer (72 mm = 576 dots
printable) gets a waybill of every courier whose barcode still scans.
"""
from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.paths import resource

from .content import SOURCES

LAYOUT_DIR = "labels"

_EXTRA_KEY = re.compile(r"extra\[[A-Za-z0-9_]+\]")

KINDS = ("text", "textbox", "code128", "qr", "line", "box")

_COMMON = {"id", "kind", "comment"}
_RECT = {"x", "y", "w", "h"}
_COMMON = _COMMON | {"when", "unless", "if_set"}
_TEXT_KEYS = _COMMON | _RECT | {"source", "template", "font_pt", "min_pt", "bold", "align", "valign",
                                "invert", "line_spacing"}
_ALLOWED = {
    "text": _TEXT_KEYS,
    "textbox": _TEXT_KEYS,
    "code128": _COMMON | _RECT | {"source", "quiet_modules", "min_module_mm", "max_module_mm", "overflow"},
    "qr": _COMMON | _RECT | {"source", "ecc", "quiet_modules"},
    "line": _COMMON | {"x1", "y1", "x2", "y2", "width", "dash"},
    "box": _COMMON | _RECT | {"width", "fill"},
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
    unless: str = ""
    dash: float = 0.0
    line_spacing: float = 1.0
    quiet_modules: int = -1
    min_module_mm: float = 0.25
    max_module_mm: float = 0.0
    ecc: str = "M"
    width: float = 0.3
    fill: bool = False
    overflow: str = "error"
    comment: str = ""
    if_set: tuple = ()     # ((content name, ((key, value), …)), …): changes while that value is non-empty

    def when_set(self, content_value) -> Field:
        """This field with its ``if_set`` changes for the values ``content_value(name)`` finds non-empty."""
        changes: dict = {}
        for name, items in self.if_set:
            if content_value(name):
                changes.update(items)
        return replace(self, **changes) if changes else self


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    width_mm: float
    height_mm: float
    fields: tuple[Field, ...]
    path: Path | None = field(default=None, compare=False)
    courier: str = ""                 # courier code the layout was resolved for (SF …), "" for a plain file
    size: str = ""                    # "100x150" …
    privacy: bool | None = None       # the courier's setting: None = follow the label's own flag
    extra: dict = field(default_factory=dict, compare=False)   # defaults for label.extra (service name …)
    sources: tuple[str, ...] = ()     # the files it was made from, for error messages and the settings UI

    def get_field(self, field_id: str) -> Field:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)


GENERIC = "GENERIC"
ALIASES = {"compact-76x130": "generic-76x130", "standard-100x180": "generic-100x180"}
_NAME = re.compile(r"([A-Za-z0-9_]+)-(\d+x\d+)")


def layout_dir() -> Path:
    return resource(LAYOUT_DIR)


def available_sizes() -> list[str]:
    """The label sizes there is a base layout for, e.g. ``["76x130", "100x150", "100x180"]``."""
    found = {p.stem for p in (layout_dir() / "base").glob("*.json")}
    return sorted(found, key=_size_key)


def _size_key(size: str) -> tuple[float, float]:
    w, _, h = size.partition("x")
    try:
        return float(w), float(h)
    except ValueError:
        return (1e9, 1e9)


def available_couriers() -> list[tuple[str, str]]:
    """(code, display name) of every courier overlay, the generic one last."""
    out = []
    for path in sorted((layout_dir() / "couriers").glob("*.json")):
        data = _read_json(path)
        out.append((path.stem.upper(), str(data.get("name", path.stem))))
    out.sort(key=lambda cn: (cn[0] == GENERIC, cn[0]))
    return out


def available_layouts() -> list[str]:
    """Names of every layout that can be loaded: ``<courier>-<size>`` for each courier overlay and base size
    (``sf-100x150``, ``generic-76x130`` …) plus any complete layout in ``custom/``, sorted."""
    names = {layout_name(code, size) for code, _ in available_couriers() for size in available_sizes()}
    names |= {p.stem for p in (layout_dir() / "custom").glob("*.json")}
    return sorted(names)


def layout_name(courier: str, size: str) -> str:
    return f"{courier.strip().lower()}-{size.strip().lower()}"


def normalise_size(size: str) -> str:
    """``"100×150"``, ``"100X150 mm"``, ``" 100x150"`` → ``"100x150"``."""
    s = size.strip().lower().replace("×", "x").replace("*", "x").replace("mm", "").replace(" ", "")
    return s


@lru_cache(maxsize=128)
def load_layout(name_or_courier: str, size: str | None = None) -> Layout:
    """The layout for a courier and size — ``load_layout("SF", "100x150")`` — or by name —
    ``load_layout("sf-100x150")``, ``load_layout("generic-100x150")`` — validated and cached (call
    ``load_layout.cache_clear()`` after editing a file).

    A courier without an overlay of its own gets the generic layout (its name from the label). Raises
    LayoutError naming the file and the field for anything wrong, and listing what exists for an unknown
    size or name."""
    if size is not None:
        courier, size = name_or_courier.strip().upper() or GENERIC, normalise_size(size)
    else:
        name = ALIASES.get(name_or_courier, name_or_courier)
        custom = layout_dir() / "custom" / f"{name}.json"
        if custom.is_file():
            return load_layout_file(custom)
        m = _NAME.fullmatch(name)
        if m is None:
            raise LayoutError(f"no label layout {name_or_courier!r}; available: "
                              f"{', '.join(available_layouts()) or 'none'}")
        courier, size = m.group(1).upper(), m.group(2)
    name = layout_name(courier, size)
    custom = layout_dir() / "custom" / f"{name}.json"
    if custom.is_file():
        return load_layout_file(custom)
    base_path = layout_dir() / "base" / f"{size}.json"
    if not base_path.is_file():
        raise LayoutError(f"no label layout for size {size!r} (looked for {base_path}); "
                          f"sizes: {', '.join(available_sizes()) or 'none'}")
    overlay_path = layout_dir() / "couriers" / f"{courier}.json"
    if not overlay_path.is_file():
        overlay_path = layout_dir() / "couriers" / f"{GENERIC}.json"
        courier = GENERIC if not overlay_path.is_file() else courier
    base = _read_json(base_path)
    overlay = _read_json(overlay_path) if overlay_path.is_file() else {}
    where = f"{base_path} + {overlay_path}"
    scale_of = base.get("scale_of")
    if scale_of is not None:
        merged, privacy, extra = _scaled(base, base_path, overlay, str(overlay_path), size)
    else:
        merged, privacy, extra = apply_overlay(base, overlay, size, str(overlay_path))
    merged["name"] = layout_name(courier, size)
    layout = parse_layout(merged, where)
    return Layout(name=layout.name, title=layout.title, width_mm=layout.width_mm, height_mm=layout.height_mm,
                  fields=layout.fields, path=base_path, courier=courier, size=size, privacy=privacy,
                  extra=extra, sources=(str(base_path), str(overlay_path)))


_X_KEYS = ("x", "w", "x1", "x2")


def _scaled(base: dict, base_path: Path, overlay: dict, overlay_where: str, size: str
            ) -> tuple[dict, bool | None, dict]:
    """A ``scale_of`` base: the other size with the overlay (its own size's part too) applied, then every
    horizontal measure scaled to this width; then the overlay's part for this size, if it has one."""
    source = base.get("scale_of")
    allowed = {"name", "title", "comment", "scale_of", "width_mm", "height_mm"}
    if not isinstance(source, str) or set(base) - allowed:
        raise LayoutError(f"{base_path}: a scaled base has only {', '.join(sorted(allowed))}; 'scale_of' names "
                          "another size")
    source = normalise_size(source)
    source_path = layout_dir() / "base" / f"{source}.json"
    if source == size or not source_path.is_file():
        raise LayoutError(f"{base_path}: scale_of {source!r}: no base layout of that size")
    original = _read_json(source_path)
    if "scale_of" in original:
        raise LayoutError(f"{base_path}: scale_of {source!r} is itself scaled")
    width, height = base.get("width_mm"), base.get("height_mm")
    if not _is_number(width) or not 10 <= width <= original["width_mm"]:
        raise LayoutError(f"{base_path}: 'width_mm' must be a number up to the {source} layout's "
                          f"{original['width_mm']} mm, got {width!r}")
    if height != original.get("height_mm"):
        raise LayoutError(f"{base_path}: 'height_mm' must be the {source} layout's {original.get('height_mm')}")
    narrower = {k: v for k, v in overlay.items() if k != "sizes"}
    sizes = overlay.get("sizes", {}) if isinstance(overlay.get("sizes", {}), dict) else {}
    if source in sizes:
        narrower["sizes"] = {source: sizes[source]}
    merged, privacy, extra = apply_overlay(original, narrower, source, overlay_where)
    k = width / original["width_mm"]

    def scale(f: dict) -> dict:
        f = dict(f)
        for key in _X_KEYS:
            if _is_number(f.get(key)):
                f[key] = round(f[key] * k, 3)
        if f.get("kind") in ("text", "textbox") and _is_number(f.get("font_pt")):
            least = f["min_pt"] if _is_number(f.get("min_pt")) else f["font_pt"]
            f["min_pt"] = max(2, round(least * k, 2))
        if isinstance(f.get("if_set"), dict):
            f["if_set"] = {name: scale(ch) if isinstance(ch, dict) else ch for name, ch in f["if_set"].items()}
        return f

    merged["fields"] = [scale(f) if isinstance(f, dict) else f for f in merged.get("fields", [])]
    merged["width_mm"], merged["height_mm"] = width, height
    merged["title"] = (f"{overlay['title']} " if isinstance(overlay.get("title"), str) else
                       f"{base.get('title', merged.get('title', ''))} ") + f"{size.replace('x', '×')} mm"
    merged["title"] = merged["title"].strip()
    if size in sizes:
        merged, _, _ = apply_overlay(merged, {"sizes": {size: sizes[size]}}, size, overlay_where)
    merged.pop("scale_of", None)
    return merged, privacy, extra


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LayoutError(f"{path}: not valid JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except OSError as exc:
        raise LayoutError(f"{path}: cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise LayoutError(f"{path}: the top level must be an object")
    return data


_OVERLAY_KEYS = {"courier", "name", "title", "comment", "privacy", "qr", "extra", "fields", "remove", "add",
                 "sizes"}
_SIZE_KEYS = {"comment", "qr", "fields", "remove", "add", "title"}


def apply_overlay(base: dict, overlay: dict, size: str, where: str = "<overlay>"
                  ) -> tuple[dict, bool | None, dict]:
    """A base layout (dict) with a courier overlay applied → (layout dict, privacy, extra defaults).

    Overlay keys::

        "courier": "SF", "name": "顺丰速运",        # code and display name (settings lists)
        "title": "顺丰速运电子面单",                 # title of the resolved layouts
        "privacy": true | false | null,            # mask per GB/T 41833 always / never / as the label says
        "qr": true | false,                        # false removes every QR field
        "extra": {"service": "顺丰标快"},          # defaults for {extra[...]} (the label's own values win)
        "fields": {"route": {"y": 15, "font_pt": 36}, "logo": {"template": "顺丰速运"}},
                                                   # change base fields by id; null deletes a key
        "remove": ["order_barcode"],               # drop base fields
        "add": [ {complete field}, ... ],          # new fields, drawn after the base ones
        "sizes": {"76x130": {same "fields"/"remove"/"add"/"qr"}}   # for one size only, applied after
    """
    def fail(msg: str) -> LayoutError:
        return LayoutError(f"{where}: {msg}")

    unknown = set(overlay) - _OVERLAY_KEYS
    if unknown:
        raise fail(f"unknown key(s): {', '.join(sorted(unknown))} (allowed: {', '.join(sorted(_OVERLAY_KEYS))})")
    privacy = overlay.get("privacy")
    if privacy is not None and not isinstance(privacy, bool):
        raise fail("'privacy' must be true, false or null")
    extra = overlay.get("extra", {})
    if not isinstance(extra, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in extra.items()):
        raise fail("'extra' must be an object of strings")
    data = json.loads(json.dumps(base))          # deep copy
    if "title" in overlay:
        data["title"] = f"{overlay['title']} {size.replace('x', '×')} mm"
    sizes = overlay.get("sizes", {})
    if not isinstance(sizes, dict):
        raise fail("'sizes' must be an object keyed by size")
    steps = [(overlay, "")]
    if size in sizes:
        part = sizes[size]
        if not isinstance(part, dict):
            raise fail(f"sizes[{size!r}] must be an object")
        bad = set(part) - _SIZE_KEYS
        if bad:
            raise fail(f"sizes[{size!r}]: unknown key(s): {', '.join(sorted(bad))}")
        steps.append((part, f"sizes[{size!r}]: "))
    for part, prefix in steps:
        fields = data.get("fields", [])
        by_id = {f.get("id"): f for f in fields if isinstance(f, dict)}
        changes = part.get("fields", {})
        if not isinstance(changes, dict):
            raise fail(f"{prefix}'fields' must be an object keyed by field id")
        for fid, change in changes.items():
            if fid not in by_id:
                raise fail(f"{prefix}field {fid!r}: no such field in the base layout "
                           f"(ids: {', '.join(sorted(by_id))})")
            if not isinstance(change, dict):
                raise fail(f"{prefix}field {fid!r}: the change must be an object")
            for key, value in change.items():
                if value is None:
                    by_id[fid].pop(key, None)
                else:
                    by_id[fid][key] = value
        remove = part.get("remove", [])
        if not isinstance(remove, list):
            raise fail(f"{prefix}'remove' must be a list of field ids")
        for fid in remove:
            if fid not in by_id:
                raise fail(f"{prefix}remove: no field {fid!r} in the base layout")
        drop = set(remove)
        if part.get("qr") is False:
            drop |= {fid for fid, f in by_id.items() if f.get("kind") == "qr"}
        elif "qr" in part and part["qr"] is not True:
            raise fail(f"{prefix}'qr' must be true or false")
        add = part.get("add", [])
        if not isinstance(add, list):
            raise fail(f"{prefix}'add' must be a list of fields")
        data["fields"] = [f for f in fields if f.get("id") not in drop] + json.loads(json.dumps(add))
    return data, privacy, dict(extra)


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
    for key in ("source", "template", "align", "valign", "when", "unless", "ecc", "comment", "overflow"):
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
    for key in ("when", "unless"):
        if key in raw and raw[key] not in SOURCES and not _EXTRA_KEY.fullmatch(raw[key]):
            raise fail(f"{label}: unknown '{key}' {raw[key]!r} (one of {', '.join(sorted(SOURCES))} "
                       f"or extra[name])")
    if "dash" in raw and (not _is_number(raw["dash"]) or not 0 <= raw["dash"] <= 20):
        raise fail(f"{label}: 'dash' must be a length in mm between 0 and 20")
    if kind == "qr" and raw.get("ecc", "M") not in ("L", "M", "Q", "H"):
        raise fail(f"{label}: 'ecc' must be L, M, Q or H")
    if kind == "code128":
        if raw.get("overflow", "error") not in ("error", "skip"):
            raise fail(f"{label}: 'overflow' must be error or skip")
        if "min_module_mm" in raw and not 0 < raw["min_module_mm"] <= 2:
            raise fail(f"{label}: 'min_module_mm' must be between 0 and 2")
        if "max_module_mm" in raw and not raw.get("min_module_mm", 0.25) <= raw["max_module_mm"] <= 2:
            raise fail(f"{label}: 'max_module_mm' must be between min_module_mm and 2")

    if "if_set" in raw:
        values_if = _parse_if_set(raw, label, width, height, fail)
    values = {k: v for k, v in raw.items() if k in Field.__dataclass_fields__}
    if "min_pt" not in values and kind in ("text", "textbox"):
        values["min_pt"] = values["font_pt"]
    if "if_set" in raw:
        values["if_set"] = values_if
    return Field(**values)


_IF_SET_KEYS = {"x", "y", "w", "h", "font_pt", "min_pt", "align", "valign"}


def _parse_if_set(raw: dict, label: str, width: float, height: float, fail) -> tuple:
    spec = raw["if_set"]
    if raw["kind"] == "line" or not isinstance(spec, dict) or not spec:
        raise fail(f"{label}: 'if_set' must be an object {{content name: {{changes}}}} (not on a line)")
    out = []
    for name, changes in spec.items():
        if name not in SOURCES and not _EXTRA_KEY.fullmatch(name):
            raise fail(f"{label}: if_set: unknown name {name!r} (one of {', '.join(sorted(SOURCES))} or "
                       "extra[name])")
        if not isinstance(changes, dict) or not changes or set(changes) - _IF_SET_KEYS:
            raise fail(f"{label}: if_set {name!r}: changes must be an object of {', '.join(sorted(_IF_SET_KEYS))}")
        for key, value in changes.items():
            if key in ("align", "valign"):
                ok = value in (("left", "center", "right") if key == "align" else ("top", "middle", "bottom"))
            else:
                ok = _is_number(value) and value > 0
            if not ok:
                raise fail(f"{label}: if_set {name!r}: bad {key!r} {value!r}")
        box = {k: changes.get(k, raw.get(k, 0)) for k in ("x", "y", "w", "h")}
        if box["x"] + box["w"] > width + 1e-6 or box["y"] + box["h"] > height + 1e-6:
            raise fail(f"{label}: if_set {name!r}: the changed box does not fit on the {width}×{height} mm label")
        out.append((name, tuple(sorted(changes.items()))))
    return tuple(out)


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
