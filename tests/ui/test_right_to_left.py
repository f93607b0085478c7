"""A right-to-left name inside an English sentence (issue 13, item 7): "نادر wrote:" must keep
the sentence's order, with the colon at its end, not at the far left."""

from __future__ import annotations

from dataclasses import replace

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


ARABIC = "الكعكة وصلت متأخرة جدا"


def cell_option(window, text: str):  # type: ignore[no-untyped-def]
    """The style option the comment column's delegate paints a row with."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from feedback_desk.ui.inbox_model import Column

    view = window.inbox_view
    model = view.model()
    row = next(
        r for r in range(model.rowCount()) if text in str(model.index(r, Column.TEXT).data())
    )
    index = model.index(row, Column.TEXT)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegateForColumn(Column.TEXT).initStyleOption(option, index)
    return option


def test_each_comment_reads_in_its_own_direction(make_window, db, triage) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from feedback_desk.store.comments import CommentStore

    from .conftest import make_comments

    conn = db.connect()
    arabic, english = make_comments(2)
    comments = [replace(arabic, text=ARABIC), replace(english, text="Cake was late")]
    CommentStore(db, conn).add_many(comments, triage)
    conn.close()
    window = make_window(db)
    assert cell_option(window, ARABIC).direction == Qt.LayoutDirection.RightToLeft
    assert cell_option(window, "Cake was late").direction == Qt.LayoutDirection.LeftToRight
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # a mirrored window
    assert cell_option(window, "Cake was late").direction == Qt.LayoutDirection.LeftToRight


def test_a_search_match_is_marked_where_arabic_puts_it(qapp) -> None:  # type: ignore[no-untyped-def]
    """The first word of a right-to-left comment is at the cell's right end: its highlight
    must be there too, not where the same characters would fall left to right."""
    from PySide6.QtCore import QModelIndex, QRect, Qt
    from PySide6.QtGui import QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    from feedback_desk.ui.delegates import HIGHLIGHT, HighlightDelegate
    from feedback_desk.ui.inbox_model import TERMS_ROLE

    model = QStandardItemModel(1, 1)
    item = QStandardItem(ARABIC)
    item.setData(["الكعكة"], TERMS_ROLE)
    model.setItem(0, 0, item)
    view = QTableView()
    view.setModel(model)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 600, 30)
    image = QImage(600, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    HighlightDelegate().paint(painter, option, model.index(0, 0, QModelIndex()))
    painter.end()
    marked = [x for x in range(600) if image.pixelColor(x, 15).name() == HIGHLIGHT.name()]
    assert marked and min(marked) > 300  # on the right half, where the first word is
