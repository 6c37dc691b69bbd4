"""An import from the supervisor's desk (no Qt): the operator's stored role is checked, and an import that changed
something is audited (who, which file, what it did). The import itself is the one the command line runs
(import_pair.import_files: one file, or Taobao's two)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from ..db import Database
from ..domain.permissions import Action
from .audit import audit
from .auth import authorized_or_console
from .import_pair import import_files
from .import_read import ImportResult, open_table
from .importing import detect_kind


def import_from_desk(db: Database, actor, paths: list[str | Path], shop: str | None = None,
                     preview: bool = False) -> ImportResult:
    """Orders (EDIT_ORDER) or a products list (MANAGE_CATALOGUE as well), all or nothing; ``preview``: done and
    rolled back, nothing written. Raises importing.ImportRejected naming file, row and column."""
    products = len(paths) == 1 and _is_products(Path(paths[0]))
    with authorized_or_console(db, actor, Action.EDIT_ORDER) as (s, me):
        who = SimpleNamespace(id=me.id) if me is not None else None
    if products:
        with authorized_or_console(db, actor, Action.MANAGE_CATALOGUE):
            pass
    result = import_files(db, paths, shop=shop, preview=preview)
    if not result.preview and not result.already_imported:
        after = ({"rows": result.rows, "added": result.products_added, "updated": result.products_updated}
                 if result.kind == "products" else
                 {"rows": result.rows, "kind": result.kind, "added": result.orders_added,
                  "updated": result.orders_updated, "unchanged": result.orders_skipped, "held": len(result.held),
                  "queued": len(result.conflicts), "shop": shop or ""})
        with db.session() as s:
            audit(s, who, "import_products" if result.kind == "products" else "import_orders", "file",
                  result.filename[:64], "" if who is not None else "console", None, after)
    return result


def _is_products(path: Path) -> bool:
    """Is the file a products list (its headers)? A file that cannot be read is left to the import to say so."""
    from .import_read import ImportRejected

    try:
        with open_table(path, lambda cells: detect_kind(cells) is not None) as table:
            return detect_kind(table.headers) == "products"
    except ImportRejected:
        return False
