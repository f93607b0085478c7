#!/usr/bin/env bash
# Build Feedback Desk for Linux into dist/:
#   dist/feedback-desk/feedback-desk                  the one-folder bundle (PyInstaller)
#   dist/feedback-desk_<version>_amd64.deb            /opt/feedback-desk, /usr/bin/feedback-desk,
#                                                     menu entry, metainfo, icons
#   dist/feedback-desk-<version>-linux-x86_64.tar.gz  the bundle with the same desktop files
# As root it installs what it needs (PyInstaller into .venv; dpkg-dev, desktop-file-utils and
# the fonts the bundle carries with apt); otherwise it says what is missing. Run scripts/setup.sh first.
#   --bundle-only   only the bundle (the smoke test uses this)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
APP_ID=org.feedbackdesk.FeedbackDesk
PY=.venv/bin/python
bundle_only=0
[ "${1:-}" = "--bundle-only" ] && bundle_only=1

if [ ! -x "$PY" ]; then
  echo "No .venv here: run 'bash scripts/setup.sh' first." >&2
  exit 1
fi
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

# --- what the build needs -------------------------------------------------------------
missing_apt=()
command -v dpkg-deb >/dev/null 2>&1 || missing_apt+=(dpkg)
command -v desktop-file-validate >/dev/null 2>&1 || missing_apt+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || missing_apt+=(appstream)
[ "$bundle_only" = 1 ] && missing_apt=()
# The fallback fonts the spec copies into the bundle (fonts/), for the bundle-only build too.
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing_apt+=(fonts-wqy-microhei)
[ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || missing_apt+=(fonts-noto-core)
if [ ${#missing_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Installing ${missing_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${missing_apt[@]}" >/dev/null ||
      { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${missing_apt[@]}" >/dev/null; }
  else
    echo "Building the packages needs: sudo apt-get install --no-install-recommends ${missing_apt[*]}" >&2
    exit 1
  fi
fi
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  if [ "$(id -u)" = 0 ] || [ -w .venv ]; then
    echo "==> Installing PyInstaller into .venv"
    "$PY" -m pip install -q -c constraints.txt 'pyinstaller>=6.10'
  else
    echo "Building needs PyInstaller: .venv/bin/python -m pip install 'pyinstaller>=6.10'" >&2
    exit 1
  fi
fi

# --- the bundle -----------------------------------------------------------------------
echo "==> Building the bundle (PyInstaller)"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/feedback-desk.spec
echo "    dist/feedback-desk: $(du -sh dist/feedback-desk | cut -f1) in $(($(date +%s) - start)) s" \
  "(fonts: $(du -sh dist/feedback-desk/_internal/fonts | cut -f1))"
QT_QPA_PLATFORM=offscreen dist/feedback-desk/feedback-desk --version
[ "$bundle_only" = 1 ] && exit 0

# --- desktop files, checked -----------------------------------------------------------
desktop-file-validate "packaging/$APP_ID.desktop"
appstreamcli validate --no-net --pedantic "packaging/$APP_ID.metainfo.xml" >/dev/null ||
  appstreamcli validate --no-net "packaging/$APP_ID.metainfo.xml"
rm -rf build/icons
"$PY" packaging/render_icons.py build/icons >/dev/null

# Desktop files, icons and notices into a /usr-like tree under $1.
install_desktop_files() {
  local share=$1/share
  install -Dm644 "packaging/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
  install -Dm644 "packaging/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
  mkdir -p "$share/icons"
  cp -r build/icons/hicolor "$share/icons/"
  install -Dm644 packaging/THIRD-PARTY-NOTICES.txt "$share/doc/feedback-desk/THIRD-PARTY-NOTICES.txt"
  [ -f LICENSE ] && install -Dm644 LICENSE "$share/doc/feedback-desk/LICENSE"
  return 0
}

# --- .deb -----------------------------------------------------------------------------
echo "==> Building the .deb"
deb_root=build/deb/feedback-desk
rm -rf build/deb
mkdir -p "$deb_root/DEBIAN" "$deb_root/opt" "$deb_root/usr/bin"
cp -a dist/feedback-desk "$deb_root/opt/feedback-desk"
# Its fonts come from the Depends below (Noto, nicer than the bundle's fallbacks).
rm -rf "$deb_root/opt/feedback-desk/_internal/fonts"
ln -s /opt/feedback-desk/feedback-desk "$deb_root/usr/bin/feedback-desk"
install_desktop_files "$deb_root/usr"
installed_kb=$(du -sk --exclude=DEBIAN "$deb_root" | cut -f1)
# The libraries Qt's xcb/wayland platform plugins and the bundle load from the system, a
# Secret Service for the keyring, and fonts that cover Arabic (noto-core) and CJK.
cat > "$deb_root/DEBIAN/control" <<CONTROL
Package: feedback-desk
Version: $VERSION
Architecture: amd64
Maintainer: Feedback Desk team <feedback-desk@users.noreply.github.com>
Installed-Size: $installed_kb
Section: misc
Priority: optional
Depends: libc6 (>= 2.31), libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0t64 | libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xfixes0, libxcb-sync1, libxcb-xkb1, libxcb-util1, fonts-dejavu-core, fonts-noto-core, fonts-noto-cjk
Recommends: gnome-keyring | kwalletmanager | keepassxc
Homepage: https://github.com/feedback-desk/feedback-desk
Description: answer unhappy customers calmly, worst first
 One inbox for a shop's comments and reviews (Facebook, Instagram, Google,
 Mastodon, exported files), harsh and negative ones first, with a calm reply
 assistant and a customer-recovery report. Data stays on this computer.
CONTROL
cat > "$deb_root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
POSTINST
cp "$deb_root/DEBIAN/postinst" "$deb_root/DEBIAN/postrm"
chmod 755 "$deb_root/DEBIAN/postinst" "$deb_root/DEBIAN/postrm"
deb=dist/feedback-desk_${VERSION}_amd64.deb
dpkg-deb --root-owner-group -Zxz -z6 --build "$deb_root" "$deb" >/dev/null
echo "    $deb: $(du -h "$deb" | cut -f1)"

# --- .tar.gz --------------------------------------------------------------------------
echo "==> Building the .tar.gz"
tar_name=feedback-desk-$VERSION-linux-x86_64
tar_root=build/tar/$tar_name
rm -rf build/tar
mkdir -p "$tar_root"
cp -al dist/feedback-desk "$tar_root/feedback-desk" 2>/dev/null || cp -a dist/feedback-desk "$tar_root/feedback-desk"
install_desktop_files "$tar_root"
cat > "$tar_root/INSTALL.txt" <<INSTALL
Feedback Desk $VERSION for Linux (x86_64)

Start it: ./feedback-desk/feedback-desk
Menu entry for you alone:
  mkdir -p ~/.local/share/applications ~/.local/bin
  ln -sf "\$PWD/feedback-desk/feedback-desk" ~/.local/bin/feedback-desk
  cp share/applications/$APP_ID.desktop ~/.local/share/applications/
  cp -r share/icons ~/.local/share/
Chinese, Japanese, Korean, Arabic and Hebrew comments show with the fallback fonts in
feedback-desk/_internal/fonts; for nicer ones: sudo apt-get install fonts-noto-core fonts-noto-cjk
INSTALL
tarball=dist/$tar_name.tar.gz
tar -C build/tar -czf "$tarball" "$tar_name"
echo "    $tarball: $(du -h "$tarball" | cut -f1)"
echo "==> Done in $(($(date +%s) - start)) s"
