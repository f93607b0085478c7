"""The discount ledger window: every offer sent with a reply, and redeeming codes at the till.

The owner either picks an offer in the list and marks it redeemed (or declined), or types
the code a customer shows; case, dashes and spaces do not matter (the ledger sees to that).
Problems the owner can act on are shown in a status line, never as an exception.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.compensation import CompensationKind, CompensationTotal, DiscountStatus, needs_code
from ..core.errors import UserFacingError
from ..core.texts import QT_TRANSLATE_NOOP
from ..store import Database
from ..store.comments import SNIPPET_CHARS
from ..store.discounts import Discount, DiscountLedger, OfferedTo
from .fit import resize_to_fit
from .formatting import exact_local_time, local_date, plain_label
from .formatting import short_local_time as short_local_time
from .icons import platform_icon
from .inbox_model import first_line
from .table_model import HeaderedTableModel
from .tasks import InlineTaskRunner, TaskRunner, on_own_connection

AnyIndex = QModelIndex | QPersistentModelIndex

EMPTY_LEDGER = QT_TRANSLATE_NOOP(
    "LedgerWindow",
    "No offers yet. Apologies, discounts, free items and refunds appear here when you "
    "send a reply that offers one; discounts and free items come with a code the "
    "customer shows at the till.",
)


def _fits(discount: Discount, status: DiscountStatus | None, codes: bool | None) -> bool:
    has_code = needs_code(discount.kind) and discount.code is not None
    if codes is not None and has_code != codes:
        return False
    return status is None or discount.status is status


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def why_unchangeable(discount: Discount, action: str) -> str:
    """Why `discount` cannot be redeemed or declined (`action` is "redeem" or "decline");
    an empty string when it can."""
    if discount.code is None or not needs_code(discount.kind):
        if action == "redeem":
            text = QCoreApplication.translate(
                "Ledger", "{offer} has no code, so there is nothing to mark redeemed."
            )
        else:
            text = QCoreApplication.translate(
                "Ledger", "{offer} has no code, so there is nothing to decline."
            )
        return text.format(offer=_sentence(discount.description))
    code = discount.code
    if discount.status is DiscountStatus.REDEEMED:
        if discount.redeemed_at:
            when = exact_local_time(discount.redeemed_at)
        else:
            when = QCoreApplication.translate("Ledger", "an unknown day")
        return QCoreApplication.translate(
            "Ledger", "Code {code} was already redeemed on {when}; it can be used once."
        ).format(code=code, when=when)
    if discount.status is DiscountStatus.EXPIRED:
        if discount.expires_on:
            until = local_date(discount.expires_on)
        else:
            until = QCoreApplication.translate("Ledger", "its expiry date")
        return QCoreApplication.translate(
            "Ledger", "Code {code} has expired: it was valid until {until}."
        ).format(code=code, until=until)
    if discount.status is DiscountStatus.DECLINED:
        if action == "decline":
            text = QCoreApplication.translate(
                "Ledger", "Code {code} was already declined by the customer."
            )
        else:
            text = QCoreApplication.translate(
                "Ledger", "Code {code} was declined by the customer, so it cannot be redeemed."
            )
        return text.format(code=code)
    return ""


def state_label(discount: Discount) -> str:
    """Where an offer stands, in words: a code is offered, redeemed, expired or declined;
    an apology or a refund has no code, so it is never an "offered code"."""
    if needs_code(discount.kind) and discount.code:
        return discount.status.label
    if discount.kind is CompensationKind.APOLOGY:
        return QCoreApplication.translate("Ledger", "Apology sent")
    if discount.kind is CompensationKind.REFUND:
        return QCoreApplication.translate("Ledger", "Refund promised")
    return QCoreApplication.translate("Ledger", "No code")


class LedgerModel(HeaderedTableModel):
    """The ledger's lines, newest first, as the ledger returns them, each with the customer,
    the platform and the complaint it answers."""

    HEADERS = (
        QT_TRANSLATE_NOOP("LedgerModel", "Customer"),
        "",  # the platform's icon
        QT_TRANSLATE_NOOP("LedgerModel", "Complaint"),
        QT_TRANSLATE_NOOP("LedgerModel", "What"),
        QT_TRANSLATE_NOOP("LedgerModel", "Code"),
        QT_TRANSLATE_NOOP("LedgerModel", "Status"),
        QT_TRANSLATE_NOOP("LedgerModel", "Valid until"),
        QT_TRANSLATE_NOOP("LedgerModel", "Offered"),
        QT_TRANSLATE_NOOP("LedgerModel", "Redeemed"),
    )
    CUSTOMER, PLATFORM, COMPLAINT, WHAT, CODE, STATUS, VALID_UNTIL, OFFERED, REDEEMED = range(9)

    def __init__(self) -> None:
        super().__init__()
        self.discounts: list[Discount] = []
        self.people: dict[int, OfferedTo] = {}
        self._code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def set_discounts(
        self, discounts: list[Discount], people: dict[int, OfferedTo] | None = None
    ) -> None:
        self.beginResetModel()
        self.discounts = list(discounts)
        self.people = dict(people or {})
        self.endResetModel()

    def header_text(self, section: int) -> str:
        """A column's title as shown (the platform's column, an icon: "Platform")."""
        return self.tr(self.HEADERS[section]) if self.HEADERS[section] else self.tr("Platform")

    def discount(self, row: int) -> Discount:
        return self.discounts[row]

    def offered_to(self, row: int) -> OfferedTo | None:
        comment_id = self.discounts[row].comment_id
        return None if comment_id is None else self.people.get(comment_id)

    def row_of(self, discount_id: int) -> int | None:
        for row, discount in enumerate(self.discounts):
            if discount.id == discount_id:
                return row
        return None

    def row_total(self) -> int:
        return len(self.discounts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.discounts):
            return None
        discount = self.discounts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(discount, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(discount, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.PLATFORM:
                person = self._person(discount)
                return person.platform.label if person else self.tr("no platform")
            return self._text(discount, column)
        if role == Qt.ItemDataRole.FontRole and column == self.CODE and discount.code:
            return self._code_font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CODE and not discount.code:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.DecorationRole and column == self.PLATFORM:
            person = self._person(discount)
            return None if person is None else platform_icon(person.platform)
        return None

    def _person(self, discount: Discount) -> OfferedTo | None:
        return None if discount.comment_id is None else self.people.get(discount.comment_id)

    def _text(self, discount: Discount, column: int) -> str:
        person = self._person(discount)
        if column == self.CUSTOMER:
            return person.author if person else "—"
        if column == self.PLATFORM:
            return ""  # the icon says it; the tooltip and the accessible name spell it out
        if column == self.COMPLAINT:
            return first_line(person.complaint) if person else ""
        if column == self.CODE:
            return discount.code or self.tr("no code")
        if column == self.WHAT:
            return discount.description
        if column == self.STATUS:
            return state_label(discount)
        if column == self.VALID_UNTIL:
            if discount.expires_on is not None:
                return local_date(discount.expires_on)
            return self.tr("no end date") if discount.code else ""
        if column == self.OFFERED:
            return short_local_time(discount.created_at)
        if column == self.REDEEMED:
            return short_local_time(discount.redeemed_at) if discount.redeemed_at else ""
        return ""

    def _tooltip(self, discount: Discount, column: int) -> str | None:
        person = self._person(discount)
        if column in (self.CUSTOMER, self.PLATFORM, self.COMPLAINT):
            if person is None:
                return self.tr("Not linked to a comment (recorded from the command line).")
            complaint = person.complaint + ("…" if len(person.complaint) >= SNIPPET_CHARS else "")
            return self.tr(
                "{author} on {platform}:\n{complaint}\n\nDouble-click to open its story."
            ).format(author=person.author, platform=person.platform.label, complaint=complaint)
        if column == self.CODE and not discount.code:
            return self.tr("{offer} has no code to redeem.").format(
                offer=_sentence(discount.description)
            )
        if column == self.VALID_UNTIL and discount.expires_on is not None:
            return self.tr("The last day the code can be used: {day}").format(
                day=local_date(discount.expires_on, QLocale.FormatType.LongFormat)
            )
        if column == self.STATUS:
            if not (needs_code(discount.kind) and discount.code):
                return self.tr("{offer}: nothing to redeem at the till.").format(
                    offer=_sentence(discount.description)
                )
            return why_unchangeable(discount, "redeem") or self.tr("Not used yet.")
        if column == self.OFFERED:
            return self.tr("Sent with the reply on {time}").format(
                time=exact_local_time(discount.created_at)
            )
        if column == self.REDEEMED and discount.redeemed_at is not None:
            return self.tr("Used at the till on {time}").format(
                time=exact_local_time(discount.redeemed_at)
            )
        return None


# What the CSV holds per column: the text shown; for the platform (an icon), its name.
_CSV_ROLE = [Qt.ItemDataRole.DisplayRole] * len(LedgerModel.HEADERS)
_CSV_ROLE[LedgerModel.PLATFORM] = Qt.ItemDataRole.AccessibleTextRole


class LedgerWindow(QDialog):
    """The discount ledger. Opens its own database connection and closes it when the
    dialog finishes (it opens a fresh one if the dialog is shown again)."""

    changed = Signal()  # an offer was redeemed or declined
    storyRequested = Signal(int)  # a line was double-clicked: its complaint's story

    # (label, status, codes only / no codes only / both)
    FILTERS: tuple[tuple[str, DiscountStatus | None, bool | None], ...] = (
        (QT_TRANSLATE_NOOP("LedgerWindow", "Everything"), None, None),
        (QT_TRANSLATE_NOOP("LedgerWindow", "Codes not used yet"), DiscountStatus.OFFERED, True),
        (QT_TRANSLATE_NOOP("LedgerWindow", "Redeemed codes"), DiscountStatus.REDEEMED, True),
        (QT_TRANSLATE_NOOP("LedgerWindow", "Expired codes"), DiscountStatus.EXPIRED, True),
        (QT_TRANSLATE_NOOP("LedgerWindow", "Declined codes"), DiscountStatus.DECLINED, True),
        (QT_TRANSLATE_NOOP("LedgerWindow", "Apologies and refunds"), None, False),
    )

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerWindow")
        self.setWindowTitle(self.tr("Discount ledger"))
        resize_to_fit(self, 1180, 560)
        self._db = db
        self._conn: sqlite3.Connection | None = None
        self._runner = runner or InlineTaskRunner(self)  # none given: changes run inline
        self._changing = False  # a redeem or decline is being written
        self._finished = False
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("ledgerStatusFilter")
        for number, (label, _status, _codes) in enumerate(self.FILTERS):
            self.status_filter.addItem(self.tr(label), number)
        show = QLabel(self.tr("&Show"))
        show.setBuddy(self.status_filter)
        top.addWidget(show)
        top.addWidget(self.status_filter)
        top.addStretch(1)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setAccessibleName(self.tr("Find code"))
        self.code_edit.setPlaceholderText(self.tr("Find code… e.g. FD-7KQM-X4PA"))
        self.code_edit.setClearButtonEnabled(True)
        self.code_edit.setMinimumWidth(240)
        self.code_edit.setToolTip(
            self.tr("Type the code the customer shows; capitals, dashes and spaces do not matter.")
        )
        self.redeem_code_button = QPushButton(self.tr("Redeem code"))
        self.redeem_code_button.setObjectName("redeemCodeButton")
        top.addWidget(self.code_edit)
        top.addWidget(self.redeem_code_button)
        layout.addLayout(top)

        self.model = LedgerModel()
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.view.setObjectName("ledgerView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAccessibleName(self.tr("Offers"))
        self.view.setToolTip(self.tr("Double-click a line to open the story of its complaint."))
        self.view.doubleClicked.connect(self._open_story)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LedgerModel.CUSTOMER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(LedgerModel.CUSTOMER, 130)
        header.setSectionResizeMode(LedgerModel.COMPLAINT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        # Codes are read out to customers: always shown whole, in the fixed-width font.
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        header.setSectionResizeMode(LedgerModel.CODE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            LedgerModel.CODE, QFontMetrics(code_font).horizontalAdvance("FD-XXXX-XXXX") + 28
        )
        layout.addWidget(self.view, 1)

        self.totals = plain_label(name="ledgerTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.totals)
        layout.addSpacing(4)

        self.status = plain_label(name="ledgerStatus")
        self.status.setMinimumHeight(self.status.fontMetrics().height() * 2)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.redeem_button = QPushButton(self.tr("Mark redeemed"))
        self.redeem_button.setObjectName("redeemButton")
        self.decline_button = QPushButton(self.tr("Mark declined"))
        self.decline_button.setObjectName("declineButton")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("ledgerExportButton")
        self.export_button.setToolTip(
            self.tr("Save the lines shown as a CSV file (for a spreadsheet).")
        )
        self.export_button.clicked.connect(self.choose_export_file)
        buttons.addWidget(self.redeem_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("ledgerCloseButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for button in (
            self.redeem_button,
            self.decline_button,
            self.redeem_code_button,
            self.export_button,
        ):
            button.setAutoDefault(False)  # Enter in the code field redeems that code only

        self.status_filter.currentIndexChanged.connect(lambda _: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.redeem_button.clicked.connect(self.redeem_selected)
        self.decline_button.clicked.connect(self.decline_selected)
        self.redeem_code_button.clicked.connect(self.redeem_typed_code)
        self.code_edit.returnPressed.connect(self.redeem_typed_code)
        self.code_edit.textChanged.connect(lambda _: self._update_code_button())
        self.finished.connect(lambda _: self._close())
        self.reload()
        self._update_code_button()

    # -- the connection -----------------------------------------------------------------------

    def _ledger(self) -> DiscountLedger:
        if self._conn is None:
            self._conn = self._db.connect()
        return DiscountLedger(self._db, self._conn)

    def _close(self) -> None:
        self._finished = True  # answers still on their way change nothing on screen
        self.close_connection()

    def close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- reading ------------------------------------------------------------------------------

    def current_status(self) -> DiscountStatus | None:
        return self.FILTERS[self.status_filter.currentIndex()][1]

    def current_codes(self) -> bool | None:
        """True: lines with a code only; False: apologies and refunds only; None: all."""
        return self.FILTERS[self.status_filter.currentIndex()][2]

    def _open_story(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        discount = self.model.discount(index.row())
        if discount.comment_id is None:
            self.status.setText(
                self.tr("{offer} is not linked to a comment, so it has no story to open.").format(
                    offer=_sentence(discount.description)
                )
            )
            return
        self.storyRequested.emit(discount.comment_id)

    def reload(self) -> None:
        """Read the ledger again for the current filter; the selected offer stays selected
        while it is still listed."""
        chosen = self.selected()
        number = max(self.status_filter.currentIndex(), 0)
        label, status, codes = self.FILTERS[number]
        try:
            ledger = self._ledger()
            every = ledger.list()
            shown = [d for d in every if _fits(d, status, codes)]
            totals = ledger.totals_of(shown)
            people = ledger.offered_to(shown)
        except UserFacingError as problem:
            self.status.setText(str(problem))
            return
        self.model.set_discounts(shown, people)
        self.totals.setText(
            self._totals_text(None if number == 0 else label, shown, totals, len(every))
        )
        row = None if chosen is None else self.model.row_of(chosen.id)
        if row is not None:
            self.view.selectRow(row)
        self._update_buttons()

    def _totals_text(
        self,
        label: str | None,
        shown: list[Discount],
        totals: list[CompensationTotal],
        everything: int,
    ) -> str:
        if everything == 0:
            return self.tr(EMPTY_LEDGER)
        if label is None:
            count = self.tr("%Ln offer(s) in the ledger.", "", everything)
        elif not shown:
            count = self._none_shown(label, everything)
        else:
            count = self.tr("{filter}: {shown} of %Ln offer(s).", "", everything).format(
                filter=self.tr(label), shown=len(shown)
            )
        return "\n".join([count, *(total.describe() for total in totals)])

    def _none_shown(self, label: str, everything: int) -> str:
        """What the totals say when a filter shows nothing (`everything`: the ledger's size)."""
        if label == "Codes not used yet":
            return self.tr("No codes not used yet (%Ln offer(s) in the ledger).", "", everything)
        if label == "Redeemed codes":
            return self.tr("No redeemed codes (%Ln offer(s) in the ledger).", "", everything)
        if label == "Expired codes":
            return self.tr("No expired codes (%Ln offer(s) in the ledger).", "", everything)
        if label == "Declined codes":
            return self.tr("No declined codes (%Ln offer(s) in the ledger).", "", everything)
        return self.tr("No apologies and refunds (%Ln offer(s) in the ledger).", "", everything)

    def selected(self) -> Discount | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.discount(rows[0].row())

    def _update_buttons(self) -> None:
        discount = self.selected()
        for button, action, ready in (
            (self.redeem_button, "redeem", self.tr("Mark code {code} as used at the till.")),
            (self.decline_button, "decline", self.tr("The customer turned down code {code}.")),
        ):
            if discount is None:
                why = self.tr("Select an offer in the list first.")
            else:
                why = why_unchangeable(discount, action)
            button.setEnabled(not why)
            button.setToolTip(why or ready.format(code=discount.code if discount else ""))

    def _update_code_button(self) -> None:
        typed = bool(self.code_edit.text().strip())
        self.redeem_code_button.setEnabled(typed)
        self.redeem_code_button.setToolTip(
            self.tr("Mark the typed code as used at the till.")
            if typed
            else self.tr("Type the code the customer shows first.")
        )

    # -- exporting ----------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the ledger"),
            self.tr("discount-ledger.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """The lines shown, as the window shows them, in a CSV file (written atomically;
        cells a spreadsheet would run as a formula are made plain text)."""
        from ..reports import write_atomically
        from ..reports.csv_export import neutralise

        def write(handle: IO[str]) -> None:
            out = csv.writer(handle)
            out.writerow(self.model.header_text(c) for c in range(len(LedgerModel.HEADERS)))
            for row in range(self.model.rowCount()):
                out.writerow(
                    neutralise(str(self.model.index(row, c).data(_CSV_ROLE[c]) or ""))
                    for c in range(len(LedgerModel.HEADERS))
                )

        try:
            write_atomically(path, write)
        except UserFacingError as problem:
            self.status.setText(str(problem))
            return
        self.status.setText(
            self.tr("Saved %Ln line(s) to {path}.", "", self.model.rowCount()).format(path=path)
        )

    # -- changing -----------------------------------------------------------------------------

    def redeem_selected(self) -> None:
        discount = self.selected()
        if discount is None or discount.code is None:
            return
        code = discount.code
        self._change(lambda ledger: ledger.redeem(code), "redeemed")

    def decline_selected(self) -> None:
        discount = self.selected()
        if discount is None or discount.code is None:
            return
        code = discount.code
        self._change(lambda ledger: ledger.decline(code), "declined")

    def redeem_typed_code(self) -> None:
        typed = self.code_edit.text()
        if not typed.strip():
            self.status.setText(self.tr("Type the code the customer shows first."))
            return
        self._change(lambda ledger: ledger.redeem(typed), "redeemed", typed=typed)

    def _change(
        self,
        work: Callable[[DiscountLedger], Discount],
        done: str,
        *,
        typed: str | None = None,
    ) -> None:
        """Written off the GUI thread on a connection of its own: while another program
        writes, the window waits (the buttons off) without freezing."""
        if self._changing:
            return
        self._changing = True
        for button in (self.redeem_button, self.decline_button, self.redeem_code_button):
            button.setEnabled(False)
        self.status.setText(
            self.tr("Redeeming the code…") if done == "redeemed" else self.tr("Declining the code…")
        )
        db = self._db

        def failed(error: BaseException) -> None:
            self._changing = False
            if not isinstance(error, UserFacingError):
                raise error
            if self._finished:
                return
            self.status.setText(str(error))
            self.reload()
            self._update_code_button()

        self._runner.run(
            on_own_connection(db, lambda conn: work(DiscountLedger(db, conn))),
            lambda changed: self._changed(changed, done, typed),
            failed,
        )

    def _changed(self, changed: Discount, done: str, typed: str | None) -> None:
        self._changing = False
        if self._finished:
            self.changed.emit()
            return
        select = typed is not None
        if select and self.code_edit.text() == typed:
            self.code_edit.clear()  # else the owner has typed the next one meanwhile
        self._update_code_button()
        person = self.model.people.get(changed.comment_id or 0)
        if person is None:
            if done == "redeemed":
                said = self.tr("Code {code} redeemed: {offer}.")
            else:
                said = self.tr("Code {code} declined: {offer}.")
        elif done == "redeemed":
            said = self.tr("Code {code} redeemed: {offer} (to {author} on {platform}).")
        else:
            said = self.tr("Code {code} declined: {offer} (to {author} on {platform}).")
        self.status.setText(
            said.format(
                code=changed.code,
                offer=changed.description,
                author=person.author if person else "",
                platform=person.platform.label if person else "",
            )
        )
        self.reload()
        if select:
            row = self.model.row_of(changed.id)
            if row is not None:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
        self.changed.emit()
