"""How long does a Double-11 sized Taobao export take to import?

Generates, in a temp dir, a products file (300 SKUs) and a Taobao-format order export (UTF-8 with BOM) of
100,000 orders with about 1.5 lines each, then times `import_file` of the orders into a fresh SQLite file
database (WAL, synchronous=FULL, as the station runs it).

    .venv/bin/python bench/import_speed.py [orders]

Target: ≤ 10 s for 100,000 orders on a 2-core machine.
"""
from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import Database  # noqa: E402
from app.services.importing import import_file  # noqa: E402

TARGET_S = 10.0
HEADERS = ["订单编号", "买家会员名", "收货人姓名", "收货地址", "联系手机", "宝贝标题", "颜色分类", "购买数量", "价格",
           "订单状态", "退款状态", "卖家备注", "买家留言", "商家编码", "实付款", "付款时间", "店铺名称"]
PLACES = ["浙江省 杭州市 西湖区 文三路{n}号华星科技大厦{r}室(310012)", "北京 北京市 朝阳区 建国路{n}号{r}室(100022)",
          "广东省 深圳市 南山区 科技南十二路{n}号{b}栋{r}室(518057)", "上海 上海市 浦东新区 世纪大道{n}号{r}室(200120)",
          "四川省 成都市 武侯区 人民南路四段{n}号{b}号楼2单元{r}室(610041)", "广东省 东莞市 东城街道东城中路{n}号(523000)"]


def make_files(folder: Path, n_orders: int, seed: int = 11) -> tuple[Path, Path]:
    """The products file and the order export, written row by row (a 200 MB export is never in memory)."""
    rng = random.Random(seed)
    skus = [f"ST{s:03d}-{c}-{z}" for s in range(25) for c in ("BK", "WH", "GY") for z in ("S", "M", "L", "XL")]
    products = folder / "products.csv"
    with open(products, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["商家编码", "名称", "型号", "颜色", "尺码", "重量(g)", "条码", "人工核对", "库存"])
        for i, sku in enumerate(skus):
            style, colour, size = sku.split("-")
            w.writerow([sku, f"款式{style}", style, colour, size, 150 + i % 400, "", "", 1000])

    orders = folder / "orders.csv"
    base = 3_700_000_000_000_000_000
    with open(orders, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADERS)
        for k in range(n_orders):
            number = f'="{base + k * 7919}"'
            nick = f"buyer{rng.randrange(1_000_000)}"
            name = "张伟王芳李娜刘洋陈静"[rng.randrange(5) * 2:][:2]
            address = rng.choice(PLACES).format(n=rng.randrange(1, 999), r=rng.randrange(101, 3299),
                                                b=rng.randrange(1, 30))
            phone = f"'1{rng.choice('3589')}{rng.randrange(10**9):09d}"
            n_lines = 1 if rng.random() < 0.6 else (2 if rng.random() < 0.75 else 3)
            status = "买家已付款，等待卖家发货"
            paid = f"2024-11-11 {rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
            note = "请尽快发货" if rng.random() < 0.1 else ""
            for sku in rng.sample(skus, n_lines):
                w.writerow([number, nick, name, address, phone, "纯棉T恤", f"颜色分类:{sku[6:8]};尺码:{sku[9:]}",
                            rng.choice((1, 1, 1, 2)), "49.00", status, "没有申请退款", "", note, sku, "98.00", paid,
                            "晨光服饰旗舰店"])
    return products, orders


def main() -> int:
    n_orders = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        products, orders = make_files(folder, n_orders)
        size_mb = orders.stat().st_size / 1e6
        db = Database(f"sqlite:///{folder / 'bench.db'}")
        db.upgrade()
        import_file(db, products)
        t0 = time.perf_counter()
        result = import_file(db, orders)
        elapsed = time.perf_counter() - t0
        # the next day's export: the same orders, every one with a new seller note (all updated)
        text = orders.read_bytes().decode("utf-8-sig").replace(",,请尽快发货,", ",改,请尽快发货,")
        text = text.replace("没有申请退款,,,", "没有申请退款,已核对,,")
        again = folder / "orders-2.csv"
        again.write_bytes(text.encode("utf-8-sig"))
        t1 = time.perf_counter()
        second = import_file(db, again)
        elapsed2 = time.perf_counter() - t1
        db.dispose()
    print(f"imported {result.orders_added:,} orders ({result.rows:,} rows, {size_mb:.1f} MB) "
          f"in {elapsed:.2f} s — target ≤ {TARGET_S:.0f} s for 100,000 orders: "
          f"{'OK' if elapsed <= TARGET_S * n_orders / 100_000 else 'TOO SLOW'}")
    print(f"re-import of a changed export: {second.orders_updated:,} updated, {second.orders_skipped:,} "
          f"unchanged in {elapsed2:.2f} s")
    return 0 if elapsed <= TARGET_S * n_orders / 100_000 else 1


if __name__ == "__main__":
    sys.exit(main())
