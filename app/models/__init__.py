"""SQLAlchemy 2 typed models."""
from .base import Base, utcnow
from .entities import (
    AuditChain, AuditLog, Barcode, Carton, Courier, Flag, ImportBatch, Operator, Order, OrderLine, OrderStatus,
    Parcel, ParcelLine, ParcelStatus, Product, Role, ScanEvent, Setting, SignonThrottle, Station, WaybillNumber,
    WaybillStatus,
)
from .cases import CaseKind, CaseStatus, ExceptionCase, PendingLine, ReturnLine, ReturnReceipt, StockMove
from .ledger import (
    BillLine, ChaseKind, ChaseOutcome, Claim, ClaimKind, ClaimStatus, CourierBill, Pickup, PickupParcel,
    PickupStatus, ReportDay, ReportDone, ReportPackerDay, StubChase, Stub, StubPurpose, Supply,
)
from .order_links import LinkKind, OrderLink, ReshipCause
from .printing import PrintJob, PrintJobStatus
from .couriers import CourierAccount, EWaybill, EWaybillStatus
from .courier_rules import CourierRule
from .shops import Platform, ShipmentExport, ShipmentExportLine, Shop
from . import order_find  # noqa: F401  (the indexes that find an order by any of its numbers)
from . import audit_chain  # noqa: F401  (registers the hash chain on every session)

__all__ = [
    "CaseKind", "CaseStatus", "ExceptionCase", "PendingLine", "ReturnLine", "ReturnReceipt", "StockMove",
    "AuditChain", "AuditLog", "Barcode", "Base", "Carton", "Courier", "Flag", "ImportBatch", "Operator", "Order", "OrderLine",
    "OrderStatus", "Parcel", "ParcelLine", "ParcelStatus", "PrintJob", "PrintJobStatus", "Product", "Role", "ScanEvent",
    "Setting", "SignonThrottle", "Station", "WaybillNumber", "WaybillStatus", "utcnow",
    "BillLine", "ChaseKind", "ChaseOutcome", "Claim", "ClaimKind", "ClaimStatus", "CourierBill", "Pickup",
    "PickupParcel", "PickupStatus", "ReportDay", "ReportDone", "ReportPackerDay", "Stub", "StubChase",
    "StubPurpose", "Supply", "LinkKind", "OrderLink", "ReshipCause", "CourierAccount", "EWaybill", "EWaybillStatus",
    "CourierRule", "Platform", "ShipmentExport", "ShipmentExportLine", "Shop",
]
