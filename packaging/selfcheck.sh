#!/usr/bin/env bash
# Self-check of a built bundle (CI runs it; IT can too): the bundle's own `doctor`, a short demo run
# offscreen, a backup and a restore, a bad configuration refused naming the key, a copy of the bundle
# without its migrations refusing to start, and the bundle against a throwaway PostgreSQL server
# (packaging/selfcheck_pg.py; SELFCHECK_PYTHON: the Python with the program's test tools, default .venv).
# Exits non-zero if any step failed.
#
#     bash packaging/selfcheck.sh [dist/packstation]
set -uo pipefail
bundle=$(cd "${1:-dist/packstation}" && pwd)
exe="$bundle/packstation"
[ -x "$exe" ] || { echo "selfcheck: no program at $exe" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PACKSTATION_HOME="$work/home" QT_QPA_PLATFORM=offscreen PACKSTATION_SYSTEM_CONFIG=""
unset PACKSTATION_CONFIG
failed=0
step() {  # step NAME EXPECTED_RC COMMAND...
  local name=$1 want=$2; shift 2
  local t0=$(date +%s.%N)
  timeout 180 "$@" >"$work/out" 2>&1
  local rc=$?
  local secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
  if { [ "$want" = 0 ] && [ $rc = 0 ]; } || { [ "$want" != 0 ] && [ $rc != 0 ]; }; then
    echo "selfcheck: ok    $name (exit $rc, ${secs} s)"
  else
    echo "selfcheck: FAIL  $name (exit $rc, wanted $([ "$want" = 0 ] && echo 0 || echo non-zero))"
    sed 's/^/    /' "$work/out" | tail -40
    failed=1
  fi
}
expect_output() {  # expect_output TEXT: the last step printed TEXT
  if ! grep -q -- "$1" "$work/out"; then
    echo "selfcheck: FAIL  output lacks: $1"; sed 's/^/    /' "$work/out" | tail -20; failed=1
  fi
}

step "doctor" 0 "$exe" doctor
expect_output "result:        OK"
step "demo run offscreen (2 s)" 0 "$exe" run --demo --exit-after 2000
[ -s "$PACKSTATION_HOME/demo.db" ] || { echo "selfcheck: FAIL  the demo wrote no database"; failed=1; }
step "backup" 0 "$exe" backup --to "$work/backups"
backup_file=$(ls "$work"/backups/packstation-*.db 2>/dev/null | head -1)
step "restore" 0 "$exe" restore "${backup_file:-missing}"
echo "not a database" > "$work/bad.db"
step "restore refuses a damaged file" 1 "$exe" restore "$work/bad.db"
printf '[weight]\ntolerance_g = "a lot"\n' > "$work/bad.toml"
step "bad config refused" 2 "$exe" --config "$work/bad.toml" doctor
expect_output "weight.tolerance_g"
# A bundle that lost its migrations must refuse to start (Alembic would otherwise see nothing to do).
cp -al "$bundle" "$work/broken" 2>/dev/null || cp -a "$bundle" "$work/broken"
migrations=$(find "$work/broken" -type d -path '*app/migrations/versions' | head -1)
if [ -n "$migrations" ]; then
  rm -rf "$migrations"
  PACKSTATION_HOME="$work/home2" step "without migrations: doctor fails" 1 "$work/broken/packstation" doctor
  PACKSTATION_HOME="$work/home3" step "without migrations: run refuses" 1 \
      "$work/broken/packstation" run --demo --exit-after 0
  expect_output "head migration"
else
  echo "selfcheck: FAIL  no app/migrations/versions in the bundle"; failed=1
fi
# The bundle on a PostgreSQL server with nothing else installed: its own psycopg binary build and libpq, no
# LD_LIBRARY_PATH (a throwaway server from tests/pgcluster.py: Debian's postgresql on the build machine).
here=$(cd "$(dirname "$0")" && pwd)
py=${SELFCHECK_PYTHON:-$here/../.venv/bin/python}
"$py" "$here/selfcheck_pg.py" "$bundle" || failed=1
if [ $failed = 0 ]; then echo "selfcheck: bundle OK ($bundle)"; else echo "selfcheck: BUNDLE BROKEN ($bundle)"; fi
exit $failed
