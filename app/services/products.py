"""Products (SKUs, 商家编码) and their barcodes, set up from the desk or IT's console: search, change one, and
import many from a products list (CSV/XLSX) through the one products import there is (app.services.importing:
the same checks, the file refused whole naming file, row and column, nothing half-written).

A change to one product is checked as the import checks a cell (import_values: lengths, weights, barcodes a
scanner can send, an EAN-13's check digit, no command barcode) and audited with before and after. A barcode
belongs to one product: adding one that is another's is refused, naming that SKU. Supervisors and admins may
(Action.MANAGE_CATALOGUE), and IT at the console.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..db import Database
from ..domain.permissions import Action
from ..models import Barcode, Carton, Product
from .audit import audit
from .auth import authorized_or_console
from ..domain.commands import PREFIX as COMMAND_PREFIX, is_reserved
from .import_values import MAX_WEIGHT_G, MAXLEN, barcode_problem, code_problem
from .operators import SetupError, _why
from .rows import locked

SEARCH_LIMIT = 500


@dataclass(frozen=True)
class ProductRow:
    sku: str
    name: str
    style: str
    colour: str
    size: str
    weight_g: int
    manual_check: str
    stock: int
    active: bool
    barcodes: tuple[str, ...]


def _row(p: Product) -> ProductRow:
    return ProductRow(p.sku, p.name, p.style, p.colour, p.size, p.weight_g, p.manual_check or "", p.stock, p.active,
                      tuple(sorted(b.code for b in p.barcodes)))


def search_products(db: Database, text: str = "", include_inactive: bool = True,
                    limit: int = SEARCH_LIMIT) -> list[ProductRow]:
    """Products whose SKU, name, style or a barcode contains `text` (all of them when it is empty), by SKU."""
    text = (text or "").strip()
    with db.session() as s:
        q = select(Product).options(selectinload(Product.barcodes)).order_by(Product.sku).limit(limit)
        if text:
            like = f"%{text}%"
            q = q.where(or_(Product.sku.ilike(like), Product.name.ilike(like), Product.style.ilike(like),
                            Product.id.in_(select(Barcode.product_id).where(Barcode.code.ilike(like)))))
        if not include_inactive:
            q = q.where(Product.active.is_(True))
        return [_row(p) for p in s.scalars(q)]


def product(db: Database, sku: str) -> ProductRow:
    with db.session() as s:
        p = s.scalar(select(Product).where(Product.sku == (sku or "").strip())
                     .options(selectinload(Product.barcodes)))
        if p is None:
            raise SetupError("no SKU {sku}", sku=sku)
        return _row(p)


def _text(field: str, value: str) -> str:
    value = " ".join((value or "").split())
    if len(value) > MAXLEN[field]:
        if field == "name":
            raise SetupError("a product name is at most {n} characters", n=MAXLEN[field])
        if field == "manual_check":
            raise SetupError("the manual check is at most {n} characters", n=MAXLEN[field])
        raise SetupError("style, colour and size are at most {n} characters each", n=MAXLEN[field])
    return value


def check_barcode(code: str) -> str:
    """A code a scanner sends and no one mistakes (the import's rules, import_values.barcode_problem)."""
    code = (code or "").strip()
    if not code:
        raise SetupError("the barcode is empty")
    problem = barcode_problem(code)
    if problem is None and len(code) <= 64:
        return code
    if is_reserved(code):
        raise SetupError("codes starting with {prefix} are the packers' command barcodes", prefix=COMMAND_PREFIX)
    if code_problem(code):
        raise SetupError("{code} looks like a long number Excel rounded: type it as text", code=code)
    if code.isascii() and code.isdigit() and len(code) == 13:
        raise SetupError("{code} is not a valid EAN-13 (wrong check digit)", code=code)
    raise SetupError("{code} has characters a scanner cannot send (letters, digits and - _ . : / + only, "
                     "at most 64)", code=code)


def _add_barcode(s: Session, p: Product, code: str) -> str:
    code = check_barcode(code)
    owner = s.scalar(select(Product.sku).join(Barcode, Barcode.product_id == Product.id).where(Barcode.code == code))
    if owner is not None:
        raise SetupError("the barcode {code} already belongs to SKU {owner}", code=code, owner=owner)
    if s.scalar(select(Carton.id).where(Carton.code == code)) is not None:
        raise SetupError("{code} is a carton's code, not a product barcode", code=code)
    p.barcodes.append(Barcode(code=code))
    return code


def edit_product(db: Database, actor, sku: str, *, name: str | None = None, style: str | None = None,
                 colour: str | None = None, size: str | None = None, weight_g: int | None = None,
                 manual_check: str | None = None, active: bool | None = None, add_barcodes: list[str] | None = None,
                 remove_barcodes: list[str] | None = None, reason: str = "") -> ProductRow:
    """Changes one product; every value is checked before anything is kept. `manual_check` "" clears it."""
    with authorized_or_console(db, actor, Action.MANAGE_CATALOGUE) as (s, me):
        p = locked(s, Product, Product.sku == (sku or "").strip(), options=(selectinload(Product.barcodes),))
        if p is None:
            raise SetupError("no SKU {sku}", sku=sku)
        before = _fields(p)
        if name is not None:
            p.name = _text("name", name)
            if not p.name:
                raise SetupError("a product needs a name")
        for field, value in (("style", style), ("colour", colour), ("size", size)):
            if value is not None:
                setattr(p, field, _text(field, value))
        if weight_g is not None:
            if isinstance(weight_g, bool) or not isinstance(weight_g, int) or not 0 <= weight_g <= MAX_WEIGHT_G:
                raise SetupError("a weight is a whole number of grams from 0 to {max}, not '{weight}'",
                                 max=MAX_WEIGHT_G, weight=weight_g)
            p.weight_g = weight_g
        if manual_check is not None:
            p.manual_check = _text("manual_check", manual_check) or None
        if active is not None:
            p.active = bool(active)
        for code in remove_barcodes or ():
            code = (code or "").strip()
            found = next((b for b in p.barcodes if b.code == code), None)
            if found is None:
                raise SetupError("{sku} has no barcode {code}", sku=p.sku, code=code)
            p.barcodes.remove(found)
        s.flush()  # a code removed here may be added back (or to another product) below
        for code in add_barcodes or ():
            _add_barcode(s, p, code)
        after = _fields(p)
        if after == before:
            raise SetupError("nothing to change")
        audit(s, me, "edit_product", "product", p.sku, _why(reason, me),
              {k: v for k, v in before.items() if after[k] != v}, {k: v for k, v in after.items() if before[k] != v})
        s.flush()
        return _row(p)


def _fields(p: Product) -> dict:
    return {"name": p.name, "style": p.style, "colour": p.colour, "size": p.size, "weight_g": p.weight_g,
            "manual_check": p.manual_check, "active": p.active, "barcodes": sorted(b.code for b in p.barcodes)}


def import_products(db: Database, actor, path: str | Path):
    """Imports a products list (商家编码/sku, 名称/name, 型号, 颜色, 尺码, 重量, 条码, 人工核对, 库存) all or nothing:
    raises importing.ImportRejected naming file, row and column, having written nothing. Audited when it
    changed something."""
    from .importing import import_file

    with authorized_or_console(db, actor, Action.MANAGE_CATALOGUE) as (s, me):
        who = SimpleNamespace(id=me.id) if me is not None else None
    result = import_file(db, path, kind="products")
    if not result.already_imported:
        with db.session() as s:
            audit(s, who, "import_products", "file", result.filename[:64], _why("", who), None,
                  {"rows": result.rows, "added": result.products_added, "updated": result.products_updated})
    return result


def count_products(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Product)) or 0)
