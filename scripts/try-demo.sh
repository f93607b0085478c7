#!/usr/bin/env bash
# Set up, then open Feedback Desk on a throwaway demo inbox (your own data is not touched).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec .venv/bin/feedback-desk --demo "$@"
fi

# No screen (a server or a container): start the demo on a virtual screen and save a picture.
shot="${FEEDBACK_DESK_SHOT:-$PWD/demo-screenshot.png}"
echo "==> No display found: starting the demo on a virtual screen to save $shot"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  .venv/bin/feedback-desk --demo "$@" & app=$!
  for _ in $(seq 1 60); do
    sleep 0.5
    if ! kill -0 "$app" 2>/dev/null; then wait "$app"; exit $?; fi
    if [ "$(xwininfo -root -tree 2>/dev/null | grep -c "Feedback Desk")" -gt 0 ]; then break; fi
  done
  sleep 2
  import -window root "'"$shot"'"
  kill "$app"; wait "$app" 2>/dev/null || true
' _ "$@"
echo "Saved $shot — on a desktop, this command opens the window instead."
