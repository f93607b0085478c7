#!/usr/bin/env bash
# Set up, then run every check: ruff, mypy (strict on the whole package) and the test suite
# with a real Secret Service on a private D-Bus session.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests || exit 1

status=0
echo "==> ruff"
.venv/bin/ruff check . && .venv/bin/ruff format --check . || status=1
echo "==> mypy"
.venv/bin/mypy feedback_desk || status=1

echo "==> pytest"
export QT_QPA_PLATFORM=offscreen
HOME="$(mktemp -d)"; XDG_RUNTIME_DIR="$(mktemp -d)"; export HOME XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec .venv/bin/python -m pytest "$@"
' _ "$@"
rc=$?
if [ "$rc" = 5 ]; then
  echo "pytest collected no tests: that is a failure, not a pass." >&2
  rc=1
fi
[ "$rc" = 0 ] || status=1
exit "$status"
