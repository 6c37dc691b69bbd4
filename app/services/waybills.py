"""Per-courier waybill number pools: loaded by a supervisor as a range or a list, handed out once each."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from ..domain.errors import ServiceError
from ..models import Courier, WaybillNumber, WaybillStatus, utcnow

NUMBER_RE = re.compile(r"^[A-Za-z0-9]{6,40}$")


class PoolError(ServiceError):
    pass


class PoolEmpty(PoolError):
    def __init__(self, courier: str):
        super().__init__("no free waybill numbers left for courier {courier}", courier=courier)
        self.courier = courier


@dataclass(frozen=True)
class PoolLoad:
    courier: str
    added: int
    duplicates: int


def courier_by_code(s: Session, code: str) -> Courier:
    c = s.scalar(select(Courier).where(Courier.code == code.strip().upper()))
    if c is None:
        raise PoolError("unknown courier '{code}'", code=code)
    return c


def expand_range(prefix: str, first: int, count: int, width: int) -> list[str]:
    if count <= 0 or count > 1_000_000:
        raise PoolError("a range holds 1 to 1,000,000 numbers")
    if first < 0 or len(str(first + count - 1)) > width:
        raise PoolError("numbers from {first} do not fit in {width} digits", first=first, width=width)
    return [f"{prefix}{n:0{width}d}" for n in range(first, first + count)]


def load_numbers(s: Session, courier_code: str, numbers: list[str]) -> PoolLoad:
    """Adds numbers to the courier's pool. A number seen before (free, used or void) is never added again."""
    courier = courier_by_code(s, courier_code)
    bad = [n for n in numbers if not NUMBER_RE.match(n)]
    if bad:
        raise PoolError("not a waybill number: '{number}' (6–40 letters and digits)", number=bad[0])
    wanted = list(dict.fromkeys(numbers))
    existing: set[str] = set()
    for i in range(0, len(wanted), 5000):
        chunk = wanted[i:i + 5000]
        existing.update(s.scalars(select(WaybillNumber.number).where(
            WaybillNumber.courier_id == courier.id, WaybillNumber.number.in_(chunk))))
    new = [n for n in wanted if n not in existing]
    now = utcnow()
    for i in range(0, len(new), 5000):
        s.execute(insert(WaybillNumber), [
            {"courier_id": courier.id, "number": n, "status": WaybillStatus.FREE, "loaded_at": now}
            for n in new[i:i + 5000]])
    return PoolLoad(courier.code, len(new), len(numbers) - len(new))


def allocate(s: Session, courier_id: int) -> str:
    """Takes the oldest free number. The conditional UPDATE makes a number go out once even if two stations
    race (SQLite serialises writers with BEGIN IMMEDIATE; PostgreSQL skips rows another station locked)."""
    for _ in range(20):
        q = (select(WaybillNumber.id, WaybillNumber.number)
             .where(WaybillNumber.courier_id == courier_id, WaybillNumber.status == WaybillStatus.FREE)
             .order_by(WaybillNumber.id).limit(1))
        if s.get_bind().dialect.name == "postgresql":
            q = q.with_for_update(skip_locked=True)
        row = s.execute(q).first()
        if row is None:
            code = s.scalar(select(Courier.code).where(Courier.id == courier_id)) or str(courier_id)
            raise PoolEmpty(code)
        res = s.execute(update(WaybillNumber)
                        .where(WaybillNumber.id == row.id, WaybillNumber.status == WaybillStatus.FREE)
                        .values(status=WaybillStatus.USED, used_at=utcnow()))
        if res.rowcount == 1:
            return row.number
    raise PoolError("could not take a waybill number: too much contention")


def free_count(s: Session, courier_id: int) -> int:
    return s.scalar(select(func.count()).select_from(WaybillNumber).where(
        WaybillNumber.courier_id == courier_id, WaybillNumber.status == WaybillStatus.FREE)) or 0
