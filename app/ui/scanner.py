"""Scanners in the Qt program.

``ScannerFilter``: the keyboard-wedge scanner, an application-wide event filter that turns fast key bursts
ending in Enter/Tab (or a configured suffix) into ``scanned(code)`` and ``scanned_data(ScanData)``,
whichever widget has focus, and gives slow typing back to the widget.

``ScannerBridge``: a serial, USB HID-POS or simulated scanner (app.devices.scanners) whose reader thread
hands codes to a callback; the bridge re-emits them as the same two signals on the GUI thread (a signal
emitted from another thread is queued to the receiver's thread).
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ..devices.scanners.decode import GS, ScanData
from ..devices.wedge import Dropped, Replay, Scan, WedgeAssembler

TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScannerFilter(QObject):
    scanned = Signal(str)
    scanned_data = Signal(object)  # ScanData: the code with its symbology and GS1 fields
    dropped = Signal(str)          # a reason code: keys thrown away (a burst too long to be a barcode)

    def __init__(self, max_gap_ms: float = 40, min_length: int = 4,
                 clock: Callable[[], float] = monotonic_ms, parent: QObject | None = None, *,
                 prefix: str = "", suffix: str = "", window_ms: float = 0, aim: bool = True, gs1: bool = True,
                 gs_char: str = ""):
        super().__init__(parent)
        self.assembler = WedgeAssembler(max_gap_ms, min_length, prefix=prefix, suffix=suffix, aim=aim, gs1=gs1,
                                        gs_char=gs_char, keep_gs=True, window_ms=window_ms)
        self.clock = clock
        self.enabled = True
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._gap = max_gap_ms

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or self._replaying or not self.enabled:
            return False
        # A key press passes the QWindow, the focus widget and its parents: take it once, at the widget.
        focus = QApplication.focusWidget()
        if not obj.isWidgetType() or (focus is not None and obj is not focus):
            return False
        ev: QKeyEvent = event  # type: ignore[assignment]
        now = self.clock()
        text = ev.text()
        ctrl_bracket = (ev.key() == Qt.Key.Key_BracketRight
                        and ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if (text == GS or ctrl_bracket) and self.assembler.pending:
            text = GS
            # FNC1 in a GS1 code arrives as Ctrl+] (GS): keep it inside a burst
            self._apply(self.assembler.key(text, now))
            self._timer.start(int(self._gap) + 10)
            return True
        mods = ev.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if mods:
            return False
        if ev.key() in TERMINATORS:
            actions, used = self.assembler.terminator(now)
            self._timer.stop()
            self._apply(actions)
            return used
        if len(text) != 1 or not text.isprintable():
            return False
        if text == " " and not self.assembler.pending:
            return False  # no code starts with a space: Space is the packer's acknowledge key, act at once
        self._apply(self.assembler.key(text, now))
        if self.assembler.pending:
            self._timer.start(int(self._gap) + 10)
        else:
            self._timer.stop()
        return True

    def _on_timeout(self) -> None:
        self._apply(self.assembler.timeout(self.clock()))
        if self.assembler.pending:
            self._timer.start(int(self._gap) + 10)

    def _apply(self, actions) -> None:
        for a in actions:
            if isinstance(a, Scan):
                self.scanned.emit(a.text)
                self.scanned_data.emit(a.data if a.data is not None else ScanData(a.text, raw=a.text))
            elif isinstance(a, Replay):
                self._replay(a.text)
            elif isinstance(a, Dropped):
                self.dropped.emit(a.reason)

    def _replay(self, text: str) -> None:
        target = QApplication.focusWidget()
        if target is None or not text:
            return
        self._replaying = True
        try:
            for ch in text:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        finally:
            self._replaying = False


class ScannerBridge(QObject):
    """Connect a device scanner's callback to Qt signals:

        bridge = ScannerBridge()
        scanner = open_scanner(url, bridge.deliver, on_status=bridge.report)
        bridge.scanned.connect(window.on_scan)
    """

    scanned = Signal(str)
    scanned_data = Signal(object)
    status = Signal(bool, str)  # connected, why not

    def deliver(self, data: ScanData) -> None:  # called on the scanner's reader thread
        self.scanned_data.emit(data)
        self.scanned.emit(data.text)

    def report(self, connected: bool, why: str) -> None:
        self.status.emit(connected, why)
