#!/usr/bin/env bash
# Builds the one-folder bundle dist/packstation/ with PyInstaller (the same spec builds on Windows, see
# docs/IT.md); --tarball also packs dist/packstation-VERSION-linux-x86_64.tar.gz with the .desktop file and
# an install script; --check runs the bundle's self-check afterwards (packaging/selfcheck.sh).
#
#     ./packaging/build.sh [--tarball] [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
PYINSTALLER_VERSION=6.22.0
tarball=0
check=0
for arg in "$@"; do
  case "$arg" in
    --tarball) tarball=1 ;;
    --check) check=1 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

bash scripts/setup.sh   # system libraries and .venv with the program, as for the tests
PY=.venv/bin/python
if [ "$($PY -c 'import PyInstaller; print(PyInstaller.__version__)' 2>/dev/null || true)" != "$PYINSTALLER_VERSION" ]; then
  echo "build: installing pyinstaller==$PYINSTALLER_VERSION into .venv"
  $PY -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
fi

start=$(date +%s)
rm -rf dist/packstation
$PY -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/packstation.spec
# IT's template of every configuration key, beside the program
$PY -m app.config > dist/packstation/packstation.example.toml
echo "build: dist/packstation/ ($(du -sh dist/packstation | cut -f1)) in $(( $(date +%s) - start )) s"

if [ "$check" = 1 ]; then
  bash packaging/selfcheck.sh dist/packstation
fi

if [ "$tarball" = 1 ]; then
  version=$($PY -c 'import app; print(app.__version__)')
  name="packstation-$version-linux-$(uname -m)"
  stage=build/tarball/$name
  rm -rf build/tarball && mkdir -p "$stage"
  cp -a dist/packstation "$stage/packstation"
  cp packaging/linux/packstation.desktop packaging/linux/install.sh "$stage/"
  cp docs/IT.md "$stage/IT.md"
  chmod +x "$stage/install.sh"
  tar -C build/tarball -czf "dist/$name.tar.gz" "$name"
  echo "build: dist/$name.tar.gz ($(du -sh "dist/$name.tar.gz" | cut -f1))"
fi
