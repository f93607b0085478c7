"""Settings → Use my own app: ids in the database, secrets only in the keyring."""

from __future__ import annotations

import json
import sqlite3

from feedback_desk.secrets import CredentialStore
from feedback_desk.sources.clients import app_registration
from feedback_desk.store import Database
from feedback_desk.ui.settings_dialog import OwnAppDialog, SettingsDialog
from feedback_desk.ui.tasks import InlineTaskRunner
from tests.keyrings import MemoryKeyring


def open_settings(qtbot, db: Database, credentials: CredentialStore) -> OwnAppDialog:  # type: ignore[no-untyped-def]
    """Settings → Use my own app → "Enter my own app…"."""
    settings = SettingsDialog(db, runner=InlineTaskRunner(), credentials=credentials)
    qtbot.addWidget(settings)
    settings.own_app_button.click()
    open_settings.settings = settings  # type: ignore[attr-defined]
    return settings.own_app_dialog


def registration(db: Database, family: str, credentials: CredentialStore):  # type: ignore[no-untyped-def]
    conn = db.connect()
    try:
        return app_registration(family, conn, credentials)
    finally:
        conn.close()


def test_own_google_and_meta_apps_are_saved_and_used_for_signing_in(qtbot, db: Database) -> None:
    backend = MemoryKeyring()
    credentials = CredentialStore(backend)
    dialog = open_settings(qtbot, db, credentials)
    assert dialog.findChild(type(dialog.own_ids["google"]), "ownGoogleIdEdit") is not None
    dialog.own_ids["google"].setText("123-abc.apps.googleusercontent.com")
    dialog.own_secrets["google"].setText("GOCSPX-desktop-secret")
    dialog.own_ids["meta"].setText("987654321")
    dialog.own_secrets["meta"].setText("meta-client-token-123")
    assert dialog.own_secrets["meta"].echoMode() == dialog.own_secrets["meta"].EchoMode.Password
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
    status = open_settings.settings.own_app_status.text()  # type: ignore[attr-defined]
    assert status == "As your own app for Google and Facebook and Instagram."

    google = registration(db, "google", credentials)
    assert google is not None and google.own
    assert (google.client_id, google.secret) == (
        "123-abc.apps.googleusercontent.com",
        "GOCSPX-desktop-secret",
    )
    meta = registration(db, "meta", credentials)
    assert meta is not None and (meta.client_id, meta.secret) == (
        "987654321",
        "meta-client-token-123",
    )
    stored = "\n".join(sqlite3.connect(db.path).iterdump())
    assert "GOCSPX-desktop-secret" not in stored and "meta-client-token-123" not in stored
    assert any("GOCSPX-desktop-secret" in json.dumps(v) for v in backend.items.values())

    again = open_settings(qtbot, db, credentials)  # shown again: the id, never the secret
    assert again.own_ids["google"].text() == "123-abc.apps.googleusercontent.com"
    assert again.own_secrets["google"].text() == ""
    assert "leave empty to keep it" in again.own_secrets["google"].placeholderText()
    again.own_ids["meta"].setText("")  # back to Feedback Desk's own
    again.save()
    meta_after = registration(db, "meta", credentials)
    assert meta_after is None or not meta_after.own
    google_after = registration(db, "google", credentials)
    assert google_after is not None and google_after.secret == "GOCSPX-desktop-secret"


def test_a_refused_registration_is_said_and_the_dialog_stays(qtbot, db: Database) -> None:
    dialog = open_settings(qtbot, db, CredentialStore(MemoryKeyring()))
    dialog.own_ids["meta"].setText("987654321")  # no client token
    dialog.save()
    assert "client token" in dialog.problem.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.save_button.isEnabled()
