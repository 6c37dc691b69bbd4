"""Layouts are data files, validated on load with errors that name the file and the field."""
from __future__ import annotations

import json

import pytest

from app.labels.layout import LayoutError, load_layout, load_layout_file
from app.labels.render import available_layouts, label_size_dots

SHIPPED = ["compact-76x130", "generic-100x150", "standard-100x180"]


def test_shipped_layouts_are_available_and_valid():
    names = available_layouts()
    for name in SHIPPED:
        assert name in names
        layout = load_layout(name)
        assert layout.name == name
        kinds = {f.kind for f in layout.fields}
        assert {"text", "textbox", "code128", "line", "box"} <= kinds


@pytest.mark.parametrize("name, size", [("generic-100x150", (800, 1200)), ("compact-76x130", (608, 1040)),
                                        ("standard-100x180", (800, 1440))])
def test_dot_sizes_at_203_dpi(name, size):
    assert label_size_dots(name, 203) == size
    w, _ = label_size_dots(name, 300)
    assert w == round(load_layout(name).width_mm * 12)      # 300 dpi heads are 12 dots/mm


def test_every_layout_shows_every_required_value():
    for name in SHIPPED:
        layout = load_layout(name)
        used = " ".join(f.source + " " + f.template for f in layout.fields)
        for value in ("courier_name", "waybill_no", "route_code", "recipient_name", "recipient_phone",
                      "recipient_address", "sender_name", "sender_address", "items", "weight", "packer",
                      "station", "printed_at", "order_no", "reprint"):
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
    with pytest.raises(LayoutError, match="generic-100x150"):
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
