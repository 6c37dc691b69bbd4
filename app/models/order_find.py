"""Indexes for finding an order by any of its numbers (app.services.order_find): buyer ID, recipient name, the
phone's last four digits, the day it was imported or paid, the reason it is held, and an order's history in the
audit log. No index on the packer: one packer has a twentieth of the orders, found fast enough newest first, and
an index there leads SQLite to sort all of a packer's orders when a date range is asked too. Declared here, so that they live in this module's migration; the tables belong to app.models.entities.

The phone's last four are an expression index, the same text on SQLite and PostgreSQL, so no column has to be
kept in step by every path that writes a phone (import, edit, purge): `phone_last4(Order.phone)` in a query
is the very expression the index was built on."""
from __future__ import annotations

from sqlalchemy import Index, func, literal_column

from .entities import AuditLog, Order


def phone_last4(column):
    """The last four characters of a phone column, as the index has them (3 is a literal, not a parameter: SQLite
    uses an expression index only for the identical expression)."""
    return func.substr(column, func.length(column) - literal_column("3"))


Index("ix_orders_buyer_id", Order.buyer_id)
Index("ix_orders_recipient_name", Order.recipient_name)
Index("ix_orders_phone_last4", phone_last4(Order.phone))
Index("ix_orders_imported_at", Order.imported_at)
Index("ix_orders_paid_at", Order.paid_at)
Index("ix_orders_flag_reason", Order.flag, Order.flag_reason)  # held for a reason, newest first
Index("ix_audit_log_entity", AuditLog.entity, AuditLog.entity_id)
