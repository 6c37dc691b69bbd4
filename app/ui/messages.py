"""What each error of the pack flow says to the packer, translated (the core only has codes)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.packflow import Err, FlowError


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def error_title(err: FlowError) -> str:
    p = err.params
    c = err.code
    if c is Err.NOT_IN_ORDER:
        return _t("Not in this order")
    if c is Err.UNKNOWN_BARCODE:
        return _t("Unknown barcode")
    if c is Err.WRONG_VARIANT:
        if p.get("scanned_size") != p.get("wanted_size") and p.get("scanned_colour") == p.get("wanted_colour"):
            return _t("Wrong size: scanned {scanned}, the order wants {wanted}").format(
                scanned=p.get("scanned_size", ""), wanted=p.get("wanted_size", ""))
        return _t("Wrong colour/size: scanned {scanned}, the order wants {wanted}").format(
            scanned=p.get("scanned", ""), wanted=p.get("wanted", ""))
    if c is Err.TOO_MANY:
        return _t("One too many: the order has only {qty}").format(qty=p.get("qty", ""))
    if c is Err.NOT_NOW:
        return _t("All items are already verified")
    if c is Err.UNACKNOWLEDGED:
        return _t("Acknowledge the error first")
    if c is Err.QTY_NO_LINE:
        return _t("Scan one item before typing a quantity")
    if c is Err.QTY_INVALID:
        return _t("Not a quantity: {text}").format(text=p.get("text", ""))
    if c is Err.QTY_TOO_MANY:
        return _t("Only {remaining} left to scan, not {typed}").format(
            remaining=p.get("remaining", ""), typed=p.get("typed", ""))
    if c is Err.QTY_BARCODE:
        return _t("A barcode went into the quantity field")
    if c is Err.ORDER_NOT_FOUND:
        return _t("No such order: {code}").format(code=p.get("scanned", ""))
    if c is Err.ORDER_ON_HOLD:
        return _t("ON HOLD — do not ship")
    if c is Err.ORDER_REFUND:
        return _t("REFUND REQUESTED — do not ship")
    if c is Err.ORDER_SHIPPED:
        return _t("Already shipped")
    if c is Err.ORDER_CANCELLED:
        return _t("Order cancelled — do not ship")
    if c is Err.ORDER_ELSEWHERE:
        return _t("Being packed at another station")
    if c is Err.SCALE_OFFLINE:
        return _t("Scale not connected")
    if c is Err.PRINT_FAILED:
        return _t("Label not printed")
    if c is Err.NO_WAYBILL:
        return _t("No waybill numbers left")
    return c.value


def error_detail(err: FlowError) -> str:
    p = err.params
    c = err.code
    if c is Err.NOT_IN_ORDER:
        return _t("{name} {variant} ({sku}) — put it back").format(
            name=p.get("name", ""), variant=p.get("variant", ""), sku=p.get("sku", ""))
    if c is Err.UNKNOWN_BARCODE:
        return _t("{code} is no product we know").format(code=p.get("code", ""))
    if c is Err.WRONG_VARIANT:
        return _t("Style {style}: take the item out and pick {wanted}").format(
            style=p.get("style", ""), wanted=p.get("wanted", ""))
    if c is Err.TOO_MANY:
        return _t("{sku}: take one out").format(sku=p.get("sku", ""))
    if c is Err.QTY_BARCODE:
        return _t("Scan barcodes, type only quantities")
    if c is Err.ORDER_ON_HOLD:
        return _t("Reason: {reason}").format(reason=p.get("reason", "") or "—")
    if c is Err.ORDER_REFUND:
        return _t("The buyer asked for a refund: put the order aside for the supervisor")
    if c is Err.ORDER_SHIPPED:
        return _t("Waybill {waybill} at {when}").format(waybill=p.get("waybill", "") or "—",
                                                         when=p.get("when", "") or "—")
    if c is Err.ORDER_ELSEWHERE:
        return _t("Station {station}").format(station=p.get("station", "") or "?")
    if c is Err.PRINT_FAILED:
        return _t("{message} — fix the printer, then sign off again").format(message=p.get("message", ""))
    if c is Err.NO_WAYBILL:
        return _t("Courier {courier}: ask the supervisor to load numbers").format(courier=p.get("message", ""))
    return ""
