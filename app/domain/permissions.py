"""Who may do what: the permission matrix, one place. Every privileged service checks it against the role stored
for the operator (app.services.auth.authorize), never against a role the caller hands over."""
from __future__ import annotations

import enum


class Action(str, enum.Enum):
    ACCEPT_WEIGHT = "accept_weight"      # accept a weight out of tolerance
    FORCE_VERIFY = "force_verify"        # count a line without scanning it
    REPRINT = "reprint"
    VOID_WAYBILL = "void_waybill"
    REPACK = "repack"
    SET_FLAG = "set_flag"                # set or clear a flag (incl. releasing a hold)
    INTERCEPT = "intercept"              # set or clear a refund interception
    EDIT_ORDER = "edit_order"
    CORRECT_STOCK = "correct_stock"
    RESOLVE_CASE = "resolve_case"
    RECEIVE_RETURN = "receive_return"
    CHANGE_SETTINGS = "change_settings"
    MANAGE_OPERATORS = "manage_operators"  # add, change, disable any operator, reset any PIN
    MANAGE_PACKERS = "manage_packers"    # the same for packers only (a supervisor's share of it)
    MANAGE_CATALOGUE = "manage_catalogue"  # products, barcodes, cartons and their tare weights
    MARK_SHORT = "mark_short"            # a packer reports a line short (everyone may)
    MANAGE_PICKUP = "manage_pickup"      # open, scan into and close a courier pickup (交接)
    RECONCILE = "reconcile"              # stubs (底单), the stub ledger and its chase, archive, courier bills
    CLAIMS = "claims"                    # open and work claims against couriers
    MANAGE_SUPPLIES = "manage_supplies"  # define, count and restock label rolls, bags, tape
    TAKE_OVER = "take_over"              # take an order off the station that has it open
    VIEW_FIGURES = "view_figures"        # the day's, week's and month's figures and their exports
    VIEW_PHONES = "view_phones"          # see recipients' phone numbers unmasked in lists and exports
    PURGE_PERSONAL_DATA = "purge_personal_data"  # purge recipients' names, phones, addresses; set retention
    MANAGE_COURIERS = "manage_couriers"  # add, edit, retire couriers (layout, services, waybill source, warning)
    MANAGE_SHOPS = "manage_shops"        # add, edit, retire shops: their senders, return addresses, slip headers
    EXPORT_SHIPMENTS = "export_shipments"  # write a shop's shipped orders for its platform's upload (发货回传)


SUPERVISORS = frozenset({"supervisor", "admin"})
EVERYONE = frozenset({"packer", "supervisor", "admin"})

MATRIX: dict[Action, frozenset[str]] = {
    Action.ACCEPT_WEIGHT: SUPERVISORS,
    Action.FORCE_VERIFY: SUPERVISORS,
    Action.REPRINT: SUPERVISORS,
    Action.VOID_WAYBILL: SUPERVISORS,
    Action.REPACK: SUPERVISORS,
    Action.SET_FLAG: SUPERVISORS,
    Action.INTERCEPT: SUPERVISORS,
    Action.EDIT_ORDER: SUPERVISORS,
    Action.CORRECT_STOCK: SUPERVISORS,
    Action.RESOLVE_CASE: SUPERVISORS,
    Action.RECEIVE_RETURN: EVERYONE,
    Action.CHANGE_SETTINGS: frozenset({"admin"}),
    Action.MANAGE_OPERATORS: frozenset({"admin"}),
    Action.MANAGE_PACKERS: SUPERVISORS,
    Action.MANAGE_CATALOGUE: SUPERVISORS,
    Action.MARK_SHORT: EVERYONE,
    Action.MANAGE_PICKUP: SUPERVISORS,
    Action.RECONCILE: SUPERVISORS,
    Action.CLAIMS: SUPERVISORS,
    Action.MANAGE_SUPPLIES: SUPERVISORS,
    Action.TAKE_OVER: SUPERVISORS,
    Action.VIEW_FIGURES: SUPERVISORS,
    Action.VIEW_PHONES: frozenset({"admin"}),
    Action.PURGE_PERSONAL_DATA: frozenset({"admin"}),
    # Supervisors run the couriers day to day (a new courier, a warning level, a retired one); the e-waybill
    # account's key and secret are a setting of the site and need CHANGE_SETTINGS (admin) as well.
    Action.MANAGE_COURIERS: SUPERVISORS,
    # set-up work on the day a shop is taken on, from the desk; audited with before and after
    Action.MANAGE_SHOPS: SUPERVISORS,
    Action.EXPORT_SHIPMENTS: SUPERVISORS,
}


class Forbidden(Exception):
    """`why`: "role" (the stored role may not), "inactive" (the operator is disabled) or "unknown" (no such
    operator). `role` is the role stored for the operator (what the caller claimed, when there is none)."""

    def __init__(self, role: str, action: Action, why: str = "role"):
        what = action.value.replace("_", " ")
        if why == "inactive":
            text = f"a disabled operator may not {what}"
        elif why == "unknown":
            text = f"no such operator: may not {what}"
        else:
            text = f"a {role} may not {what}"
        super().__init__(text)
        self.role = role
        self.action = action
        self.why = why


def allowed(role: str, action: Action) -> bool:
    return role in MATRIX[action]


def require(role: str, action: Action) -> None:
    if not allowed(role, action):
        raise Forbidden(role, action)
