"""Reference data every station needs (couriers, cartons) and the demo: operators, waybill pools and
about fifty sample orders imported from resources/demo through the real importers."""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from .. import paths
from ..db import Database
from ..models import (
    Carton, Flag, Operator, Order, OrderLine, OrderStatus, Platform, Product, Role, Setting, Shop,
)
from . import auth, couriers, waybills

COURIERS = [(code, name) for code, name, _com, _services in couriers.DEFAULTS]
CARTONS = [
    ("BAG-S", "快递袋 小号", 10, False), ("BAG-M", "快递袋 中号", 20, True),
    ("BOX-1", "纸箱 1号", 150, False), ("BOX-3", "纸箱 3号", 300, False),
]
DEMO_OPERATORS = [
    ("P01", "王芳", "1234", Role.PACKER, "B1001"),
    ("P02", "张伟", "2345", Role.PACKER, "B1002"),
    ("S01", "李静", "999999", Role.SUPERVISOR, "B9001"),
    ("A01", "管理员", "000000", Role.ADMIN, "B9999"),
]
HOLD_REASON = "缺货，等补货后发"
# the two shops the demo warehouse ships for: code, name, platform, sender, phone, return address, slip header
DEMO_SHOPS = [
    ("CG-TM", "晨光服饰旗舰店", Platform.TAOBAO, "晨光服饰", "0571-86551234",
     ("浙江省", "杭州市", "余杭区", "仓前街道良睦路1399号3幢"), "晨光服饰旗舰店 发货单\n天猫 · 正品保障"),
    ("CG-PDD", "晨光童装拼多多店", Platform.PDD, "晨光童装", "13957112345",
     ("浙江省", "湖州市", "吴兴区", "织里镇珍贝路188号仓库"), "晨光童装 发货单"),
]


def ensure_reference_data(s: Session) -> None:
    """Couriers and cartons, added once; never overwrites what a supervisor changed."""
    couriers.ensure_defaults(s)
    have = set(s.scalars(select(Carton.code)))
    for code, name, grams, default in CARTONS:
        if code not in have:
            s.add(Carton(code=code, name=name, weight_g=grams, is_default=default))
    s.flush()


def is_seeded(db: Database) -> bool:
    with db.session() as s:
        return (s.scalar(select(func.count()).select_from(Operator)) or 0) > 0


def seed_demo(db: Database) -> None:
    """Idempotent: a database that already has operators is left as it is."""
    from . import importing

    with db.session() as s:
        ensure_reference_data(s)
        _demo_shops(s)
        if s.scalar(select(func.count()).select_from(Operator)):
            return
        for code, name, pin, role, badge in DEMO_OPERATORS:
            auth.add_operator(s, code, name, pin, role, badge)
        waybills.load_numbers(s, "ZTO", waybills.expand_range("7731", 100000001, 2000, 10))
        waybills.load_numbers(s, "SF", waybills.expand_range("SF", 1400000000001, 2000, 13))
        waybills.load_numbers(s, "YTO", waybills.expand_range("YT", 8800000000001, 2000, 13))
        s.merge(Setting(key="default_courier", value=json.dumps("ZTO")))
        # the remote areas go with 邮政 (a courier rule, desk › Courier rules); 顺丰到付 notes go with 顺丰
        waybills.load_numbers(s, "EMS", waybills.expand_range("EM", 9700000000001, 500, 13))
        from ..domain.courier_choice import REMOTE_AREAS
        from ..models import CourierRule

        s.add(CourierRule(position=1, kind="place", shop="", places=json.dumps(list(REMOTE_AREAS), ensure_ascii=False),
                          courier_code="EMS", active=True, note="偏远地区走邮政"))
    demo = paths.resource("demo")
    importing.import_file(db, demo / "products.csv")
    importing.import_file(db, demo / "orders_taobao.csv")
    with db.session() as s:
        # One order put on hold by a supervisor (yellow flag), as the source documents do it.
        candidates = s.scalars(select(Order).where(Order.status == OrderStatus.OPEN,
                                                   Order.refund_requested.is_(False))
                               .order_by(Order.order_no)).all()
        from ..models import CaseKind
        from .supervisor import open_case

        # every third order is the second shop's (one export file stands for both shops' exports here)
        for o in candidates[1::3]:
            o.shop, o.channel = DEMO_SHOPS[1][1], DEMO_SHOPS[1][2].value
        if candidates:
            held = candidates[len(candidates) // 2]
            held.flag = Flag.YELLOW
            held.flag_reason = HOLD_REASON
            open_case(s, CaseKind.HOLD, held.id, HOLD_REASON)
        for refund in s.scalars(select(Order).where(Order.refund_requested.is_(True))):
            open_case(s, CaseKind.INTERCEPT, refund.id, "买家申请退款（导入时）")
        for p in s.scalars(select(Product)):
            if p.stock <= 0:
                p.stock = 50


def _demo_shops(s: Session) -> None:
    """The demo's two shops with their senders; a demo database from before shops existed (its shop made by the
    upgrade, without a sender) gets the demo sender where it has none, so it packs at once."""
    have = {shop.name: shop for shop in s.scalars(select(Shop))}
    for i, (code, name, platform, sender, phone, (prov, city, district, street), header) in enumerate(DEMO_SHOPS):
        shop = have.get(name)
        if shop is None:
            if s.scalar(select(Shop.id).where(Shop.code == code)) is not None:
                continue
            shop = Shop(code=code, name=name, platform=platform, is_default=i == 0 and not any(
                x.is_default for x in have.values()))
            s.add(shop)
        elif shop.sender_name or shop.sender_phone or shop.address:
            continue
        shop.sender_name, shop.sender_phone = sender, phone
        shop.province, shop.city, shop.district, shop.address = prov, city, district, street
        shop.slip_header = shop.slip_header or header
    s.flush()


@dataclass(frozen=True)
class CardOrder:
    order_no: str
    note: str                       # what this order demonstrates
    items: tuple[tuple[str, str, int], ...]  # (barcode, "style colour/size", qty)


@dataclass(frozen=True)
class DemoCard:
    operators: tuple[tuple[str, str, str, str, str], ...]  # code, name, PIN, badge, role
    orders: tuple[CardOrder, ...]
    wrong_items: tuple[tuple[str, str, str, str], ...]      # barcode, wrong_variant | not_in_order, order, what
    cartons: tuple[tuple[str, str], ...]


def demo_card(db: Database, limit: int = 6) -> DemoCard:
    """The barcodes a newcomer types or scans to try the demo: badges, orders and their items."""
    with db.session() as s:
        ops = tuple((code, name, pin, badge, role.value) for code, name, pin, role, badge in DEMO_OPERATORS)

        def first_barcode(p: Product) -> str:
            return p.barcodes[0].code if p.barcodes else p.sku

        opts = selectinload(Order.lines).selectinload(OrderLine.product).selectinload(Product.barcodes)
        open_orders = s.scalars(select(Order).where(Order.status == OrderStatus.OPEN,
                                                    Order.refund_requested.is_(False), Order.flag != Flag.YELLOW)
                                .options(opts).order_by(Order.order_no)).all()
        single = [o for o in open_orders if len(o.lines) == 1 and o.lines[0].qty == 1
                  and not o.lines[0].product.manual_check]
        multi = [o for o in open_orders if len(o.lines) > 1]
        many = [o for o in open_orders if any(ln.qty >= 3 for ln in o.lines)]
        check = [o for o in open_orders if any(ln.product.manual_check for ln in o.lines)]
        picks: list[tuple[Order, str]] = []
        for group, note in ((single, "one item"), (single[1:], "one item"), (multi, "several lines"),
                            (many, "many units: type the quantity"), (check, "manual check")):
            o = next((x for x in group if x not in [p for p, _ in picks]), None)
            if o is not None:
                picks.append((o, note))
        orders = [CardOrder(o.order_no, note, tuple(
            (first_barcode(ln.product), f"{ln.product.style} {ln.product.colour}/{ln.product.size}".strip(), ln.qty)
            for ln in o.lines)) for o, note in picks[:limit]]
        for status_note, cond in (("on hold (yellow flag)", Order.flag == Flag.YELLOW),
                                  ("refund requested", Order.refund_requested.is_(True)),
                                  ("already shipped", Order.status == OrderStatus.SHIPPED)):
            o = s.scalar(select(Order).where(cond).order_by(Order.order_no))
            if o is not None:
                orders.append(CardOrder(o.order_no, status_note, ()))
        wrong: list[tuple[str, str, str, str]] = []
        if picks:
            o = picks[0][0]
            style = o.lines[0].product.style
            other = s.scalar(select(Product).where(Product.style == style, Product.id != o.lines[0].product_id)
                             .options(selectinload(Product.barcodes)))
            if other is not None:
                wrong.append((first_barcode(other), "wrong_variant", o.order_no,
                              f"{other.style} {other.colour}/{other.size}"))
            stranger = s.scalar(select(Product).where(Product.style != style)
                                .options(selectinload(Product.barcodes)).order_by(Product.sku.desc()))
            if stranger is not None:
                wrong.append((first_barcode(stranger), "not_in_order", o.order_no, stranger.name))
        cartons = tuple((c.code, c.name) for c in s.scalars(select(Carton).order_by(Carton.id)))
        return DemoCard(ops, tuple(orders), tuple(wrong), cartons)
