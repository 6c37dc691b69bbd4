"""The station window: sign-on and packing pages, driven by the scanner, the scale and a few keys."""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QInputDialog, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QStackedWidget, QVBoxLayout, QWidget,
)

from ..devices.scales import Reading
from ..domain.packflow import Err, Phase, Sound
from ..domain.permissions import Forbidden
from ..services.auth import AuthError
from ..services.supervisor import SupervisorError
from ..services.station import ServerUnreachable, StationService
from ..services.stations import HEARTBEAT_S
from . import theme
from ..domain.commands import Command, barcode
from .dialogs import CloseChoiceDialog, ConfirmDialog, DemoCardDialog, NewPinDialog, OverrideDialog
from .messages import device_reason, service_error

log = logging.getLogger(__name__)

PUT_BACK = barcode(Command.PUT_BACK)
from .pack_page import PackPage
from .scanner import ScannerFilter
from .signon_page import SignOnPage
from .sound import SoundPlayer


class SimScannerField(QLineEdit):
    """Demo only: what you type here and end with Enter arrives as if a scanner had read it."""

    scanned = Signal(str)
    space_on_empty = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.returnPressed.connect(self._emit)

    def _emit(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Space and not self.text():
            self.space_on_empty.emit()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    server_answered = Signal(bool)  # the offline probe's answer, from its thread

    def __init__(self, station: StationService, scanner: ScannerFilter, sounds: SoundPlayer,
                 scale=None, demo=None, poll_ms: int = 100, cfg=None):
        super().__init__()
        self.cfg = cfg
        self.station = station
        self.scanner = scanner
        self.sounds = sounds
        self.scale = scale
        self.demo = demo  # app.services.demo.DemoCard or None
        self.setWindowTitle(self.tr("PackStation — {station}").format(station=station.station_name))
        self.setStyleSheet(theme.STYLESHEET)

        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.signon = SignOnPage()
        self.pack = PackPage()
        self.stack.addWidget(self.signon)
        self.stack.addWidget(self.pack)
        lay.addWidget(self.stack, 1)
        self.sim_field: SimScannerField | None = None
        if demo is not None:
            bar = QHBoxLayout()
            bar.setContentsMargins(12, 0, 12, 6)
            cap = QLabel(self.tr("Simulated scanner (type a code, Enter) · F1 demo barcodes · "
                                 "F5/F6/F7 parcel on/too heavy/off the scale:"))
            cap.setFont(theme.font(theme.SMALL, bold=True))
            self.sim_field = SimScannerField()
            self.sim_field.scanned.connect(self.on_scan)
            self.sim_field.space_on_empty.connect(self.on_space)
            bar.addWidget(cap)
            bar.addWidget(self.sim_field, 1)
            lay.addLayout(bar)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)

        scanner.scanned.connect(self.on_scan)
        scanner.dropped.connect(lambda why: self.on_scanner_status(True, why))
        self.signon.submitted.connect(self.on_sign_on)
        self.pack.quantity_entered.connect(self.on_quantity)
        self.pack.acknowledge_requested.connect(self.on_space)
        self._shortcuts()
        self._dialog: OverrideDialog | None = None

        self.reconnect_timer = QTimer(self)  # while the database does not answer: try again every 2 s
        self.reconnect_timer.setInterval(2000)
        self.reconnect_timer.timeout.connect(self.try_reconnect)
        self._probe: threading.Thread | None = None
        self._scanner_state = "wedge"  # a serial/USB scanner reports: ok, offline, warning
        self.heartbeat_timer = QTimer(self)  # several stations: alive, who, what, devices; is the order still ours
        self.heartbeat_timer.setInterval(int(HEARTBEAT_S * 1000))
        self.heartbeat_timer.timeout.connect(self.heartbeat)
        self.heartbeat_timer.start()
        self.server_answered.connect(self._server_answered)  # queued: emitted by the probe thread
        self.poll = QTimer(self)
        self.poll.timeout.connect(self.poll_scale)
        if scale is not None:
            self.poll.start(poll_ms)
        self.refresh()
        self.signon.reset()
        self._focus_input()
        self.show_device_warnings()

    # ------------------------------------------------------------ keys
    def _shortcuts(self) -> None:
        def key(seq, slot):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)
            return sc

        key(Qt.Key.Key_Space, self.on_space)
        key(Qt.Key.Key_F12, self.on_sign_off)
        key(Qt.Key.Key_Escape, self.on_abandon)
        key(Qt.Key.Key_F9, self.on_override)
        key(Qt.Key.Key_F2, self.on_quantity_key)
        key("Ctrl+P", self.on_not_printed)
        key("Ctrl+Q", self.on_sign_out)
        key("Ctrl+M", self.toggle_sound)
        key(Qt.Key.Key_F4, lambda: self.station.state.order is not None and self._act(self.station.close_parcel))
        key(Qt.Key.Key_F8, self.on_short)
        key(Qt.Key.Key_F10, self.on_force_verify)
        key(Qt.Key.Key_F11, self.open_desk)
        key(Qt.Key.Key_F3, self.open_devices)
        if self.demo is not None:
            key(Qt.Key.Key_F1, self.show_demo_card)
            key(Qt.Key.Key_F5, lambda: self.demo_place(0))
            key(Qt.Key.Key_F6, lambda: self.demo_place(300))
            key(Qt.Key.Key_F7, lambda: hasattr(self.scale, "remove") and self.scale.remove())

    # ------------------------------------------------------------ input
    def on_scan(self, code: str) -> None:
        if self.station.offline and self._dialog is None:  # nothing is counted until the server is back
            self.sounds.play(Sound.ERROR)
            self.statusBar().showMessage(self.tr("Not counted: no connection to the server ({code})").format(code=code),
                                         5000)
            return
        if self._dialog is not None:
            self._dialog.accept_scan(code)
            return
        desk = getattr(self, "desk", None)
        if desk is not None and desk.isVisible() and desk.is_active():
            desk.on_scan(code)
            return
        if self.station.state.phase is Phase.SIGNED_OUT:
            self.on_sign_on(code, "")
            return
        if self.pack.qty_edit.hasFocus():
            self.pack.qty_edit.clear()  # a barcode scanned while the quantity field had focus is a scan
            self.setFocus()
        if code.strip().upper() == barcode(Command.SIGN_OUT) and self.station.state.order is None:
            self.on_sign_out()
            return
        self._act(lambda: self.station.scan(code))

    def on_sign_on(self, ident: str, pin: str) -> None:
        try:
            self.station.sign_on(ident, pin or None)
        except ServerUnreachable:
            self.went_offline()
            self.signon.reset(self.tr("No connection to the server: try again in a moment"))
            return
        except AuthError as exc:
            if exc.code == "pin_change_required" and self._new_pin(ident, pin):
                return self.on_sign_on(ident, self._new_pin_value)
            self.sounds.play(Sound.ERROR)
            self.signon.reset(self._auth_message(exc))
            return
        self.refresh()

    def _new_pin(self, ident: str, old_pin: str) -> bool:
        """The PIN is right but too short for the role: choose a new one now (asked twice)."""
        dlg = NewPinDialog(self)
        self._dialog = dlg
        try:
            while dlg.exec() == QDialog.DialogCode.Accepted:
                new = dlg.value()
                try:
                    self.station.change_pin(ident, old_pin, new)
                except AuthError as exc:
                    dlg.error.setText(self._auth_message(exc))
                    continue
                self._new_pin_value = new
                return True
            return False
        finally:
            self._dialog = None

    def on_quantity(self, text: str) -> None:
        self._act(lambda: self.station.type_quantity(text))
        self.setFocus()  # the quantity is in: keys go back to the packing screen
        self._focus_input()

    def on_quantity_key(self) -> None:
        """F2: type the current line's total; only while scanning (otherwise the screen says why not)."""
        state = self.station.state
        if state.phase is Phase.SIGNED_OUT:
            return
        if state.phase is Phase.PACKING and state.error is None:
            self.pack.qty_edit.setFocus()
        else:
            self._act(lambda: self.station.type_quantity(""))

    def on_not_printed(self) -> None:
        """Ctrl+P in LABEL_CHECK: no label came out, print it again."""
        if self.station.state.phase is not Phase.SIGNED_OUT:
            self._act(self.station.not_printed)

    def on_space(self) -> None:
        state = self.station.state
        if state.phase is Phase.SIGNED_OUT:
            return
        if state.error is not None:
            self._act(self.station.acknowledge)
        elif state.phase is Phase.CHECK:
            self._act(self.station.confirm_check)

    def on_sign_off(self) -> None:
        if self.station.state.phase is not Phase.SIGNED_OUT:
            self._act(self.station.sign_off)

    def on_abandon(self) -> None:
        """Esc: put the order back. Its items go back to the shelf and its counts are cleared, so with items
        counted the packer confirms it first (Enter, or the PUT BACK command scanned)."""
        state = self.station.state
        if state.order is None:
            return
        units = sum(ln.in_parcel for ln in state.order.lines)
        if units and state.phase not in (Phase.PRINTING, Phase.DONE, Phase.LABEL_CHECK):
            if not self._confirm(self.tr("Put order {no} back?").format(no=state.order.order_no),
                                 self.tr("The {n} scanned item(s) go back to the shelf and the counts are cleared.")
                                 .format(n=units), self.tr("Put back"), PUT_BACK):
                return
            self._act(lambda: self.station.abandon(confirmed=True))
            return
        self._act(self.station.abandon)

    def _confirm(self, title: str, text: str, yes: str, command: str) -> bool:
        dlg = ConfirmDialog(title, text, yes, self, command=command)
        self._dialog = dlg
        try:
            return dlg.exec() == QDialog.DialogCode.Accepted
        finally:
            self._dialog = None
            self.activateWindow()

    def on_sign_out(self) -> None:
        state = self.station.state
        if state.order is not None and state.phase not in (Phase.DONE, Phase.PRINTING, Phase.LABEL_CHECK):
            self.on_abandon()  # the order goes back first (asked), then the packer signs out
            if self.station.state.order is not None:
                return
        self.station.sign_out()
        self.signon.reset()
        self.refresh()

    def device_states(self) -> dict:
        """What the Stations screen shows of this station's devices (codes; the desk translates them)."""
        state = self.station.state
        if self.scale is None:
            scale = "none"
        elif not state.scale_online:
            scale = "offline"
        else:
            scale = "fault" if state.scale_fault else "ok"
        printer = "fault" if state.error is not None and state.error.code is Err.PRINT_FAILED else "ok"
        return {"scale": scale, "printer": printer, "paper_low": bool(self.station.paper_low),
                "scanner": self._scanner_state}

    def heartbeat(self) -> None:
        if self.station.offline:
            return  # the probe thread asks the server; no database work on this thread meanwhile
        before = self.station.state
        try:
            after = self.station.heartbeat(self.device_states())
        except ServerUnreachable:
            self.went_offline()
            return
        if after is not before:
            self._after_action()

    def on_scanner_status(self, connected: bool, why: str) -> None:
        """A serial or USB scanner came or went (or lost something while connected): say so in the packer's
        language."""
        self._scanner_state = "offline" if not connected else ("warning" if why else "ok")
        if connected and not why:
            text = self.tr("Scanner connected")
        elif connected:
            text = self.tr("Scanner: {why}").format(why=device_reason(why))
            self.sounds.play(Sound.ERROR)
        else:
            text = self.tr("Scanner not connected: {why}").format(why=device_reason(why))
            self.sounds.play(Sound.ERROR)
        self.statusBar().showMessage(text)

    def show_device_warnings(self) -> None:
        """What the start-up found wrong with the devices (e.g. a label wider than the printer's head)."""
        for code, params in self.station.device_warnings:
            if code == "head_too_narrow":
                self.statusBar().showMessage(self.tr(
                    "The {size} label is wider than the printer's head ({label} > {head} dots): nothing will print. "
                    "Ask IT to choose a label that fits: {fitting}").format(**params))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Closing the window with an order open asks what becomes of it."""
        state = self.station.state
        if state.order is None or state.phase in (Phase.DONE, Phase.SIGNED_OUT):
            self._stop_timers()
            event.accept()
            return
        dlg = CloseChoiceDialog(state.order.order_no, self)
        self._dialog = dlg
        try:
            choice = dlg.ask()
        finally:
            self._dialog = None
        if choice == "put_back":
            self.station.abandon(confirmed=True)
            self._stop_timers()
            event.accept()
        elif choice == "keep":
            self._stop_timers()
            event.accept()  # the order stays open at this station: the next sign-on here resumes it
        else:
            event.ignore()

    def _stop_timers(self) -> None:
        """The window is going: no more heartbeats, scale polls or reconnect tries on its behalf."""
        for timer in (self.heartbeat_timer, self.reconnect_timer, self.poll):
            timer.stop()

    def on_override(self) -> None:
        state = self.station.state
        if state.phase is not Phase.WEIGHT_OUT:
            return
        what = self.tr("Accept {w:.3f} kg for order {no} (expected {e:.3f} kg)").format(
            w=(state.weight_g or 0) / 1000, no=state.order.order_no if state.order else "",
            e=(state.expected_g or 0) / 1000)
        self._supervisor(what, act=self.station.override)

    def _supervisor(self, what: str, reasons: list[str] | None = None, ask_reason: bool = True, act=None) -> bool:
        """Runs `act(ident, pin, reason)` with a supervisor's badge/code + PIN from the override dialog,
        asking again on a wrong PIN; returns whether it went through."""
        dlg = OverrideDialog(what, self, ask_reason=ask_reason, reasons=reasons)
        self._dialog = dlg
        try:
            while dlg.exec() == QDialog.DialogCode.Accepted:
                ident, pin, reason = dlg.values()
                try:
                    act(ident, pin, reason)
                except ServerUnreachable:
                    dlg.error.setText(self.tr("No connection to the server: try again in a moment"))
                    self.went_offline()
                    continue
                except AuthError as exc:
                    dlg.error.setText(self._auth_message(exc))
                    if exc.code in ("bad_pin", "locked", "unknown"):
                        dlg.pin.clear()  # only a wrong PIN is typed again; a missing reason keeps it
                    continue
                except (SupervisorError, Forbidden) as exc:
                    dlg.error.setText(service_error(exc))
                    continue
                return True
            return False
        finally:
            self._dialog = None
            dlg.hide()
            self.activateWindow()  # keys go back to the packing screen
            self._after_action()

    def on_short(self) -> None:
        """F8: the current line is short on the shelf: the order goes on hold to the supervisor."""
        state = self.station.state
        line = state.line(state.current_line) or next((ln for ln in (state.order.lines if state.order else ())
                                                       if not ln.done), None)
        if line is None:
            return
        reasons = [self.tr("Shelf empty"), self.tr("Item damaged"), self.tr("Wrong item on the shelf")]
        reason, ok = QInputDialog.getItem(
            self, self.tr("Line short"), self.tr("{sku} {name}: why is it short?").format(
                sku=line.product.sku, name=line.product.name), reasons, 0, True)
        if ok and reason.strip():
            self._act(lambda: self.station.mark_short(line.id, reason.strip()))

    def on_force_verify(self) -> None:
        """F10: a supervisor counts the current line without scanning (unreadable barcode)."""
        state = self.station.state
        line = state.line(state.current_line) or next((ln for ln in (state.order.lines if state.order else ())
                                                       if not ln.done), None)
        if line is None or line.done:
            return
        self._supervisor(self.tr("Count {sku} ×{n} without scanning").format(sku=line.product.sku,
                                                                              n=line.remaining),
                         reasons=["", self.tr("Barcode unreadable"), self.tr("Barcode missing")],
                         act=lambda i, p, r: self.station.force_verify_line(line.id, i, p, r))

    def open_desk(self) -> None:
        """F11: the supervisor's desk, after badge/code + PIN."""
        from .desk import DeskWindow

        def open_it(ident, pin, _reason):
            sup = self.station.supervisor(ident, pin)
            self.desk = DeskWindow(self.station.db, sup, self.station.station_id, station=self.station,
                                   sounds=self.sounds)
            self.desk.show()
            self.desk.raise_()  # in front of the packing window, with the keys
            self.desk.activateWindow()

        self._supervisor(self.tr("Open the supervisor desk"), ask_reason=False, act=open_it)

    def open_devices(self) -> None:
        """F3: the Devices screen (IT): an admin's badge/code + PIN first."""
        from ..config import Config
        from ..domain.permissions import Action
        from .devices_page import DevicesDialog

        def open_it(ident, pin, _reason):
            self.station.supervisor(ident, pin, Action.CHANGE_SETTINGS)  # an admin's; refusals audited
            self._devices = DevicesDialog(self.cfg or Config(), self)
            self.scanner.scanned.connect(self._devices.show_scan)
            self._devices.show()

        self._supervisor(self.tr("Devices (admin)"), ask_reason=False, act=open_it)

    def _act(self, action) -> None:
        try:
            action()
        except ServerUnreachable:
            self.went_offline()
        self._after_action()

    def went_offline(self) -> None:
        """The database stopped answering: say so (the screen turns red), count nothing, and keep trying."""
        self.sounds.play(Sound.ERROR)
        if not self.reconnect_timer.isActive():
            self.reconnect_timer.start()
        self.refresh()

    def try_reconnect(self) -> None:
        """Ask the server off the GUI thread (an unreachable host takes seconds to say no); when it answers,
        take the order's counts from it here (`_server_answered`)."""
        if self._probe is not None and self._probe.is_alive():
            return
        self._probe = threading.Thread(target=lambda: self.server_answered.emit(self.station.server_answers()),
                                       daemon=True, name="db-probe")
        self._probe.start()

    def _server_answered(self, answers: bool) -> None:
        if answers and self.station.offline and self.station.reconnect():
            self.reconnect_timer.stop()
            self.sounds.play(Sound.OK)
            self._after_action()

    def _after_action(self) -> None:
        for s in self.station.take_sounds():
            self.sounds.play(s)
        self.refresh()

    # ------------------------------------------------------------ scale
    def poll_scale(self) -> None:
        if self.scale is None:
            return
        r: Reading = self.scale.read()
        before = self.station.state
        if self.station.offline:
            return
        try:
            after = self.station.reading(r)
        except ServerUnreachable:
            self.went_offline()
            return
        for s in self.station.take_sounds():
            self.sounds.play(s)
        if after is not before:
            self.refresh()

    def demo_place(self, extra_g: int) -> None:
        if not hasattr(self.scale, "place"):  # only the simulated scale takes parcels from a key
            return
        expected = self.station.state.expected_g
        self.scale.place((expected if expected is not None else 500) + extra_g)

    def toggle_sound(self) -> None:
        self.sounds.enabled = not self.sounds.enabled
        self.statusBar().showMessage(self.tr("Sound on") if self.sounds.enabled else self.tr("Sound off"), 3000)

    def _show_pool(self, state) -> None:
        """The courier's waybill numbers left, under the courier: read when the order or its end changes, not
        at every scan."""
        key = (state.order.order_no if state.order else None, state.phase is Phase.DONE,
               state.error is not None and state.error.code is Err.NO_WAYBILL)  # the pool may say why
        if key == getattr(self, "_pool_key", None) or self.station.offline:
            return
        self._pool_key = key
        try:
            level = self.station.pool_level()
        except Exception:  # noqa: BLE001 - a small line of information never stops the packer
            log.warning("could not read the waybill pool level", exc_info=True)
            return
        self.pack.show_pool(level)

    def show_demo_card(self) -> None:
        if self.demo is not None:
            DemoCardDialog(self.demo, self).exec()

    # ------------------------------------------------------------ drawing
    def refresh(self) -> None:
        state = self.station.state
        if state.phase is Phase.SIGNED_OUT:
            self.stack.setCurrentWidget(self.signon)
            self.status.setText(self.tr("Station {station} · signed out").format(station=self.station.station_name))
            self.signon.station.setText(self.tr("Station {station}").format(station=self.station.station_name))
            return
        self.stack.setCurrentWidget(self.pack)
        self.pack.show_state(state)
        self.pack.show_offline(self.station.offline)
        self._show_pool(state)
        if self.station.last_label_png is not None and state.phase is Phase.DONE:
            self.pack.show_label(self.station.last_label_png)
            if self.station.print_note.startswith("backup:"):
                self.statusBar().showMessage(self.tr("Printed on the BACKUP printer {url}: check the main printer")
                                             .format(url=self.station.print_note[7:]), 15000)
            elif self.station.paper_low:
                self.statusBar().showMessage(self.tr("Label paper running low: have a new roll ready"))
        op = state.operator
        self.status.setText(self.tr("Station {station} · packer {name}").format(
            station=self.station.station_name, name=op.name if op else ""))
        self._focus_input()

    def _focus_input(self) -> None:
        if self.stack.currentWidget() is self.signon:
            if not self.signon.pin.hasFocus():
                self.signon.code.setFocus()
            return
        state = self.station.state
        if self.pack.qty_edit.hasFocus() and (state.error is not None or state.phase is not Phase.PACKING):
            self.pack.qty_edit.clear()  # a banner asks for Space: it must not type into the quantity field
            self.setFocus()
        if not self.pack.qty_edit.hasFocus():
            # Keys must land on a visible widget of this page: the scanner filter sees them there.
            (self.sim_field or self.pack).setFocus()

    def _auth_message(self, exc: AuthError) -> str:
        if exc.code == "bad_input":
            return service_error(exc)
        if exc.code == "wait":
            return self.tr("Too many wrong tries: wait {seconds} s and try again").format(seconds=exc.detail)
        return {
            "unknown": self.tr("Unknown badge or operator code"),
            "bad_pin": self.tr("Wrong operator code or PIN"),
            "inactive": self.tr("This operator is disabled"),
            "pin_required": self.tr("Supervisors and admins sign on with badge or code and PIN: enter your PIN"),
            "pin_change_required": self.tr("Your PIN is too short for your role: choose a new one"),
            "not_supervisor": self.tr("Only a supervisor can do this"),
        }.get(exc.code, self.tr("Sign-on refused"))

