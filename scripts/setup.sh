#!/usr/bin/env bash
# Prepare this checkout: system packages (installed when run as root, otherwise listed),
# then a virtualenv in .venv with Feedback Desk and its test tools. Safe to run again.
# --tests: also what only the test suite needs (a spreadsheet to open the CSV report in).
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=system-packages.sh
source scripts/system-packages.sh
wanted=("${SYSTEM_PACKAGES[@]}")
if [ "${1:-}" = "--tests" ]; then
  wanted+=("${TEST_PACKAGES[@]}")
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  mapfile -t missing < <(missing_packages "${wanted[@]}")
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

# Python 3.11 or newer: the code uses enum.StrEnum and datetime.UTC throughout (3.11 only).
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Feedback Desk needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" --version 2>&1)." >&2
  echo "On Ubuntu 22.04 (Python 3.10) get one from the deadsnakes PPA, then run this again with it:" >&2
  echo "  sudo add-apt-repository ppa:deadsnakes/ppa && sudo apt-get install python3.12 python3.12-venv" >&2
  echo "  PYTHON=python3.12 bash $0 $*" >&2
  echo "(or with pyenv: pyenv install 3.12 && PYTHON=\"\$(pyenv prefix 3.12)/bin/python\" bash $0)" >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "==> Creating the virtualenv in .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.feedback-desk-installed
# The exact versions are in constraints.txt: a change to it or to pyproject.toml reinstalls.
installed=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$installed" ]; then
  echo "==> Installing Feedback Desk and its tools into .venv (the first time takes a minute)"
  .venv/bin/python -m pip install -q --upgrade pip
  # The editable install's only note ("Editable installation … folders with the same name")
  # is information, not a problem: the checkout's feedback_desk/ is the package itself.
  PYTHONWARNINGS="ignore:Editable installation" \
    .venv/bin/python -m pip install -q -c constraints.txt -e '.[dev]'
  # PySide6-Addons (about 440 MB) was a dependency once; nothing imports it now. Its wheel
  # shares files with PySide6-Essentials (PySide6/__init__.py, the .pyi stubs), which its
  # uninstall deletes: put Essentials back whole afterwards.
  if .venv/bin/python -m pip show -q PySide6-Addons >/dev/null 2>&1; then
    echo "==> Removing PySide6-Addons (no longer needed)"
    .venv/bin/python -m pip uninstall -q -y PySide6-Addons
    .venv/bin/python -m pip install -q --force-reinstall --no-deps -c constraints.txt \
      PySide6-Essentials
  fi
  echo "$installed" > "$stamp"
fi
# Bytecode for the checkout's own modules, as pip writes it for an installed wheel (and the
# bundle carries it): without it, and with PYTHONDONTWRITEBYTECODE set, every start compiles
# each module again (bench/startup.py). Quick when nothing changed.
.venv/bin/python -m compileall -q feedback_desk
