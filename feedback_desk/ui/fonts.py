"""Fallback fonts that travel with the frozen bundle.

A system with only a Latin font (a bare container, a minimal desktop) shows Chinese,
Japanese, Arabic or Hebrew comments as empty boxes. The .deb depends on fonts-noto-core and
fonts-noto-cjk; the bundle (the .tar.gz for other systems) carries its own fallback fonts
instead, copied from the build machine by packaging/feedback-desk.spec into `fonts/` next to
the frozen executable's libraries (PyInstaller's `sys._MEIPASS`, the bundle's `_internal`).
Qt's font matching falls back to them for the characters the system's fonts lack; where the
system has better fonts, fontconfig still prefers those for their own scripts."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def bundled_fonts_folder() -> Path | None:
    """`fonts/` inside the frozen bundle, or None when not frozen (a checkout or a wheel
    uses the system's fonts only)."""
    if not getattr(sys, "frozen", False):
        return None
    base = getattr(sys, "_MEIPASS", None) or Path(sys.executable).resolve().parent / "_internal"
    return Path(base) / "fonts"


def add_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Registers the bundle's fallback fonts with Qt (needs a QGuiApplication); returns the
    families added. Does nothing, and returns [], when not frozen or the folder is missing.
    `folder` is for tests."""
    folder = folder if folder is not None else bundled_fonts_folder()
    if folder is None or not folder.is_dir():
        return []
    from PySide6.QtGui import QFontDatabase  # only in the bundle: its type costs the start

    families: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if families:
        log.info("bundled fallback fonts: %s", ", ".join(families))
    return families
