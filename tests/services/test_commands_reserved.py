"""The command barcodes' prefix cannot be a product's barcode or SKU, an order number or a badge: a command
scanned is never mistaken for an item, and an item never for a command."""
import pytest

from app.models import Role
from app.services import auth
from app.services.importing import import_file
from tests.services.test_importing import rejected, write_csv

HEAD = ["商家编码", "名称", "型号", "颜色", "尺码", "重量(g)", "条码", "人工核对", "库存"]


@pytest.mark.parametrize("row, where", [
    (["PSCMD.ACK", "T恤", "TS01", "黑", "M", "200", "6900000000011", "", "5"], "商家编码"),
    (["TS-BLK-M", "T恤", "TS01", "黑", "M", "200", "pscmd.qty.2", "", "5"], "条码"),
])
def test_a_product_in_the_command_namespace_is_refused(db, tmp_path, row, where):
    err = rejected(db, write_csv(tmp_path / "p.csv", HEAD, [row]))
    assert any("command barcodes" in str(e) and where in str(e) for e in err.errors), err.errors


def test_an_order_number_in_the_command_namespace_is_refused(db, tmp_path):
    import_file(db, write_csv(tmp_path / "p.csv", HEAD, [["TS-BLK-M", "T恤", "TS01", "黑", "M", "200",
                                                            "6901234567892", "", "5"]]))
    path = write_csv(tmp_path / "o.csv", ["订单编号", "收货人姓名", "收货地址", "联系手机", "商家编码", "购买数量"],
                     [["PSCMD.SIGNOFF", "陈小明", "浙江省 杭州市 西湖区 文三路1号", "13812345678", "TS-BLK-M", "1"]])
    err = rejected(db, path)
    assert any("command barcodes" in str(e) for e in err.errors), err.errors


def test_a_badge_in_the_command_namespace_is_refused(db):
    with db.session() as s, pytest.raises(auth.AuthError) as e:
        auth.add_operator(s, "P9", "王芳", "1234", Role.PACKER, "PSCMD.ACK")
    assert "command barcodes" in str(e.value)
