"""Reading a row to change it, when several stations share one PostgreSQL server.

On SQLite every write transaction is already serialised (BEGIN IMMEDIATE, app.db). PostgreSQL runs READ
COMMITTED: two stations may read the same row, each decide from what it read, and the second commit silently
undoes the first (`product.stock += 1` read 10 on both, both wrote 11), or both find no row and both insert
one. The services use three tools against that, all portable:

* ``locked(s, Model, where…)`` — SELECT … FOR UPDATE (nothing on SQLite, which needs none): the row is read
  as last committed and held until commit, so what is decided from it stays true;
* ``add_to(s, column, where, delta)`` — ``UPDATE … SET x = x + :delta``: a count moved without reading it;
* ``get_or_create(s, Model, keys, defaults)`` — the row with these unique keys, locked, made if missing; two
  stations making it at once both end with the one row (the loser's INSERT fails on the unique key inside a
  savepoint and it reads the winner's).

Lock order, so that two actions never wait on each other: a parcel before its order, an order before its
products, products by id; the audit chain's row (app.models.audit_chain) always last, at the flush that
writes the audit row (so take row locks when reading, before anything is audited).
"""
from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

T = TypeVar("T")


def locked(s: Session, model: type[T], *where, options: tuple = ()) -> T | None:
    """The one row of `model` matching `where`, read fresh and locked until the session commits."""
    q = (select(model).where(*where).options(*options).with_for_update(of=model)
         .execution_options(populate_existing=True))
    return s.scalars(q).first()


def add_to(s: Session, column, where, delta: int) -> None:
    """``UPDATE table SET column = column + delta WHERE where``, never read first. Objects of that table
    already loaded in `s` keep their old value: refresh one before reading it."""
    s.execute(update(column.class_).where(where).values({column.key: column + delta})
              .execution_options(synchronize_session=False))


def get_or_create(s: Session, model: type[T], keys: dict[str, Any], defaults: dict[str, Any] | None = None
                  ) -> tuple[T, bool]:
    """(row, created): the row of `model` whose unique `keys` are these, locked; inserted with `defaults`
    when there is none. A station inserting the same keys at the same moment wins or loses cleanly."""
    where = [getattr(model, k) == v for k, v in keys.items()]
    row = locked(s, model, *where)
    if row is not None:
        return row, False
    try:
        with s.begin_nested():
            row = model(**keys, **(defaults or {}))
            s.add(row)
    except IntegrityError:  # another station made it first (its INSERT committed while ours waited)
        row = locked(s, model, *where)
        if row is None:
            raise
        return row, False
    return row, True
