"""The desk's Stations screen: every station on this database, live (read again every few seconds while the
screen is shown): online or not, who is at it, the order open there, parcels today and in the last hour, its
devices, when it was last seen. A supervisor can take the open order off a station (app.services.stations)."""
from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout

from ...domain.permissions import Forbidden
from ...services import stations
from ...services.station import DB_DOWN
from ..messages import service_error
from .. import theme
from .kit import DeskTab, table


def device_word(kind: str, value) -> str:
    """A device state code as the Stations screen says it."""
    if value is None:
        return "—"  # the station has not said (never seen, or an older program)
    if kind == "paper_low":
        return QCoreApplication.translate("Stations", "low") if value else QCoreApplication.translate("Stations", "enough")
    return {
        "ok": QCoreApplication.translate("Stations", "OK"),
        "offline": QCoreApplication.translate("Stations", "not connected"),
        "fault": QCoreApplication.translate("Stations", "fault"),
        "warning": QCoreApplication.translate("Stations", "warning"),
        "none": QCoreApplication.translate("Stations", "none"),
        "wedge": QCoreApplication.translate("Stations", "keyboard"),
    }.get(str(value), QCoreApplication.translate("Stations", "unknown"))


def ago_text(seconds: int | None) -> str:
    if seconds is None:
        return QCoreApplication.translate("Stations", "never")
    if seconds < 60:
        return QCoreApplication.translate("Stations", "{n} s ago").format(n=max(seconds, 0))
    if seconds < 3600:
        return QCoreApplication.translate("Stations", "{n} min ago").format(n=seconds // 60)
    return QCoreApplication.translate("Stations", "{n} h ago").format(n=seconds // 3600)


DEVICE_COLUMNS = {6: "scale", 7: "printer", 9: "scanner"}  # the columns that show a device's state


class StationsTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        self.table = table([self.tr("Station"), self.tr("State"), self.tr("Packer"), self.tr("Order"),
                             self.tr("Parcels today"), self.tr("Last hour"), self.tr("Scale"), self.tr("Printer"),
                             self.tr("Label paper"), self.tr("Scanner"), self.tr("Last seen")])
        self.table.setFont(theme.font(theme.SMALL))
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.take_button = QPushButton(self.tr("Take the order off this station…"))
        self.take_button.clicked.connect(self.take_over)
        row.addWidget(self.take_button)
        self.summary = QLabel()
        row.addWidget(self.summary, 1)
        lay.addLayout(row)
        self.rows: list[stations.StationRow] = []
        self.timer = QTimer(self)
        self.timer.setInterval(int(stations.HEARTBEAT_S * 1000))
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API: shown, so read it now
        super().showEvent(event)
        self.refresh()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        day_start = datetime.combine(datetime.now().date(), time()).astimezone()
        try:  # read every few seconds: a refusal is said, a success says nothing (the last message stays)
            self.rows = stations.overview(self.db, self.actor, day_start)
        except Forbidden as exc:
            self.timer.stop()
            self.say(service_error(exc), error=True)
            return
        except DB_DOWN:
            self.say(self.tr("The server does not answer: the list is as it was"), error=True)
            return
        self.table.setRowCount(len(self.rows))
        for r, st in enumerate(self.rows):
            d = st.devices
            cells = [st.name, self.tr("online") if st.online else self.tr("not seen"), st.operator or "—",
                     st.order_no or "—", str(st.parcels_today), str(st.parcels_last_hour),
                     device_word("scale", d.get("scale")), device_word("printer", d.get("printer")),
                     device_word("paper_low", d.get("paper_low")), device_word("scanner", d.get("scanner")),
                     ago_text(st.seconds_ago)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                device = DEVICE_COLUMNS.get(c)
                bad = ((c == 1 and not st.online) or (device is not None and d.get(device) in ("offline", "fault"))
                       or (c == 8 and d.get("paper_low")))
                if bad:
                    item.setForeground(QColor(theme.COLOURS["error"]))
                self.table.setItem(r, c, item)
        online = sum(1 for st in self.rows if st.online)
        self.summary.setText(self.tr("{online} of {total} stations online · {parcels} parcels today").format(
            online=online, total=len(self.rows), parcels=sum(st.parcels_today for st in self.rows)))

    def take_over(self) -> None:
        r = self.table.currentRow()
        if r < 0 or r >= len(self.rows) or not self.rows[r].order_no:
            self.say(self.tr("Choose a station that has an order open"), error=True)
            return
        st = self.rows[r]
        reason = self.ask(self.tr("Take over"), self.tr(
            "Take order {order} off station {station}? Its counts go with it. Reason:").format(
            order=st.order_no, station=st.name))
        if reason is None:
            return
        if self.do(lambda: stations.take_over(self.db, self.actor, st.order_no, reason, self.desk.station_id),
                         self.tr("Order {order} taken off station {station}: scan it at any station").format(
                             order=st.order_no, station=st.name)):
            self.refresh()
