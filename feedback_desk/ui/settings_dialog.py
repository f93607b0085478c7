"""Settings the owner may change: cool-off durations, complaint categories, saved replies,
and the app Feedback Desk signs in as ("Use my own app")."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
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
from ..secrets import CredentialStore
from ..store import Database
from ..store.assessments import (
    Assessments,
    load_cooloff_settings,
    load_shop_name,
    own_saved_replies,
    save_cooloff_settings,
    save_own_replies,
    save_shop_name,
)
from ..store.own_apps import own_app_id
from .detail_pane import plain_label
from .tasks import InlineTaskRunner, TaskRunner, on_own_connection

# Per family: (group row label for the id, for the secret, objectName stem, what the
# secret is called where the owner finds it).
OWN_APP_FIELDS = {
    "google": ("Google client id", "Client secret", "ownGoogle"),
    "meta": ("Meta app id", "Client token", "ownMeta"),
}


class SettingsDialog(QDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        credentials: CredentialStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.resize(560, 520)
        self._db = db
        self._credentials = credentials or CredentialStore()
        self._runner = runner or InlineTaskRunner(self)  # none given: saved inline
        self._conn = db.connect()
        self.finished.connect(lambda _: self._conn.close())
        layout = QVBoxLayout(self)

        shop = QGroupBox("Your shop")
        shop_form = QFormLayout(shop)
        self.shop_name = QLineEdit(load_shop_name(self._conn))
        self.shop_name.setObjectName("shopNameEdit")
        self.shop_name.setPlaceholderText("e.g. Juniper & Rye — fills {shop} in saved replies")
        shop_form.addRow("Name", self.shop_name)
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
        self.categories.setMaximumHeight(110)
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

        layout.addWidget(self._own_apps())

        self.problem = plain_label(name="settingsProblem")
        self.problem.setStyleSheet("color: #8A1C15;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _own_apps(self) -> QGroupBox:
        group = QGroupBox("Use my own app")
        group.setObjectName("ownAppGroup")
        form = QFormLayout(group)
        form.addRow(
            plain_label(
                "For agencies and owners with their own Google Cloud or Meta developer app: "
                "Feedback Desk then signs in as your app instead of its own. Leave an id empty "
                "to use Feedback Desk's own."
            )
        )
        self.own_ids: dict[str, QLineEdit] = {}
        self.own_secrets: dict[str, QLineEdit] = {}
        self._own_before: dict[str, str] = {}
        for family, (id_label, secret_label, stem) in OWN_APP_FIELDS.items():
            current = own_app_id(self._conn, family) or ""
            self._own_before[family] = current
            edit = QLineEdit(current)
            edit.setObjectName(f"{stem}IdEdit")
            edit.setAccessibleName(id_label)
            secret = QLineEdit()
            secret.setObjectName(f"{stem}SecretEdit")
            secret.setAccessibleName(secret_label)
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setPlaceholderText(
                "kept in the system keyring; leave empty to keep it"
                if current
                else "kept only in the system keyring"
            )
            form.addRow(id_label, edit)
            form.addRow(secret_label, secret)
            self.own_ids[family] = edit
            self.own_secrets[family] = secret
        return group

    def _own_app_changes(self) -> list[tuple[str, str, str]]:
        """(family, id, secret) for every family whose id or secret the owner changed; an
        empty id means "back to Feedback Desk's own"."""
        changes = []
        for family, edit in self.own_ids.items():
            client_id = edit.text().strip()
            secret = self.own_secrets[family].text().strip()
            if client_id != self._own_before[family] or secret:
                changes.append((family, client_id, secret))
        return changes

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
        shop = self.shop_name.text()
        own_apps = self._own_app_changes()
        credentials = self._credentials

        def work(conn: sqlite3.Connection) -> None:
            save_own_apps(db, conn, credentials, own_apps)
            save_cooloff_settings(db, conn, cooloff)
            Assessments(db, conn).set_categories(categories)
            save_own_replies(db, conn, replies)
            save_shop_name(db, conn, shop)

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            if not isinstance(error, UserFacingError):
                raise error
            self.problem.setText(str(error))

        self.save_button.setEnabled(False)
        self.problem.setText("")
        self._runner.run(on_own_connection(db, work), lambda _: self.accept(), failed)


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
