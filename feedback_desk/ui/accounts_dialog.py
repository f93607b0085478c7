"""The Accounts dialog: which accounts are connected, where their secrets are kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserFacingError
from ..core.model import Platform
from ..core.texts import QT_TRANSLATE_NOOP
from ..secrets import CredentialStore
from ..sources.registry import NEEDS, check_settings
from ..sources.sync import check_account
from ..store import Database
from ..store.accounts import STATE_LABELS, Account, AccountState, AccountStore
from .fit import resize_to_fit
from .formatting import exact_local_time, plain_label
from .icons import platform_icon
from .sign_in_dialog import BeginSignIn, SignInDialog
from .table_model import HeaderedTableModel
from .tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex

# The form's labels, translated where they are shown (context "AddAccountForm").
FIELD_LABELS = {
    "page_id": QT_TRANSLATE_NOOP("AddAccountForm", "Page id"),
    "ig_user_id": QT_TRANSLATE_NOOP("AddAccountForm", "Instagram account id"),
    "account_id": QT_TRANSLATE_NOOP("AddAccountForm", "Account id"),
    "location_id": QT_TRANSLATE_NOOP("AddAccountForm", "Location id"),
    "channel_id": QT_TRANSLATE_NOOP("AddAccountForm", "Channel id"),
    "client_id": QT_TRANSLATE_NOOP("AddAccountForm", "OAuth client id"),
    "instance": QT_TRANSLATE_NOOP("AddAccountForm", "Server address"),
}
SECRET_LABELS = {
    "token": QT_TRANSLATE_NOOP("AddAccountForm", "Access token"),
    "client_secret": QT_TRANSLATE_NOOP("AddAccountForm", "OAuth client secret"),
    "refresh_token": QT_TRANSLATE_NOOP("AddAccountForm", "OAuth refresh token"),
}
# store/accounts.STATE_LABELS as the list shows them (the words kept there stay English).
_STATE_WORDS = (
    QT_TRANSLATE_NOOP("AccountsModel", "connected"),
    QT_TRANSLATE_NOOP("AccountsModel", "needs reconnecting"),
    QT_TRANSLATE_NOOP("AccountsModel", "paused by the platform"),
    QT_TRANSLATE_NOOP("AccountsModel", "not reachable"),
)


def _form_words(text: str) -> str:
    return QCoreApplication.translate("AddAccountForm", text)


def state_label(state: str) -> str:
    """An account's state in the interface language ("needs reconnecting")."""
    words = STATE_LABELS.get(state)
    return QCoreApplication.translate("AccountsModel", words) if words else str(state)


class AccountsModel(HeaderedTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AccountsModel", "Account"),
        QT_TRANSLATE_NOOP("AccountsModel", "Platform"),
        QT_TRANSLATE_NOOP("AccountsModel", "State"),
        QT_TRANSLATE_NOOP("AccountsModel", "Last sync"),
    )
    ACCOUNT, PLATFORM, STATE, LAST_SYNC = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.accounts: list[Account] = []

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self.accounts = accounts
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.accounts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self.accounts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ACCOUNT:
                return account.name
            if column == self.PLATFORM:
                return account.platform.label
            if column == self.STATE:
                return state_label(account.state)
            if account.last_sync_at:
                return exact_local_time(account.last_sync_at)
            return QCoreApplication.translate("AccountsModel", "never")
        if role == Qt.ItemDataRole.DecorationRole and column == self.PLATFORM:
            return platform_icon(account.platform)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATE:
            return account.state_reason or None
        return None


CONNECT_ORDER = (
    Platform.FACEBOOK,
    Platform.INSTAGRAM,
    Platform.GOOGLE,
    Platform.YOUTUBE,
    Platform.MASTODON,
)


def connect_button_name(platform: Platform) -> str:
    return f"connect{platform.name.title()}Button"


class AccountsDialog(QDialog):
    """Lists accounts; connects them by signing in (or, under Advanced, by hand); checks,
    reconnects and removes them. Keyring work runs off the GUI thread, because unlocking a
    keyring can wait for the owner's password.

    `connected` carries the names of accounts just connected or reconnected: the window
    syncs them."""

    changed = Signal()
    connected = Signal(list)

    def __init__(
        self,
        db: Database,
        credentials: CredentialStore,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        begin_sign_in: BeginSignIn | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        resize_to_fit(self, 700, 480)
        self._db = db
        self._credentials = credentials
        self._runner = runner
        self._begin_sign_in = begin_sign_in
        self.sign_in_dialog: SignInDialog | None = None
        layout = QVBoxLayout(self)

        connect_box = QGroupBox(self.tr("Connect an account"))
        connect_box.setObjectName("connectBox")
        connect_layout = QVBoxLayout(connect_box)
        connect_layout.addWidget(
            plain_label(
                self.tr(
                    "Sign in on the platform's own page in your browser; Feedback Desk never "
                    "sees your password. Help → Connecting your accounts says what each one "
                    "needs."
                )
            )
        )
        row = QHBoxLayout()
        self.connect_buttons: dict[Platform, QPushButton] = {}
        for platform in CONNECT_ORDER:
            button = QPushButton(platform_icon(platform), platform.label)
            button.setObjectName(connect_button_name(platform))
            button.setAccessibleName(self.tr("Connect {platform}").format(platform=platform.label))
            button.setToolTip(
                self.tr("Connect {platform} by signing in").format(platform=platform.label)
            )
            button.clicked.connect(lambda _=False, p=platform: self.connect_platform(p))
            row.addWidget(button)
            self.connect_buttons[platform] = button
        row.addStretch(1)
        connect_layout.addLayout(row)
        layout.addWidget(connect_box)

        self.keyring_label = QLabel(self.tr("Looking for the system keyring…"))
        self.keyring_label.setObjectName("keyringLabel")
        self.keyring_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keyring_label.setWordWrap(True)
        layout.addWidget(self.keyring_label)

        self.model = AccountsModel()
        self.view = QTableView()
        self.view.setObjectName("accountsView")
        self.view.setAccessibleName(self.tr("Connected accounts"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)

        self.status = QLabel()
        self.status.setObjectName("accountsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().height() * 3)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("checkAccountButton")
        self.reconnect_button = QPushButton(self.tr("Reconnect…"))
        self.reconnect_button.setObjectName("reconnectAccountButton")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeAccountButton")
        for button in (self.check_button, self.reconnect_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The developer form: ids and tokens typed by hand.
        self.add_button = QPushButton(self.tr("Advanced…"))
        self.add_button.setObjectName("advancedButton")
        self.add_button.setAccessibleName(self.tr("Advanced: enter ids and tokens by hand"))
        self.add_button.setToolTip(self.tr("Enter ids and tokens by hand"))
        buttons.addWidget(self.add_button)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("accountsCloseButton")
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.open_add_form)
        self.check_button.clicked.connect(self.check_selected)
        self.reconnect_button.clicked.connect(self.reconnect_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._keyring_ok = True  # until the keyring is known to be unsafe
        self.reload()
        self._find_keyring()

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        conn = self._db.connect()
        try:
            self.model.set_accounts(AccountStore(self._db, conn).all())
        finally:
            conn.close()
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.accounts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        account = self.selected()
        chosen = account is not None
        if account is not None:
            self.status.setText(account.state_reason or "")
        for button in (self.check_button, self.remove_button):
            button.setEnabled(chosen)
            button.setToolTip("" if chosen else self.tr("Select an account first."))
        if account is None:
            why = self.tr("Select an account first.")
        elif account.state != AccountState.NEEDS_RECONNECT:
            why = self.tr("{account} does not need reconnecting.").format(account=account.name)
        elif not self._keyring_ok:
            why = self.tr("Accounts need a safe system keyring; see above.")
        else:
            why = ""
        self.reconnect_button.setEnabled(not why)
        again = (
            self.tr("Sign in again to {platform}").format(platform=account.platform.label)
            if account is not None
            else ""
        )
        self.reconnect_button.setToolTip(why or again)

    def _find_keyring(self) -> None:
        def shown(where: str) -> None:
            self.keyring_label.setText(
                self.tr("Tokens and passwords are kept in {keyring}.").format(keyring=where)
            )
            self._keyring_ok = True
            for button in (self.add_button, *self.connect_buttons.values()):
                button.setEnabled(True)
            self._update_buttons()

        def refused(problem: BaseException) -> None:
            self.keyring_label.setText(str(problem))
            self._keyring_ok = False
            for button in (self.add_button, *self.connect_buttons.values()):
                button.setEnabled(False)
                button.setToolTip(self.tr("Accounts need a safe system keyring; see above."))
            self._update_buttons()

        # Looked up at start-up (see MainWindow): named at once. Opened before that lookup
        # is done, this waits for the same lookup rather than starting a second one.
        known = self._credentials.known()
        if isinstance(known, str):
            shown(known)
        elif known is not None:
            refused(known)
        else:
            self._runner.run(self._credentials.describe, shown, refused)

    # -- changing -----------------------------------------------------------------------------

    def ask_server(self) -> str | None:
        """The Mastodon server's address, asked before signing in (None: not given)."""
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setObjectName("mastodonServerDialog")
        dialog.setWindowTitle(self.tr("Connect Mastodon"))
        dialog.setLabelText(
            self.tr(
                "The address of your Mastodon server (the part after the second @ of your "
                "handle), e.g. mastodon.social:"
            )
        )
        dialog.setTextValue("")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        server = dialog.textValue().strip().rstrip("/")
        if not server:
            return None
        return server if "://" in server else f"https://{server}"

    def connect_platform(self, platform: Platform) -> None:
        """Sign in with the platform, then pick what to connect."""
        instance = None
        if platform == Platform.MASTODON:
            instance = self.ask_server()
            if instance is None:
                return
        self._sign_in(platform, instance=instance)

    def reconnect_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        self._sign_in(
            account.platform, instance=account.settings.get("instance"), reconnect=account.name
        )

    def _sign_in(
        self, platform: Platform, *, instance: str | None = None, reconnect: str | None = None
    ) -> None:
        dialog = SignInDialog(
            platform,
            self._db,
            self._credentials,
            self._runner,
            self,
            instance=instance,
            reconnect=reconnect,
            begin=self._begin_sign_in,
        )
        dialog.connected.connect(self._signed_in)
        self.sign_in_dialog = dialog
        dialog.open()
        dialog.begin()

    def _signed_in(self, names: list[str]) -> None:
        self.status.setText(
            self.tr("Connected {accounts}. Their comments are being fetched now.").format(
                accounts=", ".join(names)
            )
            if names
            else self.tr("Nothing was connected.")
        )
        self.reload()
        self.changed.emit()
        if names:
            self.connected.emit(names)

    def open_add_form(self) -> None:
        form = AddAccountForm(self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        platform, name, settings, secret = form.values()
        self.status.setText(self.tr("Adding {account}…").format(account=name))
        db, credentials = self._db, self._credentials

        def work() -> Account:
            conn = db.connect()
            try:
                accounts = AccountStore(db, conn)
                account = accounts.add(name, platform, check_settings(platform, settings))
                try:
                    credentials.save(account.name, secret)
                except Exception:
                    accounts.remove(account.name)
                    raise
                return account
            finally:
                conn.close()

        added = self.tr("Added {account}.")
        self._runner.run(work, lambda a: self._after(added.format(account=a.name)), self._problem)

    def check_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        self.status.setText(self.tr("Checking {account}…").format(account=account.name))
        db, credentials = self._db, self._credentials
        works = self.tr("{account} works: connected as {who}.")

        def work() -> str:
            conn = db.connect()
            try:
                who = check_account(db, conn, account, credentials)
            finally:
                conn.close()
            return works.format(account=account.name, who=who)

        self._runner.run(work, self._after, self._problem)

    def remove_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            self.tr(
                "Remove {account} and delete its token from the keyring? Its comments stay "
                "in your inbox."
            ).format(account=account.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, credentials = self._db, self._credentials
        removed = self.tr("Removed {account}.")

        def work() -> str:
            credentials.delete(account.name)
            conn = db.connect()
            try:
                AccountStore(db, conn).remove(account.name)
            finally:
                conn.close()
            return removed.format(account=account.name)

        self._runner.run(work, self._after, self._problem)

    def _after(self, message: str) -> None:
        self.status.setText(message)
        self.reload()
        self.changed.emit()

    def _problem(self, problem: BaseException) -> None:
        if not isinstance(problem, UserFacingError):
            raise problem
        self.status.setText(str(problem))
        self.reload()


class AddAccountForm(QDialog):
    """Platform, name, the ids that platform needs, and the token (never shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addAccountForm")
        self.setWindowTitle(self.tr("Advanced: enter ids and tokens by hand"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.platform = QComboBox()
        self.platform.setObjectName("platformCombo")
        for platform in Platform:
            self.platform.addItem(platform_icon(platform), platform.label, platform.value)
        self.form.addRow(self.tr("Platform"), self.platform)
        self.name = QLineEdit()
        self.name.setObjectName("accountNameEdit")
        self.name.setPlaceholderText(self.tr("e.g. Shop page"))
        self.form.addRow(self.tr("Name"), self.name)
        self.fields: dict[str, QLineEdit] = {}
        self.secrets: dict[str, QLineEdit] = {}
        self.api_base = QLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = plain_label()
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(lambda _: self._validate())
        self.platform.currentIndexChanged.connect(lambda _: self._rebuild())
        self.platform.setCurrentIndex(self.platform.findData(Platform.FACEBOOK.value))
        self._rebuild()

    def _rebuild(self) -> None:
        while self.form.rowCount() > 2:
            self.form.removeRow(2)
        needs = NEEDS[Platform(self.platform.currentData())]
        self.fields = {}
        self.secrets = {}
        for key in needs.ids:
            edit = QLineEdit()
            edit.setObjectName(f"{key}Edit")
            edit.textChanged.connect(lambda _: self._validate())
            self.form.addRow(_form_words(FIELD_LABELS[key]), edit)
            self.fields[key] = edit
        for key in needs.secret:
            edit = QLineEdit()
            edit.setObjectName(f"{key}Edit")
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(lambda _: self._validate())
            self.form.addRow(_form_words(SECRET_LABELS[key]), edit)
            self.secrets[key] = edit
        self.api_base = QLineEdit()
        self.api_base.setObjectName("apiBaseEdit")
        self.api_base.setPlaceholderText(self.tr("leave empty for the platform's own address"))
        self.form.addRow(self.tr("API address (optional)"), self.api_base)
        self._validate()

    def _validate(self) -> None:
        missing = [
            _form_words(FIELD_LABELS[k]) for k, e in self.fields.items() if not e.text().strip()
        ]
        missing += [
            _form_words(SECRET_LABELS[k]) for k, e in self.secrets.items() if not e.text().strip()
        ]
        if not self.name.text().strip():
            missing.insert(0, self.tr("Name"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not missing)
        why = (
            self.tr("Still needed: {fields}.").format(fields=", ".join(missing)) if missing else ""
        )
        ok.setToolTip(why)
        self.hint.setText(why or self.tr("The token is kept in the system keyring, never on disk."))

    def values(self) -> tuple[Platform, str, dict[str, str], dict[str, str]]:
        settings = {k: e.text().strip() for k, e in self.fields.items()}
        if self.api_base.text().strip():
            settings["api_base"] = self.api_base.text().strip()
        secret = {k: e.text().strip() for k, e in self.secrets.items()}
        return Platform(self.platform.currentData()), self.name.text().strip(), settings, secret
