#!/usr/bin/env bash
# The Debian/Ubuntu packages Feedback Desk needs, and which of them this system lacks.
# Sourced by setup.sh; run on its own it prints the missing ones, one a line:
#   bash scripts/system-packages.sh [--tests]
# A need written "new|old" is met by either package: Ubuntu 24.04 and Debian 13 renamed some
# libraries for the 64-bit time_t transition (libglib2.0-0 became libglib2.0-0t64). When
# neither is installed, the one apt has a candidate for is the one to install.

SYSTEM_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 "libglib2.0-0t64|libglib2.0-0"
  libxkbcommon0 fonts-dejavu-core xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0
  libxcb-sync1 libxcb-xkb1 libxcb-util1 libx11-xcb1 dbus gnome-keyring poppler-utils
  imagemagick x11-utils fonts-noto-core "fonts-wqy-microhei|fonts-noto-cjk"
)
# Fonts beyond Latin, or Chinese, Japanese, Arabic and Hebrew comments show as empty boxes:
# fonts-noto-core covers Arabic and Hebrew; CJK is WenQuanYi Micro Hei (a 1.6 MB download;
# Noto CJK, 56 MB, counts too). packaging/build.sh copies both into the bundle.
# Only the test suite needs these: it opens the report's CSV in Gnumeric, and validates the
# desktop file and the AppStream metainfo.
TEST_PACKAGES=(gnumeric desktop-file-utils appstream)

package_installed() {
  dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q "install ok installed"
}

package_available() {  # apt has a candidate to install
  command -v apt-cache >/dev/null 2>&1 || return 1
  apt-cache policy "$1" 2>/dev/null | grep -q "Candidate: [^(]"
}

# Prints, one a line, the package to install for each need not met; nothing when all are.
missing_packages() {
  local need alt choice
  local -a alts
  for need in "$@"; do
    IFS='|' read -r -a alts <<<"$need"
    choice=""
    for alt in "${alts[@]}"; do
      if package_installed "$alt"; then choice="-"; break; fi
    done
    [ "$choice" = "-" ] && continue
    for alt in "${alts[@]}"; do
      if package_available "$alt"; then choice="$alt"; break; fi
    done
    echo "${choice:-${alts[0]}}"
  done
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  wanted=("${SYSTEM_PACKAGES[@]}")
  if [ "${1:-}" = "--tests" ]; then wanted+=("${TEST_PACKAGES[@]}"); fi
  missing_packages "${wanted[@]}"
fi
