"""What every screen of the supervisor desk shares: a read-only table and how to fill it, date fields that
read the same in every language, where documents are saved, and `DeskTab`, the base of every tab.

A tab reaches the services through `do(action, success)`, which runs the action, shows its refusal in the
user's language (or the success), and refreshes the tabs that show what may have changed. Each tab is its own
module in this package, named after the screen (orders_tab.py is the Orders screen)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QDialog, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem, QWidget

from ... import paths


def table(headers: list[str]) -> QTableWidget:
    """A read-only table of whole rows, one selected at a time."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(text))


def attempt(action) -> str | None:
    """Runs a service action: None when it was done, else its refusal in the user's language (a permission,
    a rule, a server that does not answer: nothing of the action was kept)."""
    from ...domain.errors import ServiceError
    from ...domain.permissions import Forbidden
    from ...services.station import DB_DOWN
    from ..messages import service_error

    try:
        action()
    except (Forbidden, ServiceError, ValueError) as exc:  # every service's refusal, said in the user's words
        return service_error(exc)
    except DB_DOWN:  # the server did not answer: nothing of the action was kept (its session rolled back)
        return QCoreApplication.translate("DeskWindow", "The server does not answer: nothing was changed. "
                                                        "Try again in a moment.")
    return None


def today() -> date:
    return date.today()


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def date_edit(d: date) -> QDateEdit:
    """A date field that reads the same in every language and locale: 2026-12-02 (never "2 12 2026")."""
    edit = QDateEdit(qdate(d))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def pydate(q: QDateEdit) -> date:
    d = q.date()
    return date(d.year(), d.month(), d.day())


def save_document(name: str, data: bytes) -> Path:
    """Documents (PDF, XLSX, CSV) go to the data directory's documents folder; the path is shown."""
    folder = paths.data_dir() / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


class DeskTab(QWidget):
    """One screen of the desk. `desk` is the window: it gives db, actor, station_id, the message line and
    sounds. Set `refresh_on_change` on a tab whose content any action may change (the exceptions queue,
    stock); `do` refreshes those after every success."""

    refresh_on_change = False

    def __init__(self, desk):
        super().__init__()
        self.desk = desk
        self.db, self.actor = desk.db, desk.actor

    @property
    def station_id(self) -> int | None:
        return self.desk.station_id

    # what a tab does through the window
    def do(self, action, success: str, refresh: bool = True) -> bool:
        return self.desk.do(action, success, refresh)

    def say(self, text: str, error: bool = False) -> None:
        self.desk.say(text, error)

    def ask(self, title: str, label: str) -> str | None:
        return self.desk.ask(title, label)

    def play(self, ok: bool) -> None:
        self.desk.play(ok)

    def run_dialog(self, dialog: QDialog) -> bool:
        """A dialog of this tab, modal (the tests answer it through this one place)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # what the window asks of a tab
    def on_scan(self, code: str) -> None:  # a scan while this tab is shown and no text field has the focus
        pass

    def refresh(self) -> None:
        pass

    def courier_field(self) -> QLineEdit:
        """The courier a tab works on (its code, ZTO to begin with)."""
        edit = QLineEdit("ZTO")
        edit.setMaximumWidth(140)
        return edit

    def courier_code(self) -> str:
        return self.courier.text().strip().upper()

    def document(self, name: str, make) -> None:
        """Make a document through the services (refusals said), save it and say where."""
        out: list[bytes] = []
        if self.do(lambda: out.append(make()), ""):
            path = save_document(name, out[0])
            self.say(self.tr("Saved {path}").format(path=path))
            self.last_document = path
            self.desk.last_document = path

    def open_last(self) -> None:
        if getattr(self, "last_document", None):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_document)))
