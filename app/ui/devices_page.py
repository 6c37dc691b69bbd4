"""The Devices screen for IT: what is attached, one URL per device, a test button for each, saved to the
station's config file (validated before it is written; the file is replaced whole or not at all)."""
from __future__ import annotations

import os
import tempfile
import threading
import tomllib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from .. import config
from . import theme
from .messages import device_result

FIELDS = ("scale", "printer", "backup_printer", "scanner")


class _Relay(QObject):
    done = Signal(str, str)  # field, result line


def save_devices(path: Path, urls: dict[str, str | int]) -> None:
    """Writes [devices] values (URLs, label settings) into the TOML file at `path`, keeping every other key.
    The new file is checked with the same loader the program starts with before it replaces the old one."""
    import tomli_w

    data: dict = {}
    if path.exists():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    devices = data.setdefault("devices", {})
    for key, value in urls.items():
        if isinstance(value, int):
            devices[key] = value
        elif value.strip():
            devices[key] = value.strip()
        else:
            devices.pop(key, None)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".packstation-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            tomli_w.dump(data, f)
        config.load(Path(tmp))  # raises ConfigError naming the bad key: the old file stays
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class DevicesDialog(QDialog):
    def __init__(self, cfg: config.Config, parent: QWidget | None = None, tester=None, lister=None,
                 path: Path | None = None):
        super().__init__(parent)
        from ..devices.discovery import devices_test, list_devices

        self.cfg = cfg
        self.path = path or cfg.source or config.default_path()
        self._test = tester or devices_test
        self._list = lister or list_devices
        self.setWindowTitle(self.tr("Devices"))
        self.setStyleSheet(theme.STYLESHEET)
        self.resize(1100, 700)
        lay = QVBoxLayout(self)
        cap = QLabel(self.tr("Attached devices (click one to use its URL)"))
        cap.setFont(theme.font(theme.SMALL, bold=True))
        lay.addWidget(cap)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("VID:PID"),
                                              self.tr("Looks like"), self.tr("URL")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellClicked.connect(self._use_row)
        lay.addWidget(self.table, 1)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.results: dict[str, QLabel] = {}
        captions = {"scale": self.tr("Scale"), "printer": self.tr("Printer"),
                    "backup_printer": self.tr("Backup printer"), "scanner": self.tr("Scanner (empty: keyboard)")}
        for field in FIELDS:
            row = QHBoxLayout()
            edit = QLineEdit(getattr(cfg, field if field != "scanner" else "scanner_url", "") or "")
            test = QPushButton(self.tr("Test"))
            test.clicked.connect(lambda _=False, f=field: self.run_test(f))
            result = QLabel()
            result.setMinimumWidth(300)
            row.addWidget(edit, 2)
            row.addWidget(test)
            row.addWidget(result, 1)
            form.addRow(captions[field], row)
            self.edits[field], self.results[field] = edit, result
        lay.addLayout(form)
        lay.addLayout(self._label_settings(cfg))
        self.last_scan = QLabel(self.tr("Last scan: —"))
        self.last_scan.setFont(theme.font(theme.MEDIUM, bold=True))
        lay.addWidget(self.last_scan)
        buttons = QHBoxLayout()
        refresh = QPushButton(self.tr("Look for devices"))
        refresh.clicked.connect(self.refresh)
        save = QPushButton(self.tr("Save (applies at the next start)"))
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for b in (refresh, save, close):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self._relay = _Relay(self)
        self._relay.done.connect(self._show_result)
        self.refresh()

    def _label_settings(self, cfg: config.Config) -> QVBoxLayout:
        """Label size, printer language, offsets and darkness; a waybill preview and test print per courier."""
        from ..labels.layout import available_sizes
        from ..labels.printers import LANGUAGES
        from ..services.demo import COURIERS

        row = QVBoxLayout()
        self.size = QComboBox()
        for size in available_sizes():
            text = size.replace("x", "×") + " mm"
            self.size.addItem(self.tr("{size} (80 mm printers)").format(size=text) if size == "72x130" else text, size)
        self.size.setCurrentIndex(self.size.findData(cfg.label_size))
        self.language = QComboBox()
        names = {"escpos-raster": self.tr("ESC/POS, picture"), "escpos-compact": self.tr("ESC/POS, fonts and barcodes"),
                 "tspl": self.tr("TSPL (TSC, Xprinter, Gprinter)"), "zpl": self.tr("ZPL (Zebra)"),
                 "tspl-raster": self.tr("TSPL, picture"), "zpl-raster": self.tr("ZPL, picture")}
        for lang in LANGUAGES:
            self.language.addItem(names.get(lang, lang), lang)
        self.language.setCurrentIndex(self.language.findData(cfg.label_language))
        self.offset_x, self.offset_y, self.darkness = QSpinBox(), QSpinBox(), QSpinBox()
        for spin, lo, hi, value in ((self.offset_x, -400, 400, cfg.label_offset_x),
                                    (self.offset_y, -400, 400, cfg.label_offset_y),
                                    (self.darkness, -1, 15, cfg.label_darkness)):
            spin.setRange(lo, hi)
            spin.setValue(value)
        self.darkness.setSpecialValueText(self.tr("printer's own"))
        self.courier = QComboBox()
        for code, name in COURIERS:
            self.courier.addItem(name, code)
        preview = QPushButton(self.tr("Preview waybill"))
        preview.clicked.connect(self.preview_label)
        test = QPushButton(self.tr("Test-print waybill"))
        test.clicked.connect(self.test_print_label)
        first, second = QHBoxLayout(), QHBoxLayout()   # two rows: one row is wider than a 1366 screen
        for w in (QLabel(self.tr("Label")), self.size, self.language, QLabel(self.tr("Offset x/y (dots)")),
                  self.offset_x, self.offset_y, QLabel(self.tr("Darkness")), self.darkness):
            first.addWidget(w)
        first.addStretch(1)
        for w in (self.courier, preview, test):
            second.addWidget(w)
        second.addStretch(1)
        row.addLayout(first)
        row.addLayout(second)
        self.preview = QLabel()
        return row

    def _sample(self):
        from ..labels.printers import PrinterProfile
        from ..services.station import label_renderer
        from .sample import sample_waybill

        profile = PrinterProfile(offset_x=self.offset_x.value(), offset_y=self.offset_y.value(),
                                 darkness=None if self.darkness.value() < 0 else self.darkness.value())
        render = label_renderer(self.language.currentData(), self.size.currentData(), profile)
        return render(sample_waybill(self.courier.currentData()))

    def preview_label(self) -> None:
        from PySide6.QtGui import QPixmap

        _data, png = self._sample()
        pix = QPixmap()
        pix.loadFromData(png)
        self.preview.setPixmap(pix.scaledToHeight(560))
        self.preview.setWindowTitle(self.tr("Waybill preview"))
        self.preview.show()

    def test_print_label(self) -> None:
        from ..devices.printers import open_printer

        url = self.edits["printer"].text().strip()
        data, _png = self._sample()
        try:
            open_printer(url).send("test-waybill", data)
        except Exception as exc:  # the printer said no: say it here
            self._show_result("printer", f"FAIL: {exc} [{getattr(exc, 'code', 'error')}]")
            return
        self._show_result("printer", self.tr("OK: test waybill sent ({n} bytes)").format(n=len(data)))

    def show_scan(self, code: str) -> None:
        self.last_scan.setText(self.tr("Last scan: {code}").format(code=code))

    def refresh(self) -> None:
        try:
            self._devices = self._list()
        except Exception as exc:  # discovery never takes the screen down
            self._devices = []
            self.message.setText(str(exc))
        self.table.setRowCount(len(self._devices))
        for r, d in enumerate(self._devices):
            vidpid = f"{d.vid:04x}:{d.pid:04x}" if d.vid is not None and d.pid is not None else ""
            kind = {"serial": self.tr("serial port"), "usb": "USB"}.get(d.kind, d.kind)
            for c, text in enumerate((kind, d.name, vidpid, d.guess, d.url)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _use_row(self, row: int, _col: int) -> None:
        d = self._devices[row]
        field = {"printer": "printer", "scale": "scale", "scanner": "scanner"}.get(d.guess.split()[0] if d.guess
                                                                                    else "", "printer")
        self.edits[field].setText(d.url)

    def run_test(self, field: str) -> None:
        url = self.edits[field].text().strip()
        if not url:
            self.results[field].setText(self.tr("no URL"))
            return
        self.results[field].setText(self.tr("testing…"))
        kind = {"backup_printer": "printer"}.get(field, field)

        def work():
            try:
                line = self._test(url, kind=kind)
            except Exception as exc:  # a test reports, it never raises into the screen
                line = f"FAIL: {exc}"
            self._relay.done.emit(field, line)

        threading.Thread(target=work, daemon=True).start()

    def _show_result(self, field: str, line: str) -> None:
        """The test's outcome in the user's language; the driver's own words (English, for IT) in the tooltip."""
        ok = line.startswith("OK")
        self.results[field].setText(device_result(line))
        self.results[field].setToolTip(line)
        self.results[field].setStyleSheet(f"color: {theme.COLOURS['ready' if ok else 'error']};")

    def save(self) -> None:
        urls: dict[str, str | int] = {f: e.text() for f, e in self.edits.items()}
        urls.update(label_size=self.size.currentData(), label_language=self.language.currentData(),
                    label_offset_x=self.offset_x.value(), label_offset_y=self.offset_y.value(),
                    label_darkness=self.darkness.value())
        try:
            save_devices(self.path, urls)
        except (config.ConfigError, OSError, tomllib.TOMLDecodeError) as exc:
            self.message.setText(self.tr("Not saved: {error}").format(error=exc))
            self.message.setStyleSheet(f"color: {theme.COLOURS['error']};")
            return
        self.message.setText(self.tr("Saved to {path}. Restart PackStation to use the new devices.")
                             .format(path=self.path))
        self.message.setStyleSheet(f"color: {theme.COLOURS['ready']};")
