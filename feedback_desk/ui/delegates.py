"""Painting inbox cells: the severity badge and search matches highlighted in the text."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..core.model import Severity
from .formatting import SEVERITY_COLOURS, match_highlight
from .inbox_model import SEVERITY_ROLE, TERMS_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
HIGHLIGHT = QColor("#FFE58A")  # on a light window; match_highlight() picks by the palette


class SeverityBadgeDelegate(QStyledItemDelegate):
    """A rounded badge with the severity's colour and its word (never colour alone)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        value = index.data(SEVERITY_ROLE)  # a StrEnum arrives back as a plain str
        if value not in tuple(Severity):
            super().paint(painter, option, index)
            return
        severity = Severity(value)
        self._background(painter, option, index)
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

    @staticmethod
    def _background(painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Selection and row tint as the style would draw them, without the text."""
        opt = QStyleOptionViewItem(option)
        QStyledItemDelegate().initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)


class HighlightDelegate(QStyledItemDelegate):
    """Plain text with every word that starts like a search word highlighted."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        terms = index.data(TERMS_ROLE) or []
        if not terms:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        area = area.adjusted(3, 0, -3, 0)
        metrics = QFontMetrics(opt.font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        painter.save()
        painter.setFont(opt.font)
        for start, end in match_spans(shown, terms):
            left = area.left() + metrics.horizontalAdvance(shown[:start])
            width = metrics.horizontalAdvance(shown[start:end])
            painter.fillRect(
                QRect(left, area.top() + 2, width, area.height() - 4),
                match_highlight(opt.palette),
            )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown
        )
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
