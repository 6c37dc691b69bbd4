"""The Devices screen: attached devices listed, a test per URL (off the GUI thread), saved validated."""
import tomllib

import pytest

from app import config
from app.devices.discovery import DeviceInfo
from app.ui.devices_page import DevicesDialog, save_devices


def fake_list():
    return [DeviceInfo("serial", "serial:///dev/ttyUSB0?protocol=toledo8217", "USB-Serial", "scale", 0x067B, 0x2303),
            DeviceInfo("usb", "usb://0x0416:0x5011", "Xprinter XP-460B", "printer", 0x0416, 0x5011)]


def test_lists_devices_and_uses_a_row(qtbot, tmp_path):
    dlg = DevicesDialog(config.Config(), tester=lambda url, kind: f"OK: {kind} {url}", lister=fake_list,
                        path=tmp_path / "packstation.toml")
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 2 and dlg.table.item(1, 2).text() == "0416:5011"
    dlg._use_row(1, 0)
    assert dlg.edits["printer"].text() == "usb://0x0416:0x5011"
    dlg._use_row(0, 0)
    assert dlg.edits["scale"].text().startswith("serial:///dev/ttyUSB0")


def test_test_button_runs_off_the_gui_thread_and_shows_the_result(qtbot, tmp_path):
    import threading

    seen = []

    def tester(url, kind):
        seen.append(threading.current_thread() is threading.main_thread())
        return f"OK: read 1.234 kg from {url}"

    dlg = DevicesDialog(config.Config(), tester=tester, lister=fake_list, path=tmp_path / "p.toml")
    qtbot.addWidget(dlg)
    dlg.edits["scale"].setText("sim://scale")
    dlg.run_test("scale")
    qtbot.waitUntil(lambda: dlg.results["scale"].text().startswith("OK"), timeout=3000)
    assert seen == [False]


def test_save_keeps_other_keys_and_refuses_a_bad_url(qtbot, tmp_path):
    path = tmp_path / "packstation.toml"
    path.write_text('[station]\nname = "PACK-07"\n[devices]\nscale = "sim://scale"\n', encoding="utf-8")
    save_devices(path, {"scale": "serial:///dev/ttyUSB0?protocol=cas", "printer": "tcp://127.0.0.1:9100"})
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["station"]["name"] == "PACK-07"
    assert data["devices"] == {"scale": "serial:///dev/ttyUSB0?protocol=cas", "printer": "tcp://127.0.0.1:9100"}
    before = path.read_bytes()
    with pytest.raises(config.ConfigError, match="devices.scale"):
        save_devices(path, {"scale": "serial:///dev/ttyUSB0?protocol=nonsense"})
    assert path.read_bytes() == before, "a refused save leaves the file as it was"
    assert [p.name for p in tmp_path.iterdir()] == ["packstation.toml"], "no temp file left behind"


def test_label_settings_preview_test_print_and_save(qtbot, tmp_path):
    import socket
    import threading

    import zxingcpp

    from app.labels.decode import decode_image

    received = bytearray()
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def serve():
        conn, _ = server.accept()
        conn.settimeout(0.3)
        with conn:
            while True:
                try:
                    chunk = conn.recv(65536)
                except socket.timeout:
                    continue
                if not chunk:
                    break
                received.extend(chunk)

    threading.Thread(target=serve, daemon=True).start()
    path = tmp_path / "packstation.toml"
    dlg = DevicesDialog(config.Config(), tester=lambda url, kind: "OK", lister=fake_list, path=path)
    qtbot.addWidget(dlg)
    dlg.size.setCurrentIndex(dlg.size.findData("76x130"))
    dlg.language.setCurrentIndex(dlg.language.findData("tspl"))
    dlg.offset_x.setValue(16)
    dlg.darkness.setValue(10)
    dlg.courier.setCurrentIndex(dlg.courier.findData("SF"))
    dlg.preview_label()
    image = dlg.preview.pixmap().toImage()
    assert image.width() > 0
    dlg.edits["printer"].setText(f"tcp://127.0.0.1:{server.getsockname()[1]}?profile=tspl-104&status=0")
    dlg.test_print_label()
    assert dlg.results["printer"].text().startswith("OK"), dlg.results["printer"].text()
    qtbot.waitUntil(lambda: b"PRINT" in received, timeout=3000)
    assert b"SIZE " in received and b"TSS24.BF2" in received
    printed = decode_image(bytes(received), "tspl")  # what the printer would draw
    assert "773100000001" in {r.text for r in zxingcpp.read_barcodes(printed.convert("L"))}
    dlg.save()
    saved = tomllib.loads(path.read_text(encoding="utf-8"))["devices"]
    assert (saved["label_size"], saved["label_language"], saved["label_offset_x"], saved["label_darkness"]) == \
        ("76x130", "tspl", 16, 10)
    assert config.load(path).label_language == "tspl"
