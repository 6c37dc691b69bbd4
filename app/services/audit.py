"""The audit log: one helper writes a row (who, what, when, station, reason, before and after); one check says
whether the rows are still the ones written.

Every row is chained to the one before it by a SHA-256 hash, computed when it is added (app.models.audit_chain);
`verify_audit_chain` walks the chain and names the first row that no longer fits (edited, removed, slipped in),
checks the chain's head row and that the append-only triggers are still there. `packstation doctor` runs it;
the supervisor desk can show its `ChainReport`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..db import Database
from ..models import AuditChain, AuditLog
from ..models.audit_chain import GENESIS, head, row_digest

# The append-only triggers of migration 0001, per database.
TRIGGERS = {"sqlite": ("audit_log_no_update", "audit_log_no_delete"), "postgresql": ("audit_log_no_change",)}


def audit(s: Session, actor, action: str, entity: str, entity_id: str, reason: str = "",
          before: dict | None = None, after: dict | None = None, station_id: int | None = None) -> None:
    """Adds one audit row to the session (`actor`: anything with an `id`, or None for the program itself)."""
    s.add(AuditLog(station_id=station_id, actor_id=actor.id if actor else None, action=action, entity=entity,
                   entity_id=entity_id, reason=reason,
                   before=json.dumps(before, ensure_ascii=False, default=str) if before else "",
                   after=json.dumps(after, ensure_ascii=False, default=str) if after else ""))


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int                    # rows checked
    head_id: int                 # the last row's id (0: empty log)
    head_hash: str               # its hash: note it somewhere else to detect a rewrite of the whole chain
    first_bad_id: int | None     # the first row that does not fit the chain
    problem: str                 # English, for IT and the log ('' when ok)
    triggers_ok: bool            # the append-only triggers are in place

    def line(self) -> str:
        """One line for doctor and the log."""
        if self.ok:
            return f"ok, {self.rows} rows, head {self.head_id} {self.head_hash[:16]}"
        return f"BROKEN: {self.problem}"


def _trigger_names(s: Session) -> set[str]:
    dialect = s.get_bind().dialect.name
    if dialect == "sqlite":
        q = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    elif dialect == "postgresql":
        q = "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND tgenabled <> 'D'"
    else:
        return set()
    return {r[0] for r in s.execute(text(q))}


def verify_audit_chain(db: Database) -> ChainReport:
    """Walks the audit log in id order and recomputes every row's hash from its content and the row before."""
    with db.session() as s:
        names = _trigger_names(s)
        wanted = TRIGGERS.get(s.get_bind().dialect.name, ())
        triggers_ok = all(n in names for n in wanted)
        missing = [n for n in wanted if n not in names]
        prev, last_id, n = GENESIS, 0, 0
        bad, problem = None, ""
        for row in s.scalars(select(AuditLog).order_by(AuditLog.id).execution_options(yield_per=2000)):
            n += 1
            if not row.row_hash:
                bad, problem = row.id, f"audit row {row.id} has no hash: it was put in behind the program's back"
            elif row_digest(prev, row) != row.row_hash:
                bad = row.id
                problem = (f"audit row {row.id} does not match the chain: it was edited, or the row before it "
                           f"(after {last_id or 'the start'}) was removed or slipped in")
            if bad is not None:
                break
            prev, last_id = row.row_hash, row.id
        s.expunge_all()
        if bad is None:
            chain = s.get(AuditChain, 1)
            if chain is None and n:
                bad, problem = last_id, "the chain's head row (audit_chain) is missing"
            elif chain is not None and (chain.last_id, chain.last_hash) != (last_id, prev):
                if chain.last_id > last_id:
                    bad = last_id + 1
                    problem = (f"rows after {last_id} are gone: the chain's head says {chain.last_id} "
                               "(the newest rows were removed)")
                else:
                    bad, problem = last_id, "the chain's head row does not match the last audit row"
        if bad is None and missing:
            problem = f"the append-only trigger(s) {', '.join(missing)} are missing: someone dropped them"
        return ChainReport(bad is None and triggers_ok, n, last_id, prev, bad, problem, triggers_ok)


def chain_head(db: Database) -> tuple[int, str]:
    """(last id, last hash) as the head row has it, without locking."""
    with db.session() as s:
        return head(s.connection(), lock=False)
