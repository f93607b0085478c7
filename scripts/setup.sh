#!/usr/bin/env bash
# Prepare this checkout: system packages (installed when run as root, otherwise listed),
# then a virtualenv in .venv with Feedback Desk and its test tools. Safe to run again.
# --tests: also what only the test suite needs (a spreadsheet to open the CSV report in).
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1
  libxcb-xkb1 libxcb-util1 libx11-xcb1 dbus gnome-keyring poppler-utils imagemagick x11-utils
)

# Only the test suite needs a spreadsheet: it opens the report's CSV in Gnumeric.
if [ "${1:-}" = "--tests" ]; then
  SYSTEM_PACKAGES+=(gnumeric desktop-file-utils appstream)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "Feedback Desk needs these system packages, which are not installed:" >&2
    echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "Install them (or run this script as root) and try again." >&2
    exit 1
  fi
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Feedback Desk needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" --version 2>&1)." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "==> Creating the virtualenv in .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.feedback-desk-installed
wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "==> Installing Feedback Desk and its tools into .venv (the first time takes a minute)"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  echo "$wanted" > "$stamp"
fi
