"""The PyInstaller spec names everything the program loads by name or by path.

The spec is executed with PyInstaller's build classes replaced by recorders (the bundle itself is built and
self-checked by the CI step, not here: too slow), so the lists checked are the ones PyInstaller would get.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "packstation.spec"


def _collect_submodules(package, filter=None):  # noqa: A002 - PyInstaller's signature
    try:
        mod = importlib.import_module(package)
    except ImportError:
        return []
    names = [package]
    if hasattr(mod, "__path__"):
        names += [m.name for m in pkgutil.walk_packages(mod.__path__, package + ".", onerror=lambda _n: None)]
    return [n for n in names if filter is None or filter(n)]


def _collect_data_files(package, includes=None):
    mod = importlib.import_module(package)
    base = Path(mod.__file__).parent
    out = []
    for pattern in includes or ["**/*"]:
        for f in base.glob(pattern):
            out.append((str(f), str(Path(package) / f.parent.relative_to(base))))
    return out


class Recorder:
    made: dict[str, list] = {}

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        Recorder.made.setdefault(type(self).__name__, []).append(self)


class Analysis(Recorder):
    def __init__(self, scripts, **kwargs):
        super().__init__(scripts, **kwargs)
        # like PyInstaller's TOC: (name in the bundle, source, type)
        self.datas = [(str(Path(dest) / Path(src).name), src, "DATA") for src, dest in kwargs["datas"]]
        self.binaries = [(name, name, "BINARY") for name in SAMPLE_BINARIES]
        self.pure, self.scripts = [], []


class PYZ(Recorder):
    pass


class EXE(Recorder):
    pass


class COLLECT(Recorder):
    pass


SAMPLE_BINARIES = [
    "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Multimedia.so.6", "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libavcodec.so.61",
    "PySide6/Qt/lib/libQt6FFmpegStub-va.so.2", "PySide6\\avcodec-61.dll", "PySide6\\Qt6Multimedia.dll",
    "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", "libcairo.so.2", "libfontconfig.so.1", "libglib-2.0.so.0",
    "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/lib/libQt6Charts.so.6",
    "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6\\Qt6Pdf.dll", "PySide6\\Qt6VirtualKeyboard.dll", "PySide6\\Qt6Widgets.dll",
    "PySide6\\plugins\\imageformats\\qpdf.dll",
    "PySide6/Qt/translations/qtbase_zh_CN.qm", "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qt_zh_CN.qm", "PySide6/Qt/translations/qtmultimedia_ja.qm",
    "pillow.libs/libavif-c6062d5f.so.16.4.2", "PIL/_avif.cpython-311-x86_64-linux-gnu.so",
]
DROPPED = {
    "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so", "PySide6\\Qt6Pdf.dll", "PySide6\\Qt6VirtualKeyboard.dll",
    "PySide6\\plugins\\imageformats\\qpdf.dll", "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtmultimedia_ja.qm", "pillow.libs/libavif-c6062d5f.so.16.4.2",
    "PIL/_avif.cpython-311-x86_64-linux-gnu.so", "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
    "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libavcodec.so.61",
    "PySide6/Qt/lib/libQt6FFmpegStub-va.so.2", "PySide6\\avcodec-61.dll", "libcairo.so.2",
}


def exec_spec():
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = _collect_submodules
    hooks.collect_data_files = _collect_data_files
    saved = {k: sys.modules.get(k) for k in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.hooks")}
    sys.modules["PyInstaller"] = types.ModuleType("PyInstaller")
    sys.modules["PyInstaller.utils"] = types.ModuleType("PyInstaller.utils")
    sys.modules["PyInstaller.utils.hooks"] = hooks
    Recorder.made = {}
    ns = {"SPECPATH": str(SPEC.parent), "Analysis": Analysis, "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT,
          "__file__": str(SPEC), "__name__": "__main__"}
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), ns)
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    analysis = Recorder.made["Analysis"][0]
    return types.SimpleNamespace(ns=ns, analysis=analysis, kwargs=analysis.kwargs,
                                 data_names={n.replace("\\", "/") for n, _s, _t in analysis.datas},
                                 binary_names={n for n, _s, _t in analysis.binaries},
                                 exes=Recorder.made["EXE"], collect=Recorder.made["COLLECT"])


@pytest.fixture(scope="module")
def spec():
    return exec_spec()


def test_windows_gets_a_windowed_program_with_a_name_of_its_own(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    win = exec_spec()
    names = [e.kwargs["name"] for e in win.exes]
    assert len(names) == 2 and len({n.lower() for n in names}) == 2, "Windows file names ignore case"
    assert [e.kwargs["console"] for e in win.exes] == [True, False]
    assert win.collect[0].args[:2] == tuple(win.exes), "both programs share one folder"
    assert "win32print" in win.kwargs["hiddenimports"]
    iss = (ROOT / "packaging" / "packstation.iss").read_text(encoding="utf-8")
    assert f"{{app}}\\{names[1]}.exe" in iss and f"{{app}}\\{names[0]}.exe" in iss


def test_one_folder_build_named_packstation(spec):
    assert len(spec.collect) == 1 and spec.collect[0].kwargs["name"] == "packstation"
    console = spec.exes[0]
    assert console.kwargs["name"] == "packstation" and console.kwargs["exclude_binaries"] is True, \
        "one-folder: binaries go to COLLECT, not into the executable"
    assert console.kwargs["console"] is True
    assert spec.kwargs["pathex"] == [str(ROOT)]


def test_every_migration_is_shipped_as_a_file(spec):
    versions = sorted((ROOT / "app" / "migrations" / "versions").glob("*.py"))
    assert versions, "the checkout has migrations"
    for f in versions:
        assert f"app/migrations/versions/{f.name}" in spec.data_names
    assert "app/migrations/env.py" in spec.data_names
    assert "app/migrations/script.py.mako" in spec.data_names


def test_every_resource_is_shipped(spec):
    res = ROOT / "resources"
    wanted = [f for f in res.rglob("*") if f.is_file() and f.suffix not in (".py", ".pyc", ".ts")
              and "__pycache__" not in f.parts]
    assert any(f.suffix == ".qm" for f in wanted) and any(f.suffix == ".ttc" for f in wanted)
    for f in wanted:
        assert "resources/" + f.relative_to(res).as_posix() in spec.data_names, f
    labels = list((res / "labels").rglob("*.json"))
    assert len(labels) >= 4 and all(
        "resources/" + f.relative_to(res).as_posix() in spec.data_names for f in labels)
    assert not any(n.endswith(".ts") for n in spec.data_names), "translation sources stay out"


def test_escpos_capabilities_are_shipped(spec):
    assert "escpos/capabilities.json" in spec.data_names


def test_modules_loaded_by_name_are_hidden_imports(spec):
    hidden = set(spec.kwargs["hiddenimports"])
    for mod in ("serial.urlhandler.protocol_loop", "serial.urlhandler.protocol_socket",
                "serial.urlhandler.protocol_rfc2217", "serial.urlhandler.protocol_hwgrep",
                "serial.urlhandler.protocol_spy", "serial.urlhandler.protocol_alt"):
        assert mod in hidden, mod
    for mod in ("escpos.capabilities", "argon2", "_argon2_cffi_bindings", "_cffi_backend",
                "sqlalchemy.dialects.sqlite.pysqlite", "sqlalchemy.dialects.postgresql.base",
                "alembic.runtime.migration", "app.models", "app.models.base", "app.ui.app", "app.maintenance",
                "usb.backend.libusb1"):
        assert mod in hidden, mod
    assert not any(m.startswith("app.migrations") for m in hidden), "migrations are data, not modules"


def test_the_postgresql_driver_and_its_own_libpq_are_bundled(spec):
    """psycopg finds its implementation by name (psycopg.pq), so the binary build (with libpq) is named."""
    hidden = set(spec.kwargs["hiddenimports"])
    for mod in ("psycopg", "psycopg.pq", "psycopg_binary", "psycopg_binary.pq", "psycopg_binary._psycopg",
                "sqlalchemy.dialects.postgresql.psycopg", "app.pgserver"):
        assert mod in hidden, mod


def test_unused_qt_modules_are_excluded_and_used_ones_are_not(spec):
    excludes = set(spec.kwargs["excludes"])
    for mod in ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore", "PySide6.QtQuick",
                "PySide6.QtQml", "PySide6.QtQuick3D", "PySide6.QtDesigner", "PySide6.QtPdf", "tkinter", "pytest"):
        assert mod in excludes, mod
    for mod in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtMultimedia",
                "PySide6.QtCharts", "PySide6.QtNetwork"):
        assert mod not in excludes, mod


def test_trimmed_libraries(spec):
    kept = spec.binary_names
    for name in SAMPLE_BINARIES:
        assert (name in kept) == (name not in DROPPED), name
    # our own translation is never caught by the Qt translations filter
    assert "resources/translations/packstation_zh_CN.qm" in spec.data_names


def test_program_imports_match_the_hidden_imports():
    """A module the program imports inside a function is found by PyInstaller only if some module imports
    it at top level or the spec names it; every such third-party package must be importable here."""
    for mod in ("serial.urlhandler.protocol_loop", "escpos.capabilities", "argon2", "openpyxl", "qrcode",
                "barcode.charsets.code128", "usb.backend.libusb1"):
        importlib.import_module(mod)
