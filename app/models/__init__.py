"""SQLAlchemy 2 typed models."""
from .base import Base, utcnow
from .entities import (
    AuditLog, Barcode, Carton, Courier, Flag, ImportBatch, Operator, Order, OrderLine, OrderStatus, Parcel,
    ParcelStatus, Product, Role, ScanEvent, Setting, Station, WaybillNumber, WaybillStatus,
)
from .printing import PrintJob, PrintJobStatus

__all__ = [
    "AuditLog", "Barcode", "Base", "Carton", "Courier", "Flag", "ImportBatch", "Operator", "Order", "OrderLine",
    "OrderStatus", "Parcel", "ParcelStatus", "PrintJob", "PrintJobStatus", "Product", "Role", "ScanEvent",
    "Setting", "Station", "WaybillNumber", "WaybillStatus", "utcnow",
]
