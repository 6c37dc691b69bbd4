"""The keyboard-wedge filter driven by pytest-qt key events with an injectable clock (test key events carry
timestamp 0), and the bridge that brings a device scanner's reader thread onto the GUI thread."""
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.devices.scanners import ScanData, open_scanner
from app.ui.scanner import ScannerBridge, ScannerFilter


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


@pytest.fixture
def rig(qtbot, qapp):
    def make(**kw):
        clock = Clock()
        flt = ScannerFilter(40, 4, clock=clock, **kw)
        qapp.installEventFilter(flt)
        edit = QLineEdit()
        qtbot.addWidget(edit)
        edit.show()
        qtbot.waitExposed(edit)
        edit.activateWindow()
        edit.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
        got, data = [], []
        flt.scanned.connect(got.append)
        flt.scanned_data.connect(data.append)
        made.append(flt)
        return flt, clock, edit, got, data

    made = []
    yield make
    for f in made:
        qapp.removeEventFilter(f)


def keys(edit, clock, text, gap):
    for ch in text:
        clock.t += gap
        if ch == "\x1d":
            QTest.keyClick(edit, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
        else:
            QTest.keyClick(edit, ch)


def enter(edit, clock, gap=3):
    clock.t += gap
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_scanner_speed_with_aim_identifier(rig):
    flt, clock, edit, got, data = rig()
    keys(edit, clock, "]E06901234567892", 3)
    enter(edit, clock)
    assert got == ["6901234567892"]
    assert data[0].symbology == "]E0" and edit.text() == ""


def test_typing_speed_reaches_the_field(rig, qtbot):
    flt, clock, edit, got, data = rig()
    keys(edit, clock, "abc12", 150)
    clock.t += 150
    qtbot.waitUntil(lambda: edit.text() == "abc12")
    assert got == []


def test_gs1_with_fnc1_as_ctrl_bracket(rig):
    flt, clock, edit, got, data = rig()
    keys(edit, clock, "]C1010690123456789210LOT42\x1d17261231", 2)
    enter(edit, clock)
    assert data[0].gs1 == {"01": "06901234567892", "10": "LOT42", "17": "261231"}


def test_prefix_suffix_and_repeat_window(rig):
    flt, clock, edit, got, data = rig(prefix="#", suffix="$", window_ms=300)
    keys(edit, clock, "#6900000000011$", 3)        # suffix ends it: no Enter needed
    keys(edit, clock, "#6900000000011$", 3)        # the same code again at once: counts once
    assert got == ["6900000000011"]
    clock.t += 1000
    keys(edit, clock, "#6900000000011$#6900000000028$", 3)   # a burst of two codes
    assert got == ["6900000000011", "6900000000011", "6900000000028"]


def test_half_read_code_is_not_a_scan(rig, qtbot):
    flt, clock, edit, got, data = rig()
    keys(edit, clock, "690123", 3)
    clock.t += 500                                  # the rest never came; the timer gives it back
    qtbot.waitUntil(lambda: edit.text() == "690123")
    assert got == []


def test_bridge_brings_a_reader_thread_scan_to_the_gui_thread(qtbot):
    bridge = ScannerBridge()
    seen = []
    bridge.scanned_data.connect(lambda d: seen.append((d, threading.current_thread() is threading.main_thread())))
    sc = open_scanner("sim://scanner", bridge.deliver)
    with qtbot.waitSignal(bridge.scanned, timeout=2000) as blocker:
        threading.Thread(target=sc.scan, args=("]E06901234567892",)).start()
    assert blocker.args == ["6901234567892"]
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == ScanData("6901234567892", "]E0", None, "]E06901234567892") and seen[0][1]
