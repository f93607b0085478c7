"""Painting inbox cells: the severity badge and search matches highlighted in the text."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from ..core.model import Severity
from .formatting import SEVERITY_COLOURS, match_highlight, text_direction
from .inbox_model import SEVERITY_ROLE, TERMS_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
HIGHLIGHT = QColor("#FFE58A")  # on a light window; match_highlight() picks by the palette


class SeverityBadgeDelegate(QStyledItemDelegate):
    """A rounded badge with the severity's colour and its word (never colour alone)."""

    _wordless = False  # while paint() has the style draw the cell under the badge

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        value = index.data(SEVERITY_ROLE)  # a StrEnum arrives back as a plain str
        if value not in tuple(Severity):
            super().paint(painter, option, index)
            return
        severity = Severity(value)
        # Selection and row tint as the style draws them, without the word. Drawn by
        # QStyledItemDelegate.paint in C++: Python never asks the style itself, so PySide
        # does not make QStyle's type and its enums (about 45M instructions) before the
        # first paint.
        self._wordless = True
        try:
            super().paint(painter, option, index)
        finally:
            self._wordless = False
        fill, ink = SEVERITY_COLOURS[severity]
        metrics = QFontMetrics(option.font)
        text = severity.label
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRect(0, 0, width, height)
        rect.moveCenter(option.rect.center())
        rect.moveLeft(option.rect.left() + 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        widest = max(metrics.horizontalAdvance(s.label) for s in Severity)
        return QSize(widest + 28, metrics.height() + 10)

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        if self._wordless:
            option.text = ""


class TextDelegate(QStyledItemDelegate):
    """The owner's data (a name, a comment) laid out in its own direction."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        # Aligned and cut at its own end: "…" after an English comment in a mirrored window
        option.direction = text_direction(option.text, option.direction)


class HighlightDelegate(TextDelegate):
    """The owner's data laid out in its own direction, with every word that starts like a
    search word highlighted. The list uses it only while searching (window_layout.py): a
    paint() in Python for every cell cost the first paint about 2M instructions."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        terms = index.data(TERMS_ROLE) or []
        if not terms:
            super().paint(painter, option, index)
            return
        # Only while searching: their types cost PySide about 6 ms to make before the paint.
        from PySide6.QtGui import QTextCharFormat, QTextLayout, QTextOption
        from PySide6.QtWidgets import QStyle

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        area = area.adjusted(3, 0, -3, 0)
        shown = QFontMetrics(opt.font).elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        # A text layout places each match where bidirectional text really puts it.
        layout = QTextLayout(shown, opt.font)
        start_side = QStyle.visualAlignment(opt.direction, Qt.AlignmentFlag.AlignLeft)
        text_option = QTextOption(start_side | Qt.AlignmentFlag.AlignAbsolute)
        text_option.setTextDirection(opt.direction)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(area.width())
        layout.endLayout()
        marked = QTextCharFormat()
        marked.setBackground(match_highlight(opt.palette))
        matches = []
        for start, end in match_spans(shown, terms):
            match = QTextLayout.FormatRange()
            match.start, match.length, match.format = start, end - start, marked
            matches.append(match)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        top = area.top() + (area.height() - line.height()) / 2
        layout.draw(painter, QPointF(area.left(), top), matches)
        painter.restore()


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where each word of `text` begins with a search word: (start, end) of the matching part."""
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    for word in re.finditer(r"\w+", lowered):
        best = max((len(t) for t in terms if word.group().startswith(t)), default=0)
        if best:
            spans.append((word.start(), word.start() + best))
    return spans
