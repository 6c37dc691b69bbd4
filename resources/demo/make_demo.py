"""Make the demo data: resources/demo/products.csv (UTF-8 with BOM, our products format) and
resources/demo/orders_taobao.csv (GBK, the Taobao seller-centre order export, one row per order line).

Deterministic (fixed seed): run it again and the files come out byte for byte the same.

    python resources/demo/make_demo.py
"""
from __future__ import annotations

import csv
import io
import random
from decimal import Decimal
from pathlib import Path

SEED = 20241111
HERE = Path(__file__).resolve().parent


def ean13(body12: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


# style, name, colour code, colour, sizes, weight in grams (per size or one), price, manual check (with the
# target the packer checks against: jeans sizes are inches of waist, 29 = 74 cm)
STYLES = [
    ("JN501", "直筒牛仔裤", "DB", "深蓝", ["27", "28", "29", "30", "31", "32"],
     [610, 620, 630, 640, 655, 670], "159.00", "量腰围：{size}码应为 {waist} cm，不要凭感觉发"),
    ("JN502", "修身牛仔裤", "LB", "浅蓝", ["28", "30", "32"], [580, 600, 625], "139.00",
     "量腰围：{size}码应为 {waist} cm，不要凭感觉发"),
    ("TS100", "纯棉圆领T恤", "WH", "白色", ["S", "M", "L", "XL"],
     [175, 185, 200, 215], "49.00", None),
    ("TS100", "纯棉圆领T恤", "BK", "黑色", ["S", "M", "L", "XL"],
     [178, 188, 203, 218], "49.00", None),
    ("TS200", "宽松印花T恤", "GY", "灰色", ["S", "M", "L", "XL"],
     [205, 215, 230, 245], "69.00", None),
    ("DR300", "碎花连衣裙", "FL", "碎花", ["S", "M", "L"], [300, 320, 340], "199.00",
     "核对花色与图片一致"),
    ("HD400", "加绒连帽卫衣", "BK", "黑色", ["M", "L", "XL"], [540, 565, 590], "129.00", None),
    ("SK10", "运动棉袜", "WH", "白色", ["均码"], [38], "9.90", None),
    ("SK10", "运动棉袜", "BK", "黑色", ["均码"], [38], "9.90", None),
    ("CP01", "棒球帽", "BK", "黑色", ["均码"], [95], "39.00", None),
]

SHOP = "晨光服饰旗舰店"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
         "超", "秀兰", "霞", "平", "刚", "桂英", "晓东", "婷婷", "子涵", "浩然", "欣怡", "宇轩", "思彤"]
NICK_PARTS = ["小", "快乐的", "tb", "阿", "爱购物的", "momo", "lucky", "晴天", "星星", "木子"]

# province, city, district, postcode, streets (a street and number; building/unit/room are added)
PLACES = [
    ("浙江省", "杭州市", "西湖区", "310012", ["文三路478号华星科技大厦", "学院路77号黄龙万科中心"]),
    ("浙江省", "宁波市", "鄞州区", "315100", ["天童南路588号宁波文化广场", "钱湖北路299号"]),
    ("北京", "北京市", "朝阳区", "100022", ["建国路88号SOHO现代城", "望京街10号望京SOHO"]),
    ("北京", "北京市", "海淀区", "100080", ["中关村大街27号", "学院路35号世宁大厦"]),
    ("上海", "上海市", "浦东新区", "200120", ["世纪大道100号", "张杨路500号华润时代广场"]),
    ("上海", "上海市", "徐汇区", "200030", ["漕溪北路88号", "虹桥路1号港汇中心"]),
    ("天津", "天津市", "南开区", "300100", ["南马路11号", "黄河道467号"]),
    ("重庆", "重庆市", "渝北区", "401120", ["金开大道68号", "新南路166号"]),
    ("广东省", "广州市", "天河区", "510620", ["天河路385号太古汇", "体育西路189号"]),
    ("广东省", "深圳市", "南山区", "518057", ["科技南十二路2号", "海德三道1186号"]),
    ("广东省", "东莞市", "", "523000", ["东城街道东城中路1号", "南城街道鸿福路200号"]),
    ("江苏省", "南京市", "鼓楼区", "210008", ["中山北路30号", "湖南路1号凤凰国际书城"]),
    ("江苏省", "苏州市", "工业园区", "215021", ["星湖街328号", "苏州大道东265号"]),
    ("四川省", "成都市", "武侯区", "610041", ["人民南路四段1号", "天府大道北段1700号"]),
    ("湖北省", "武汉市", "洪山区", "430070", ["珞喻路1037号", "光谷大道77号"]),
    ("湖南省", "长沙市", "岳麓区", "410013", ["麓山南路932号", "枫林三路1099号"]),
    ("山东省", "青岛市", "市南区", "266071", ["香港中路76号", "东海西路15号"]),
    ("福建省", "厦门市", "思明区", "361004", ["湖滨南路90号", "莲前西路2号"]),
    ("河南省", "郑州市", "金水区", "450003", ["花园路39号", "农业路72号"]),
    ("陕西省", "西安市", "雁塔区", "710061", ["小寨东路126号", "高新路52号"]),
    ("辽宁省", "沈阳市", "和平区", "110001", ["太原北街2号", "南京南街1号"]),
    ("黑龙江省", "哈尔滨市", "南岗区", "150001", ["西大直街92号", "红军街15号"]),
    ("云南省", "昆明市", "五华区", "650031", ["东风西路99号", "青年路432号"]),
    ("广西壮族自治区", "南宁市", "青秀区", "530022", ["民族大道136号", "东葛路118号"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "830002", ["解放南路28号", "新华北路165号"]),
]

MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                   "156", "157", "158", "159", "176", "177", "180", "181", "182", "185", "186", "187", "188",
                   "189", "198", "199"]

BUYER_NOTES = ["请尽快发货，谢谢", "不要放快递柜，送到家门口", "麻烦发顺丰，运费我补", "是送人的礼物，不要放发票",
               "尺码不确定，按腰围发", "周末家里没人，工作日送"]
SELLER_NOTES = ["已核对地址", "老客户，送袜子一双", "换货单：原单尺码偏小", "顺丰到付", "催发货，优先处理"]


def products() -> list[dict]:
    rng = random.Random(SEED)
    used: set[str] = set()
    out = []
    for style, name, ccode, colour, sizes, weights, price, check in STYLES:
        for size, weight in zip(sizes, weights):
            sku = f"{style}-{ccode}-{size if size != '均码' else 'F'}"
            codes = []
            for _ in range(2 if rng.random() < 0.25 else 1):
                while True:
                    code = ean13("69" + "".join(str(rng.randrange(10)) for _ in range(10)))
                    if code not in used:
                        used.add(code)
                        codes.append(code)
                        break
            out.append({"sku": sku, "name": name, "style": style, "colour": colour, "size": size,
                        "weight_g": weight, "barcodes": ";".join(codes), "manual_check": (check or "").format(size=size, waist=round(int(size) * 2.54) if size.isdigit() else ""),
                        "stock": rng.randrange(20, 200), "price": price})
    return out


PRODUCT_HEADERS = ["商家编码", "名称", "型号", "颜色", "尺码", "重量(g)", "条码", "人工核对", "库存"]

ORDER_HEADERS = ["订单编号", "买家会员名", "收货人姓名", "收货地址", "联系手机", "宝贝标题", "颜色分类", "购买数量",
                 "价格", "订单状态", "退款状态", "卖家备注", "买家留言", "商家编码", "实付款", "付款时间", "店铺名称"]

OPEN = "买家已付款，等待卖家发货"
SHIPPED = "卖家已发货，等待买家确认"


def orders(prods: list[dict], n: int = 50) -> list[list[str]]:
    rng = random.Random(SEED + 1)
    rows: list[list[str]] = []
    used_numbers: set[str] = set()
    for k in range(n):
        while True:
            number = str(rng.choice([2, 3, 4])) + "".join(str(rng.randrange(10)) for _ in range(rng.choice([17, 18])))
            if number not in used_numbers:
                used_numbers.add(number)
                break
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        nick = rng.choice(NICK_PARTS) + name[-1] + str(rng.randrange(10, 9999))
        phone = rng.choice(MOBILE_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(8))
        province, city, district, postcode, streets = rng.choice(PLACES)
        street = rng.choice(streets)
        if rng.random() < 0.5:
            street += f"{rng.randrange(1, 30)}号楼{rng.randrange(1, 6)}单元{rng.randrange(1, 33)}0{rng.randrange(1, 5)}室"
        else:
            street += f"{rng.choice('ABCD')}座{rng.randrange(2, 40)}{rng.randrange(1, 20):02d}室"
        parts = [p for p in (province, city, district, street) if p]
        address = " ".join(parts) + f"({postcode})"
        n_lines = 1 if rng.random() < 0.6 else rng.choice([2, 2, 3])
        picks = rng.sample(prods, n_lines)
        lines = []
        for p in picks:
            qty = rng.choice([2, 3, 5]) if p["style"] == "SK10" else (2 if rng.random() < 0.15 else 1)
            lines.append((p, qty))
        amount = sum(Decimal(p["price"]) * q for p, q in lines)
        status, refund = OPEN, "没有申请退款"
        if k == 7:
            status = SHIPPED
        if k == 13:
            refund = "买家已经申请退款，等待卖家同意"
        buyer_note = rng.choice(BUYER_NOTES) if rng.random() < 0.25 else ""
        seller_note = rng.choice(SELLER_NOTES) if rng.random() < 0.2 else ""
        paid = f"2024-11-11 {rng.randrange(0, 24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        for p, qty in lines:
            rows.append([
                f'="{number}"', nick, name, address, f"'{phone}", p["name"].split(" ")[0],
                f"颜色分类:{p['colour']};尺码:{p['size']}", str(qty), p["price"], status,
                refund, seller_note, buyer_note, p["sku"], f"{amount:.2f}", paid, SHOP,
            ])
    return rows


def csv_bytes(headers: list[str], rows: list[list[str]], encoding: str) -> bytes:
    """Like the seller centre writes it: ="…" cells unquoted, so a spreadsheet keeps long numbers as text."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(headers)
    for row in rows:
        if row[0].startswith('="'):
            buf.write(row[0] + ",")
            w.writerow(row[1:])
        else:
            w.writerow(row)
    return buf.getvalue().encode(encoding)


def render() -> dict[str, bytes]:
    """File name -> content."""
    prods = products()
    return {
        "products.csv": csv_bytes(
            PRODUCT_HEADERS,
            [[p["sku"], p["name"], p["style"], p["colour"], p["size"], str(p["weight_g"]), p["barcodes"],
              p["manual_check"], str(p["stock"])] for p in prods], "utf-8-sig"),
        "orders_taobao.csv": csv_bytes(ORDER_HEADERS, orders(prods), "gbk"),
    }


def main() -> None:
    for name, data in render().items():
        (HERE / name).write_bytes(data)
        print(f"wrote {HERE / name} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
