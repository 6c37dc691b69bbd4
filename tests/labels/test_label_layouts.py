"""Layouts are data files, validated on load with errors that name the file and the field."""
from __future__ import annotations

import json

import pytest

from app.labels.layout import (LayoutError, apply_overlay, available_couriers, available_sizes, load_layout,
                               load_layout_file)
from app.labels.render import available_layouts, label_size_dots

COURIERS = ["SF", "ZTO", "YTO", "STO", "YUNDA", "JD", "EMS", "GENERIC"]
SIZES = ["72x130", "76x130", "100x150", "100x180"]
SHIPPED = [f"{c.lower()}-{s}" for c in COURIERS for s in SIZES]


def test_every_courier_and_size_is_available_and_valid():
    assert sorted(available_layouts()) == sorted(SHIPPED)
    assert [c for c, _ in available_couriers()] == sorted(COURIERS[:-1]) + ["GENERIC"]
    assert available_sizes() == SIZES
    for courier in COURIERS:
        for size in SIZES:
            layout = load_layout(courier, size)
            assert layout.name == f"{courier.lower()}-{size}" and layout.courier == courier and layout.size == size
            assert load_layout(layout.name) is layout or load_layout(layout.name) == layout
            kinds = {f.kind for f in layout.fields}
            assert {"text", "textbox", "code128", "line", "box"} <= kinds
            w, h = (float(v) for v in size.split("x"))
            assert (layout.width_mm, layout.height_mm) == (w, h)


def test_overlays_are_small_and_change_what_they_say():
    # one base per size, a few lines per courier: no 24 near-copies
    from app.paths import resource

    base = resource("labels", "base")
    couriers = resource("labels", "couriers")
    assert sorted(p.stem for p in base.glob("*.json")) == sorted(SIZES)
    for path in couriers.glob("*.json"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 60, path
    sf = load_layout("SF", "100x150")
    assert sf.get_field("logo").template == "顺丰速运" and sf.get_field("route").font_pt == 38
    assert sf.extra["service"] == "顺丰标快"
    ems = load_layout("EMS", "76x130")
    assert not [f for f in ems.fields if f.kind == "qr"] and ems.get_field("postcode_big")
    assert [f for f in load_layout("ZTO", "76x130").fields if f.kind == "qr"]
    assert load_layout("JD", "100x150").privacy is True and load_layout("ZTO", "100x150").privacy is None


def test_unknown_courier_gets_the_generic_layout_and_sizes_are_normalised():
    generic = load_layout("GENERIC", "100x150")
    other = load_layout("deppon", "100×150 mm")
    assert other.name == "deppon-100x150" and other.fields == generic.fields
    assert load_layout("compact-76x130").fields == load_layout("GENERIC", "76x130").fields      # old names
    assert load_layout("standard-100x180").fields == load_layout("GENERIC", "100x180").fields
    with pytest.raises(LayoutError, match="100x150"):
        load_layout("SF", "80x80")


def test_overlay_errors_name_the_file_and_the_field():
    base = {"name": "b", "width_mm": 100, "height_mm": 150, "fields": [
        {"id": "route", "kind": "text", "source": "route_code", "x": 2, "y": 2, "w": 90, "h": 10, "font_pt": 20}]}
    with pytest.raises(LayoutError, match=r"SF\.json: field 'rout': no such field"):
        apply_overlay(base, {"fields": {"rout": {"y": 3}}}, "100x150", "SF.json")
    with pytest.raises(LayoutError, match="unknown key"):
        apply_overlay(base, {"colour": "red"}, "100x150", "SF.json")
    with pytest.raises(LayoutError, match="privacy"):
        apply_overlay(base, {"privacy": "yes"}, "100x150", "SF.json")
    data, privacy, extra = apply_overlay(base, {"privacy": False, "extra": {"service": "x"}, "fields": {
        "route": {"source": None, "template": "{postcode}"}}, "sizes": {"100x150": {"fields": {"route": {"y": 5}}}}},
        "100x150", "SF.json")
    assert privacy is False and extra == {"service": "x"}
    assert data["fields"][0] == {"id": "route", "kind": "text", "template": "{postcode}", "x": 2, "y": 5, "w": 90,
                                 "h": 10, "font_pt": 20}
    assert base["fields"][0]["source"] == "route_code"          # the base itself is not changed


def test_custom_layout_file_replaces_the_resolved_one(tmp_path, monkeypatch):
    import shutil

    from app.labels import layout as layout_mod
    from app.paths import resource

    root = tmp_path / "labels"
    shutil.copytree(resource("labels"), root)
    (root / "custom").mkdir(exist_ok=True)
    data = {"name": "sf-100x150", "width_mm": 100, "height_mm": 150, "fields": [
        {"id": "wb", "kind": "code128", "source": "waybill_no", "x": 2, "y": 2, "w": 96, "h": 20}]}
    (root / "custom" / "sf-100x150.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(layout_mod, "layout_dir", lambda: root)
    load_layout.cache_clear()
    try:
        assert [f.id for f in load_layout("SF", "100x150").fields] == ["wb"]
        assert [f.id for f in load_layout("sf-100x150").fields] == ["wb"]
        assert len(load_layout("SF", "76x130").fields) > 10
    finally:
        load_layout.cache_clear()


@pytest.mark.parametrize("name, size", [("generic-100x150", (800, 1200)), ("generic-76x130", (608, 1040)),
                                        ("sf-100x180", (800, 1440))])
def test_dot_sizes_at_203_dpi(name, size):
    assert label_size_dots(name, 203) == size
    w, _ = label_size_dots(name, 300)
    assert w == round(load_layout(name).width_mm * 12)      # 300 dpi heads are 12 dots/mm


def test_every_layout_shows_every_required_value():
    for name in available_layouts():
        layout = load_layout(name)
        used = " ".join(f.source + " " + f.template for f in layout.fields)
        assert layout.get_field("logo").template                      # the courier's name or logo text
        for value in ("waybill_no", "route_code", "recipient_name", "recipient_phone",
                      "recipient_address", "sender_name", "sender_address", "items", "weight", "packer",
                      "station", "printed_at", "order_no", "reprint", "parcel_of", "route_note"):
            assert value in used, (name, value)


def _write(tmp_path, data, name="bad"):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _good():
    return {"name": "bad", "width_mm": 100, "height_mm": 150, "fields": [
        {"id": "wb", "kind": "code128", "source": "waybill_no", "x": 2, "y": 2, "w": 96, "h": 20},
        {"id": "addr", "kind": "textbox", "source": "recipient_address", "x": 2, "y": 30, "w": 96, "h": 20,
         "font_pt": 12, "min_pt": 7}]}


def test_good_layout_loads(tmp_path):
    layout = load_layout_file(_write(tmp_path, _good()))
    assert [f.id for f in layout.fields] == ["wb", "addr"]


@pytest.mark.parametrize("mutate, words", [
    (lambda d: d["fields"][1].update(kind="circle"), ["'addr'", "unknown kind"]),
    (lambda d: d["fields"][1].update(source="recipient_adress"), ["'addr'", "unknown source"]),
    (lambda d: d["fields"][1].pop("font_pt"), ["'addr'", "font_pt"]),
    (lambda d: d["fields"][1].update(w=120), ["'addr'", "does not fit"]),
    (lambda d: d["fields"][1].update(font_pt="12"), ["'addr'", "font_pt", "number"]),
    (lambda d: d["fields"][1].update(min_pt=20), ["'addr'", "min_pt"]),
    (lambda d: d["fields"][1].update(colour="red"), ["'addr'", "colour"]),
    (lambda d: d["fields"][1].update(template="{nope}"), ["'addr'", "source' or 'template"]),
    (lambda d: (d["fields"][1].pop("source"), d["fields"][1].update(template="收 {nope}")),
     ["'addr'", "{nope}"]),
    (lambda d: d["fields"][0].update(id="addr"), ["'addr'", "duplicate"]),
    (lambda d: d["fields"].append({"id": "l", "kind": "line", "x1": 0, "y1": 0, "x2": 10, "y2": 10}),
     ["'l'", "horizontal or vertical"]),
    (lambda d: d.update(name="other"), ["'other'", "bad"]),
    (lambda d: d.update(width_mm=0), ["width_mm"]),
    (lambda d: d["fields"][0].update(overflow="maybe"), ["'wb'", "overflow"]),
])
def test_layout_errors_name_file_and_field(tmp_path, mutate, words):
    data = _good()
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(LayoutError) as info:
        load_layout_file(path)
    message = str(info.value)
    assert str(path) in message
    for word in words:
        assert word in message, message


def test_broken_json_reports_file_and_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"name": "broken",\n "fields": [ }', encoding="utf-8")
    with pytest.raises(LayoutError, match=r"broken\.json: not valid JSON: line 2"):
        load_layout_file(path)


def test_unknown_layout_name_lists_the_available_ones():
    with pytest.raises(LayoutError, match="sf-100x150"):
        load_layout("no-such-layout")


def test_label_core_never_imports_qt():
    import subprocess
    import sys

    code = ("import sys\n"
            "import app.labels.render, app.labels.escpos, app.domain.privacy\n"
            "from app.labels.render import render_raster\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))]\n"
            "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True)
