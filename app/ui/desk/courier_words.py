"""Why an order goes with its courier, in words (the reasons and questions of app.domain.courier_choice)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def grams(g: int | None) -> str:
    return f"{g:,} g" if g is not None else "—"


def band_text(min_g: int | None, max_g: int | None) -> str:
    if min_g is not None and max_g is not None:
        return QCoreApplication.translate("CourierWhy", "{min} to under {max}").format(min=grams(min_g), max=grams(max_g))
    if min_g is not None:
        return QCoreApplication.translate("CourierWhy", "{min} or more").format(min=grams(min_g))
    return QCoreApplication.translate("CourierWhy", "under {max}").format(max=grams(max_g))


def _who(who: str) -> str:
    return QCoreApplication.translate("CourierWhy", "the buyer's note") if who == "buyer" else QCoreApplication.translate("CourierWhy", "the shop's note")


def _name(code, names: dict[str, str]) -> str:
    return names.get(code, code) if code else "—"


def passed_over(p: dict, names: dict[str, str]) -> str:
    """One courier the rules passed over, and why."""
    name = _name(p.get("courier"), names)
    why = p.get("why")
    if why == "retired":
        return QCoreApplication.translate("CourierWhy", "{courier} passed over: retired").format(courier=name)
    if why == "refused":
        return QCoreApplication.translate("CourierWhy", "{courier} passed over: {who} refuses it (“{words}”)").format(
            courier=name, who=_who(p.get("who", "")), words=p.get("words", ""))
    if why == "not_served":
        return QCoreApplication.translate("CourierWhy", "{courier} passed over: does not deliver to {place}").format(courier=name, place=p.get("place", ""))
    return name


def why_text(reason: dict, names: dict[str, str]) -> str:
    """The reason an order keeps for its courier, as one sentence or a few."""
    by = reason.get("by")
    if by == "note":
        out = QCoreApplication.translate("CourierWhy", "{who} asks for it (“{words}”)").format(who=_who(reason.get("who", "")),
                                                         words=reason.get("words", ""))
    elif by == "rule" and reason.get("kind") == "place":
        out = QCoreApplication.translate("CourierWhy", "rule: orders to {place} go with it").format(place=reason.get("place", ""))
    elif by == "rule":
        out = QCoreApplication.translate("CourierWhy", "rule: the expected weight {weight} is {band}").format(
            weight=grams(reason.get("weight_g")), band=band_text(reason.get("min_g"), reason.get("max_g")))
    elif by == "shop":
        out = QCoreApplication.translate("CourierWhy", "the default courier of the shop {shop}").format(shop=reason.get("shop") or "—")
    elif by == "site":
        out = QCoreApplication.translate("CourierWhy", "the warehouse's default courier")
    elif by == "supervisor":
        out = QCoreApplication.translate("CourierWhy", "chosen by a supervisor")
    elif by == "none":
        out = QCoreApplication.translate("CourierWhy", "no courier can take it")
    else:
        out = QCoreApplication.translate("CourierWhy", "not chosen yet (chosen when it is packed)")
    more = [passed_over(p, names) for p in reason.get("skipped", ())]
    if reason.get("buyer_asked"):
        more.append(QCoreApplication.translate("CourierWhy", "the buyer asked for {couriers}; the shop's note decides").format(
            couriers=" / ".join(_name(c, names) for c in reason["buyer_asked"])))
    if reason.get("ask"):
        more.append(QCoreApplication.translate("CourierWhy", "waiting for a supervisor's decision"))
    return QCoreApplication.translate("CourierWhy", "; ").join([out, *more])


def question_text(q: dict, names: dict[str, str]) -> str:
    """What a supervisor is asked to decide."""
    ask = q.get("ask")
    if ask == "none":
        return QCoreApplication.translate("CourierWhy", "No courier can take this order: choose one.")
    if ask == "conflict":
        return QCoreApplication.translate("CourierWhy", "{who} names {couriers}: choose one.").format(
            who=_who(q.get("who", "")), couriers=" / ".join(_name(c, names) for c in q.get("wanted", ())))
    why = passed_over({"courier": q.get("wanted"), **{k: v for k, v in q.items() if k != "courier"}}, names)
    return QCoreApplication.translate("CourierWhy", "{who} asks for {wanted} (“{words}”), the rules chose {picked} — {why}. Keep it or send it as "
              "asked.").format(who=_who(q.get("who", "")), wanted=_name(q.get("wanted"), names),
                               words=q.get("words", ""), picked=_name(q.get("picked"), names), why=why)
