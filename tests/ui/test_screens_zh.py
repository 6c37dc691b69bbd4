"""Every screen fits a 1366×768 and a 1920×1080 screen in both languages, and a Chinese screen shows no
English sentence and no raw value (none, green, intact …): every station state, every banner, the dialogs,
every tab of the desk and the Devices screen.

"English" is any run of three or more ASCII letters that is not data (an order number, a SKU, a URL …
from the fixture) and not a key cap or an abbreviation every Chinese warehouse uses (Esc, Ctrl, PIN, SKU …).
"Fits" is: the window did not grow past the screen, and no one-line text is cut off (elided labels, which
keep the whole text in the tooltip, excepted)."""
from __future__ import annotations

import html
import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDateEdit, QGroupBox, QLabel, QLineEdit, QTabWidget, QTableWidget,
    QTextBrowser, QWidget,
)
from sqlalchemy import select, update

from app.config import Config
from app.devices.printers import PrinterRefused, SimPrinter
from app.devices.scales import SimScale
from app.domain.packflow import Phase
from app.models import Barcode, Carton, Courier, Order, Product, Station, Supply
from app.services import stations
from app.services.station import StationService
from app.ui.app import install_translations
from app.ui.desk import DeskWindow
from app.ui.devices_page import DevicesDialog
from app.ui.dialogs import CloseChoiceDialog, ConfirmDialog, DemoCardDialog, NewPinDialog, OverrideDialog
from app.ui.main_window import MainWindow
from app.ui.pack_page import ElidedLabel
from app.ui.scanner import ScannerFilter
from app.ui.sound import SoundPlayer
from tests.fakes import fake_render
from tests.people import who

WORD = re.compile(r"[A-Za-z][A-Za-z]{2,}")
ALLOWED = {"Esc", "Ctrl", "PIN", "SKU", "PDF", "XLSX", "CSV", "URL", "USB", "TCP", "ESC", "POS", "TSPL", "ZPL",
           "EMS", "HID", "UTF", "GBK", "COM", "dpi", "PNG", "Enter", "Tab", "GS", "JSON", "VID", "PID", "TSC"}
SIZES = [(1366, 768), (1920, 1080)]
DEBUG = bool(__import__("os").environ.get("SCREENS_DEBUG"))


class _Printer(SimPrinter):
    def send(self, job_id, data):  # fake_render gives text, not ESC/POS
        if self.fail_next:
            self.fail_next = None
            raise PrinterRefused("paper out", "paper_out")
        self.jobs.append(job_id)


def data_words(db) -> set[str]:
    """Words that are data, not UI: order numbers, SKUs, styles, codes, names from the fixture."""
    words: set[str] = set()
    with db.session() as s:
        for row in (list(s.scalars(select(Order.order_no))) + list(s.scalars(select(Product.sku)))
                    + list(s.scalars(select(Product.style))) + list(s.scalars(select(Product.name)))
                    + list(s.scalars(select(Barcode.code))) + list(s.scalars(select(Carton.code)))
                    + list(s.scalars(select(Carton.name))) + list(s.scalars(select(Courier.code)))
                    + list(s.scalars(select(Station.name))) + list(s.scalars(select(Supply.code)))):
            words |= set(WORD.findall(row or ""))
    return words


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user reads on `root` and its visible children."""
    out: list[tuple[str, str]] = [("title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = type(w).__name__
        if isinstance(w, ElidedLabel):
            out.append((name, w.full_text()))
        elif isinstance(w, QLabel):
            out.append((name, re.sub(r"<[^>]+>", " ", html.unescape(w.text()))))
        elif isinstance(w, QAbstractButton):
            out.append((name, w.text()))
        elif isinstance(w, QLineEdit):
            out.append((name + ".placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            out += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QTextBrowser):
            out.append((name, w.toPlainText()))
        elif isinstance(w, QDateEdit):
            out.append((name + ".date", w.text()))
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                out.append((name + ".header", item.text() if item else ""))
            for r in range(min(w.rowCount(), 30)):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None:
                        out.append((name + ".cell", item.text()))
    return out


def english(root: QWidget, data: set[str]) -> list[str]:
    bad = []
    for where, text in texts(root):
        if where.endswith(".date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            bad.append(f"{where}: the date {text!r} is not written 2026-12-02")
        for word in WORD.findall(re.sub(r"\w+://\S+", " ", text or "")):
            if word not in ALLOWED and word not in data and not re.fullmatch(r"F\d+", word):
                bad.append(f"{where}: {word!r} in {text!r}")
    return bad


def clipped(root: QWidget) -> list[str]:
    """One-line labels and buttons whose text is wider than they are (it is cut off)."""
    bad = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not w.isVisible() or isinstance(w, ElidedLabel) or not w.text() or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and (w.wordWrap() or w.pixmap() is not None and not w.pixmap().isNull()
                                      or "<" in w.text()):
            continue
        if isinstance(w, QAbstractButton):  # a button narrower than its own size hint cuts its text
            need, room = w.sizeHint().width(), w.width()
        else:
            need = max(w.fontMetrics().horizontalAdvance(line) for line in w.text().split("\n"))
            room = w.contentsRect().width()
        if need > room + 2:
            bad.append(f"{type(w).__name__} {w.text()!r}: needs {need} px, has {room}")
    return bad


def check(root: QWidget, data: set[str], lang: str, label: str, qapp) -> list[str]:
    problems = []
    for w, h in SIZES:
        root.resize(w, h)
        qapp.processEvents()
        if root.width() > w or root.height() > h:
            problems.append(f"{label} {lang} {w}×{h}: the window grew to {root.width()}×{root.height()}"
                            + ("".join(f"; {type(c).__name__} {getattr(c, 'objectName', lambda: '')()} min "
                                      f"{c.minimumSizeHint().height()} h {c.height()}"
                                      for c in root.findChildren(QWidget) if c.isVisible()
                                      and c.parentWidget() is not None and c.height() > 60
                                      and type(c).__name__ in ("QFrame", "QTableWidget", "QLabel", "ScaledPixmapLabel",
                                                               "QWidget")) if DEBUG else ""))
        problems += [f"{label} {lang} {w}×{h}: {p}" for p in clipped(root)]
    if lang == "zh_CN":
        problems += [f"{label}: {p}" for p in english(root, data)]
    return problems


@pytest.fixture(params=["zh_CN", "en"])
def lang(request, qapp):
    install_translations(request.param)
    yield request.param
    install_translations("en")


def station_window(qtbot, shop):
    scale = SimScale(settle_s=0)
    station = StationService(shop, "PACK-01", _Printer(), render_label=fake_render)
    win = MainWindow(station, ScannerFilter(40, 2), SoundPlayer(enabled=False), scale=scale, demo=None,
                     poll_ms=10**6)
    qtbot.addWidget(win)
    win.show()
    return win, station, scale


def test_the_packing_screens_fit_and_speak_one_language(qtbot, qapp, shop, lang):
    win, st, scale = station_window(qtbot, shop)
    data = data_words(shop)
    problems = check(win, data, lang, "sign-on", qapp)

    def at(label, action=None):
        if action is not None:
            action()
        win.refresh()
        problems.extend(check(win, data, lang, label, qapp))

    win.on_sign_on("B1001", "")
    at("idle")
    at("order open", lambda: st.scan("T2"))
    at("wrong size", lambda: st.scan("6900000000011"))
    at("scan during an error", lambda: st.scan("6900000000028"))
    at("another order mid-order", lambda: (st.acknowledge(), st.scan("T1")))
    at("sign-off too early", lambda: (st.acknowledge(), st.sign_off()))
    at("confirm put back", lambda: (st.scan("6900000000028"), st.abandon()))
    at("put back", lambda: st.abandon())
    at("manual check", lambda: (st.scan("T3"), st.scan("6900000000035")))
    at("weighing", lambda: st.confirm_check())
    at("scale offline", lambda: st.weight(0, False, online=False))
    at("overload", lambda: st.weight(0, False, fault="overload"))
    at("weight out", lambda: (st.weight(0, True), st.weight(2000, True)))
    st.override("B9001", "999999", "厚包装")
    at("accepted by the supervisor")
    at("sign-off without the scale", lambda: (st.weight(0, False, online=False), st.sign_off()))
    st.acknowledge()
    st.weight(2000, True)
    st.printer.fail_next = "paper out"
    at("print refused", lambda: st.sign_off())
    assert st.state.phase is Phase.READY
    at("no connection to the server", lambda: setattr(st, "offline", True))
    st.offline = False
    at("printed", lambda: (st.acknowledge(), st.sign_off()))
    assert st.state.phase is Phase.DONE
    # several stations: the order elsewhere (who, since when), taken over, taken away
    other = StationService(shop, "PACK-02", _Printer(), render_label=fake_render)
    other.sign_on("B1002")
    other.scan("T2")
    at("order at another station", lambda: st.scan("T2"))
    assert st.state.error is not None and st.state.error.params.get("operator")
    st.acknowledge()
    with shop.session() as s:
        s.execute(update(Station).where(Station.id == other.station_id).values(last_seen=None))
    at("taken over from a quiet station", lambda: st.scan("T2"))
    assert st.state.notice == "taken_over"
    stations.take_over(shop, who(shop, "B9001"), "T2", "换台")
    at("taken away by a supervisor", lambda: st.heartbeat(win.device_states()))
    assert st.state.notice == "taken_away"
    assert not problems, "\n".join(problems)



def test_the_dialogs_fit_and_speak_one_language(qtbot, qapp, shop, lang):
    data = data_words(shop)
    problems = []
    for label, dlg in (("override", OverrideDialog("接受 0.500 kg", None)),
                       ("confirm", ConfirmDialog("放回订单 T2？", "已扫的 1 件商品放回货架", "放回")),
                       ("close", CloseChoiceDialog("T2")), ("new PIN", NewPinDialog())):
        qtbot.addWidget(dlg)
        dlg.show()
        qapp.processEvents()
        problems += [f"{label}: {p}" for p in clipped(dlg)]
        if lang == "zh_CN":
            problems += [f"{label}: {p}" for p in english(dlg, data)]
        dlg.hide()
    assert not problems, "\n".join(problems)


def test_the_demo_card_speaks_one_language(qtbot, qapp, db, lang):
    from app.services import demo

    demo.seed_demo(db)
    dlg = DemoCardDialog(demo.demo_card(db))
    qtbot.addWidget(dlg)
    dlg.show()
    qapp.processEvents()
    problems = clipped(dlg) + (english(dlg, data_words(db)) if lang == "zh_CN" else [])
    assert not problems, "\n".join(problems)


def test_the_desk_fits_and_speaks_one_language(qtbot, qapp, shop, lang):
    from app.services import auth

    win, st, _scale = station_window(qtbot, shop)
    st.sign_on("B1001")
    st.scan("REFUND")          # intercepted at the scan: a case the program writes the reason of
    st.acknowledge()
    st.scan("T1")
    st.scan("6900000000028")   # an error
    st.heartbeat(win.device_states())  # the Stations screen shows its devices
    with shop.session() as s:
        sup = auth.authenticate(s, "B9001", "999999")
    desk = DeskWindow(shop, sup, st.station_id, station=st)
    qtbot.addWidget(desk)
    desk.show()
    data = data_words(shop) | {"NOPE"}
    problems = []
    for i in range(desk.tabs.count()):
        desk.tabs.setCurrentIndex(i)
        problems += check(desk, data, lang, f"desk tab {desk.tabs.tabText(i)}", qapp)
    desk.tabs.setCurrentIndex(1)
    desk.tab("orders").query.setText("NOPE")
    desk.tab("orders").search()
    desk.do(lambda: __import__("app.services.supervisor", fromlist=["x"]).set_flag(
        shop, sup, "NOPE", __import__("app.models", fromlist=["Flag"]).Flag.YELLOW, "缺货"), "ok")
    problems += check(desk, data, lang, "desk refusal", qapp)
    assert not problems, "\n".join(problems)


def test_the_devices_screen_fits_and_speaks_one_language(qtbot, qapp, shop, lang, tmp_path):
    dlg = DevicesDialog(Config(), tester=lambda url, kind: "OK: 1.234 kg", lister=lambda: [],
                        path=tmp_path / "p.toml")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.run_test("scale")
    qtbot.waitUntil(lambda: bool(dlg.results["scale"].text()), timeout=3000)
    problems = check(dlg, data_words(shop), lang, "devices", qapp)
    assert not problems, "\n".join(problems)
