"""Other scripts (issue 13, item 7): Chinese, Arabic and Hebrew comments show real glyphs, not
empty boxes, when the system has fonts for them (scripts/system-packages.sh installs them; the
.deb depends on them); the frozen bundle registers its own fallback fonts (ui/fonts.py)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

from feedback_desk.ui import fonts

CHINESE = "蛋糕还没到，请退款"  # "The cake has not arrived, please refund"
ARABIC = "الكعكة لم تصل"  # "The cake did not arrive"
INSTALL = "apt-get install fonts-wqy-microhei fonts-noto-core (scripts/setup.sh does)"


def glyphs(text: str) -> list[tuple[str, list[int]]]:
    """The fonts Qt picks (with fallback) for `text` in the default font, and their glyph
    indexes: index 0 is .notdef, the empty box."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def needs_font_for(system: QFontDatabase.WritingSystem) -> None:
    if not QFontDatabase.families(system):
        pytest.skip(f"no font for {system.name} is installed here: {INSTALL}")


def test_chinese_is_drawn_with_real_glyphs(qapp) -> None:  # type: ignore[no-untyped-def]
    needs_font_for(QFontDatabase.WritingSystem.SimplifiedChinese)
    runs = glyphs(CHINESE)
    assert runs
    for family, indexes in runs:
        assert indexes and 0 not in indexes, f"empty boxes in {family}: {indexes}"
    drawn = sum(len(indexes) for _, indexes in runs)
    assert drawn == len(CHINESE)
    # The fallback font that drew them says it covers Chinese.
    assert any(
        QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
        for family, _ in runs
    ), runs


def test_arabic_is_drawn_with_real_glyphs(qapp) -> None:  # type: ignore[no-untyped-def]
    needs_font_for(QFontDatabase.WritingSystem.Arabic)
    runs = glyphs(ARABIC)
    assert runs
    for family, indexes in runs:
        assert indexes and 0 not in indexes, f"empty boxes in {family}: {indexes}"


def test_bundled_fonts_are_only_for_a_frozen_app(qapp, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert fonts.bundled_fonts_folder() is None
    assert fonts.add_bundled_fonts() == []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.bundled_fonts_folder() == tmp_path / "fonts"
    assert fonts.add_bundled_fonts() == []  # frozen, but no fonts/ folder: nothing, no error


@pytest.mark.expect_warnings(r"^could not load the bundled font broken.ttf$")
def test_a_fonts_folder_is_registered(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = next(
        (
            Path(p)
            for p in (
                "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            )
            if Path(p).is_file()
        ),
        None,
    )
    if source is None:
        pytest.skip(f"neither Noto Sans Hebrew nor DejaVu Sans is installed: {INSTALL}")
    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copy(source, folder)
    (folder / "README.txt").write_text("not a font")
    (folder / "broken.ttf").write_bytes(b"not a font either")
    families = fonts.add_bundled_fonts(folder)
    assert families == ["Noto Sans Hebrew" if "Hebrew" in source.name else "DejaVu Sans"]
