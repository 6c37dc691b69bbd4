"""Fills unfinished translations in a Qt Linguist .ts file from a tab-separated list, then the caller runs
scripts/i18n.sh again to normalise and compile.

    .venv/bin/python scripts/i18n_fill.py resources/translations/packstation_zh_CN.ts new.tsv
    .venv/bin/python scripts/i18n_fill.py resources/translations/packstation_zh_CN.ts --list   # what is missing

Each line of the TSV: context <TAB> source text <TAB> translation (\\n for a line break in either).
The list can also be another .ts file (say a branch's copy, after a merge): its finished translations fill
the unfinished ones here (by context and source; where code moved to another class, by the source alone
when it has one translation there).

    git show branch:resources/translations/packstation_zh_CN.ts > /tmp/theirs.ts
    .venv/bin/python scripts/i18n_fill.py resources/translations/packstation_zh_CN.ts /tmp/theirs.ts"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def unfinished(root: ET.Element):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                yield name, msg.findtext("source"), tr


def finished(root: ET.Element) -> dict[tuple[str, str], str]:
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and tr.text:
                out[(name, msg.findtext("source"))] = tr.text
    return out


def main() -> int:
    ts = Path(sys.argv[1])
    tree = ET.parse(ts)
    root = tree.getroot()
    if sys.argv[2] == "--list":
        for name, source, _ in unfinished(root):
            print(f"{name}\t{source}".replace("\n", "\\n"))
        return 0
    table = {}
    moved = None
    if sys.argv[2].endswith(".ts"):
        table = finished(ET.parse(sys.argv[2]).getroot())
        by_source: dict[str, set[str]] = {}
        for (_, source), target in table.items():
            by_source.setdefault(source, set()).add(target)
        moved = {source: next(iter(t)) for source, t in by_source.items() if len(t) == 1}
    for line in ([] if table else Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        ctx, source, target = line.split("\t")
        table[(ctx, source.replace("\\n", "\n"))] = target.replace("\\n", "\n")
    filled = missing = 0
    for name, source, tr in list(unfinished(root)):
        target = table.get((name, source))
        if target is None and moved is not None:  # code moved to another class: the same words, one way
            target = moved.get(source)
        if target is None:
            missing += 1
            continue
        tr.text = target
        del tr.attrib["type"]
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled}, still missing {missing}")
    return 0 if missing == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
