"""Settings the owner may change: cool-off durations, complaint categories, saved replies,
and the app Feedback Desk signs in as ("Use my own app")."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QStringListModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..autostart import offered, start_at_login
from ..core.cooloff import LONGEST_MINUTES, SHORTEST_MINUTES, CoolOffSettings
from ..core.errors import UserFacingError
from ..core.shop_profile import ShopProfile
from ..core.texts import QT_TRANSLATE_NOOP
from ..secrets import CredentialStore
from ..store import Database
from ..store.assessments import (
    Assessments,
    load_cooloff_settings,
    own_saved_replies,
    save_cooloff_settings,
    save_own_replies,
)
from ..store.own_apps import own_app_id
from ..store.shop_profile import load_profile, save_profile
from .fit import resize_to_fit
from .formatting import plain_label, show_as_problem
from .language import LANGUAGE_KEY, SHIPPED, SYSTEM, saved_language, system_language
from .shop_fields import (
    chosen_country,
    chosen_currency,
    country_combo,
    currency_combo,
    default_country,
    default_currency,
)
from .tasks import InlineTaskRunner, TaskRunner, on_own_connection
from .watch import (
    KEEP_IN_TRAY,
    NOTIFY_NEW_COMPLAINTS,
    NOTIFY_PAUSE_OVER,
    START_AT_LOGIN,
    watch_setting,
)

# Per family: (label of the id, of the secret, objectName stem, which platforms it signs in),
# the words translated where they are shown (context "OwnAppDialog").
OWN_APP_FIELDS = {
    "google": (
        QT_TRANSLATE_NOOP("OwnAppDialog", "Google client id"),
        QT_TRANSLATE_NOOP("OwnAppDialog", "Client secret"),
        "ownGoogle",
        "Google",
    ),
    "meta": (
        QT_TRANSLATE_NOOP("OwnAppDialog", "Meta app id"),
        QT_TRANSLATE_NOOP("OwnAppDialog", "Client token"),
        "ownMeta",
        QT_TRANSLATE_NOOP("OwnAppDialog", "Facebook and Instagram"),
    ),
}


def _own_words(text: str) -> str:
    return QCoreApplication.translate("OwnAppDialog", text)


def language_choices(environ: Mapping[str, str]) -> list[tuple[str, str]]:
    """(what the Language list shows, the value stored): "Same as the system (Deutsch)"
    first, then every shipped language named in its own words."""
    system = system_language(environ)
    same = QCoreApplication.translate("SettingsDialog", "Same as the system ({language})")
    return [
        (same.format(language=SHIPPED.get(system, system)), SYSTEM),
        *((name, code) for code, name in SHIPPED.items()),
    ]


class SettingsDialog(QDialog):
    profileSaved = Signal(object)  # the ShopProfile as stored
    setupRequested = Signal()  # "Run the setup assistant again…"

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        credentials: CredentialStore | None = None,
        settings: QSettings | None = None,
        has_tray: bool = False,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        resize_to_fit(self, 640, 520)
        self._db = db
        self._credentials = credentials or CredentialStore()
        self._runner = runner or InlineTaskRunner(self)  # none given: saved inline
        self._conn = db.connect()
        self.finished.connect(lambda _: self._conn.close())
        layout = QVBoxLayout(self)
        # Three tabs, so Settings fits a 1024x640 screen without squeezing any list.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        layout.addWidget(self.tabs, 1)

        shop = QWidget()
        shop_form = QFormLayout(shop)
        profile = load_profile(self._conn)
        self.shop_name = QLineEdit(profile.name)
        self.shop_name.setObjectName("shopNameEdit")
        self.shop_name.setAccessibleName(self.tr("Shop name"))
        self.shop_name.setPlaceholderText(
            self.tr("e.g. Juniper & Rye — fills {shop} in saved replies")
        )
        shop_form.addRow(self.tr("Name"), self.shop_name)
        system = QLocale.system()
        country = profile.country or default_country(system)
        self.shop_country = country_combo(country, "shopCountryCombo")
        self.shop_currency = currency_combo(
            profile.currency or default_currency(system, country), "shopCurrencyCombo"
        )
        self.signature = QLineEdit(profile.signature)
        self.signature.setObjectName("signatureEdit")
        self.signature.setAccessibleName(self.tr("Sign-off"))
        self.signature.setPlaceholderText(
            self.tr("e.g. — Maria, Juniper & Rye — ends every new reply")
        )
        where = QHBoxLayout()
        where.addWidget(self.shop_country, 3)
        where.addWidget(QLabel(self.tr("Currency")))
        where.addWidget(self.shop_currency, 2)
        shop_form.addRow(self.tr("Country"), where)
        shop_form.addRow(self.tr("Sign-off"), self.signature)
        shop_form.addRow(self.tr("Signing in"), self._own_apps())
        if settings is not None:
            shop_form.addRow(
                self.tr("Language of Feedback Desk"),
                self._language(settings, os.environ if environ is None else environ),
            )
        self.tabs.addTab(shop, self.tr("Your shop"))

        answering = QWidget()
        answering_layout = QVBoxLayout(answering)
        wait = QGroupBox(self.tr("Cool-off before answering"))
        form = QFormLayout(wait)
        current = load_cooloff_settings(self._conn)
        self.negative = self._minutes(current.negative_minutes, "negativeMinutes")
        self.harsh = self._minutes(current.harsh_minutes, "harshMinutes")
        form.addRow(self.tr("Negative comments"), self.negative)
        form.addRow(self.tr("Harsh comments"), self.harsh)
        form.addRow(
            plain_label(
                self.tr(
                    "From {shortest} to {longest} minutes; the pause is never off for "
                    "negative comments. A change applies to comments opened from now on; waits "
                    "already running keep their end time."
                ).format(shortest=SHORTEST_MINUTES, longest=LONGEST_MINUTES)
            )
        )
        answering_layout.addWidget(wait)

        kinds = QWidget()
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.addWidget(plain_label(self.tr("What complaints are about, one per line:")))
        self.categories = QPlainTextEdit("\n".join(Assessments(db, self._conn).categories()))
        self.categories.setObjectName("categoriesEdit")
        self.categories.setAccessibleName(self.tr("Complaint categories"))
        kinds_layout.addWidget(self.categories, 1)

        mine = QGroupBox(self.tr("Your saved replies"))
        mine_layout = QVBoxLayout(mine)
        self.replies = own_saved_replies(self._conn)
        self.reply_titles = QStringListModel([r.title for r in self.replies], self)
        self.reply_list = QListView()
        self.reply_list.setObjectName("ownRepliesView")
        self.reply_list.setModel(self.reply_titles)
        self.reply_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        mine_layout.addWidget(self.reply_list, 1)
        row = QHBoxLayout()
        self.delete_reply = QPushButton(self.tr("Delete"))
        self.delete_reply.setObjectName("deleteReplyButton")
        self.delete_reply.clicked.connect(self._delete_reply)
        row.addWidget(self.delete_reply)
        row.addStretch(1)
        mine_layout.addLayout(row)
        mine_layout.addWidget(
            plain_label(
                self.tr(
                    "Save a reply for next time from the Write step of a reply (“Save as a saved "
                    "reply”)."
                )
            )
        )
        answering_layout.addWidget(mine, 1)
        self.tabs.addTab(answering, self.tr("Pause and replies"))
        self.tabs.addTab(kinds, self.tr("Complaint kinds"))
        if settings is not None:
            self.tabs.addTab(self._keeping_watch(settings, has_tray), self.tr("Keeping watch"))

        self.problem = plain_label(name="settingsProblem")
        show_as_problem(self.problem)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        again = QPushButton(self.tr("Run the setup assistant again…"))
        again.setObjectName("runSetupAgainButton")
        again.setToolTip(self.tr("Your shop, your sign-off, and where your comments come from"))
        again.clicked.connect(self._setup_again)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(again)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    def _own_apps(self) -> QWidget:
        """One row of "Your shop": which app Feedback Desk signs in as, and the way to use
        the owner's own (kept to one row: Settings must fit a 1024x640 screen)."""
        row_widget = QWidget()
        row_widget.setObjectName("ownAppGroup")
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.own_app_status = plain_label(name="ownAppStatus")
        row.addWidget(self.own_app_status, 1)
        self.own_app_button = QPushButton(self.tr("Use my own app…"))
        self.own_app_button.setObjectName("ownAppButton")
        self.own_app_button.setToolTip(
            self.tr(
                "For agencies and owners with their own Google Cloud or Meta developer app: "
                "Feedback Desk then signs in as your app instead of its own."
            )
        )
        self.own_app_button.clicked.connect(self.open_own_app)
        row.addWidget(self.own_app_button)
        self._show_own_apps()
        return row_widget

    def _language(self, settings: QSettings, environ: Mapping[str, str]) -> QWidget:
        """`interfaceLanguage`: the language the interface speaks from the next start on
        (the shop's money and dates follow its country, not this)."""
        column_widget = QWidget()
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        combo = QComboBox()
        combo.setObjectName("interfaceLanguage")
        combo.setAccessibleName(self.tr("Language of Feedback Desk"))
        for label, code in language_choices(environ):
            combo.addItem(label, code)
        saved = saved_language(settings)
        index = combo.findData(saved)
        if index < 0:  # a value set by hand (a pseudo-language): kept as it is
            combo.addItem(saved, saved)  # untranslated: a language code
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        self._language_before = saved
        self._system_language = SHIPPED.get(system_language(environ), system_language(environ))
        self.language_note = plain_label(name="interfaceLanguageNote")
        self.language_note.hide()
        combo.currentIndexChanged.connect(lambda _: self._language_changed())
        column.addWidget(combo)
        column.addWidget(self.language_note)
        self.interface_language = combo
        return column_widget

    def chosen_language(self) -> str:
        """The value the Language list stores: "system", "en", "de" …"""
        return str(self.interface_language.currentData())

    def _language_changed(self) -> None:
        chosen = self.chosen_language()
        changed = chosen != self._language_before
        name = self._system_language if chosen == SYSTEM else SHIPPED.get(chosen, chosen)
        self.language_note.setText(
            self.tr(
                "Once saved, Feedback Desk uses this language from the next time it opens: "
                "{language}."
            ).format(language=name)
            if changed
            else ""
        )
        self.language_note.setVisible(changed)

    def _keeping_watch(self, settings: QSettings, has_tray: bool) -> QWidget:
        """`keepWatchTab`: the tray, its notifications, and starting at login."""
        tab = QWidget()
        tab.setObjectName("keepWatchTab")
        layout = QVBoxLayout(tab)

        def box(name: str, text: str, key: str, why: str) -> QCheckBox:
            check = QCheckBox(text)
            check.setObjectName(name)
            check.setAccessibleName(text)
            check.setAccessibleDescription(why)
            check.setChecked(watch_setting(settings, key))
            layout.addWidget(check)
            explain = plain_label(why)
            explain.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(explain)
            return check

        self.keep_in_tray = box(
            "keepInTrayCheck",
            self.tr("Keep syncing in the tray when the window is closed"),
            KEEP_IN_TRAY,
            self.tr(
                "Closing the window then only hides it: new comments keep coming in at the "
                "interval under File → Sync automatically, until you choose Quit."
            ),
        )
        self.notify_new = box(
            "notifyNewComplaintsCheck",
            self.tr("Tell me when new harsh or negative comments arrive"),
            NOTIFY_NEW_COMPLAINTS,
            self.tr(
                "After a sync in the background, a notification counts them; a click opens "
                "Needs a reply."
            ),
        )
        self.notify_pause = box(
            "notifyPauseOverCheck",
            self.tr("Tell me when a pause is over"),
            NOTIFY_PAUSE_OVER,
            self.tr("A notification (or a line above the list) when a reply can be sent."),
        )
        self.start_at_login = box(
            "startAtLoginCheck",
            self.tr("Start Feedback Desk when I log in"),
            START_AT_LOGIN,
            self.tr(
                "It starts in the tray, without a window, when keeping syncing in the tray is on."
            ),
        )
        if not offered():
            self.start_at_login.setChecked(False)
            self.start_at_login.setEnabled(False)
            self.start_at_login.setToolTip(self.tr("Not offered on this system yet"))
            layout.addWidget(
                plain_label(
                    self.tr(
                        "Starting at login is not offered on macOS or Windows yet: add Feedback "
                        "Desk to your login items yourself if you want it."
                    ),
                    name="startAtLoginNotOffered",
                )
            )
        if not has_tray:
            for check in (self.keep_in_tray, self.notify_new):
                check.setEnabled(False)
                check.setToolTip(self.tr("This desktop shows no tray icons"))
            layout.addWidget(
                plain_label(
                    self.tr(
                        "This desktop has no system tray, so Feedback Desk cannot stay there; "
                        "a pause's end is shown in the window."
                    ),
                    name="noTrayNotice",
                )
            )
        self.start_at_login.setEnabled(self.start_at_login.isEnabled() and has_tray)
        layout.addStretch(1)
        return tab

    def _save_watch(self) -> None:
        settings = self._settings
        if settings is None:
            return
        settings.setValue(KEEP_IN_TRAY, self.keep_in_tray.isChecked())
        settings.setValue(NOTIFY_NEW_COMPLAINTS, self.notify_new.isChecked())
        settings.setValue(NOTIFY_PAUSE_OVER, self.notify_pause.isChecked())
        login = self.start_at_login.isChecked()
        if offered() and login != watch_setting(settings, START_AT_LOGIN):
            try:
                start_at_login(login, self._db.path.parent)
            except OSError as error:
                raise UserFacingError(
                    self.tr("Could not change starting at login: {reason}.").format(
                        reason=error.strerror or error
                    )
                ) from None
        settings.setValue(START_AT_LOGIN, login)
        if self.chosen_language() != self._language_before:
            settings.setValue(LANGUAGE_KEY, self.chosen_language())
        settings.sync()

    def _show_own_apps(self) -> None:
        mine = [
            _own_words(OWN_APP_FIELDS[family][3])
            for family in OWN_APP_FIELDS
            if own_app_id(self._conn, family)
        ]
        from ..sources.clients import build_settings  # only the packaged file is read

        missing = [
            _own_words(OWN_APP_FIELDS[family][3])
            for family in OWN_APP_FIELDS
            if not own_app_id(self._conn, family) and build_settings(family) is None
        ]
        parts = []
        if mine:
            platforms = (
                self.tr("{first} and {second}").format(first=mine[0], second=mine[1])
                if len(mine) > 1
                else mine[0]
            )
            parts.append(self.tr("As your own app for {platforms}.").format(platforms=platforms))
        elif not missing:
            parts.append(self.tr("As Feedback Desk's own app."))
        if missing:
            platforms = (
                self.tr("{first} or {second}").format(first=missing[0], second=missing[1])
                if len(missing) > 1
                else missing[0]
            )
            parts.append(
                self.tr(
                    "This copy of Feedback Desk has no sign-in of its own for {platforms}: use "
                    "your own app, or enter a token under Accounts → Advanced. Mastodon always "
                    "works."
                ).format(platforms=platforms)
            )
        text = " ".join(parts)
        self.own_app_status.setText(text)

    def open_own_app(self) -> None:
        dialog = OwnAppDialog(self._db, self._conn, self._credentials, self._runner, self)
        dialog.accepted.connect(self._show_own_apps)
        self.own_app_dialog = dialog
        dialog.open()

    def _minutes(self, value: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(SHORTEST_MINUTES, LONGEST_MINUTES)
        box.setSuffix(self.tr(" minutes"))
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
            self._save_watch()
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

        self.save_button.setEnabled(False)
        self.problem.setText("")
        self._runner.run(on_own_connection(db, work), saved, self._refused)

    def _refused(self, error: BaseException) -> None:
        refused(self.save_button, self.problem, error)

    def _setup_again(self) -> None:
        self.reject()
        self.setupRequested.emit()


class OwnAppDialog(QDialog):
    """The ids (and the secrets an installed app may carry) of the owner's own Google and
    Meta apps; saved off the GUI thread, the secrets only in the keyring."""

    def __init__(
        self,
        db: Database,
        conn: sqlite3.Connection,
        credentials: CredentialStore,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ownAppDialog")
        self.setWindowTitle(self.tr("Use my own app"))
        self.setMinimumWidth(520)
        self._db = db
        self._credentials = credentials
        self._runner = runner
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "For agencies and owners with their own Google Cloud or Meta developer app: "
                    "Feedback Desk then signs in as your app instead of its own. Give the ids "
                    "from the Google Cloud console (a desktop-app OAuth client) or Meta for "
                    "Developers; leave an id empty to sign in as Feedback Desk's own app again."
                )
            )
        )
        form = QFormLayout()
        layout.addLayout(form)
        self.own_ids: dict[str, QLineEdit] = {}
        self.own_secrets: dict[str, QLineEdit] = {}
        self._before: dict[str, str] = {}
        for family, (id_words, secret_words, stem, _) in OWN_APP_FIELDS.items():
            id_label, secret_label = _own_words(id_words), _own_words(secret_words)
            current = own_app_id(conn, family) or ""
            self._before[family] = current
            edit = QLineEdit(current)
            edit.setObjectName(f"{stem}IdEdit")
            edit.setAccessibleName(id_label)
            secret = QLineEdit()
            secret.setObjectName(f"{stem}SecretEdit")
            secret.setAccessibleName(secret_label)
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setPlaceholderText(
                self.tr("kept in the system keyring; leave empty to keep it")
                if current
                else self.tr("kept only in the system keyring")
            )
            form.addRow(id_label, edit)
            form.addRow(secret_label, secret)
            self.own_ids[family] = edit
            self.own_secrets[family] = secret
        self.problem = plain_label(name="ownAppProblem")
        show_as_problem(self.problem)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("ownAppButtons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changes(self) -> list[tuple[str, str, str]]:
        """(family, id, secret) for every family whose id or secret the owner changed; an
        empty id means "back to Feedback Desk's own"."""
        changes = []
        for family, edit in self.own_ids.items():
            client_id = edit.text().strip()
            secret = self.own_secrets[family].text().strip()
            if client_id != self._before[family] or secret:
                changes.append((family, client_id, secret))
        return changes

    def _refused(self, error: BaseException) -> None:
        refused(self.save_button, self.problem, error)

    def save(self) -> None:
        db, credentials, changes = self._db, self._credentials, self.changes()

        self.save_button.setEnabled(False)
        self.problem.setText("")
        self._runner.run(
            on_own_connection(db, lambda conn: save_own_apps(db, conn, credentials, changes)),
            lambda _: self.accept(),
            self._refused,
        )


def save_own_apps(
    db: Database,
    conn: sqlite3.Connection,
    credentials: CredentialStore,
    changes: list[tuple[str, str, str]],
) -> None:
    """On the worker: each changed registration saved (or forgotten) through sources/clients,
    which keeps the ids in the database and the secrets only in the keyring."""
    if not changes:
        return
    from ..sources import clients  # the sign-in registrations: loaded only when changed

    for family, client_id, secret in changes:
        if not client_id:
            clients.forget_own_app(family, db, conn, credentials)
            continue
        if not secret:  # the id changed, the secret is kept
            before = clients.own_app(family, conn, credentials)
            secret = before.secret if before is not None else ""
        clients.save_own_app(family, db, conn, credentials, client_id, secret)


def refused(save_button: QPushButton, problem: QLabel, error: BaseException) -> None:
    """A save the store refused: its one sentence under the form, and Save again."""
    save_button.setEnabled(True)
    if not isinstance(error, UserFacingError):
        raise error
    problem.setText(str(error))
