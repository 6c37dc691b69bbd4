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
    if c is Err.ORDER_UNKNOWN_SKU:
        return QCoreApplication.translate("Messages", "Items not in the product list — do not pack")
    if c is Err.ORDER_OVERSOLD:
        return QCoreApplication.translate("Messages", "OVERSOLD — not enough stock, do not pack")
    if c is Err.ORDER_COURIER_ASK:
        return QCoreApplication.translate("Messages", "COURIER TO DECIDE — do not pack")
    if c is Err.ORDER_SHIPPED:
        return QCoreApplication.translate("Messages", "Already shipped")
    if c is Err.ORDER_CANCELLED:
        return QCoreApplication.translate("Messages", "Order cancelled — do not ship")
    if c is Err.ORDER_ELSEWHERE:
        return QCoreApplication.translate("Messages", "Being packed at another station")
    if c is Err.ORDER_UNPAID:
        return QCoreApplication.translate("Messages", "NOT PAID YET — do not ship")
    if c is Err.ORDER_MERGED:
        return QCoreApplication.translate("Messages", "Merged into order {into}").format(into=p.get("into", ""))
    if c is Err.ORDER_NO_SENDER:
        shop = p.get("shop") or p.get("message") or ""
        if not shop:
            return QCoreApplication.translate("Messages", "The order names no shop — no label")
        if p.get("why") == "unknown":
            return QCoreApplication.translate("Messages", "Shop {shop} is not set up — no label").format(shop=shop)
        if p.get("why") == "retired":
            return QCoreApplication.translate("Messages", "Shop {shop} is retired — no label").format(shop=shop)
        return QCoreApplication.translate("Messages", "Shop {shop} has no sender — no label").format(shop=shop)
    if c is Err.QTY_NOT_MORE:
        return QCoreApplication.translate("Messages", "{scanned} already counted: a total must be more").format(
            scanned=p.get("scanned", ""))
    if c is Err.ORDER_STILL_OPEN:
        return QCoreApplication.translate("Messages", "Order {open} is still open").format(open=p.get("open", ""))
    if c is Err.BAD_COMMAND:
        return QCoreApplication.translate("Messages", "Unknown command barcode")
    if c is Err.COMMAND_NOT_NOW:
        return QCoreApplication.translate("Messages", "That command does nothing now")
    if c is Err.LABEL_EXPECTED:
        return QCoreApplication.translate("Messages", "Scan the label's waybill barcode, not an item")
    if c is Err.SCALE_OFFLINE:
        return QCoreApplication.translate("Messages", "Scale not connected")
    if c is Err.SCALE_UNSTABLE:
        if p.get("fault") == "overload":
            return QCoreApplication.translate("Messages", "The scale is overloaded: no weight")
        if p.get("fault") == "below_zero":
            return QCoreApplication.translate("Messages", "The scale shows below zero: no weight")
        return QCoreApplication.translate("Messages", "The scale is still moving")
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
    if c is Err.ORDER_UNKNOWN_SKU:
        return QCoreApplication.translate("Messages", "Waiting for {skus}: put the order aside for the supervisor").format(
            skus=p.get("skus", ""))
    if c is Err.ORDER_OVERSOLD:
        return QCoreApplication.translate("Messages", "The stock of {skus} goes to orders paid earlier: put the order "
                                                      "aside for the supervisor").format(skus=p.get("skus", ""))
    if c is Err.ORDER_COURIER_ASK:
        if p.get("wanted"):
            return QCoreApplication.translate("Messages", "The note asks for {wanted}: put the order aside, the "
                                                          "supervisor decides the courier").format(wanted=p["wanted"])
        return QCoreApplication.translate("Messages", "No courier can take this order: put it aside for the supervisor")
    if c is Err.ORDER_REFUND:
        return QCoreApplication.translate("Messages", "The buyer asked for a refund: put the order aside for the supervisor")
    if c is Err.ORDER_UNPAID:
        return QCoreApplication.translate("Messages", "Waiting for the bank transfer: it ships when the supervisor flags it green")
    if c is Err.ORDER_MERGED:
        return QCoreApplication.translate("Messages", "Its items ship in order {into}: scan that order's slip").format(into=p.get("into", ""))
    if c is Err.ORDER_SHIPPED:
        return QCoreApplication.translate("Messages", "Waybill {waybill} at {when}").format(waybill=p.get("waybill", "") or "—",
                                                         when=p.get("when", "") or "—")
    if c is Err.ORDER_ELSEWHERE:
        if p.get("operator"):
            return QCoreApplication.translate("Messages", "Station {station}, {operator}, since {since}").format(
                station=p.get("station", "") or "?", operator=p.get("operator", ""), since=p.get("since", "") or "—")
        return QCoreApplication.translate("Messages", "Station {station}").format(station=p.get("station", "") or "?")
    if c is Err.ORDER_NO_SENDER:
        return QCoreApplication.translate(
            "Messages", "A label needs the shop's sender name, phone and return address: put the order aside and "
                        "ask the supervisor to set the shop up (desk, Shops)")
    if c is Err.PRINT_FAILED:
        return QCoreApplication.translate("Messages", "{message} — fix the printer, then sign off again").format(
            message=device_reason(str(p.get("message", "") or "error")))
    if c is Err.QTY_TOO_MANY:
        return QCoreApplication.translate("Messages", "{sku}: the order has {qty}").format(sku=p.get("sku", ""),
                                                                                            qty=p.get("qty", ""))
    if c is Err.ORDER_STILL_OPEN:
        return QCoreApplication.translate(
            "Messages", "You scanned order {other}: finish order {open} or put it back (Esc) first").format(
            other=p.get("other", ""), open=p.get("open", ""))
    if c is Err.BAD_COMMAND:
        return QCoreApplication.translate("Messages", "{code} is on no command card: use a card printed here").format(
            code=p.get("scanned", ""))
    if c is Err.COMMAND_NOT_NOW:
        if p.get("command") == "SIGNOUT":
            return QCoreApplication.translate("Messages", "Put the order back (Esc) before signing out")
        return QCoreApplication.translate("Messages", "No label is in doubt: nothing to print again")
    if c is Err.LABEL_EXPECTED:
        return QCoreApplication.translate("Messages", "Waybill {waybill}: scan the label if it came out, or NOT PRINTED").format(
            waybill=p.get("waybill", ""))
    if c is Err.SCALE_OFFLINE:
        return QCoreApplication.translate("Messages", "The weight must be on the scale at sign-off: plug the scale in")
    if c is Err.SCALE_UNSTABLE:
        return QCoreApplication.translate("Messages", "Wait until the weight settles, then sign off again")
    if c is Err.NO_WAYBILL:
        return QCoreApplication.translate("Messages", "Courier {courier}: ask the supervisor to load numbers or check the e-waybill account").format(courier=p.get("message", ""))
    return ""


def ignored_text(err: FlowError) -> str:
    """What the banner adds when a scan or key arrived while the error waits: it did nothing."""
    ignored = err.params.get("ignored")
    if not ignored:
        return ""
    if ignored == "key":
        return QCoreApplication.translate("Messages", "That key did nothing: acknowledge the error first")
    return QCoreApplication.translate("Messages", "{code} did not count: acknowledge the error first").format(code=ignored)


def notice_text(code: str, params: dict) -> str:
    """A notice: something happened, or a key did nothing, and why (non-blocking, shown until the next key)."""
    p = params
    if code == "order_changed":
        return QCoreApplication.translate("Messages", "The supervisor changed this order: check the lines again")
    if code == "back_online":
        return QCoreApplication.translate("Messages", "The server is back: the counts are as it has them — go on")
    if code == "force_verified":
        return QCoreApplication.translate("Messages", "A supervisor counted a line without scanning")
    if code == "weight_changed":
        return QCoreApplication.translate("Messages", "The weight changed from {before} to {now}: weighed again").format(
            before=kg(p.get("before", 0)), now=kg(p.get("now", 0)))
    if code == "sign_off_not_ready":
        step = p.get("step")
        if step == "scan":
            return QCoreApplication.translate("Messages", "Cannot sign off yet: {left} item(s) still to scan").format(
                left=p.get("left", ""))
        if step == "weigh":
            return QCoreApplication.translate("Messages", "Cannot sign off yet: put the parcel on the scale")
        if step == "weight_out":
            return QCoreApplication.translate("Messages", "Cannot sign off: the weight is out of tolerance")
        return QCoreApplication.translate("Messages", "Nothing to sign off: scan an order")
    if code == "confirm_put_back":
        return QCoreApplication.translate(
            "Messages", "Put back? The {units} scanned item(s) go back to the shelf and the counts are cleared: "
                        "scan PUT BACK again to confirm").format(units=p.get("units", ""))
    if code == "put_back":
        return QCoreApplication.translate("Messages", "Order {order} put back: its counts are cleared").format(
            order=p.get("order", ""))
    if code == "taken_over":
        return QCoreApplication.translate(
            "Messages", "Taken over from station {station} (not seen for a while): its counts came with it"
        ).format(station=p.get("station", "") or "?")
    if code == "taken_away":
        if p.get("station"):
            return QCoreApplication.translate(
                "Messages", "Order {order} was taken over and is now at station {station}: nothing more counts here"
            ).format(order=p.get("order", ""), station=p.get("station", ""))
        return QCoreApplication.translate(
            "Messages", "A supervisor took order {order} off this station: nothing more counts here").format(
            order=p.get("order", ""))
    if code == "put_back_not_now":
        return QCoreApplication.translate("Messages", "Nothing to put back now")
    if code == "close_parcel_not_now":
        return QCoreApplication.translate("Messages", "Close a parcel only while scanning, with items in it")
    if code == "quantity_not_now":
        return QCoreApplication.translate("Messages", "A quantity counts only while scanning items")
    return code


def kg(grams) -> str:
    """A weight as the screens show it: kilograms with three decimals (to the gram)."""
    try:
        return f"{int(grams) / 1000:.3f} kg"
    except (TypeError, ValueError):
        return "—"


def service_error(exc: Exception) -> str:
    """A refusal from a service, in the user's language. Services raise with an English template and its
    values (``exc.template``, ``exc.params``: "no order {order_no}"); the template is the translation key
    (app/ui/service_messages.py lists them all for the translators)."""
    from ..domain.permissions import Forbidden

    if isinstance(exc, Forbidden):
        if getattr(exc, "why", "") == "inactive":
            return QCoreApplication.translate("Messages", "Your account is disabled")
        return QCoreApplication.translate("Messages", "Your role may not do this")
    template = getattr(exc, "template", None)
    params = getattr(exc, "params", None) or {}
    if not template:
        if isinstance(exc, ValueError):
            return QCoreApplication.translate("Messages", "That value is not valid: check what you typed")
        return QCoreApplication.translate("Messages", "Refused: {detail}").format(detail=str(exc))
    text = translated_template(template, params)
    where = getattr(exc, "where", None)
    if where:  # a refused file: say where, as the English does
        parts = [str(where.get("file") or "")]
        if where.get("row") is not None:
            parts.append(QCoreApplication.translate("Messages", "row {row}").format(row=where["row"]))
        if where.get("column") is not None:
            parts.append(QCoreApplication.translate("Messages", "column {column}").format(
                column=f"'{where['column']}'" + (f" ({where['letter']})" if where.get("letter") else "")))
        text = QCoreApplication.translate("Messages", "{where}: {problem}").format(where=", ".join(parts),
                                                                                problem=text)
    return text


def translated_template(template: str, params: dict) -> str:
    """An English template from the core (a refusal, a case reason) in the user's language, its values filled
    in: stored values (none, shipped, intact …) in words, a list of them joined."""
    translated = QCoreApplication.translate("ServiceErrors", template)
    try:
        return translated.format(**{k: _value(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return translated


def case_reason(reason: str, detail: dict) -> str:
    """A case's reason: a person's words as they wrote them; the program's (reason_template) translated."""
    template = detail.get("reason_template") if isinstance(detail, dict) else None
    if not template:
        return reason
    return translated_template(template, detail.get("reason_params") or {})


def _value(v):
    """Raw values that name a state (none, green, intact …) shown in words."""
    if isinstance(v, (list, tuple)):
        return QCoreApplication.translate("Values", ", ").join(str(_value(x)) for x in v)
    return value_name(v) if isinstance(v, str) else v


def value_name(v: str) -> str:
    """A stored value (an enum's value) in words of the user's language; anything else unchanged."""
    names = {
        "none": QCoreApplication.translate("Values", "none"),
        "green": QCoreApplication.translate("Values", "green"),
        "yellow": QCoreApplication.translate("Values", "yellow"),
        "blue": QCoreApplication.translate("Values", "blue"),
        "purple": QCoreApplication.translate("Values", "purple"),
        "open": QCoreApplication.translate("Values", "open"),
        "packing": QCoreApplication.translate("Values", "being packed"),
        "shipped": QCoreApplication.translate("Values", "shipped"),
        "cancelled": QCoreApplication.translate("Values", "cancelled"),
        "waiting": QCoreApplication.translate("Values", "waiting for payment"),
        "merged": QCoreApplication.translate("Values", "merged"),
        "merge": QCoreApplication.translate("Values", "merge"),
        "split": QCoreApplication.translate("Values", "split"),
        "reship": QCoreApplication.translate("Values", "reship"),
        "stock": QCoreApplication.translate("Values", "stock"),
        "other": QCoreApplication.translate("Values", "other"),
        "printing": QCoreApplication.translate("Values", "printing"),
        "printed": QCoreApplication.translate("Values", "printed"),
        "void": QCoreApplication.translate("Values", "void"),
        "intact": QCoreApplication.translate("Values", "intact"),
        "opened": QCoreApplication.translate("Values", "opened"),
        "damaged": QCoreApplication.translate("Values", "damaged"),
        "buyer": QCoreApplication.translate("Values", "buyer"),
        "courier": QCoreApplication.translate("Values", "courier"),
        "packer": QCoreApplication.translate("Values", "packer"),
        "supervisor": QCoreApplication.translate("Values", "supervisor"),
        "admin": QCoreApplication.translate("Values", "administrator"),
        # supply units
        "roll": QCoreApplication.translate("Values", "rolls"),
        "pack": QCoreApplication.translate("Values", "packs"),
        "box": QCoreApplication.translate("Values", "boxes"),
        # order fields, as a re-import names what changed
        "recipient_name": QCoreApplication.translate("Values", "recipient"),
        "phone": QCoreApplication.translate("Values", "phone"),
        "address": QCoreApplication.translate("Values", "address"),
        "province": QCoreApplication.translate("Values", "province"),
        "city": QCoreApplication.translate("Values", "city"),
        "district": QCoreApplication.translate("Values", "district"),
        "postcode": QCoreApplication.translate("Values", "postcode"),
        "buyer_id": QCoreApplication.translate("Values", "buyer ID"),
        "shop": QCoreApplication.translate("Values", "shop"),
        "channel": QCoreApplication.translate("Values", "channel"),
        "buyer_note": QCoreApplication.translate("Values", "buyer's note"),
        "seller_note": QCoreApplication.translate("Values", "shop's note"),
        "amount": QCoreApplication.translate("Values", "amount paid"),
        "paid_at": QCoreApplication.translate("Values", "payment time"),
        "line": QCoreApplication.translate("Values", "an order line"),
        "variant": QCoreApplication.translate("Values", "size or colour"),
        "add": QCoreApplication.translate("Values", "a new line"),
        "qty": QCoreApplication.translate("Values", "quantity"),
        "status": QCoreApplication.translate("Values", "order status"),
        # the fields of a shop, as a refusal names them
        "shop name": QCoreApplication.translate("Values", "shop name"),
        "sender's name": QCoreApplication.translate("Values", "sender's name"),
        "sender's phone": QCoreApplication.translate("Values", "sender's phone"),
        "return address": QCoreApplication.translate("Values", "return address"),
        "packing-slip header": QCoreApplication.translate("Values", "packing-slip header"),
    }
    return names.get(v, v)


def device_reason(code: str) -> str:
    """Why a device is not working, from the drivers' reason codes (printers: app.devices.printers.REASONS,
    scales: app.devices.scales.SCALE_REASONS, scanners: app.devices.scanners.STATUS_CODES), in the user's
    language. The driver's own words stay in the log and in `packstation devices test` for IT."""
    reasons = {
        # printers
        "offline": QCoreApplication.translate("Devices", "the printer is offline"),
        "paper_out": QCoreApplication.translate("Devices", "out of paper"),
        "paper_low": QCoreApplication.translate("Devices", "paper running low"),
        "cover_open": QCoreApplication.translate("Devices", "the cover is open"),
        "paper_jam": QCoreApplication.translate("Devices", "paper jam"),
        "ribbon_out": QCoreApplication.translate("Devices", "the ribbon is used up"),
        "cutter_error": QCoreApplication.translate("Devices", "the cutter is stuck"),
        "mechanical_error": QCoreApplication.translate("Devices", "a mechanical fault in the printer"),
        "printer_error": QCoreApplication.translate("Devices", "the printer reports a fault"),
        "paused": QCoreApplication.translate("Devices", "the printer is paused"),
        "head_too_narrow": QCoreApplication.translate("Devices", "the label is wider than the printer's head (choose a narrower label size)"),
        "refused": QCoreApplication.translate("Devices", "the printer refused the connection"),
        "timeout": QCoreApplication.translate("Devices", "the device does not answer"),
        "unreachable": QCoreApplication.translate("Devices", "the device cannot be reached on the network"),
        "connection_lost": QCoreApplication.translate("Devices", "the connection was lost"),
        "permission_denied": QCoreApplication.translate("Devices", "no permission to open the device (ask IT)"),
        "not_found": QCoreApplication.translate("Devices", "the device is not plugged in"),
        "busy": QCoreApplication.translate("Devices", "the device is busy"),
        "invalid_setting": QCoreApplication.translate("Devices", "wrong device settings (ask IT)"),
        "no_reply": QCoreApplication.translate("Devices", "the printer does not report its status"),
        "queue_disabled": QCoreApplication.translate("Devices", "the print queue is stopped"),
        "spooler_error": QCoreApplication.translate("Devices", "the print spooler refused the job"),
        "bad_url": QCoreApplication.translate("Devices", "the device address is wrong (ask IT)"),
        "wrong_language": QCoreApplication.translate("Devices", "the printer speaks another language than the labels (ask IT)"),
        "error": QCoreApplication.translate("Devices", "device error (details in the log)"),
        # scales
        "over_capacity": QCoreApplication.translate("Devices", "beyond the scale's capacity"),
        "overload": QCoreApplication.translate("Devices", "overloaded"),
        "underzero": QCoreApplication.translate("Devices", "below zero: zero the scale"),
        "negative_gross": QCoreApplication.translate("Devices", "below zero: empty the scale and zero it"),
        "checksum_error": QCoreApplication.translate("Devices", "garbled data on the cable"),
        "frame_too_long": QCoreApplication.translate("Devices", "unreadable data from the scale"),
        "bad_frame": QCoreApplication.translate("Devices", "unreadable data from the scale"),
        "no_unit": QCoreApplication.translate("Devices", "the scale sends no unit"),
        "scale_error": QCoreApplication.translate("Devices", "the scale reports a fault"),
        "unrecognised_command": QCoreApplication.translate("Devices", "the scale does not understand the program (wrong protocol?)"),
        "not_started": QCoreApplication.translate("Devices", "starting…"),
        "connecting": QCoreApplication.translate("Devices", "connecting…"),
        "closed": QCoreApplication.translate("Devices", "closed"),
        "no_data": QCoreApplication.translate("Devices", "nothing comes from the device (cable? switched off?)"),
        "unrecognised_data": QCoreApplication.translate("Devices", "the device sends data the program does not understand (ask IT)"),
        # ports, scales and scanners
        "port_missing": QCoreApplication.translate("Devices", "the device is not plugged in (port not found)"),
        "not_a_port": QCoreApplication.translate("Devices", "the configured port is not a serial port (ask IT)"),
        "permission": QCoreApplication.translate("Devices", "no permission to open the port (ask IT)"),
        "port_busy": QCoreApplication.translate("Devices", "another program is using the port"),
        "bad_line_settings": QCoreApplication.translate("Devices", "wrong line settings (baud, parity): ask IT"),
        "disconnected": QCoreApplication.translate("Devices", "the cable was pulled"),
        "io_error": QCoreApplication.translate("Devices", "the port failed"),
        "thread_died": QCoreApplication.translate("Devices", "the reader stopped and is starting again"),
        "parity_error": QCoreApplication.translate("Devices", "garbled data on the cable (check the line settings)"),
        "keyboard_mode": QCoreApplication.translate("Devices", "the scanner is in keyboard mode: scan its USB HID-POS setup code"),
        "no_interface": QCoreApplication.translate("Devices", "this USB device is not a HID-POS scanner"),
        "code_too_long": QCoreApplication.translate("Devices", "a code too long to be a barcode was thrown away"),
        "callback_error": QCoreApplication.translate("Devices", "a scanned code was lost: scan it again"),
    }
    first = code.split(":", 1)[0].strip()
    return reasons.get(first, reasons["error"])


def device_result(line: str) -> str:
    """A `devices test` line ("OK: 1.234 kg, stable", "FAIL: … [refused]") for the screen: OK with the
    figures it read, or the reason code at the end of a FAIL line in words."""
    import re

    if line.startswith("OK"):
        rest = line[2:].lstrip(": ")
        weight = re.match(r"(-?\d+(?:\.\d+)?)\s*(kg|g)\b", rest)
        if weight:
            moving = "moving" in rest
            return QCoreApplication.translate("Devices", "OK: {weight} {unit}, {state}").format(
                weight=weight.group(1), unit=weight.group(2),
                state=QCoreApplication.translate("Devices", "moving") if moving else
                QCoreApplication.translate("Devices", "stable"))
        return QCoreApplication.translate("Devices", "OK: the device answers (details in the tooltip)")
    code = re.search(r"\[([a-z_]+)\]\s*$", line)
    return QCoreApplication.translate("Devices", "Not working: {why}").format(
        why=device_reason(code.group(1) if code else "error"))
