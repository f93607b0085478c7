"""Settings → Your shop → Language of Feedback Desk: the system's language unless the owner
picks one, stored for the next start (app.py reads it then), and the settings' words in
German once German is installed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLabel

from feedback_desk.store import Database
from feedback_desk.ui.language import (
    LANGUAGE_KEY,
    interface_language,
    saved_language,
)
from feedback_desk.ui.settings_dialog import SettingsDialog
from feedback_desk.ui.tasks import InlineTaskRunner

GERMAN_SYSTEM = {"LANG": "de_DE.UTF-8"}
ENGLISH_SYSTEM = {"LANG": "en_GB.UTF-8"}


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_settings(qtbot, db: Database, settings: QSettings, environ: dict[str, str]):  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(db, runner=InlineTaskRunner(), settings=settings, environ=environ)
    qtbot.addWidget(dialog)
    return dialog


def language_combo(dialog: SettingsDialog) -> QComboBox:
    combo = dialog.findChild(QComboBox, "interfaceLanguage")
    assert combo is not None
    return combo


def test_the_list_names_the_systems_language_first_then_every_shipped_one(
    qtbot, db: Database, settings: QSettings
) -> None:
    dialog = open_settings(qtbot, db, settings, GERMAN_SYSTEM)
    combo = language_combo(dialog)
    shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert shown == [
        ("Same as the system (Deutsch)", "system"),
        ("English", "en"),
        ("Deutsch", "de"),
    ]
    assert combo.currentData() == "system"  # nothing saved yet
    assert dialog.tabs.widget(0).isAncestorOf(combo)  # on "Your shop"
    english = open_settings(qtbot, db, settings, ENGLISH_SYSTEM)
    assert language_combo(english).itemText(0) == "Same as the system (English)"


def test_choosing_deutsch_stores_de_and_the_next_start_speaks_german(
    qtbot, db: Database, settings: QSettings
) -> None:
    dialog = open_settings(qtbot, db, settings, ENGLISH_SYSTEM)
    combo = language_combo(dialog)
    note = dialog.findChild(QLabel, "interfaceLanguageNote")
    assert note is not None and note.isHidden()
    combo.setCurrentIndex(combo.findData("de"))
    assert not note.isHidden()
    assert note.text() == (
        "Once saved, Feedback Desk uses this language from the next time it opens: Deutsch."
    )
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
    assert settings.value(LANGUAGE_KEY) == "de"
    assert interface_language(saved_language(settings), ENGLISH_SYSTEM) == "de"

    again = open_settings(qtbot, db, settings, ENGLISH_SYSTEM)
    combo = language_combo(again)
    assert combo.currentData() == "de"
    combo.setCurrentIndex(combo.findData("system"))
    assert again.language_note.text() == (
        "Once saved, Feedback Desk uses this language from the next time it opens: English."
    )
    again.save()
    assert settings.value(LANGUAGE_KEY) == "system"
    assert interface_language(saved_language(settings), ENGLISH_SYSTEM) == "en"


def test_an_unchanged_list_writes_nothing(qtbot, db: Database, settings: QSettings) -> None:
    dialog = open_settings(qtbot, db, settings, ENGLISH_SYSTEM)
    dialog.save()
    assert not settings.contains(LANGUAGE_KEY)


def test_settings_speak_german_once_german_is_installed(
    qtbot, db: Database, settings: QSettings, german: None
) -> None:
    dialog = open_settings(qtbot, db, settings, GERMAN_SYSTEM)
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.tabs.tabText(0) == "Ihr Geschäft"
    assert language_combo(dialog).itemText(0) == "Wie das System (Deutsch)"
    assert language_combo(dialog).accessibleName() == "Sprache von Feedback Desk"
