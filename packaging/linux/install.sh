#!/usr/bin/env bash
# Installs PackStation from this unpacked tarball for every user of the machine (run as root):
#   /opt/packstation/            the program
#   /usr/local/bin/packstation   the command (doctor, backup, restore, import, ...)
#   /usr/share/applications/packstation.desktop   the menu entry
#   /etc/packstation/packstation.toml             the site configuration, when --config FILE is given
#
#     sudo ./install.sh [--config site.toml] [--prefix /opt/packstation]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=/opt/packstation
config=""
while [ $# -gt 0 ]; do
  case "$1" in
    --config) config=$2; shift 2 ;;
    --prefix) prefix=$2; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "install.sh: run as root (sudo)" >&2; exit 1; }
if [ -n "$config" ]; then
  [ -f "$config" ] || { echo "install.sh: no such file: $config" >&2; exit 2; }
  # refuse a site file the program would refuse, before anything is copied (exit 2 = configuration error)
  check_home=$(mktemp -d)
  rc=0
  PACKSTATION_HOME="$check_home" PACKSTATION_SYSTEM_CONFIG="$config" QT_QPA_PLATFORM=offscreen \
    "$here/packstation/packstation" doctor >/dev/null 2>"$check_home/err" || rc=$?
  if [ "$rc" = 2 ]; then cat "$check_home/err" >&2; rm -rf "$check_home"; exit 2; fi
  rm -rf "$check_home"
fi
rm -rf "$prefix.new"
cp -a "$here/packstation" "$prefix.new"
rm -rf "$prefix.old"
[ -d "$prefix" ] && mv "$prefix" "$prefix.old"
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"
ln -sf "$prefix/packstation" /usr/local/bin/packstation
sed "s|/opt/packstation|$prefix|g" "$here/packstation.desktop" > /usr/share/applications/packstation.desktop
chmod 644 /usr/share/applications/packstation.desktop
if [ -n "$config" ]; then
  mkdir -p /etc/packstation
  install -m 644 "$config" /etc/packstation/packstation.toml
  echo "install: site configuration copied to /etc/packstation/packstation.toml"
fi
echo "install: PackStation in $prefix; check it with: packstation doctor"
