"""The warehouse's courier rules (app.services.courier_rules, app.domain.courier_choice): tried in `position`
order after the notes and before the shops' and the site's default courier."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class CourierRule(Base):
    __tablename__ = "courier_rule"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(16))              # "place" | "weight"
    shop: Mapped[str] = mapped_column(String(64), default="")  # a shop's name; "" = every shop
    places: Mapped[str] = mapped_column(Text, default="[]")    # JSON list of province/city/district names
    min_g: Mapped[int | None] = mapped_column(Integer)         # weight band [min_g, max_g)
    max_g: Mapped[int | None] = mapped_column(Integer)
    courier_code: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")  # what the rule is for, in the supervisor's words
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
