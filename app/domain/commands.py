"""Command barcodes: every packer action as a code the scanner reads, so hands can stay on the parcel.

A command is ``PSCMD.`` followed by its name, e.g. ``PSCMD.ACK`` or ``PSCMD.QTY.12``. The prefix uses only capital
letters, digits and dots: a keyboard-wedge scanner types those without Shift on every keyboard layout a Chinese
warehouse uses, and they fit Code 128 set B. It cannot collide with a product: imports and product edits refuse
any barcode or SKU that starts with it (``is_reserved``), and no EAN/UPC/GS1 code starts with a letter.

The printable command card (``app.labels.command_card``) lists ``CARD`` in the order a packer needs them.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

PREFIX = "PSCMD."
MAX_QTY = 9999
CARD_QUANTITIES = (2, 3, 4, 5, 6, 8, 10, 12, 20, 24, 50, 100)


class Command(str, enum.Enum):
    ACK = "ACK"                  # acknowledge the red error (Space)
    CHECK = "CHECK"              # the manual check is done (Space)
    SIGN_OFF = "SIGNOFF"         # sign off and print (F12)
    PUT_BACK = "PUTBACK"         # put the order back; scanned twice to confirm (Esc)
    QTY = "QTY"                  # QTY.n: the current line has n units in all (F2)
    CLOSE_PARCEL = "CLOSE"       # close this parcel of a multi-parcel order (F4)
    NOT_PRINTED = "NOPRINT"      # no label came out: print it again (after "a label may have come out")
    SIGN_OUT = "SIGNOUT"         # sign out (Ctrl+Q)


@dataclass(frozen=True)
class CommandScan:
    command: Command
    qty: int | None = None


class BadCommand(ValueError):
    """A code with the command prefix that is no command (a damaged card, a typo): never an item."""

    def __init__(self, code: str):
        super().__init__(f"{code!r} is not a PackStation command")
        self.code = code


def is_reserved(code: str) -> bool:
    """Whether `code` is in the command namespace (and so can never be a product's barcode or SKU)."""
    return code.strip().upper().startswith(PREFIX)


def parse(code: str) -> CommandScan | None:
    """The command in `code`, or None when it is not a command at all. Raises BadCommand for a code with the
    prefix that names no command (so it is never looked up as a product)."""
    text = code.strip().upper()
    if not text.startswith(PREFIX):
        return None
    body = text[len(PREFIX):]
    name, _, arg = body.partition(".")
    try:
        command = Command(name)
    except ValueError:
        raise BadCommand(code) from None
    if command is Command.QTY:
        if not (arg.isascii() and arg.isdigit() and 0 < len(arg) <= 4 and 0 < int(arg) <= MAX_QTY):
            raise BadCommand(code)
        return CommandScan(command, int(arg))
    if arg:
        raise BadCommand(code)
    return CommandScan(command)


def barcode(command: Command, qty: int | None = None) -> str:
    """The text to encode for `command` (and `qty` for QTY)."""
    if command is Command.QTY:
        if qty is None or not 0 < qty <= MAX_QTY:
            raise ValueError(f"QTY needs a quantity 1…{MAX_QTY}")
        return f"{PREFIX}{command.value}.{qty}"
    if qty is not None:
        raise ValueError(f"{command.value} takes no quantity")
    return f"{PREFIX}{command.value}"


# What the command card shows, top to bottom: (command, quantity) pairs.
CARD: tuple[tuple[Command, int | None], ...] = (
    (Command.ACK, None), (Command.CHECK, None), (Command.SIGN_OFF, None), (Command.NOT_PRINTED, None),
    (Command.CLOSE_PARCEL, None), (Command.PUT_BACK, None), (Command.SIGN_OUT, None),
    *((Command.QTY, n) for n in CARD_QUANTITIES),
)
