"""The recovery report as a PDF: the HTML page (`html_export`) with a style sheet Qt's
rich text understands, charts drawn with QPainter as pictures (QTextDocument does not
draw SVG or CSS bars), laid out by QTextDocument and printed with QPdfWriter.

Imports Qt: the command line imports this module only when a PDF is asked for, and a
QGuiApplication must exist before `write_pdf` is called.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
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
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from ..core.errors import UserFacingError
from ..core.perspective import Overview
from ..core.report import ComplaintFacts, RecoveryReport
from ..core.texts import translate
from . import atomic_path
from .html_export import Bar, esc, note, render_html

__all__ = [
    "Preview",
    "TablePiece",
    "add_piece",
    "build_document",
    "build_preview",
    "page_size_for_locale",
    "preview_tables",
    "print_pdf",
    "write_pdf",
]

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


# Qt's rich text takes table spacing from attributes, not from CSS.
_TABLE_ATTRIBUTES = 'width="100%" cellspacing="0" cellpadding="4"'


def _pdf_html(html: str) -> str:
    return html.replace("<table>", f"<table {_TABLE_ATTRIBUTES}>")


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
    """The report's page, as the PDF prints it."""
    charts = _Charts()
    html = _page_html(report, complaints, shop_name, start, end, generated_at, perspective, charts)
    return _document(html, charts)


@dataclass(frozen=True)
class TablePiece:
    """More rows of one of the page's long tables, for the preview to add under it."""

    table: int  # which table of the preview (in the page's order, before any is added)
    rows: str  # the rows' HTML (<tr>…</tr>…)
    last: bool  # the table's last piece: the space under the table follows it


@dataclass(frozen=True)
class Preview:
    """The report's page as the report dialog shows it. Qt lays a table out in one go, every
    cell measured before any is placed: a 200-row table would hold the window 40-60 ms. So
    a table longer than PIECE_ROWS is cut after its first rows, and `pieces` holds the
    rest, which the dialog adds one at a time (`add_piece`), a turn of the event loop
    apart. With nothing cut, `document` is the very page the PDF prints; otherwise the PDF
    is printed from the whole page (each table whole, its header row repeated on every
    page), made from the same HTML and charts when it is saved (`printed_page`)."""

    document: QTextDocument
    pieces: tuple[TablePiece, ...] = ()
    whole_html: str = ""  # the page uncut, when tables were cut
    charts: _Charts | None = None  # its charts, drawn once

    def printed_page(self) -> QTextDocument:
        """The page the PDF prints: the preview itself, or with a table in pieces, a new
        document of the same HTML and charts, uncut (not written or drawn again)."""
        if not self.pieces or self.charts is None:
            return self.document
        return _document(self.whole_html, self.charts)


PIECE_ROWS = 25  # rows of a table the preview lays out at once (about 5-10 ms)

# The tables of the page (html_export._table), as they come out of _pdf_html.
_TABLE = re.compile(r"(<table[^>]*>)(<thead>.*?</thead>)<tbody>(.*?)</tbody></table>", re.S)
_ROW = re.compile(r"<tr>.*?</tr>", re.S)


def build_preview(
    report: RecoveryReport,
    complaints: Sequence[ComplaintFacts],
    *,
    shop_name: str,
    start: date,
    end: date,
    generated_at: datetime,
    perspective: Overview | None = None,
) -> Preview:
    """The page to preview (see Preview). Needs a QGuiApplication; may run on any thread."""
    charts = _Charts()
    html = _page_html(report, complaints, shop_name, start, end, generated_at, perspective, charts)
    cut, pieces = _cut_long_tables(html)
    if not pieces:
        return Preview(_document(html, charts))
    return Preview(_document(cut, charts), tuple(pieces), html, charts)


def _page_html(
    report: RecoveryReport,
    complaints: Sequence[ComplaintFacts],
    shop_name: str,
    start: date,
    end: date,
    generated_at: datetime,
    perspective: Overview | None,
    charts: _Charts,
) -> str:
    return _pdf_html(
        render_html(
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
    )


def _document(html: str, charts: _Charts) -> QTextDocument:
    document = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    for url, image in charts.images:
        document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
    document.setHtml(html)
    return document


def _cut_long_tables(html: str) -> tuple[str, list[TablePiece]]:
    """`html` with each table cut after its first PIECE_ROWS rows, and the rest in pieces."""
    pieces: list[TablePiece] = []
    parts: list[str] = []
    done = 0
    for table in _TABLE.finditer(html):
        rows = _ROW.findall(table.group(3))
        if len(rows) <= PIECE_ROWS:
            continue
        number = html.count("<table", 0, table.start())  # each <table> is one QTextTable
        parts += [html[done : table.start()], table.group(1), table.group(2)]
        parts.append(f"<tbody>{''.join(rows[:PIECE_ROWS])}</tbody></table>")
        done = table.end()
        for first in range(PIECE_ROWS, len(rows), PIECE_ROWS):
            last = first + PIECE_ROWS >= len(rows)
            pieces.append(TablePiece(number, "".join(rows[first : first + PIECE_ROWS]), last))
    parts.append(html[done:])
    return "".join(parts), pieces


def preview_tables(preview: QTextDocument) -> list[QTextTable]:
    """The preview's tables, in the page's order (`TablePiece.table` counts them)."""
    return [f for f in preview.rootFrame().childFrames() if isinstance(f, QTextTable)]


def add_piece(preview: QTextDocument, under: QTextTable, piece: TablePiece) -> QTextTable:
    """Add `piece` to the preview right under `under` (the table's first part or its last
    piece): the columns as wide as the first part's, no space between, and the line Qt
    keeps between two tables a pixel high. Returns the new piece. On the GUI thread: the
    preview is laid out down to `under` first."""
    layout = preview.documentLayout()
    starts = [
        layout.blockBoundingRect(under.cellAt(0, column).firstCursorPosition().block()).x()
        for column in range(under.columns())
    ]
    right = layout.frameBoundingRect(under).right()
    widths = [b - a for a, b in zip(starts, [*starts[1:], right], strict=True)]
    shares = [f' width="{100 * w / sum(widths):.4f}%"' for w in widths]
    first_row, _, rest = piece.rows.partition("</tr>")
    cells = first_row.split("<td")
    sized = "<td".join(
        [cells[0], *(share + cell for share, cell in zip(shares, cells[1:], strict=True))]
    )
    # The space under a table (PDF_STYLE) comes after its last piece only.
    space = "" if piece.last else " margin-bottom:0px;"
    html = (
        f"<html><head><style>{PDF_STYLE}</style></head><body>"
        f'<table {_TABLE_ATTRIBUTES} style="margin-top:0px;{space}"><tbody>{sized}</tr>{rest}'
        "</tbody></table></body></html>"
    )
    cursor = QTextCursor(preview)
    cursor.beginEditBlock()  # one layout for the new rows and the line above them
    try:
        above = under.format()
        if above.bottomMargin():  # the table's first part
            above.setBottomMargin(0)
            under.setFormat(above)
        cursor.setPosition(under.lastPosition() + 1)
        cursor.insertHtml(html)
        between = QTextCursor(preview)
        between.setPosition(under.lastPosition() + 1)
        line = between.blockFormat()
        line.setTopMargin(0)
        line.setBottomMargin(0)
        line.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        between.setBlockFormat(line)
        tiny = QTextCharFormat()
        tiny.setFontPointSize(1)
        between.setBlockCharFormat(tiny)
    finally:
        cursor.endEditBlock()
    after = QTextCursor(preview)
    after.setPosition(under.lastPosition() + 2)
    added = after.currentTable()
    assert added is not None
    return added


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
