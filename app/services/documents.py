"""Documents built from the database: the packing slip (发货单) of an order."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..labels.content import full_address
from ..domain.errors import ServiceError
from ..db import Database
from ..labels.documents import DocLine, PackingSlip, packing_slip_pdf
from ..models import Courier, Operator, Order, OrderLine, Parcel, ParcelStatus, Station
from .shops import shop_of


class DocumentError(ServiceError):
    pass


def packing_slip(db: Database, order_no: str) -> PackingSlip:
    with db.session() as s:
        o = s.scalar(select(Order).where(Order.order_no == order_no.strip())
                     .options(selectinload(Order.lines).selectinload(OrderLine.product)))
        if o is None:
            raise DocumentError("no order {order_no}", order_no=order_no)
        parcel = s.scalar(select(Parcel).where(Parcel.order_id == o.id, Parcel.status == ParcelStatus.PRINTED)
                          .order_by(Parcel.id))
        courier = s.get(Courier, parcel.courier_id if parcel else o.courier_id) if (parcel or o.courier_id) else None
        packer = s.get(Operator, parcel.packer_id) if parcel else None
        station = s.get(Station, parcel.station_id) if parcel else None
        shop = shop_of(s, o.shop)
        return PackingSlip(
            order_no=o.order_no, shop_name=shop.name if shop else o.shop, header=shop.slip_header if shop else "",
            shop_phone=shop.sender_phone if shop else "", recipient_name=o.recipient_name, phone=o.phone,
            address=full_address(o.province or "", o.city or "", o.district or "", o.address or ""),
            lines=tuple(DocLine(ln.product.sku, ln.title or ln.product.name, ln.product.style, ln.product.colour,
                                ln.product.size, ln.qty, ln.price) for ln in o.lines),
            channel=o.channel, order_time=o.paid_at, buyer_note=o.buyer_note, seller_note=o.seller_note,
            courier_name=courier.name if courier else "", waybill_no=parcel.waybill_no if parcel else "",
            packer=packer.name if packer else "", station=station.name if station else "",
            packed_at=parcel.printed_at if parcel else None)


def packing_slip_bytes(db: Database, order_no: str) -> bytes:
    return packing_slip_pdf(packing_slip(db, order_no))
