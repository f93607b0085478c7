"""The recovery report as a PDF: the HTML page (`html_export`) with a style sheet Qt's
rich text understands, charts drawn with QPainter as pictures (QTextDocument does not
draw SVG or CSS bars), laid out by QTextDocument and printed with QPdfWriter.

Imports Qt: the command line imports this module only when a PDF is asked for, and a
QGuiApplication must exist before `write_pdf` is called.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ..core.errors import UserFacingError
from ..core.perspective import Overview
from ..core.report import ComplaintFacts, RecoveryReport
from ..core.texts import translate
from . import atomic_path
from .html_export import Bar, esc, note, render_html

__all__ = ["build_document", "page_size_for_locale", "print_pdf", "write_pdf"]

RESOLUTION = 300
FONT_FAMILY = "DejaVu Sans"
CHART_WIDTH = 600  # in the document's pixels (1/96 inch); the picture has SCALE x that
SCALE = 3
ROW = 20
BAR_COLOUR = QColor("#6b9dbf")
ZERO_COLOUR = QColor("#d7e3ea")
TEXT_COLOUR = QColor("#24323f")

PDF_STYLE = """
body { font-family: "DejaVu Sans"; color: #24323f; font-size: 9.5pt; }
h1 { font-size: 20pt; font-weight: 600; color: #1d3b53; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: 600; color: #1d3b53; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: 600; color: #2f5d7c; margin-top: 10px;
  margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 5px; }
.range { font-size: 12pt; color: #3f5566; }
.made, .note, .explain { color: #5b6b78; font-size: 8.5pt; }
table { border-collapse: collapse; margin-bottom: 8px; }
th { background-color: #eef3f6; color: #2f4658; font-weight: 600; text-align: left;
  font-size: 9pt; border-bottom: 1px solid #c9d6de; }
td { border-bottom: 1px solid #e3eaef; }
.num { text-align: right; }
.overdue { color: #a23b2a; font-weight: 600; }
dt { font-weight: 600; color: #2f4658; margin-top: 6px; }
dd { margin-left: 0px; margin-bottom: 2px; }
"""


def page_size_for_locale(territory: object | None = None) -> QPageSize:
    """Letter in the United States and Canada, A4 everywhere else."""
    from PySide6.QtCore import QLocale

    where = QLocale.system().territory() if territory is None else territory
    letter = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
    return QPageSize(QPageSize.PageSizeId.Letter if where in letter else QPageSize.PageSizeId.A4)


class _Charts:
    """Draws each chart into a QImage, keeps it to add to the document, and returns the
    <img> that shows it."""

    def __init__(self) -> None:
        self.images: list[tuple[QUrl, QImage]] = []

    def __call__(self, title: str, bars: Sequence[Bar]) -> str:
        heading = f"<h3>{esc(title)}</h3>"
        if not bars:
            return heading + note(translate("ReportPage", "Nothing to show."))
        image = self._draw(bars)
        url = QUrl(f"chart:{len(self.images) + 1}")
        self.images.append((url, image))
        width, height = image.width() // SCALE, image.height() // SCALE
        return (
            f'{heading}<p><img src="{url.toString()}" width="{width}" height="{height}" '
            f'alt="{esc(title)}"></p>'
        )

    def _draw(self, bars: Sequence[Bar]) -> QImage:
        width, height = CHART_WIDTH, ROW * len(bars) + 4
        image = QImage(width * SCALE, height * SCALE, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(SCALE, SCALE)
            font = QFont(FONT_FAMILY)
            font.setPixelSize(11)
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            label_width = min(
                max(metrics.horizontalAdvance(b.label) for b in bars) + 12, width * 0.35
            )
            count_width = max(metrics.horizontalAdvance(str(b.value)) for b in bars) + 10
            track = width - label_width - count_width
            most = max(b.value for b in bars) or 1
            for row, bar in enumerate(bars):
                top = 2 + row * ROW
                label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
                painter.setPen(TEXT_COLOUR)
                painter.drawText(
                    QRectF(0, top, label_width - 8, ROW),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                length = max(track * bar.value / most, 1.5)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BAR_COLOUR if bar.value else ZERO_COLOUR)
                painter.drawRoundedRect(QRectF(label_width, top + 4, length, ROW - 8), 2, 2)
                painter.setPen(TEXT_COLOUR)
                painter.drawText(
                    QRectF(label_width + length + 5, top, count_width, ROW),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    str(bar.value),
                )
        finally:
            painter.end()
        return image


def _pdf_html(html: str) -> str:
    """Qt's rich text takes table spacing from attributes, not from CSS."""
    return html.replace("<table>", '<table width="100%" cellspacing="0" cellpadding="4">')


def build_document(
    report: RecoveryReport,
    complaints: Sequence[ComplaintFacts],
    *,
    shop_name: str,
    start: date,
    end: date,
    generated_at: datetime,
    perspective: Overview | None = None,
) -> QTextDocument:
    charts = _Charts()
    html = render_html(
        report,
        complaints,
        shop_name=shop_name,
        start=start,
        end=end,
        generated_at=generated_at,
        chart=charts,
        style=PDF_STYLE,
        summary_as_table=True,
        perspective=perspective,
    )
    document = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    for url, image in charts.images:
        document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
    document.setHtml(_pdf_html(html))
    return document


def write_pdf(
    path: Path,
    report: RecoveryReport,
    complaints: Sequence[ComplaintFacts],
    *,
    shop_name: str,
    start: date,
    end: date,
    generated_at: datetime,
    page_size: QPageSize | None = None,
    perspective: Overview | None = None,
) -> None:
    """Write the report as a PDF to `path`, atomically. Needs a QGuiApplication."""
    document = build_document(
        report,
        complaints,
        shop_name=shop_name,
        start=start,
        end=end,
        generated_at=generated_at,
        perspective=perspective,
    )
    print_pdf(path, document, start=start, end=end, page_size=page_size)


def print_pdf(
    path: Path,
    document: QTextDocument,
    *,
    start: date,
    end: date,
    page_size: QPageSize | None = None,
) -> None:
    """Print a document from `build_document` (perhaps the one on screen in the report
    dialog) to `path` as a PDF, atomically. Needs a QGuiApplication."""
    with atomic_path(Path(path)) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(RESOLUTION)
        writer.setTitle(
            translate("ReportPage", "Customer recovery report {start} to {end}").format(
                start=start.isoformat(), end=end.isoformat()
            )
        )
        writer.setCreator("Feedback Desk")
        writer.setPageSize(page_size or page_size_for_locale())
        # QTextDocument.print_ keeps a 2 cm margin of its own inside the page.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        document.print_(writer)
        del writer  # finishes the file
        if not temporary.stat().st_size:
            raise UserFacingError(
                translate("ReportPage", "Could not write the PDF {path}.").format(path=path)
            )
