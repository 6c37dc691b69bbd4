#!/usr/bin/env bash
# Refreshes the translation sources from the code (keeps what is translated) and compiles them.
#   scripts/i18n.sh          update .ts and build .qm
# Translate new strings in resources/translations/*.ts with Qt Linguist (.venv/bin/pyside6-linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/translations/packstation_*.ts; do
  .venv/bin/pyside6-lupdate -no-obsolete $(find app/ui -name "*.py" | sort) -ts "$ts"
  .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
