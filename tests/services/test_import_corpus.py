"""Every malformed file of the corpus (tests/fixtures/import/corpus.py) through `packstation import`: no
traceback, a message naming the file, the row and the column and what is wrong, exit code 1, and the
database exactly as it was."""
from __future__ import annotations

import hashlib
import importlib.util
import logging
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from app import paths
from app.cli import main

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "corpus.py"
_spec = importlib.util.spec_from_file_location("import_corpus", HERE)
corpus = sys.modules["import_corpus"] = importlib.util.module_from_spec(_spec)  # (a folder named "import")
_spec.loader.exec_module(corpus)


@pytest.fixture(autouse=True)
def _one_log_handler():
    """main() adds its log handlers on every call: close what each call added."""
    before = list(logging.root.handlers)
    yield
    for h in logging.root.handlers[:]:
        if h not in before:
            logging.root.removeHandler(h)
            h.close()


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    """One database for the whole corpus: the products, the orders and a column mapping, imported first."""
    home = tmp_path_factory.mktemp("home")
    folder = tmp_path_factory.mktemp("corpus")
    mp = pytest.MonkeyPatch()
    mp.setenv("PACKSTATION_HOME", str(home))
    for path in corpus.seed_files(folder):
        assert main(["import", str(path)]) == 0
    name, mapping = corpus.MAPPING
    assert main(["mapping", name, *(f"{k}={v}" for k, v in mapping.items())]) == 0
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)
        h.close()
    mp.undo()
    return home, folder


def snapshot(db_file: Path) -> str:
    """Every row of every table, hashed."""
    h = hashlib.sha256()
    con = sqlite3.connect(db_file)
    try:
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            h.update(table.encode())
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                h.update(repr(row).encode())
    finally:
        con.close()
    return h.hexdigest()


def test_the_corpus_covers_every_class():
    names = [c.name for c in corpus.CASES]
    assert len(names) == len(set(names)) >= 61
    for prefix in ("qty-", "no-", "phone-", "sku-", "rows-", "header-", "text-", "price-", "paid-", "enc-", "csv-",
                   "xlsx-", "weight-", "stock-", "barcode-", "product-", "generic-"):
        assert any(n.startswith(prefix) for n in names), prefix


@pytest.mark.parametrize("case", corpus.CASES, ids=[c.name for c in corpus.CASES])
def test_a_malformed_file_is_refused_whole(case, warehouse, monkeypatch, capsys):
    home, folder = warehouse
    monkeypatch.setenv("PACKSTATION_HOME", str(home))
    db_file = paths.data_dir() / "packstation.db"
    path = case.write(folder)
    before = snapshot(db_file)
    code = main(["import", str(path), *case.args])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err and "Error:" not in err.split(":", 1)[0]
    assert out == ""
    first = err.splitlines()[0]
    assert first.startswith(f"packstation: {case.name} was not imported (nothing was changed)"), err
    problems = [ln.strip() for ln in err.splitlines()[1:] if ln.strip().startswith(case.name)]
    assert problems, err
    where = re.escape(case.name)
    if case.row == corpus.ANY_ROW:
        where += r", row \d+"
    elif case.row is not None:
        where += f", row {case.row}"
    if case.column:
        where += re.escape(f", column {case.column}")
    hit = [p for p in problems if re.match(where + ":", p) and case.what in p.lower()]
    assert hit, f"no problem “{where}: … {case.what} …” in:\n{err}"
    assert snapshot(db_file) == before, "a refused file must change nothing"
