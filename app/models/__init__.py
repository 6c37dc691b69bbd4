"""SQLAlchemy 2 typed models."""
from .base import Base, utcnow
from .entities import (
    AuditLog, Barcode, Carton, Courier, Flag, ImportBatch, Operator, Order, OrderLine, OrderStatus, Parcel,
    ParcelLine, ParcelStatus, Product, Role, ScanEvent, Setting, Station, WaybillNumber, WaybillStatus,
)
from .cases import CaseKind, CaseStatus, ExceptionCase, ReturnLine, ReturnReceipt, StockMove
from .printing import PrintJob, PrintJobStatus

__all__ = [
    "CaseKind", "CaseStatus", "ExceptionCase", "ReturnLine", "ReturnReceipt", "StockMove",
    "AuditLog", "Barcode", "Base", "Carton", "Courier", "Flag", "ImportBatch", "Operator", "Order", "OrderLine",
    "OrderStatus", "Parcel", "ParcelLine", "ParcelStatus", "PrintJob", "PrintJobStatus", "Product", "Role", "ScanEvent",
    "Setting", "Station", "WaybillNumber", "WaybillStatus", "utcnow",
]
