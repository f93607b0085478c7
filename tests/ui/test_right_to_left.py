"""A right-to-left name inside an English sentence (issue 13, item 7): "نادر wrote:" must keep
the sentence's order, with the colon at its end, not at the far left."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel

from feedback_desk.ui.formatting import isolated

from . import test_reply_wizard
from .test_reply_wizard import open_wizard

harsh = test_reply_wizard.harsh  # a harsh Facebook comment in a real database (fixture)

NAME = "نادر حسن"


def colon_x(text: str) -> tuple[float, float]:
    """Where the colon and the line's end fall when `text` is laid out as a paragraph."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    colon = text.index(":")
    return line.cursorToX(colon)[0], line.naturalTextWidth()


def test_an_arabic_name_keeps_an_english_sentence_left_to_right(qapp) -> None:  # type: ignore[no-untyped-def]
    x, width = colon_x(f"{NAME} wrote:")
    assert x < width / 2  # the bug: the paragraph is taken as right-to-left, colon far left
    x, width = colon_x(f"{isolated(NAME)} wrote:")
    assert x > width * 0.9  # the colon ends the sentence


def test_the_wizard_sets_the_writers_name_apart(qtbot, harsh) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, harsh)
    said = [w.text() for w in wizard.findChildren(QLabel) if w.text().endswith(" wrote:")]
    assert said and all(t.startswith("\u2068") and "\u2069 wrote:" in t for t in said)
