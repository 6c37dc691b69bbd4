from sqlalchemy import func, select

from app.cli import main
from app.db import Database, default_url
from app.models import Operator, Order, WaybillNumber
from app import paths
from app.services import auth


def db():
    return Database(default_url())


def test_doctor_reports_ok(capsys):
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "result:        OK" in out and str(paths.data_dir()) in out


def test_operator_and_waybill_pool_from_the_command_line(capsys, tmp_path):
    assert main(["operator", "S01", "李静", "--role", "supervisor", "--badge", "B9", "--pin", "4321"]) == 1
    assert "6 to 12 digits" in capsys.readouterr().err, "a supervisor's PIN is 6 digits or more"
    assert main(["operator", "S01", "李静", "--role", "supervisor", "--badge", "B9", "--pin", "432198"]) == 0
    assert main(["operator", "S01", "又一个", "--pin", "4321"]) == 1, "duplicate code refused"
    assert main(["operator", "P9", "短", "--pin", "12"]) == 1, "PIN too short refused"
    assert main(["operator", "S01", "--set-pin", "--pin", "1234"]) == 1, "the role's rule holds for a new PIN too"
    assert main(["operator", "S01", "--set-pin", "--pin", "87654321"]) == 0
    with db().session() as s:
        assert auth.authenticate(s, "B9", "87654321").role == "supervisor"
    assert main(["waybills", "ZTO", "--range", "7731", "1", "100", "10"]) == 0
    assert main(["waybills", "ZTO", "--range", "7731", "50", "100", "10"]) == 0
    out = capsys.readouterr().out
    assert "49 numbers added, 51 already known; 149 free" in out
    bad = tmp_path / "numbers.txt"
    bad.write_text("SF1234567890\nSF12-bad\n", encoding="utf-8")
    assert main(["waybills", "SF", "--file", str(bad)]) == 1
    assert "line 2" in capsys.readouterr().err
    with db().session() as s:
        assert s.scalar(select(func.count()).select_from(Operator)) == 1
        assert s.scalar(select(func.count()).select_from(WaybillNumber)) == 149


def test_import_command_imports_the_demo_files_and_rejects_bad_ones(capsys, tmp_path):
    demo = paths.resource("demo")
    assert main(["import", str(demo / "products.csv")]) == 0
    assert main(["import", str(demo / "orders_taobao.csv")]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("订单编号,收货人姓名\n1,张三\n", encoding="utf-8-sig")
    assert main(["import", str(bad)]) == 1
    assert "bad.csv" in capsys.readouterr().err
    with db().session() as s:
        assert 45 <= s.scalar(select(func.count()).select_from(Order)) <= 60


def test_bad_config_is_named(tmp_path, capsys, monkeypatch):
    cfg = tmp_path / "packstation.toml"
    cfg.write_text("[weight]\ntolerance_g = -5\n", encoding="utf-8")
    assert main(["--config", str(cfg), "doctor"]) == 2
    assert "weight.tolerance_g" in capsys.readouterr().err


def test_generic_file_with_a_saved_mapping(capsys, tmp_path):
    demo = paths.resource("demo")
    assert main(["import", str(demo / "products.csv")]) == 0
    import csv
    with open(demo / "products.csv", encoding="utf-8-sig") as f:
        sku = next(csv.DictReader(f))["商家编码"]
    f = tmp_path / "erp.csv"
    f.write_text(f"单号,收件人,地址,电话,货号,数量\nE1,张三,浙江省 杭州市 西湖区 文三路1号,13800001111,{sku},2\n",
                 encoding="utf-8")
    assert main(["mapping", "erp", "order_no=单号", "recipient_name=收件人", "address=地址", "phone=电话",
                 "sku=货号", "qty=数量"]) == 0
    assert main(["mapping", "bad", "nonsense=x"]) == 1
    assert main(["import", str(f), "--mapping", "erp"]) == 0
    with db().session() as s:
        o = s.scalar(select(Order).where(Order.order_no == "E1"))
        assert o.recipient_name == "张三" and o.lines[0].qty == 2


def test_bad_scale_url_in_config_is_named(tmp_path, capsys):
    cfg = tmp_path / "packstation.toml"
    cfg.write_text('[devices]\nscale = "serial:///dev/ttyUSB0?protocol=nonsense"\n', encoding="utf-8")
    assert main(["--config", str(cfg), "doctor"]) == 2
    err = capsys.readouterr().err
    assert "devices.scale" in err and "protocol" in err


def test_devices_list_and_test(capsys):
    assert main(["devices", "list"]) == 0
    assert main(["devices", "test", "sim://printer", "--kind", "printer"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("OK")
    assert main(["devices", "test", "tcp://127.0.0.1:9", "--kind", "printer", "--timeout", "2"]) == 1
    assert capsys.readouterr().out.startswith("FAIL")
    assert main(["devices", "test"]) == 2


def test_station_starts_with_configured_label_language_and_device_scanner(tmp_path, capsys):
    """The whole start path with a non-default config: TSPL labels at 76×130, a backup printer and a
    simulated device scanner next to the keyboard wedge."""
    cfg = tmp_path / "packstation.toml"
    cfg.write_text('[devices]\nprinter = "sim://printer"\nbackup_printer = "sim://printer"\n'
                   'label_language = "escpos-raster"\nlabel_size = "76x130"\nscanner = "sim://scanner"\n'
                   '[scanner]\nrepeat_window_ms = 300\nsuffix = ""\n', encoding="utf-8")
    import os
    import subprocess
    import sys

    # a real start in its own process: the window, the event loop and its filters stay out of this one
    done = subprocess.run([sys.executable, "-m", "app", "--config", str(cfg), "run", "--demo", "--exit-after", "0"],
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text('[devices]\nlabel_size = "90x90"\n', encoding="utf-8")
    assert main(["--config", str(bad), "doctor"]) == 2
    assert "devices.label_size" in capsys.readouterr().err
