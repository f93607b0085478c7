"""`firstRunAssistant`: on a new data folder, the shop's name, currency, country and sign-off,
then where the comments come from. Skipping keeps the defaults and is never asked again."""

from __future__ import annotations

import enum
import logging
import sqlite3
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.compensation import format_money
from ..core.errors import UserFacingError
from ..core.shop_profile import ShopProfile, signed, suggested_signature
from ..core.texts import QT_TRANSLATE_NOOP
from ..store import Database
from ..store.shop_profile import FirstRun, load_profile, mark_first_run, save_profile
from .fit import resize_to_fit
from .formatting import plain_label
from .reply_wizard.base import show_as_problem
from .shop_fields import (
    chosen_country,
    chosen_currency,
    country_combo,
    country_currency,
    currency_combo,
    default_country,
    default_currency,
    money_style,
    set_currency,
    shop_locale,
)
from .tasks import TaskRunner, on_own_connection

log = logging.getLogger(__name__)

PREVIEW_REPLY = QT_TRANSLATE_NOOP(
    "FirstRunAssistant",
    "Hi Sam, thank you for telling us, and I'm sorry your cake arrived late. "
    "We have changed how we plan deliveries so it does not happen again.",
)


def _skip_not_stored(error: BaseException) -> None:
    log.warning("the assistant's skip was not stored: %s", error)  # untranslated: a log line


class Step(enum.IntEnum):
    WELCOME = 0
    SHOP = 1
    SIGN_OFF = 2
    NEXT = 3


class _Page(QWizardPage):
    def __init__(self, name: str, title: str, intro: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        if intro:
            self.layout_.addWidget(plain_label(intro))


class FirstRunAssistant(QWizard):
    """Signals say what the owner chose on the last page; the window acts on them."""

    connect_requested = Signal()  # "Connect an account": the window opens its Accounts dialog
    import_requested = Signal()  # "Import a file": the window's import action
    demo_requested = Signal()  # "Open the demo": the window's demo action
    profile_saved = Signal(object)  # the ShopProfile as stored (the window applies its locale)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        system_locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunAssistant")
        self.setWindowTitle(self.tr("Set up Feedback Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Skip"))
        skip = self.button(QWizard.WizardButton.CustomButton1)
        skip.setObjectName("firstRunSkipButton")
        skip.setAccessibleName(self.tr("Skip the setup"))
        skip.setToolTip(self.tr("Keep the usual settings; you can run this again from Settings"))
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
            ]
        )
        self.customButtonClicked.connect(lambda _: self.skip())
        self._db = db
        self._runner = runner
        self._system = system_locale or QLocale.system()
        self._ended = False
        self.saved: ShopProfile | None = None
        conn = db.connect()
        try:
            current = load_profile(conn)
        finally:
            conn.close()
        self._build(current)
        self.currentIdChanged.connect(self._page_shown)
        resize_to_fit(self, 640, 520)

    # -- pages ------------------------------------------------------------------------------

    def _build(self, current: ShopProfile) -> None:
        welcome = _Page(
            "welcomePage",
            self.tr("Welcome to Feedback Desk"),
            self.tr(
                "Feedback Desk gathers what people say about your shop in one list, the most "
                "hurtful first, and helps you answer calmly: a short pause, a fair look at the "
                "complaint, then a kind reply."
            ),
        )
        welcome.layout_.addWidget(
            plain_label(
                self.tr(
                    "Three quick questions first: your shop, how you sign your replies, and "
                    "where your comments come from. Skip whenever you like; everything stays in "
                    "Settings."
                )
            )
        )
        welcome.layout_.addStretch(1)
        self.setPage(Step.WELCOME, welcome)

        shop = _Page(
            "shopPage",
            self.tr("Your shop"),
            self.tr(
                "The name fills {shop} in your replies. Offers are in your currency, and dates "
                "are written the way your country writes them."
            ),
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_edit = QLineEdit(current.name)
        self.name_edit.setObjectName("firstRunShopName")
        self.name_edit.setAccessibleName(self.tr("Shop name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Juniper & Rye"))
        country = current.country or default_country(self._system)
        self.country = country_combo(country, "firstRunCountry")
        self.currency = currency_combo(
            current.currency or default_currency(self._system, country), "firstRunCurrency"
        )
        self._currency_touched = current.currency is not None
        form.addRow(self.tr("Shop name"), self.name_edit)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Currency"), self.currency)
        shop.layout_.addLayout(form)
        self.locale_preview = plain_label(name="firstRunLocalePreview")
        shop.layout_.addWidget(self.locale_preview)
        self.shop_problem = show_as_problem(plain_label(name="firstRunShopProblem"))
        shop.layout_.addWidget(self.shop_problem)
        shop.layout_.addStretch(1)
        shop.isComplete = self._shop_complete  # type: ignore[method-assign]
        self.country.currentIndexChanged.connect(lambda _: self._country_changed())
        self.currency.currentTextChanged.connect(lambda _: self._currency_changed())
        self.name_edit.textChanged.connect(lambda _: self._name_changed())
        self.setPage(Step.SHOP, shop)
        self.shop_page = shop

        sign = _Page(
            "signOffPage",
            self.tr("How you sign your replies"),
            self.tr(
                "Every new reply ends with this line, once. Leave it empty to sign each reply "
                "yourself."
            ),
        )
        self.signature = QLineEdit(current.signature)
        self.signature.setObjectName("firstRunSignature")
        self.signature.setAccessibleName(self.tr("Sign-off"))
        self.signature.setPlaceholderText(self.tr("e.g. — Maria, Juniper & Rye"))
        self._signature_touched = bool(current.signature)
        self.signature.textEdited.connect(lambda _: self._signature_edited())
        sign.layout_.addWidget(self.signature)
        sign.layout_.addWidget(plain_label(self.tr("A reply will end like this:")))
        self.signature_preview = plain_label(name="firstRunSignaturePreview")
        self.signature_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.signature_preview.setMargin(10)
        self.signature_preview.setAutoFillBackground(True)
        self.signature_preview.setBackgroundRole(QPalette.ColorRole.Base)
        self.signature_preview.setForegroundRole(QPalette.ColorRole.Text)
        sign.layout_.addWidget(self.signature_preview)
        self.save_problem = show_as_problem(plain_label(name="firstRunSaveProblem"))
        sign.layout_.addWidget(self.save_problem)
        sign.layout_.addStretch(1)
        sign.validatePage = self._save  # type: ignore[method-assign]
        self.signature.textChanged.connect(lambda _: self._show_signature())
        self.setPage(Step.SIGN_OFF, sign)

        last = _Page(
            "nextStepsPage",
            self.tr("What next?"),
            self.tr("Bring in the comments and reviews people leave about your shop."),
        )
        self.saved_note = plain_label(name="firstRunSavedNote")
        last.layout_.addWidget(self.saved_note)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, detail, signal in (
            (
                "connectAccountButton",
                self.tr("Connect an account"),
                self.tr("Sign in to Facebook, Instagram, Google reviews, YouTube or Mastodon"),
                self.connect_requested,
            ),
            (
                "importFileButton",
                self.tr("Import a file"),
                self.tr("A CSV or JSON export of comments or reviews"),
                self.import_requested,
            ),
            (
                "openDemoButton",
                self.tr("Open the demo"),
                self.tr("Look around a made-up bakery's inbox first; your data is not touched"),
                self.demo_requested,
            ),
        ):
            button = self._big_button(name, text, detail)
            button.clicked.connect(lambda _=False, s=signal: self._choose(s))
            last.layout_.addWidget(button)
        not_now = QPushButton(self.tr("Not now"))
        not_now.setObjectName("notNowButton")
        not_now.setAccessibleName(self.tr("Not now: close the assistant"))
        not_now.clicked.connect(lambda: self._choose(None))
        self.buttons["notNowButton"] = not_now
        last.layout_.addWidget(not_now, 0, Qt.AlignmentFlag.AlignRight)
        last.layout_.addStretch(1)
        last.setFinalPage(True)
        self.setPage(Step.NEXT, last)
        self._country_changed()
        self._show_signature()

    def _big_button(self, name: str, text: str, detail: str) -> QPushButton:
        """A large button: what it does in bold, and a line on what that means."""
        button = QPushButton()
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAccessibleDescription(detail)
        button.setToolTip(detail)
        inside = QVBoxLayout(button)
        inside.setContentsMargins(16, 10, 16, 10)
        inside.setSpacing(2)
        title = plain_label(text)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        words = plain_label(detail)
        for label in (title, words):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setForegroundRole(QPalette.ColorRole.ButtonText)
            inside.addWidget(label)
        button.setMinimumHeight(inside.sizeHint().height() + 8)
        button.setSizePolicy(button.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Minimum)
        self.buttons[name] = button
        return button

    # -- the shop page ------------------------------------------------------------------------

    def _country_changed(self) -> None:
        if not self._currency_touched:
            money = country_currency(chosen_country(self.country))
            if money:
                self.currency.blockSignals(True)
                set_currency(self.currency, money)
                self.currency.blockSignals(False)
        self._currency_changed(by_owner=False)

    def _currency_changed(self, by_owner: bool = True) -> None:
        if by_owner:
            self._currency_touched = True
        self.shop_problem.setText("")
        try:
            currency = chosen_currency(self.currency)
        except UserFacingError as problem:
            self.shop_problem.setText(str(problem))
            self.locale_preview.setText("")
            self.locale_preview.hide()
        else:
            locale = shop_locale(chosen_country(self.country), self._system)
            day = locale.toString(QDate(2026, 11, 25), QLocale.FormatType.ShortFormat)
            offer = format_money(Decimal(5), currency, money_style(locale))
            self.locale_preview.show()
            self.locale_preview.setText(
                self.tr(
                    "An offer will read like “{offer} off”; 25 November 2026 will read {day}."
                ).format(offer=offer, day=day)
            )
        self.shop_page.completeChanged.emit()

    def _name_changed(self) -> None:
        if not self._signature_touched:
            self.signature.setText(suggested_signature("", self.name_edit.text()))

    def _shop_complete(self) -> bool:
        try:
            chosen_currency(self.currency)
        except UserFacingError:
            return False
        return True

    # -- the sign-off page ----------------------------------------------------------------------

    def _signature_edited(self) -> None:
        self._signature_touched = True

    def _show_signature(self) -> None:
        preview = QCoreApplication.translate("FirstRunAssistant", PREVIEW_REPLY)
        self.signature_preview.setText(signed(preview, self.signature.text()))

    def profile(self) -> ShopProfile:
        return ShopProfile(
            name=self.name_edit.text(),
            currency=chosen_currency(self.currency),
            country=chosen_country(self.country),
            signature=self.signature.text(),
        )

    def _save(self) -> bool:
        """Checked here, written off the GUI thread; the last page says when it is kept."""
        try:
            profile = self.profile().checked()
        except UserFacingError as problem:
            self.save_problem.setText(str(problem))
            return False
        self.save_problem.setText("")
        db = self._db

        def work(conn: sqlite3.Connection) -> ShopProfile:
            stored = save_profile(db, conn, profile)
            mark_first_run(db, conn, FirstRun.FINISHED)
            return stored

        self.saved_note.setText(self.tr("Saving your shop's details…"))
        self._runner.run(on_own_connection(db, work), self._saved, self._not_saved)
        return True

    def _saved(self, profile: ShopProfile) -> None:
        self.saved = profile
        self.saved_note.setText(
            self.tr("Your shop's details are saved. You can change them any time in Settings.")
        )
        self.profile_saved.emit(profile)

    def _not_saved(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error
        self.saved_note.setText(
            self.tr("Your shop's details could not be saved: {problem}").format(problem=error)
        )
        show_as_problem(self.saved_note)

    # -- ending -------------------------------------------------------------------------------

    def _page_shown(self, page: int) -> None:
        last = page == Step.NEXT
        self.button(QWizard.WizardButton.CustomButton1).setVisible(not last)
        self.button(QWizard.WizardButton.BackButton).setVisible(not last)
        if last:
            self.buttons["connectAccountButton"].setFocus()

    def _choose(self, signal: object) -> None:
        self._ended = True
        self.accept()
        if signal is not None:
            signal.emit()  # type: ignore[attr-defined]

    def skip(self) -> None:
        """Keep the defaults and never ask again (Skip, Esc or closing the window)."""
        if self._ended:
            return
        self._ended = True
        db = self._db
        self._runner.run(
            on_own_connection(db, lambda conn: mark_first_run(db, conn, FirstRun.SKIPPED)),
            lambda _: None,
            _skip_not_stored,
        )
        super().reject()

    def reject(self) -> None:
        if self.currentId() == Step.NEXT or self._ended:
            self._ended = True
            super().reject()
        else:
            self.skip()
