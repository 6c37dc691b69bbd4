"""Every visible string is translated, the translation loads, and Chinese draws as glyphs, not boxes."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextLayout

from app import paths
from app.ui.app import install_translations, load_font

TS = paths.resource("translations", "packstation_zh_CN.ts")
BIN = Path(sys.executable).parent


def test_every_string_in_the_code_has_a_finished_translation(tmp_path):
    ts = tmp_path / "check.ts"
    shutil.copy(TS, ts)
    ui_files = sorted(str(p) for p in Path("app/ui").glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *ui_files, "-ts", str(ts)], check=True,
                   capture_output=True)
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "run scripts/i18n.sh and translate the new strings"
    assert text.count("<message>") >= 80


def test_compiled_translation_is_up_to_date(tmp_path):
    qm = tmp_path / "x.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == paths.resource("translations", "packstation_zh_CN.qm").read_bytes()


def test_chinese_translation_is_used(qapp):
    try:
        assert install_translations("zh_CN") == "zh_CN"
        assert QCoreApplication.translate("PackPage", "Scan an order") == "请扫描订单"
        assert QCoreApplication.translate("Messages", "Wrong size: scanned {scanned}, the order wants {wanted}") \
            .format(scanned="M", wanted="L") == "尺码错误：扫描的是 M，订单要 L"
    finally:
        install_translations("en")
    assert QCoreApplication.translate("PackPage", "Scan an order") == "Scan an order"


@pytest.mark.parametrize("text", ["请扫描订单", "尺码错误：扫描的是 M，订单要 L", "浙江省杭州市西湖区文三路478号"])
def test_chinese_renders_as_glyphs_with_the_shipped_font(qapp, text):
    family = load_font()
    assert family, "the shipped CJK font must load"
    layout = QTextLayout(text, QFont(family, 20))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [i for run in layout.glyphRuns() for i in run.glyphIndexes()]
    assert glyphs and 0 not in glyphs, "glyph 0 is .notdef: a box instead of a character"
    assert {run.rawFont().familyName() for run in layout.glyphRuns()} == {family}


def test_every_service_refusal_is_in_the_catalogue_for_translators():
    """scripts/service_messages.py lists every template the services raise; out of date, a new refusal
    would reach a Chinese screen in English."""
    done = subprocess.run([sys.executable, "scripts/service_messages.py", "--check"], capture_output=True)
    assert done.returncode == 0, "run scripts/service_messages.py, then scripts/i18n.sh, and translate"


def test_a_service_refusal_reads_in_chinese_with_its_values(qapp):
    from app.services.bills import BillError
    from app.services.supervisor import SupervisorError
    from app.ui.messages import service_error

    try:
        install_translations("zh_CN")
        assert service_error(SupervisorError("no order {order_no}", order_no="NOPE")) == "没有订单 NOPE"
        assert service_error(SupervisorError("waybill {waybill_no} is {status}: only a printed label is reprinted",
                                             waybill_no="7731", status="void")) == \
            "运单 7731 状态为已作废：只有已打印的面单才能重打"
        err = BillError("zto.csv", 3, "计费重量(kg)", "'{value}' is not a number", "D", value="一公斤")
        assert service_error(err) == "zto.csv, 第 3 行, '计费重量(kg)' (D) 列：“一公斤”不是数字"
        assert str(err) == "zto.csv, row 3, column '计费重量(kg)' (D): '一公斤' is not a number"
    finally:
        install_translations("en")


def test_every_device_reason_code_has_a_chinese_sentence(qapp):
    from app.devices.printers import REASONS
    from app.devices.scales import SCALE_REASONS
    from app.devices.scanners import STATUS_CODES
    from app.ui.messages import device_reason

    try:
        install_translations("zh_CN")
        fallback = device_reason("no-such-code")
        for code in (set(REASONS) | set(SCALE_REASONS) | set(STATUS_CODES)) - {"", "error"}:
            text = device_reason(code)
            assert text != fallback, f"{code}: no sentence of its own"
            assert not any("a" <= ch.lower() <= "z" for ch in text.replace("USB", "").replace("HID-POS", "")), \
                f"{code}: {text!r} is not Chinese"
    finally:
        install_translations("en")


def test_no_tr_call_hides_inside_an_f_string():
    """Qt Linguist does not read tr() inside f-strings: such a text is never offered for translation."""
    import re

    for path in Path("app/ui").glob("*.py"):
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not re.search(r"\{(self\.)?tr\(|\{QCoreApplication\.translate\(", line), f"{path}:{no}: {line.strip()}"
