"""The desk's Stations screen, live: two station windows on one database, the screen shows each one's
packer, order, parcels and devices, and taking an order off a station tells that station's screen at its
next heartbeat. On SQLite and on the PostgreSQL server."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.devices.scales import SimScale
from app.domain.packflow import Phase
from app.services import auth
from app.services.station import StationService
from app.ui.desk import DeskWindow
from app.ui.main_window import MainWindow
from app.ui.scanner import ScannerFilter
from app.ui.sound import SoundPlayer
from tests.fakes import RecordingPrinter, fake_render

pytestmark = pytest.mark.both_dbs


def window(qtbot, db, name):
    st = StationService(db, name, RecordingPrinter(), render_label=fake_render)
    win = MainWindow(st, ScannerFilter(40, 2), SoundPlayer(enabled=False), scale=SimScale(settle_s=0),
                     poll_ms=10**6)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_stations_screen_shows_them_live_and_takes_an_order_over(qtbot, db_backend, shop, monkeypatch):
    one, two = window(qtbot, shop, "PACK-01"), window(qtbot, shop, "PACK-02")
    one.on_sign_on("B1001", "")
    two.on_sign_on("B1002", "")
    one.station.scan("T1")
    one.station.scan("6900000000011")
    one.station.weight(0, True)
    one.station.weight(one.station.state.expected_g, True)
    assert one.station.sign_off().phase is Phase.DONE
    two.station.scan("T2")
    two.station.paper_low = True
    one.heartbeat()
    two.heartbeat()
    with shop.session() as s:
        sup = auth.authenticate(s, "B9001", "999999")
    desk = DeskWindow(shop, sup)
    qtbot.addWidget(desk)
    desk.show()
    desk.tabs.setCurrentWidget(desk.tab("stations"))
    t = desk.tab("stations").table
    assert t.rowCount() == 2
    cells = {t.item(r, 0).text(): [t.item(r, c).text() for c in range(t.columnCount())] for r in range(2)}
    assert cells["PACK-01"][1:6] == ["online", "王芳", "—", "1", "1"]
    assert cells["PACK-02"][1:6] == ["online", "张伟", "T2", "0", "0"]
    assert cells["PACK-02"][6] == "OK" and cells["PACK-02"][8] == "low" and cells["PACK-02"][9] == "keyboard"
    assert "2 of 2 stations online" in desk.tab("stations").summary.text()

    t.setCurrentCell(next(r for r in range(2) if t.item(r, 0).text() == "PACK-02"), 0)
    monkeypatch.setattr(desk, "ask", lambda *_a: "换台 moving station")
    QTest.mouseClick(desk.tab("stations").take_button, Qt.MouseButton.LeftButton)
    assert "T2" in desk.message.text()
    two.heartbeat()                                # at its next heartbeat the station is told
    assert two.station.state.order is None and two.station.state.notice == "taken_away"
    assert two.pack.notice.isVisible() and "T2" in two.pack.notice.text()
    one.station.scan("T2")                         # and any station can go on with it
    assert one.station.state.order.order_no == "T2"
