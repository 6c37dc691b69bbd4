"""PDF for the supervisor's ledger: the handover manifest and the claim evidence sheet go through the labels
engineer's layouts (app.labels.documents) when that module is installed; the bill summary and the figures
tables — and the two documents when it is not — are laid out here as plain tables (ReportLab, the shipped
CJK font embedded). Plain data in, bytes out; no database.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from ..labels.content import weight_text


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return f"{v:.2f}"
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table_pdf(title: str, facts: Sequence[tuple[str, object]], sections: Sequence[tuple[str, Sequence[str],
              Sequence[Sequence]]], signatures: Sequence[str] = (), landscape_page: bool = False) -> bytes:
    """A titled A4 document: key facts, then one table per section (heading, headers, rows), then signature
    lines. Long tables run over pages with their header repeated."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from ..labels.fonts import register_pdf_font

    font = register_pdf_font()
    base = ParagraphStyle("b", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    cell = ParagraphStyle("c", parent=base, fontSize=8, leading=10)
    head = ParagraphStyle("h", parent=base, fontSize=11, leading=15, spaceBefore=6, spaceAfter=3)
    big = ParagraphStyle("t", parent=base, fontSize=16, leading=22, alignment=1)
    page = landscape(A4) if landscape_page else A4
    width = page[0] - 24 * mm
    story = [Paragraph(_esc(title), big), Spacer(1, 3 * mm)]
    if facts:
        rows, row = [], []
        for k, v in facts:
            row += [Paragraph(_esc(str(k)), cell), Paragraph(_esc(_text(v)), cell)]
            if len(row) == 4:
                rows.append(row)
                row = []
        if row:
            rows.append(row + [""] * (4 - len(row)))
        t = Table(rows, colWidths=[width * 0.18, width * 0.32] * 2)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TEXTCOLOR", (0, 0), (0, -1), colors.Color(0.3, 0.3, 0.3)),
                               ("TEXTCOLOR", (2, 0), (2, -1), colors.Color(0.3, 0.3, 0.3))]))
        story.append(t)
    for heading, headers, data in sections:
        story.append(Paragraph(_esc(heading), head))
        if not data:
            story.append(Paragraph("—", cell))
            continue
        grid = [[Paragraph(_esc(str(h)), cell) for h in headers]]
        grid += [[Paragraph(_esc(_text(v)), cell) for v in r] for r in data]
        t = Table(grid, colWidths=[width / len(headers)] * len(headers), repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        story.append(t)
    if signatures:
        story.append(Spacer(1, 12 * mm))
        sig = Table([[Paragraph(_esc(f"{s}：________________  日期：__________"), base) for s in signatures]],
                    colWidths=[width / len(signatures)] * len(signatures))
        story.append(sig)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=14 * mm, title=title, author="PackStation", creator="PackStation")
    doc.build(story)
    return buf.getvalue()


def _documents():
    try:
        from ..labels import documents
    except ImportError:  # the labels engineer's layouts are not installed: plain tables instead
        return None
    return documents


def manifest_pdf(m) -> bytes:
    """The handover manifest (交接单) of an app.services.pickups.Manifest."""
    docs = _documents()
    if docs is not None:
        return docs.handover_manifest_pdf(docs.HandoverManifest(
            manifest_no=m.pickup_no, courier_code=m.courier, courier_name=m.courier_name,
            shipper_name=m.shipper, pickup_at=m.closed_at or m.opened_at, station=m.station,
            remarks=f"快递员 courier: {m.courier_person}" if m.courier_person else "",
            parcels=tuple(docs.ManifestParcel(waybill_no=ln.waybill_no, order_no=ln.order_no, recipient_name="",
                                              destination=f"{ln.province}{ln.city}", weight_g=ln.weight_g)
                          for ln in m.lines)))
    return table_pdf(
        f"{m.courier_name} 快递交接单 Handover manifest",
        [("交接单号 No.", m.pickup_no), ("日期 Day", m.day), ("发件人 Shipper", m.shipper),
         ("快递员 Courier", m.courier_person), ("件数 Parcels", m.count),
         ("总重量 Total weight", weight_text(m.total_weight_g)), ("结束 Closed", m.closed_at)],
        [("包裹清单 Parcels", ["#", "运单号 Waybill", "订单号 Order", "目的地 Destination", "重量 kg"],
          [[ln.n, ln.waybill_no, ln.order_no, f"{ln.province}{ln.city}", weight_text(ln.weight_g)]
           for ln in m.lines])],
        signatures=["发件人签字 Shipper", "快递员签字 Courier"])


KIND_ZH = {"lost": "丢失 lost", "damaged": "破损 damaged", "undeliverable": "无法派送 undeliverable"}


def evidence_pdf(ev) -> bytes:
    """The claim evidence sheet (理赔证据单) of an app.services.claims.Evidence."""
    docs = _documents()
    if docs is not None:
        return docs.claim_evidence_pdf(docs.ClaimEvidence(
            claim_kind=KIND_ZH.get(ev.kind, ev.kind), order_no=ev.order_no, waybill_no=ev.waybill_no,
            courier_name=ev.courier_name, shop_name=ev.shop, recipient_name=ev.recipient_name, phone=ev.phone,
            address=ev.address, channel=ev.channel, claim_no=ev.claim_no, packer=ev.packer, station=ev.station,
            packed_at=ev.weighed_at, shipped_at=ev.printed_at, parcel_weight_g=ev.weight_g,
            label_png=ev.label_png if (ev.label_png or b"").startswith(b"\x89PNG") else None,
            notes=ev.reason, prepared_by=ev.prepared_by, prepared_at=ev.prepared_at,
            privacy=ev.masked,
            lines=tuple(docs.DocLine(sku=ln.sku, name=ln.name, style=ln.style, colour=ln.colour, size=ln.size,
                                     qty=ln.qty, price=ln.price, scanned=ln.scanned) for ln in ev.lines),
            scans=tuple(docs.ScanRecord(at=sc.at, kind=sc.kind, code=sc.code, result=sc.result,
                                        operator=sc.operator, detail=sc.detail) for sc in ev.scans),
            weights=tuple(docs.WeightRecord(at=w.at, weight_g=w.weight_g, expected_g=w.expected_g,
                                            result=w.result, operator=w.operator) for w in ev.weights),
            prints=tuple(docs.PrintRecord(at=p.at, kind=p.kind, printer=p.printer, operator=p.operator,
                                          reason=p.reason) for p in ev.prints)))
    return table_pdf(
        f"理赔证据单 Claim evidence — {KIND_ZH.get(ev.kind, ev.kind)}",
        [("理赔号 Claim", ev.claim_no), ("运单号 Waybill", ev.waybill_no), ("订单号 Order", ev.order_no),
         ("快递 Courier", ev.courier_name), ("店铺 Shop", ev.shop), ("收件人 Recipient", ev.recipient_name),
         ("电话 Phone", ev.phone), ("地址 Address", ev.address), ("打包员 Packer", ev.packer),
         ("工位 Station", ev.station), ("重量 Weight", f"{ev.weight_g} g (应 expected {ev.expected_weight_g} g)"),
         ("打印 Printed", ev.printed_at)],
        [("商品 Lines", ["SKU", "名称 Name", "型号/颜色/尺码", "数量 Qty", "已扫 Scanned"],
          [[ln.sku, ln.name, f"{ln.style}/{ln.colour}/{ln.size}", ln.qty, ln.scanned] for ln in ev.lines]),
         ("扫描记录 Scans", ["时间 Time", "类型 Kind", "条码 Code", "结果 Result", "操作员 Operator"],
          [[sc.at, sc.kind, sc.code, sc.result, sc.operator] for sc in ev.scans]),
         ("称重 Weighings", ["时间 Time", "重量 g", "应重 g", "结果 Result", "操作员 Operator"],
          [[w.at, w.weight_g, w.expected_g, w.result, w.operator] for w in ev.weights]),
         ("打印 Prints", ["时间 Time", "类型 Kind", "打印机 Printer", "操作员 Operator", "原因 Reason"],
          [[p.at, p.kind, p.printer, p.operator, p.reason] for p in ev.prints])])
