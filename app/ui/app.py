"""Starting the station: Qt application, font, translations, database, devices, window."""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import paths
from ..config import Config

log = logging.getLogger(__name__)


def ensure_qapp(argv: list[str] | None = None) -> QApplication:
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a frozen app without a display would abort
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    return app  # type: ignore[return-value]


class QtMessages:
    """Qt's own messages into our log instead of the terminal. A message that repeats (QtMultimedia without an
    audio device warns on every sound; the offscreen platform on every window) is logged once."""

    QUIET = ("qt.multimedia", "qt.qpa", "qt.pointer")

    def __init__(self, logger: logging.Logger | None = None):
        self.log = logger or logging.getLogger("qt")
        self.seen: set[tuple[str, str]] = set()

    def __call__(self, mode, context, message: str) -> None:
        from PySide6.QtCore import QtMsgType

        category = getattr(context, "category", None) or "qt"
        key = (category, message)
        if key in self.seen:
            return
        if category.startswith(self.QUIET) or "propagateSizeHints" in message or "QSoundEffect" in message:
            self.seen.add(key)
        level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
                 QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
        self.log.log(level, "%s: %s", category, message)


def install_qt_messages() -> QtMessages:
    from PySide6.QtCore import qInstallMessageHandler

    handler = QtMessages()
    qInstallMessageHandler(handler)
    return handler


def load_font() -> str | None:
    """Registers the shipped CJK font and makes it the default; returns its family name."""
    fid = QFontDatabase.addApplicationFont(str(paths.cjk_font_path()))
    if fid < 0:
        log.error("could not load %s", paths.cjk_font_path())
        return None
    families = QFontDatabase.applicationFontFamilies(fid)
    family = families[0] if families else None
    if family:
        QApplication.setFont(QFont(family, 16))
    return family


@dataclass
class Translations:
    ours: QTranslator
    qt: QTranslator
    language: str


_installed: list[QTranslator] = []  # Qt keeps no reference: keep ours alive


def install_translations(lang: str = "") -> str:
    """Loads ours and Qt's own translations for `lang` (zh_CN, en) or the system locale; returns the language."""
    app = QApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if not lang:
        lang = "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"
    if lang == "en":
        return lang
    ours = QTranslator()
    if ours.load(str(paths.resource("translations", f"packstation_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s", lang)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang


def build_station(cfg: Config, demo: bool):
    """Database, devices and the station service for this config (no widgets)."""
    from ..db import STATION_DEADLINE_S, Database, default_url
    from ..devices.printers import PrinterPool, open_printer
    from ..devices.scales import open_scale
    from ..domain.packflow import Rules
    from ..domain.weight import Tolerance
    from ..services import demo as demo_svc
    from ..services.station import StationService, tolerance_from_db

    url = cfg.database_url or (default_url().replace("packstation.db", "demo.db") if demo else default_url())
    db = Database(url, deadline_s=STATION_DEADLINE_S)
    db.upgrade()
    with Database(url) as setup, setup.serialised("start-up"):  # several stations starting at once: in turn
        with setup.session() as s:
            demo_svc.ensure_reference_data(s)
        try:  # personal data past its retention is cleared on every start (figures keep working)
            from ..services import privacy_purge

            if privacy_purge.purge_due(setup):
                privacy_purge.purge_personal_data(setup, None)
        except Exception:  # never stops a station from starting; the log says why
            log.exception("personal-data purge failed")
        if demo:
            demo_svc.seed_demo(setup)  # no deadline for the one-off seeding and imports
    card = demo_svc.demo_card(db) if demo else None
    tolerance = tolerance_from_db(db, Tolerance(cfg.tolerance_g, cfg.tolerance_pct))
    if cfg.scale == "sim://scale":
        # the demo's scale speaks CAS on a pseudo-terminal to the real serial driver (plain simulation
        # where there are no pseudo-terminals)
        scale = open_scale("sim://scale?settle_ms=500&protocol=cas" if demo else "sim://scale?settle_ms=500&noise_g=3")
    else:
        scale = open_scale(cfg.scale)
    printer = open_printer(cfg.printer, sim_folder=paths.data_dir() / "sim-printer")
    backup = getattr(cfg, "backup_printer", "")
    if backup:  # a second printer takes over when the first is out of paper or gone
        printer = PrinterPool(printer, open_printer(backup, sim_folder=paths.data_dir() / "sim-printer-backup"))
    from ..labels.printers import PrinterProfile
    from ..services.station import label_renderer

    from ..domain.packflow import MAX_WEIGHT_G
    from ..labels.render import LabelTooWide, check_label_fits

    # labels are made for the printer's head (its profile: python-escpos' model database, profile=, dots=)
    profile = PrinterProfile.for_head(printer.profile, offset_x=cfg.label_offset_x, offset_y=cfg.label_offset_y,
                                      darkness=None if cfg.label_darkness < 0 else cfg.label_darkness)
    capacity = min(int(getattr(scale, "capacity_g", 300_000) or 300_000), MAX_WEIGHT_G)
    station = StationService(db, cfg.station_name, printer, Rules(tolerance, cfg.zero_band_g, capacity),
                             render_label=label_renderer(cfg.label_language, cfg.label_size, profile))
    try:  # a label wider than the head is never sent; say so at once, not at the first sign-off
        check_label_fits(printer.profile, cfg.label_size)
    except LabelTooWide as exc:
        log.error("label %s is %d dots wide, the printer's head %d: sizes that fit: %s", cfg.label_size,
                  exc.label_dots, exc.head_dots, ", ".join(exc.fitting) or "none")
        station.device_warnings.append(("head_too_narrow", {"size": cfg.label_size, "head": exc.head_dots,
                                                            "label": exc.label_dots,
                                                            "fitting": ", ".join(exc.fitting)}))
    return station, scale, printer, card


def run(cfg: Config, demo: bool = False, lang: str = "", exit_after_ms: int | None = None) -> int:
    app = ensure_qapp()
    install_qt_messages()
    from .. import maintenance

    try:  # migrations present, SQLite quick_check, the daily backup with rotation
        maintenance.startup_checks(cfg, demo)
    except maintenance.MaintenanceError as exc:
        log.error("%s", exc)
        from PySide6.QtWidgets import QMessageBox

        if exit_after_ms is None:  # an unattended start (tests, self-check) only logs it
            QMessageBox.critical(None, "PackStation", str(exc))
        return 3
    load_font()
    install_translations(lang or cfg.lang)
    from .main_window import MainWindow
    from .scanner import ScannerFilter
    from .sound import SoundPlayer

    station, scale, _printer, card = build_station(cfg, demo)
    scanner = ScannerFilter(cfg.scanner_max_gap_ms, cfg.scanner_min_length, prefix=cfg.scanner_prefix,
                            suffix=cfg.scanner_suffix, window_ms=cfg.scanner_repeat_ms)
    app.installEventFilter(scanner)
    window = MainWindow(station, scanner, SoundPlayer(cfg.sound), scale=scale, demo=card, cfg=cfg)
    device_scanner = None
    if cfg.scanner_url:  # a serial or HID-POS scanner besides the keyboard wedge
        from ..devices.scanners import open_scanner
        from .scanner import ScannerBridge

        bridge = ScannerBridge(window)
        bridge.scanned.connect(window.on_scan)
        bridge.status.connect(window.on_scanner_status)
        device_scanner = open_scanner(cfg.scanner_url, bridge.deliver, on_status=bridge.report)
    window.showMaximized()  # the whole screen, whatever its size; the layout never asks for more
    from ..services.ewaybill.pool import Prefetcher

    prefetcher = Prefetcher(station.db, holder=station.station_name)  # e-waybill numbers fetched ahead (no Qt)
    prefetcher.start()
    if exit_after_ms is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(exit_after_ms, app.quit)
    try:
        return app.exec()
    finally:
        prefetcher.stop()
        scale.close()
        if device_scanner is not None:
            device_scanner.stop()
