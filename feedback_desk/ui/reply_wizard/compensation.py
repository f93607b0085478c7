"""`compensationPage`: an apology, a discount, a free item or a refund, with its code."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit

from ...core.compensation import (
    DEFAULT_VALID_DAYS,
    Compensation,
    CompensationKind,
    in_money,
    needs_code,
    new_code,
    parse_amount,
)
from ...core.errors import UserFacingError
from ..complaint_filters import qdate
from ..formatting import plain_label
from .base import Field, WizardPage

if TYPE_CHECKING:
    from .wizard import ReplyWizard


class CompensationPage(WizardPage):
    KINDS = tuple(CompensationKind)
    offerChanged = Signal()

    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            QCoreApplication.translate("CompensationPage", "Make it right"),
            QCoreApplication.translate(
                "CompensationPage",
                "An apology is often enough; a discount can win them back. "
                "Never tie it to a review.",
            ),
        )
        saved = wizard.draft.compensation or {}
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("compensationKind")
        for kind in self.KINDS:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(saved.get("kind", "apology")), 0))
        self.value = QLineEdit(str(saved.get("value") or ""))
        self.value.setObjectName("compensationValue")
        self.currency = QLineEdit(str(saved.get("currency") or wizard.profile.money))
        self.currency.setObjectName("compensationCurrency")
        self.currency.setMaxLength(3)
        self.item = QLineEdit(str(saved.get("item") or ""))
        self.item.setObjectName("compensationItem")
        self.expiry = QDateEdit()
        self.expiry.setObjectName("compensationExpiry")
        self.expiry.setCalendarPopup(True)
        expires = saved.get("expires_on")
        if expires:
            self.expiry.setDate(QDate.fromString(expires, "yyyy-MM-dd"))
        else:  # by the wizard's clock, as every other date it decides
            end = self.today() + timedelta(days=DEFAULT_VALID_DAYS)
            self.expiry.setDate(qdate(end))
        self.code = str(saved.get("code") or "") or None
        form.addRow(self.tr("What to offer"), self.kind)
        form.addRow(self.tr("Amount (number or %)"), self.value)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Free item"), self.item)
        form.addRow(self.tr("Valid until"), self.expiry)
        self.layout_.addLayout(form)
        self.preview = plain_label(name="compensationPreview")
        self.layout_.addWidget(self.preview)
        self.channel_note = plain_label(name="compensationChannelNote")
        self.channel_note.hide()
        self.layout_.addWidget(self.channel_note)
        self.layout_.addStretch(1)
        for widget in (self.value, self.currency, self.item):
            widget.textChanged.connect(lambda _: self._changed())
        self.kind.currentIndexChanged.connect(lambda _: self._changed())
        self.kind.activated.connect(lambda _: self._ask_amount())
        self.expiry.dateChanged.connect(lambda _: self._changed())
        self._changed()
        self.registerField(Field.OFFER, self, "offerField", self.offerChanged)
        self.registerField(Field.OFFER_CODE, self, "offerCodeField", self.offerChanged)

    def initializePage(self) -> None:
        self._changed()

    def _ask_amount(self) -> None:
        """The owner picked a kind that needs an amount: type it straight away."""
        if self.value.isEnabled():
            self.value.setFocus()
            self.value.selectAll()

    def today(self) -> date:
        return self.w.now().astimezone().date()

    def current(self) -> Compensation | None:
        """The offer as entered, checked; None while it is not valid."""
        kind = CompensationKind(self.kind.currentData())
        try:
            value: Decimal | None = None
            if kind in (
                CompensationKind.PERCENT,
                CompensationKind.FIXED,
                CompensationKind.REFUND,
            ) or (kind is CompensationKind.FREE_ITEM and self.value.text().strip()):
                value = parse_amount(self.value.text())
            offer = Compensation(
                kind,
                value,
                self.currency.text().strip().upper() or None if in_money(kind) else None,
                self.item.text().strip() or None if kind is CompensationKind.FREE_ITEM else None,
                self.expiry.date().toPython() if needs_code(kind) else None,  # type: ignore[arg-type]
            )
            return offer.validate(self.today())
        except (UserFacingError, ValueError, ArithmeticError):
            return None

    def offer_code(self) -> str | None:
        """The code the customer gets with the offer; None for offers without one."""
        offer = self.current()
        return self.code if offer is not None and needs_code(offer.kind) else None

    offerField = Property(object, lambda self: self.current(), notify=offerChanged)
    offerCodeField = Property(str, lambda self: self.offer_code() or "", notify=offerChanged)

    def problem(self) -> str:
        kind = CompensationKind(self.kind.currentData())
        try:
            if kind in (CompensationKind.PERCENT, CompensationKind.FIXED, CompensationKind.REFUND):
                parse_amount(self.value.text())
        except (UserFacingError, ValueError, ArithmeticError) as error:
            return str(error) or self.tr("Enter the amount as a number.")
        return self.tr("Check the amount, the currency, the item and the date.")

    def _changed(self) -> None:
        kind = CompensationKind(self.kind.currentData())
        for widget, used in (
            (
                self.value,
                kind
                in (
                    CompensationKind.PERCENT,
                    CompensationKind.FIXED,
                    CompensationKind.REFUND,
                    CompensationKind.FREE_ITEM,
                ),
            ),
            (
                self.currency,
                kind
                in (CompensationKind.FIXED, CompensationKind.REFUND, CompensationKind.FREE_ITEM),
            ),
            (self.item, kind is CompensationKind.FREE_ITEM),
            (self.expiry, needs_code(kind)),
        ):
            widget.setEnabled(used)
        offer = self.current()
        if offer is not None and needs_code(offer.kind) and not self.code:
            self.code = new_code()
        if offer is None:
            self.preview.setText(self.problem())
        else:
            self.preview.setText(
                self.tr("You offer {offer} with the code {code}.").format(
                    offer=offer.describe(), code=self.code
                )
                if needs_code(offer.kind)
                else self.tr("You offer {offer}.").format(offer=offer.describe())
            )
        # The page is built before the channel is chosen; the note is set when it shows.
        in_public = self.wizard() is not None and self.w.channel() == "public"
        self.channel_note.setVisible(in_public and self.offer_code() is not None)
        self.channel_note.setText(
            self.tr(
                "You chose a public reply: the code will not be shown there, because anyone "
                "reading could use it. To give it to the customer, go back and choose a "
                "private message or an e-mail; in public, say you will be in touch."
            )
        )
        self.offerChanged.emit()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.current() is not None

    def saved(self) -> dict[str, Any] | None:
        offer = self.current()
        if offer is None:
            return None
        data = offer.to_json()
        if needs_code(offer.kind):
            data["code"] = self.code
        return data
