"""The keyboard-wedge scanner: an application-wide event filter that turns fast key bursts ending in
Enter/Tab into `scanned(code)`, whichever widget has focus, and gives slow typing back to the widget."""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ..devices.wedge import Replay, Scan, WedgeAssembler

TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScannerFilter(QObject):
    scanned = Signal(str)

    def __init__(self, max_gap_ms: float = 40, min_length: int = 4,
                 clock: Callable[[], float] = monotonic_ms, parent: QObject | None = None):
        super().__init__(parent)
        self.assembler = WedgeAssembler(max_gap_ms, min_length)
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
        mods = ev.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if mods:
            return False
        now = self.clock()
        if ev.key() in TERMINATORS:
            actions, used = self.assembler.terminator(now)
            self._timer.stop()
            self._apply(actions)
            return used
        text = ev.text()
        if len(text) != 1 or not text.isprintable():
            return False
        if text == " " and not self.assembler.pending:
            return False  # no code starts with a space: Space is the packer's acknowledge key, act at once
        self._apply(self.assembler.key(text, now))
        self._timer.start(int(self._gap) + 10)
        return True

    def _on_timeout(self) -> None:
        self._apply(self.assembler.timeout(self.clock()))
        if self.assembler.pending:
            self._timer.start(int(self._gap) + 10)

    def _apply(self, actions) -> None:
        for a in actions:
            if isinstance(a, Scan):
                self.scanned.emit(a.text)
            elif isinstance(a, Replay):
                self._replay(a.text)

    def _replay(self, text: str) -> None:
        target = QApplication.focusWidget()
        if target is None:
            return
        self._replaying = True
        try:
            for ch in text:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        finally:
            self._replaying = False
