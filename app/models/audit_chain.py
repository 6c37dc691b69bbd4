"""The audit log's hash chain, computed in one place: a `before_flush` listener on every Session.

Each new audit row gets the next id and `row_hash = SHA-256(version, id, ts, station, actor, action, entity,
entity_id, reason, before, after, previous row's hash)`. The head of the chain (last id, last hash) is one row
of `audit_chain`, read with SELECT … FOR UPDATE before the new rows are numbered: on PostgreSQL that row lock
makes a second station wait for the first one's commit and then chain after it (READ COMMITTED re-reads the
locked row); on SQLite the whole write transaction is already serialised by BEGIN IMMEDIATE (app.db). Either
way two writers never hang their rows on the same predecessor, and ids follow the chain's order.

Rows put in with SQL behind the ORM's back get no hash, and a row edited, removed or slipped in after the
append-only triggers were dropped no longer matches: app.services.audit.verify_audit_chain names the first
such row. The chain is no secret: whoever can write the file can also recompute every hash after an edit;
what tells then is a head recorded elsewhere before (the doctor's print-out, the anchor file, a backup), and
on PostgreSQL a station role that holds no UPDATE or DELETE on the table (docs/IT.md).
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from sqlalchemy import event, func, inspect, select, update
from sqlalchemy.orm import Session

from .base import utcnow
from .entities import AuditChain, AuditLog

VERSION = "v1"          # what is hashed and how; a new layout gets a new version, old rows keep theirs
GENESIS = "0" * 64      # the "previous hash" of the first row


def _ts(ts: datetime) -> str:
    return ts.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def digest(prev_hash: str, row_id: int, ts: datetime, station_id: int | None, actor_id: int | None, action: str,
           entity: str, entity_id: str, reason: str, before: str, after: str) -> str:
    """The hash of one audit row after `prev_hash` (hex SHA-256 of a canonical JSON array)."""
    text = json.dumps([VERSION, row_id, _ts(ts), station_id, actor_id, action, entity, entity_id, reason, before,
                       after, prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_digest(prev_hash: str, row) -> str:
    """digest() of an AuditLog row (or any object with its attributes)."""
    return digest(prev_hash, row.id, row.ts, row.station_id, row.actor_id, row.action, row.entity, row.entity_id,
                  row.reason, row.before, row.after)


def head(conn, lock: bool = True) -> tuple[int, str]:
    """(last id, last hash) of the chain, the head row locked for this transaction when `lock`. A database
    made without the migration (create_all) gets its head row here."""
    q = select(AuditChain.last_id, AuditChain.last_hash).where(AuditChain.id == 1)
    row = conn.execute(q.with_for_update() if lock else q).first()
    if row is not None:
        return int(row[0]), row[1]
    last = conn.execute(select(AuditLog.id, AuditLog.row_hash).order_by(AuditLog.id.desc()).limit(1)).first()
    last_id, last_hash = (int(last[0]), last[1] or GENESIS) if last else (0, GENESIS)
    conn.execute(AuditChain.__table__.insert().values(id=1, last_id=last_id, last_hash=last_hash))
    return last_id, last_hash


@event.listens_for(Session, "before_flush")
def _chain_new_rows(session: Session, _flush_context, _instances) -> None:
    new = [o for o in session.new if isinstance(o, AuditLog)]
    if not new:
        return
    new.sort(key=lambda o: inspect(o).insert_order)  # the order they were added in
    conn = session.connection()
    last_id, prev = head(conn)
    # a row that SQL slipped in past the head keeps its id (the check reports it); ours come after it
    last_id = max(last_id, conn.execute(select(func.max(AuditLog.id))).scalar() or 0)
    for row in new:
        last_id += 1
        row.id = last_id
        row.ts = row.ts or utcnow()
        for name in ("entity", "entity_id", "reason", "before", "after"):
            if getattr(row, name) is None:
                setattr(row, name, "")
        row.row_hash = prev = row_digest(prev, row)
    conn.execute(update(AuditChain).where(AuditChain.id == 1).values(last_id=last_id, last_hash=prev))
