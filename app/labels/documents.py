"""Printed documents (PDF, ReportLab, the shipped Chinese font embedded) from plain dataclasses — no database.

* :func:`packing_slip_pdf` — 发货单, one per order, goes into the parcel (A5 by default, or A4 / 100×150 mm);
* :func:`handover_manifest_pdf` — 交接单, one per courier pickup: every parcel, the count, the total weight,
  signature lines for the courier and the shipper (A4, page numbers, totals on the last page);
* :func:`claim_evidence_pdf` — 理赔证据单 for a lost or damaged parcel: the order and its lines, every scan
  with its time, every weighing, packer, station, waybill, every print and reprint, and the label as printed.

The services fill the dataclasses from the database; these functions only lay them out. Barcodes are the
same Code 128 as on the labels (``app.labels.code128``), drawn as vector bars so they scan from paper.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app.domain.privacy import mask_name, mask_phone

from .content import weight_text

__all__ = ["DocLine", "PackingSlip", "ManifestParcel", "HandoverManifest", "ScanRecord", "WeightRecord",
           "PrintRecord", "ClaimEvidence", "packing_slip_pdf", "handover_manifest_pdf", "claim_evidence_pdf"]

TIME = "%Y-%m-%d %H:%M"
SECONDS = "%Y-%m-%d %H:%M:%S"


# --------------------------------------------------------------------------------------------- the data
@dataclass(frozen=True)
class DocLine:
    """One order line."""
    sku: str
    name: str
    style: str = ""      # 型号
    colour: str = ""     # 颜色
    size: str = ""       # 尺码
    qty: int = 1
    price: Decimal | None = None     # unit price, yuan
    scanned: int | None = None       # how many were scanned at packing (evidence sheet)

    def variant(self) -> str:
        return "/".join(p for p in (self.style, self.colour, self.size) if p)


@dataclass(frozen=True)
class PackingSlip:
    order_no: str
    shop_name: str
    recipient_name: str
    phone: str
    address: str                      # province city district street … in full
    lines: tuple[DocLine, ...]
    channel: str = ""                 # 淘宝 / 天猫 / 京东 …
    order_time: datetime | None = None
    buyer_note: str = ""              # 买家留言
    seller_note: str = ""             # 卖家备注
    courier_name: str = ""
    waybill_no: str = ""
    packer: str = ""
    station: str = ""
    packed_at: datetime | None = None
    shop_phone: str = ""
    footer: str = "感谢您的惠顾！如有质量问题请在签收后7天内联系客服，请勿直接拒收。"
    privacy: bool = True              # mask the phone number (the slip travels inside the parcel)
    header: str = ""                  # the shop's own heading (up to 3 lines); "" → "<shop> 发货单"


@dataclass(frozen=True)
class ManifestParcel:
    waybill_no: str
    order_no: str
    recipient_name: str
    destination: str                  # province city (district)
    weight_g: int
    pieces: int = 1
    note: str = ""


@dataclass(frozen=True)
class HandoverManifest:
    manifest_no: str
    courier_code: str
    courier_name: str
    shipper_name: str                 # the shop / warehouse
    pickup_at: datetime
    parcels: tuple[ManifestParcel, ...]
    shipper_address: str = ""
    shipper_phone: str = ""
    station: str = ""
    prepared_by: str = ""
    remarks: str = ""
    privacy: bool = True              # mask recipients' names


@dataclass(frozen=True)
class ScanRecord:
    at: datetime
    kind: str                         # order / item / quantity / override / weight …
    code: str
    result: str                       # ok / not_in_order / wrong_variant / too_many …
    operator: str = ""
    detail: str = ""


@dataclass(frozen=True)
class WeightRecord:
    at: datetime
    weight_g: int
    expected_g: int | None = None
    tolerance_g: int | None = None
    stable: bool = True
    result: str = "ok"
    operator: str = ""


@dataclass(frozen=True)
class PrintRecord:
    at: datetime
    kind: str                         # print / reprint / void
    printer: str = ""
    operator: str = ""
    reason: str = ""


@dataclass(frozen=True)
class ClaimEvidence:
    claim_kind: str                   # 丢失 / 破损 / 少件 / 错件 …
    order_no: str
    waybill_no: str
    courier_name: str
    shop_name: str
    recipient_name: str
    phone: str
    address: str
    lines: tuple[DocLine, ...]
    scans: tuple[ScanRecord, ...]
    weights: tuple[WeightRecord, ...]
    prints: tuple[PrintRecord, ...]
    packer: str
    station: str
    packed_at: datetime | None = None
    shipped_at: datetime | None = None
    parcel_weight_g: int | None = None
    claim_no: str = ""
    channel: str = ""
    label_png: bytes | None = None    # the label as it was printed (the station keeps it)
    notes: str = ""
    prepared_by: str = ""
    prepared_at: datetime | None = None
    privacy: bool = True
    extra: dict = field(default_factory=dict)


# ----------------------------------------------------------------------------------------- the drawing
def _t(value: datetime | None, fmt: str = TIME) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime(fmt)


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    from .fonts import register_pdf_font

    font = register_pdf_font()
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=1),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11, leading=15, spaceBefore=6, spaceAfter=3),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "font": font,
    }


def _esc(text: object) -> str:
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


class Code128Flowable:
    """Our Code 128 as vector bars, with the value under it (a ReportLab Flowable)."""

    def __new__(cls, value: str, height_mm: float = 10, module_mm: float = 0.3, font: str = "Helvetica",
                text: bool = True):
        from reportlab.lib.units import mm
        from reportlab.platypus import Flowable

        from .code128 import modules

        bars = modules(value)

        class _Bars(Flowable):
            def __init__(self):
                super().__init__()
                self.width = (len(bars) + 20) * module_mm * mm
                self.height = height_mm * mm + (3.6 * mm if text else 0)

            def draw(self):
                c = self.canv
                x0 = 10 * module_mm * mm
                y0 = 3.6 * mm if text else 0
                c.setFillGray(0)
                i = 0
                while i < len(bars):
                    if bars[i] == "1":
                        j = i
                        while j < len(bars) and bars[j] == "1":
                            j += 1
                        c.rect(x0 + i * module_mm * mm, y0, (j - i) * module_mm * mm, height_mm * mm, stroke=0,
                               fill=1)
                        i = j
                    else:
                        i += 1
                if text:
                    c.setFont(font, 8)
                    c.drawCentredString(self.width / 2, 0.6 * mm, value)

        return _Bars()


def _numbered_canvas(footer_left: str, font: str):
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        """'第 n 页 / 共 m 页' on every page (the total is known only at the end: pages are kept until then)."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                w, _ = self._pagesize
                self.setFont(font, 7.5)
                self.setFillGray(0.3)
                self.drawString(12 * mm, 7 * mm, footer_left)
                self.drawRightString(w - 12 * mm, 7 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")
                super().showPage()
            super().save()

    return NumberedCanvas


def _build(story, pagesize, title: str, footer: str, margins_mm=(12, 12, 12, 14)) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    st = _styles()
    buf = io.BytesIO()
    left, right, top, bottom = (m * mm for m in margins_mm)
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                            bottomMargin=bottom, title=title, author="PackStation", creator="PackStation")
    doc.build(story, canvasmaker=_numbered_canvas(footer, st["font"]))
    return buf.getvalue()


def _grid(data, widths, header_rows: int = 1, font: str = "", zebra: bool = True, repeat: bool = True):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(data, colWidths=widths, repeatRows=header_rows if repeat else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("FONTNAME", (0, 0), (-1, -1), font),
             ("FONTSIZE", (0, 0), (-1, -1), 8.5),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.85, 0.85, 0.85)))
    if zebra:
        for r in range(header_rows + 1, len(data), 2):
            style.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.96, 0.96, 0.96)))
    table.setStyle(TableStyle(style))
    return table


def _kv(pairs, widths, st):
    """A borderless key/value block: [(key, value), …] laid out in len(widths)//2 columns."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    per_row = len(widths) // 2
    rows, row = [], []
    for key, value in pairs:
        row += [Paragraph(_esc(key), st["cell"]), Paragraph(_esc(value), st["cell"])]
        if len(row) == 2 * per_row:
            rows.append(row)
            row = []
    spans = []
    if row:
        if len(row) == 2 and per_row > 1:          # a lone last pair (the address) takes the whole row
            spans.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        rows.append(row + [""] * (2 * per_row - len(row)))
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle(spans + [("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.grey),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _lines_table(lines, st, width, with_scanned: bool = False, with_price: bool = True):
    from reportlab.platypus import Paragraph

    head = ["序号", "SKU", "商品名称", "型号/颜色/尺码", "数量"]
    ratios = [0.07, 0.2, 0.35, 0.27, 0.11]
    priced = with_price and any(ln.price is not None for ln in lines)
    if priced:
        head += ["单价", "金额"]
        ratios = [0.06, 0.19, 0.29, 0.2, 0.07, 0.09, 0.1]
    if with_scanned:
        head += ["已扫"]
        ratios = [r * 0.9 for r in ratios] + [0.1]
    data = [head]
    total_qty, total_amount = 0, Decimal("0")
    for i, ln in enumerate(lines, 1):
        row = [str(i), Paragraph(_esc(ln.sku), st["cell"]), Paragraph(_esc(ln.name), st["cell"]),
               Paragraph(_esc(ln.variant()), st["cell"]), str(ln.qty)]
        if priced:
            amount = (ln.price or Decimal("0")) * ln.qty
            total_amount += amount
            row += [f"{ln.price:.2f}" if ln.price is not None else "", f"{amount:.2f}"]
        if with_scanned:
            row.append("" if ln.scanned is None else str(ln.scanned))
        total_qty += ln.qty
        data.append(row)
    total = ["", "", "合计", "", str(total_qty)]
    if priced:
        total += ["", f"{total_amount:.2f}"]
    if with_scanned:
        total.append(str(sum(ln.scanned or 0 for ln in lines)))
    data.append(total)
    return _grid(data, [r * width for r in ratios], font=st["font"])


# ------------------------------------------------------------------------------------------ packing slip
_PAGES = {"A4": (210, 297), "A5": (148, 210), "100x150": (100, 150), "100x180": (100, 180)}


def _pagesize(name: str):
    from reportlab.lib.units import mm

    try:
        w, h = _PAGES[name]
    except KeyError:
        raise ValueError(f"unknown page size {name!r}; one of {', '.join(_PAGES)}") from None
    return w * mm, h * mm


def packing_slip_pdf(slip: PackingSlip, pagesize: str = "A5") -> bytes:
    """发货单 for one order: shop, order and waybill barcodes, recipient, the lines with variants and
    quantities (and prices when known), the buyer's and the shop's notes, who packed it where and when."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = _styles()
    size = _pagesize(pagesize)
    margin = 8 if size[0] < 120 * mm else 12
    width = size[0] - 2 * margin * mm
    phone = mask_phone(slip.phone) if slip.privacy else slip.phone
    heading = [ln.strip() for ln in slip.header.splitlines() if ln.strip()] or [f"{slip.shop_name} 发货单"]
    story = [Paragraph(_esc(heading[0]), st["title"])]
    story += [Paragraph(_esc(ln), st["small"]) for ln in heading[1:]]
    story.append(Spacer(1, 2 * mm))
    codes = [[Code128Flowable(slip.order_no, 9, 0.25 if width < 110 * mm else 0.3, st["font"]),
              Code128Flowable(slip.waybill_no, 9, 0.25 if width < 110 * mm else 0.3, st["font"])
              if slip.waybill_no else ""]]
    bar = Table(codes, colWidths=[width / 2, width / 2])
    bar.setStyle(TableStyle([("ALIGN", (0, 0), (0, 0), "LEFT"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [bar, Spacer(1, 2 * mm)]
    kw = [0.16 * width, 0.34 * width, 0.16 * width, 0.34 * width]
    story.append(_kv([("订单号", slip.order_no), ("下单时间", _t(slip.order_time)),
                      ("渠道", slip.channel), ("快递", f"{slip.courier_name} {slip.waybill_no}".strip()),
                      ("收件人", f"{slip.recipient_name}  {phone}"), ("打包", f"{slip.packer} {slip.station} "
                                                                       f"{_t(slip.packed_at)}".strip()),
                      ("收货地址", slip.address)], kw, st))
    story += [Spacer(1, 3 * mm), _lines_table(slip.lines, st, width)]
    if slip.buyer_note or slip.seller_note:
        story += [Spacer(1, 2 * mm), _kv([("买家留言", slip.buyer_note or "—"), ("卖家备注", slip.seller_note or "—")],
                                         [0.16 * width, 0.84 * width], st)]
    story += [Spacer(1, 3 * mm), Paragraph(_esc(slip.footer), st["small"])]
    if slip.shop_phone:
        story.append(Paragraph(f"客服电话：{_esc(slip.shop_phone)}", st["small"]))
    return _build(story, size, f"发货单 {slip.order_no}", f"发货单 {slip.order_no}",
                  (margin, margin, margin, 12))


# -------------------------------------------------------------------------------------- handover manifest
def handover_manifest_pdf(manifest: HandoverManifest) -> bytes:
    """交接单 for one courier pickup: every parcel (waybill, order, recipient, destination, weight, pieces),
    the count and total weight, and signature lines for the courier and the shipper."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    st = _styles()
    width = A4[0] - 24 * mm
    parcels = manifest.parcels
    count = sum(p.pieces for p in parcels)
    total_g = sum(p.weight_g for p in parcels)
    story = [Paragraph(f"{_esc(manifest.courier_name)} 快递交接单", st["title"]), Spacer(1, 2 * mm)]
    head = Table([[Code128Flowable(manifest.manifest_no, 9, 0.3, st["font"]),
                   Paragraph(f"交接时间：{_t(manifest.pickup_at)}<br/>发货方：{_esc(manifest.shipper_name)}"
                             f"<br/>工位：{_esc(manifest.station)}", st["right"])]],
                 colWidths=[width * 0.45, width * 0.55])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [head, Spacer(1, 2 * mm)]
    kw = [0.13 * width, 0.37 * width, 0.13 * width, 0.37 * width]
    story.append(_kv([("交接单号", manifest.manifest_no), ("快递公司", f"{manifest.courier_name}（{manifest.courier_code}）"),
                      ("发货地址", manifest.shipper_address), ("联系电话", manifest.shipper_phone),
                      ("包裹数", f"{len(parcels)} 个包裹，共 {count} 件"), ("总重量", weight_text(total_g))], kw, st))
    story.append(Spacer(1, 3 * mm))
    data = [["序号", "运单号", "订单号", "收件人", "目的地", "重量", "件数", "备注"]]
    for i, p in enumerate(parcels, 1):
        name = mask_name(p.recipient_name) if manifest.privacy else p.recipient_name
        data.append([str(i), p.waybill_no, Paragraph(_esc(p.order_no), st["cell"]), Paragraph(_esc(name), st["cell"]),
                     Paragraph(_esc(p.destination), st["cell"]), weight_text(p.weight_g), str(p.pieces),
                     Paragraph(_esc(p.note), st["cell"])])
    data.append(["", "合计", f"{len(parcels)} 个包裹", "", "", weight_text(total_g), str(count), ""])
    ratios = [0.06, 0.19, 0.2, 0.1, 0.17, 0.1, 0.06, 0.12]
    story.append(_grid(data, [r * width for r in ratios], font=st["font"]))
    if manifest.remarks:
        story += [Spacer(1, 2 * mm), Paragraph(f"备注：{_esc(manifest.remarks)}", st["base"])]
    sign = [[Paragraph("揽收确认：本人已清点并收到以上包裹 ________ 件，重量无异议。", st["base"]), ""],
            [Paragraph("快递员签字：<br/><br/>日期：______年____月____日 ____时____分", st["base"]),
             Paragraph("发货方签字：<br/><br/>日期：______年____月____日 ____时____分", st["base"])],
            [Paragraph(f"快递员工号/电话：______________________", st["base"]),
             Paragraph(f"制表：{_esc(manifest.prepared_by)}", st["base"])]]
    table = Table(sign, colWidths=[width / 2, width / 2], rowHeights=[9 * mm, 22 * mm, 9 * mm])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, "black"), ("SPAN", (0, 0), (1, 0)),
                               ("LINEABOVE", (0, 1), (-1, 1), 0.5, "black"),
                               ("LINEBEFORE", (1, 1), (1, -1), 0.5, "black"),
                               ("LINEABOVE", (0, 2), (-1, 2), 0.25, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 5 * mm), KeepTogether([table, Spacer(1, 2 * mm), Paragraph(
        "一式两联：发货方、快递员各执一联。快递员须为每个包裹留下底单并签字；底单按日期和快递公司保存，15 天后归档。",
        st["small"])])]
    return _build(story, A4, f"交接单 {manifest.manifest_no}",
                  f"{manifest.courier_name} 交接单 {manifest.manifest_no} · {_t(manifest.pickup_at)}")


# ---------------------------------------------------------------------------------------- claim evidence
_KINDS = {"order": "订单", "item": "商品", "quantity": "数量", "weight": "称重", "override": "放行",
          "sign_off": "封箱"}
_RESULTS = {"ok": "正常", "not_in_order": "非本单商品", "wrong_variant": "款式/尺码不符", "too_many": "多扫",
            "out_of_tolerance": "重量超差", "override": "主管放行", "unknown": "未知条码"}

def claim_evidence_pdf(ev: ClaimEvidence) -> bytes:
    """理赔证据单: what the station recorded about one parcel, for a claim against the courier (or to find
    a packing fault): order and lines, every scan, every weighing, who packed it where, every print."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Image as RLImage
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    st = _styles()
    width = A4[0] - 24 * mm
    phone = mask_phone(ev.phone) if ev.privacy else ev.phone
    name = mask_name(ev.recipient_name) if ev.privacy else ev.recipient_name
    story = [Paragraph(f"理赔证据单（{_esc(ev.claim_kind)}）", st["title"]), Spacer(1, 2 * mm)]
    codes = Table([[Code128Flowable(ev.waybill_no, 9, 0.3, st["font"]),
                    Code128Flowable(ev.order_no, 9, 0.3, st["font"])]], colWidths=[width / 2, width / 2])
    story += [codes, Spacer(1, 2 * mm)]
    kw = [0.13 * width, 0.37 * width, 0.13 * width, 0.37 * width]
    story += [Paragraph("一、基本信息", st["h2"]), _kv([
        ("理赔编号", ev.claim_no), ("理赔类型", ev.claim_kind),
        ("快递公司", ev.courier_name), ("运单号", ev.waybill_no),
        ("订单号", ev.order_no), ("店铺/渠道", f"{ev.shop_name} {ev.channel}".strip()),
        ("收件人", f"{name}  {phone}"), ("包裹重量", weight_text(ev.parcel_weight_g)
                                            if ev.parcel_weight_g is not None else ""),
        ("打包员", ev.packer), ("工位", ev.station),
        ("打包时间", _t(ev.packed_at, SECONDS)), ("发出时间", _t(ev.shipped_at, SECONDS)),
        ("收货地址", ev.address)], kw, st)]
    story += [Paragraph("二、商品明细", st["h2"]), _lines_table(ev.lines, st, width, with_scanned=True)]
    data = [["时间", "类型", "条码", "结果", "操作人", "说明"]]
    for s in ev.scans:
        data.append([_t(s.at, SECONDS), _KINDS.get(s.kind, s.kind), Paragraph(_esc(s.code), st["cell"]),
                     Paragraph(_esc(_RESULTS.get(s.result, s.result)), st["cell"]), s.operator,
                     Paragraph(_esc(s.detail), st["cell"])])
    story += [Paragraph(f"三、扫描记录（{len(ev.scans)} 条）", st["h2"]),
              _grid(data, [w * width for w in (0.2, 0.1, 0.22, 0.14, 0.1, 0.24)], font=st["font"])]
    data = [["时间", "重量", "应重", "允差", "稳定", "结果", "操作人"]]
    for w in ev.weights:
        data.append([_t(w.at, SECONDS), weight_text(w.weight_g),
                     weight_text(w.expected_g) if w.expected_g is not None else "",
                     f"±{w.tolerance_g}g" if w.tolerance_g is not None else "", "是" if w.stable else "否",
                     Paragraph(_esc(_RESULTS.get(w.result, w.result)), st["cell"]), w.operator])
    story += [Paragraph(f"四、称重记录（{len(ev.weights)} 次）", st["h2"]),
              _grid(data, [w * width for w in (0.22, 0.12, 0.12, 0.1, 0.08, 0.2, 0.16)], font=st["font"])]
    data = [["时间", "类型", "打印机", "操作人", "原因"]]
    for p in ev.prints:
        data.append([_t(p.at, SECONDS), {"print": "打印", "reprint": "重打", "void": "作废"}.get(p.kind, p.kind),
                     Paragraph(_esc(p.printer), st["cell"]), p.operator, Paragraph(_esc(p.reason), st["cell"])])
    story += [Paragraph(f"五、面单打印记录（{len(ev.prints)} 次）", st["h2"]),
              _grid(data, [w * width for w in (0.22, 0.1, 0.26, 0.14, 0.28)], font=st["font"])]
    if ev.label_png:
        from PIL import Image as PILImage

        img = PILImage.open(io.BytesIO(ev.label_png))
        h = 95 * mm
        w = h * img.width / img.height
        story.append(KeepTogether([Paragraph("六、打印的面单（存档图像）", st["h2"]),
                                   RLImage(io.BytesIO(ev.label_png), width=w, height=h, hAlign="LEFT")]))
    if ev.notes:
        story += [Paragraph("说明", st["h2"]), Paragraph(_esc(ev.notes), st["base"])]
    sign = Table([[Paragraph(f"制表人：{_esc(ev.prepared_by)}　　制表时间：{_t(ev.prepared_at)}", st["base"]),
                   Paragraph("主管审核签字：____________", st["base"])]], colWidths=[width * 0.6, width * 0.4])
    story += [Spacer(1, 6 * mm), sign]
    return _build(story, A4, f"理赔证据单 {ev.waybill_no}",
                  f"理赔证据单 运单 {ev.waybill_no} 订单 {ev.order_no}")
