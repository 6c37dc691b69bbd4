"""What each error of the pack flow says to the packer, translated (the core only has codes)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.packflow import Err, FlowError


def error_title(err: FlowError) -> str:
    p = err.params
    c = err.code
    if c is Err.NOT_IN_ORDER:
        return QCoreApplication.translate("Messages", "Not in this order")
    if c is Err.UNKNOWN_BARCODE:
        return QCoreApplication.translate("Messages", "Unknown barcode")
    if c is Err.WRONG_VARIANT:
        if p.get("scanned_size") != p.get("wanted_size") and p.get("scanned_colour") == p.get("wanted_colour"):
            return QCoreApplication.translate("Messages", "Wrong size: scanned {scanned}, the order wants {wanted}").format(
                scanned=p.get("scanned_size", ""), wanted=p.get("wanted_size", ""))
        return QCoreApplication.translate("Messages", "Wrong colour/size: scanned {scanned}, the order wants {wanted}").format(
            scanned=p.get("scanned", ""), wanted=p.get("wanted", ""))
    if c is Err.TOO_MANY:
        return QCoreApplication.translate("Messages", "One too many: the order has only {qty}").format(qty=p.get("qty", ""))
    if c is Err.NOT_NOW:
        return QCoreApplication.translate("Messages", "All items are already verified")
    if c is Err.CHECK_PENDING:
        return QCoreApplication.translate("Messages", "Finish the check first: press Space when done")
    if c is Err.UNACKNOWLEDGED:
        return QCoreApplication.translate("Messages", "Acknowledge the error first")
    if c is Err.QTY_NO_LINE:
        return QCoreApplication.translate("Messages", "Scan one item before typing a quantity")
    if c is Err.QTY_INVALID:
        return QCoreApplication.translate("Messages", "Not a quantity: {text}").format(text=p.get("text", ""))
    if c is Err.QTY_TOO_MANY:
        return QCoreApplication.translate("Messages", "Only {remaining} left to scan, not {typed}").format(
            remaining=p.get("remaining", ""), typed=p.get("typed", ""))
    if c is Err.QTY_BARCODE:
        return QCoreApplication.translate("Messages", "A barcode went into the quantity field")
    if c is Err.ORDER_NOT_FOUND:
        return QCoreApplication.translate("Messages", "No such order: {code}").format(code=p.get("scanned", ""))
    if c is Err.ORDER_ON_HOLD:
        return QCoreApplication.translate("Messages", "ON HOLD — do not ship")
    if c is Err.ORDER_REFUND:
        return QCoreApplication.translate("Messages", "REFUND REQUESTED — do not ship")
    if c is Err.ORDER_SHIPPED:
        return QCoreApplication.translate("Messages", "Already shipped")
    if c is Err.ORDER_CANCELLED:
        return QCoreApplication.translate("Messages", "Order cancelled — do not ship")
    if c is Err.ORDER_ELSEWHERE:
        return QCoreApplication.translate("Messages", "Being packed at another station")
    if c is Err.SCALE_OFFLINE:
        return QCoreApplication.translate("Messages", "Scale not connected")
    if c is Err.PRINT_FAILED:
        return QCoreApplication.translate("Messages", "Label not printed")
    if c is Err.NO_WAYBILL:
        return QCoreApplication.translate("Messages", "No waybill numbers left")
    return c.value


def error_detail(err: FlowError) -> str:
    p = err.params
    c = err.code
    if c is Err.NOT_IN_ORDER:
        return QCoreApplication.translate("Messages", "{name} {variant} ({sku}) — put it back").format(
            name=p.get("name", ""), variant=p.get("variant", ""), sku=p.get("sku", ""))
    if c is Err.UNKNOWN_BARCODE:
        return QCoreApplication.translate("Messages", "{code} is no product we know").format(code=p.get("code", ""))
    if c is Err.WRONG_VARIANT:
        return QCoreApplication.translate("Messages", "Style {style}: take the item out and pick {wanted}").format(
            style=p.get("style", ""), wanted=p.get("wanted", ""))
    if c is Err.TOO_MANY:
        return QCoreApplication.translate("Messages", "{sku}: take one out").format(sku=p.get("sku", ""))
    if c is Err.QTY_BARCODE:
        return QCoreApplication.translate("Messages", "Scan barcodes, type only quantities")
    if c is Err.ORDER_ON_HOLD:
        return QCoreApplication.translate("Messages", "Reason: {reason}").format(reason=p.get("reason", "") or "—")
    if c is Err.ORDER_REFUND:
        return QCoreApplication.translate("Messages", "The buyer asked for a refund: put the order aside for the supervisor")
    if c is Err.ORDER_SHIPPED:
        return QCoreApplication.translate("Messages", "Waybill {waybill} at {when}").format(waybill=p.get("waybill", "") or "—",
                                                         when=p.get("when", "") or "—")
    if c is Err.ORDER_ELSEWHERE:
        return QCoreApplication.translate("Messages", "Station {station}").format(station=p.get("station", "") or "?")
    if c is Err.PRINT_FAILED:
        return QCoreApplication.translate("Messages", "{message} — fix the printer, then sign off again").format(message=p.get("message", ""))
    if c is Err.NO_WAYBILL:
        return QCoreApplication.translate("Messages", "Courier {courier}: ask the supervisor to load numbers").format(courier=p.get("message", ""))
    return ""
