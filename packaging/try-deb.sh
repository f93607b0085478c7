#!/usr/bin/env bash
# Try the .deb the way a new owner gets it: on a clean Debian of this machine's release (a
# debootstrap --variant=minbase chroot, no checkout, no Python), `apt-get install ./….deb`
# resolves the Depends; then, as a new user with an empty HOME, the installed menu entry's
# Exec= line starts the app under Xvfb, the first-run assistant is closed (Escape, as an owner
# would skip it), the empty window's "Open the demo inbox" button is clicked with xdotool,
# and the demo window must open. Screenshots go to dist/try-deb/ (look at them).
#
#   sudo bash packaging/try-deb.sh [dist/feedback-desk_<version>_amd64.deb]
#   sudo OWNER_LANG=de_DE.UTF-8 bash packaging/try-deb.sh      # as an owner whose system is German
#
# Root only (debootstrap, chroot, mounts). $TRY_DEB_DIR (default /var/tmp/feedback-desk-try-deb)
# keeps base/, the clean chroot, made once (about a minute; delete it to start afresh), and
# run/, a copy of it for this try, removed at the end (KEEP=1 keeps it). /proc, /sys, /dev
# and /dev/pts are mounted in run/ and unmounted on any exit. Exit 0 when the demo opened.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
APP_ID=org.feedbackdesk.FeedbackDesk
WORK=${TRY_DEB_DIR:-/var/tmp/feedback-desk-try-deb}
BASE=$WORK/base
RUN=$WORK/run
SHOTS=$ROOT/dist/try-deb
DISPLAY_NUM=:57
USER_NAME=owner

say() { printf '==> %s\n' "$*"; }
die() { printf 'try-deb: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run it as root (debootstrap, chroot and mounts need it)"
deb=${1:-}
if [ -z "$deb" ]; then
  deb=$(ls -t dist/feedback-desk_*_amd64.deb 2>/dev/null | head -1 || true)
fi
[ -n "$deb" ] && [ -f "$deb" ] || die "no .deb: run 'bash packaging/build.sh' first, or name one"
deb=$(realpath "$deb")

# This machine's release and its Debian mirror (the first non-security one configured).
. /etc/os-release
codename=${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}
mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
  2>/dev/null | grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -1 | tr -d ' ' || true)
mirror=${mirror:-http://deb.debian.org/debian}

# --- cleanup, whatever happens ---------------------------------------------------------
mounted=()
cleanup() {
  local status=$? p mnt
  set +e
  # Processes this script started inside the chroot (Xvfb, the app, its demo), by id.
  for p in /proc/[0-9]*; do
    if [ "$(readlink "$p/root" 2>/dev/null)" = "$RUN" ]; then kill "${p#/proc/}" 2>/dev/null; fi
  done
  sleep 1
  for p in /proc/[0-9]*; do
    if [ "$(readlink "$p/root" 2>/dev/null)" = "$RUN" ]; then kill -9 "${p#/proc/}" 2>/dev/null; fi
  done
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    mnt=${mounted[i]}
    say "unmounting $mnt"
    umount "$mnt" 2>/dev/null || umount -l "$mnt"
  done
  if findmnt -rn -o TARGET | grep -q "^$RUN/"; then
    echo "try-deb: something is still mounted under $RUN; not deleting it" >&2
  elif [ "${KEEP:-0}" = 1 ]; then
    say "kept $RUN (KEEP=1)"
  elif [ -d "$RUN" ]; then
    rm -rf "$RUN"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- a clean Debian ----------------------------------------------------------------------
if [ ! -d "$BASE" ]; then
  command -v debootstrap >/dev/null 2>&1 || {
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null
  }
  say "debootstrap --variant=minbase $codename from $mirror into $BASE"
  mkdir -p "$WORK"
  rm -rf "$BASE.tmp"
  debootstrap --variant=minbase "$codename" "$BASE.tmp" "$mirror" >"$WORK/debootstrap.log" 2>&1 ||
    die "debootstrap failed; see $WORK/debootstrap.log"
  mv "$BASE.tmp" "$BASE"
fi
say "fresh copy of the clean chroot in $RUN"
if findmnt -rn -o TARGET | grep -q "^$RUN/"; then die "$RUN has mounts left from before"; fi
rm -rf "$RUN"
cp -a "$BASE" "$RUN"
cp /etc/resolv.conf "$RUN/etc/resolv.conf"

mount_in() {  # mount_in TARGET mount-arguments…
  mkdir -p "$RUN$1"
  local target=$1
  shift
  mount "$@" "$RUN$target"
  mounted+=("$RUN$target")
  say "mounted $target"
}
mount_in /proc -t proc proc
mount_in /sys -t sysfs sysfs
mount_in /dev --bind /dev
mount_in /dev/pts --bind /dev/pts

in_root() { chroot "$RUN" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

# --- install the .deb --------------------------------------------------------------------
cp "$deb" "$RUN/tmp/"
deb_name=$(basename "$deb")
say "apt-get install ./$deb_name (without recommends: the Depends alone must do)"
in_root apt-get update -q >"$WORK/apt.log" 2>&1 || die "apt-get update failed; see $WORK/apt.log"
start=$(date +%s)
in_root sh -c "cd /tmp && apt-get install -y -q --no-install-recommends ./$deb_name" >>"$WORK/apt.log" 2>&1 ||
  die "apt-get install ./$deb_name failed; see $WORK/apt.log"
say "installed in $(($(date +%s) - start)) s: $(grep -c '^Setting up' "$WORK/apt.log") packages set up"

desktop=/usr/share/applications/$APP_ID.desktop
[ -f "$RUN$desktop" ] || die "the .deb installed no $desktop"
say "no library the bundle or Qt's xcb platform plugin needs is missing (ldd)"
internal=/opt/feedback-desk/_internal
missing=$(in_root sh -c "LD_LIBRARY_PATH=$internal:$internal/PySide6/Qt/lib ldd /opt/feedback-desk/feedback-desk \
  $internal/PySide6/Qt/plugins/platforms/libqxcb.so $internal/PySide6/Qt/lib/libQt6XcbQpa.so.6 \
  $internal/PySide6/Qt/lib/libQt6Gui.so.6" | grep 'not found' | sort -u || true)
[ -z "$missing" ] || die "missing libraries after installing the .deb:
$missing"
in_root sh -c 'QT_QPA_PLATFORM=offscreen feedback-desk --version'

# Only for this check, after the test above: a virtual screen, a clicker, a screenshot tool
# (ImageMagick's import: xwd -root leaves the assistant black, a window of another depth).
say "installing xvfb, xdotool and imagemagick for the check only"
in_root apt-get install -y -q --no-install-recommends xvfb xauth xdotool imagemagick >>"$WORK/apt.log" 2>&1 ||
  die "could not install the check's tools; see $WORK/apt.log"
in_root useradd -m -s /bin/sh "$USER_NAME"
[ -z "$(ls -A "$RUN/home/$USER_NAME" | grep -v '^\.\(bashrc\|profile\|bash_logout\)$' || true)" ]

# As the new user, with an empty HOME and nothing but a display in the environment.
as_owner() { chroot --userspec="$USER_NAME:$USER_NAME" "$RUN" /usr/bin/env -i \
  HOME="/home/$USER_NAME" USER="$USER_NAME" LOGNAME="$USER_NAME" PATH=/usr/local/bin:/usr/bin:/bin \
  LANG="${OWNER_LANG:-C.UTF-8}" DISPLAY="$DISPLAY_NUM" XDG_RUNTIME_DIR="/tmp/runtime-$USER_NAME" "$@"; }
mkdir -p "$RUN/tmp/runtime-$USER_NAME"
chroot "$RUN" chown "$USER_NAME:$USER_NAME" "/tmp/runtime-$USER_NAME"
chmod 700 "$RUN/tmp/runtime-$USER_NAME"

rm -rf "$SHOTS"
mkdir -p "$SHOTS"
shot() {  # shot NAME: the whole virtual screen, taken inside the chroot
  as_owner import -window root "/tmp/$1.png"
  mv "$RUN/tmp/$1.png" "$SHOTS/$1.png"
  say "screenshot $SHOTS/$1.png"
}
painted() {  # painted WINDOW: true once the window shows more than black
  local mean
  mean=$(as_owner import -window "$1" -format '%[fx:mean]' info: 2>/dev/null || echo 0)
  awk -v m="$mean" 'BEGIN { exit !(m > 0.2) }'
}

say "Xvfb on $DISPLAY_NUM as $USER_NAME"
as_owner Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
for _ in $(seq 50); do [ -S "$RUN/tmp/.X11-unix/X${DISPLAY_NUM#:}" ] && break; sleep 0.2; done

exec_line=$(sed -n 's/^Exec=//p' "$RUN$desktop" | head -1 | sed -E 's/ ?%[fFuUdDnNickvm]//g')
[ -n "$exec_line" ] || die "no Exec= line in $desktop"
say "starting the menu entry's command as $USER_NAME: $exec_line"
as_owner sh -c "cd && exec $exec_line" >"$SHOTS/app.log" 2>&1 &

# xdotool search --sync waits for the window; timeout keeps a failure from hanging here.
find_window() { as_owner timeout "$2" xdotool search --sync --onlyvisible --name "$1" 2>/dev/null | head -1; }

assistant=$(find_window '^(Set up Feedback Desk|Feedback Desk einrichten)$' 60 || true)
if [ -z "$assistant" ]; then
  shot 0-no-assistant
  die "the first-run assistant did not open in 60 s; see $SHOTS/app.log"
fi
# Wait until it is painted, up to 30 s.
for s in $(seq 30); do painted "$assistant" && break; sleep 1; done
painted "$assistant" || die "the assistant stayed black for 30 s"
say "the assistant was painted after about $s s"
shot 1-first-run-assistant
say "closing the assistant with Escape (the same as Skip)"
as_owner xdotool windowfocus --sync "$assistant" key Escape
main=$(find_window '^Feedback Desk$' 20 || true)
[ -n "$main" ] || { shot 1b-no-main-window; die "no main window after the assistant"; }
sleep 1
shot 2-empty-window

# The "Open the demo inbox" button is a Qt widget, not an X window xdotool could find: it
# is clicked where the empty window puts it on this 1280x800 screen (the third button below
# the welcome text, the buttons one above the other: about 57% across and 70% down the
# window, in English and in German; DEMO_DX/DEMO_DY override).
eval "$(as_owner xdotool getwindowgeometry --shell "$main")"
say "main window at ${X},${Y} ${WIDTH}x${HEIGHT}"
click_demo() { as_owner xdotool mousemove --sync "$1" "$2" click 1; }
click_demo "$((X + ${DEMO_DX:-WIDTH * 575 / 1000}))" "$((Y + ${DEMO_DY:-HEIGHT * 705 / 1000}))"
say "clicked 'Open the demo inbox'"
demo=$(find_window '(demo inbox|Demo-Posteingang)' 30 || true)
if [ -z "$demo" ]; then
  shot 2b-after-click
  die "the demo window did not open after clicking 'Open the demo inbox'; see $SHOTS/"
fi
sleep 3
shot 3-demo-window
say "the demo window opened from the menu entry's command: $(as_owner xdotool getwindowname "$demo")"
cp "$WORK/apt.log" "$SHOTS/apt.log"
say "done; screenshots in $SHOTS"
