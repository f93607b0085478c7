"""Settings the owner may change: cool-off durations, complaint categories, saved replies."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QLocale, QStringListModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.cooloff import LONGEST_MINUTES, SHORTEST_MINUTES, CoolOffSettings
from ..core.errors import UserFacingError
from ..core.shop_profile import ShopProfile
from ..store import Database
from ..store.assessments import (
    Assessments,
    load_cooloff_settings,
    own_saved_replies,
    save_cooloff_settings,
    save_own_replies,
)
from ..store.shop_profile import load_profile, save_profile
from .detail_pane import plain_label
from .shop_fields import (
    chosen_country,
    chosen_currency,
    country_combo,
    currency_combo,
    default_country,
    default_currency,
)
from .tasks import InlineTaskRunner, TaskRunner, on_own_connection


class SettingsDialog(QDialog):
    profileSaved = Signal(object)  # the ShopProfile as stored
    setupRequested = Signal()  # "Run the setup assistant again…"

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.resize(640, 520)
        self._db = db
        self._runner = runner or InlineTaskRunner(self)  # none given: saved inline
        self._conn = db.connect()
        self.finished.connect(lambda _: self._conn.close())
        layout = QVBoxLayout(self)

        shop = QGroupBox("Your shop")
        shop_form = QFormLayout(shop)
        profile = load_profile(self._conn)
        self.shop_name = QLineEdit(profile.name)
        self.shop_name.setObjectName("shopNameEdit")
        self.shop_name.setAccessibleName("Shop name")
        self.shop_name.setPlaceholderText("e.g. Juniper & Rye — fills {shop} in saved replies")
        shop_form.addRow("Name", self.shop_name)
        system = QLocale.system()
        country = profile.country or default_country(system)
        self.shop_country = country_combo(country, "shopCountryCombo")
        self.shop_currency = currency_combo(
            profile.currency or default_currency(system, country), "shopCurrencyCombo"
        )
        self.signature = QLineEdit(profile.signature)
        self.signature.setObjectName("signatureEdit")
        self.signature.setAccessibleName("Sign-off")
        self.signature.setPlaceholderText("e.g. — Maria, Juniper & Rye — ends every new reply")
        where = QHBoxLayout()
        where.addWidget(self.shop_country, 3)
        where.addWidget(QLabel("Currency"))
        where.addWidget(self.shop_currency, 2)
        shop_form.addRow("Country", where)
        shop_form.addRow("Sign-off", self.signature)
        layout.addWidget(shop)

        wait = QGroupBox("Cool-off before answering")
        form = QFormLayout(wait)
        current = load_cooloff_settings(self._conn)
        self.negative = self._minutes(current.negative_minutes, "negativeMinutes")
        self.harsh = self._minutes(current.harsh_minutes, "harshMinutes")
        form.addRow("Negative comments", self.negative)
        form.addRow("Harsh comments", self.harsh)
        form.addRow(
            plain_label(
                f"From {SHORTEST_MINUTES} to {LONGEST_MINUTES} minutes; the pause is never off for "
                "negative comments. A change applies to comments opened from now on; waits already "
                "running keep their end time."
            )
        )
        layout.addWidget(wait)

        kinds = QGroupBox("What complaints are about (one per line)")
        kinds_layout = QVBoxLayout(kinds)
        self.categories = QPlainTextEdit("\n".join(Assessments(db, self._conn).categories()))
        self.categories.setObjectName("categoriesEdit")
        self.categories.setMaximumHeight(58)
        kinds_layout.addWidget(self.categories)
        layout.addWidget(kinds)

        mine = QGroupBox("Your saved replies")
        mine_layout = QVBoxLayout(mine)
        self.replies = own_saved_replies(self._conn)
        self.reply_titles = QStringListModel([r.title for r in self.replies], self)
        self.reply_list = QListView()
        self.reply_list.setObjectName("ownRepliesView")
        self.reply_list.setModel(self.reply_titles)
        self.reply_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reply_list.setMaximumHeight(52)
        mine_layout.addWidget(self.reply_list)
        row = QHBoxLayout()
        self.delete_reply = QPushButton("Delete")
        self.delete_reply.setObjectName("deleteReplyButton")
        self.delete_reply.clicked.connect(self._delete_reply)
        row.addWidget(self.delete_reply)
        row.addStretch(1)
        mine_layout.addLayout(row)
        mine_layout.addWidget(
            plain_label(
                "Save a reply for next time from the Write step of a reply (“Save as a saved "
                "reply”)."
            )
        )
        layout.addWidget(mine)

        self.problem = plain_label(name="settingsProblem")
        self.problem.setStyleSheet("color: #8A1C15;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        again = QPushButton("Run the setup assistant again…")
        again.setObjectName("runSetupAgainButton")
        again.setToolTip("Your shop, your sign-off, and where your comments come from")
        again.clicked.connect(self._setup_again)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(again)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    @staticmethod
    def _minutes(value: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(SHORTEST_MINUTES, LONGEST_MINUTES)
        box.setSuffix(" minutes")
        box.setValue(value)
        return box

    def _delete_reply(self) -> None:
        index = self.reply_list.currentIndex()
        if index.isValid():
            del self.replies[index.row()]
            self.reply_titles.setStringList([r.title for r in self.replies])

    def save(self) -> None:
        """Written off the GUI thread on a connection of its own: while another program
        writes, the dialog waits (Save disabled) without freezing and closes once saved."""
        db = self._db
        cooloff = CoolOffSettings(self.negative.value(), self.harsh.value())
        categories = self.categories.toPlainText().splitlines()
        replies = list(self.replies)
        self.problem.setText("")
        try:
            shop = ShopProfile(
                self.shop_name.text(),
                chosen_currency(self.shop_currency),
                chosen_country(self.shop_country),
                self.signature.text(),
            ).checked()
        except UserFacingError as error:
            self.problem.setText(str(error))
            return

        def work(conn: sqlite3.Connection) -> ShopProfile:
            save_cooloff_settings(db, conn, cooloff)
            Assessments(db, conn).set_categories(categories)
            save_own_replies(db, conn, replies)
            return save_profile(db, conn, shop)

        def saved(profile: ShopProfile) -> None:
            self.profileSaved.emit(profile)
            self.accept()

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            if not isinstance(error, UserFacingError):
                raise error
            self.problem.setText(str(error))

        self.save_button.setEnabled(False)
        self.problem.setText("")
        self._runner.run(on_own_connection(db, work), saved, failed)

    def _setup_again(self) -> None:
        self.reject()
        self.setupRequested.emit()
