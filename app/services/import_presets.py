"""Built-in column mappings for the order exports of 拼多多, 抖店 and 京东 (no Qt): a file from one of them is
imported as it comes, told by its headers (importing.detect_preset), without a saved mapping.

Each preset names, for each field we read, the headers that give it, most preferred first (matched as
importing matches any header: case, spaces, "_" and full-width brackets ignored). ``signature``: headers that
together say the file is this platform's export. Columns not named here are ignored.

Where the column names come from — no platform publishes its export's columns as a document, so they are taken
from public code that reads real exports, found in a search of public repositories (quoted by what they are,
since the search gives no repository name for them):

* **拼多多 (商家后台 → 订单查询 → 导出)**: a Python script reading a 拼多多订单明细 export by column position (商品, 订单号,
  订单状态, 商品总价(元), 店铺优惠折扣(元), 平台优惠折扣(元), 邮费(元), …, 用户实付金额(元), 商品数量(件), 身份证姓名, 身份证号码,
  收货人, 手机, 是否异常, 省, 市, 区, 街道, 支付时间, 拼单成功时间, 订单确认时间, 承诺发货时间, 发货时间, 确认收货时间, 商品id,
  商品规格, 用户购买手机号, 样式ID, 商家编码-SKU维度, 商家编码-商品维度, 快递单号, 快递公司, …, 商家备注, 售后状态, 买家留言);
  a SQL table whose column comments follow the same export; pandas scripts using 商品数量(件), 商家实收金额(元), 售后状态.
  街道 is the street address there (the export has no 详细地址); 详细地址 is accepted too.
* **抖店 (订单管理 → 批量导出)**: a TypeScript importer of the 抖店 export (主订单编号, 子订单编号, 选购商品, 商品规格, 商品数量,
  商品ID, 商家编码, 商品单价, 订单应付金额, 运费, …, 收件人, 收件人手机号, 省, 市, 区, 街道, 详细地址, 是否修改过地址, 买家留言,
  旗帜颜色, 商家备注, 订单提交时间, 支付完成时间, 订单完成时间, 订单状态, 售后状态, 取消原因 …), and pandas scripts reading the
  same columns. One row per 子订单 (line); the rows of one 主订单编号 are one order. 街道 there is the township, which
  详细地址 follows: the two are not joined (the courier's sort code comes from 省/市/区).
* **京东 (商家后台 POP → 订单管理 → 订单导出)**: a Java OMS importing the 京东 export (订单号, 商品ID, 商品名称, 订购数量,
  下单时间, 京东价, 订单金额, 结算金额, 余额支付, 应付金额, 订单状态, 订单类型, 下单帐号, 客户姓名, 客户地址, 联系电话, 订单备注,
  商家备注, 商家备注等级（等级1-5为由高到低）, 运费金额, 付款确认时间, 货号, 仓库id, 仓库名称 …), and a SQL schema commented
  "对应京东商家后台表头：店铺ID、店铺名称、订单号、商品名称、订购数量、下单时间、应付金额、下单帐号、客户姓名、客户地址、联系电话".
  The seller's SKU: 商家SKUID (the JOS API documents ``outer_id`` as "对应商家后台‘商家skuid’"), else 货号. Not seen in
  a real file: whether 商家SKUID is one of the export's default columns — when it is missing, 货号 is read.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    name: str                       # the channel the orders get
    label: str                      # the platform, as its sellers call it
    signature: tuple[str, ...]      # headers that together say which export it is
    columns: dict[str, tuple[str, ...]]


PRESETS: dict[str, Preset] = {p.name: p for p in (
    Preset("pdd", "拼多多", ("订单号", "商品数量(件)", "收货人"), {
        "order_no": ("订单号",),
        "title": ("商品",),
        "attributes": ("商品规格",),
        "qty": ("商品数量(件)",),
        "sku": ("商家编码-SKU维度", "商家编码-商品维度"),
        "amount": ("用户实付金额(元)",),
        "recipient_name": ("收货人",),
        "phone": ("手机",),
        "province": ("省",),
        "city": ("市",),
        "district": ("区",),
        "address": ("详细地址", "街道"),
        "paid_at": ("支付时间",),
        "status": ("订单状态",),
        "refund_status": ("售后状态",),
        "seller_note": ("商家备注",),
        "buyer_note": ("买家留言",),
    }),
    Preset("douyin", "抖店", ("主订单编号", "子订单编号", "选购商品"), {
        "order_no": ("主订单编号",),
        "title": ("选购商品",),
        "attributes": ("商品规格",),
        "qty": ("商品数量",),
        "sku": ("商家编码",),
        "price": ("商品单价",),
        "amount": ("订单应付金额",),
        "recipient_name": ("收件人",),
        "phone": ("收件人手机号",),
        "province": ("省",),
        "city": ("市",),
        "district": ("区",),
        "address": ("详细地址",),
        "paid_at": ("支付完成时间",),
        "status": ("订单状态",),
        "refund_status": ("售后状态",),
        "seller_note": ("商家备注",),
        "buyer_note": ("买家留言",),
    }),
    Preset("jd", "京东", ("订单号", "订购数量", "客户姓名"), {
        "order_no": ("订单号",),
        "title": ("商品名称",),
        "qty": ("订购数量",),
        "sku": ("商家SKUID", "货号"),
        "price": ("京东价",),
        "amount": ("应付金额",),
        "buyer_id": ("下单帐号",),
        "recipient_name": ("客户姓名",),
        "phone": ("联系电话",),
        "address": ("客户地址",),
        "paid_at": ("付款确认时间",),
        "status": ("订单状态",),
        "seller_note": ("商家备注",),
        "buyer_note": ("订单备注",),
    }),
)}
