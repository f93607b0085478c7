"""The interface language: the system's unless Settings says otherwise, with Qt's own
buttons translated too, and the pseudo-languages for looking at the layout."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from feedback_desk.core import texts
from feedback_desk.ui.language import (
    LANGUAGE_KEY,
    SYSTEM,
    install_language,
    interface_language,
    saved_language,
    system_language,
)


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_language("en")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8@euro"}, "de"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # not shipped: English
        ({"LANGUAGE": "fr:de", "LANG": "fr_FR.UTF-8"}, "de"),  # the first one we have
        ({"LC_ALL": "de_CH.UTF-8", "LANG": "en_GB.UTF-8"}, "de"),
        ({"LANGUAGE": "en_GB", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LANGUAGE": "en_XA"}, "en_XA"),
        ({"LC_MESSAGES": "de-DE"}, "de"),
    ],
)
def test_the_system_language_comes_from_the_environment(
    environ: dict[str, str], expected: str
) -> None:
    assert system_language(environ) == expected


def test_the_setting_wins_over_the_system_unless_it_says_follow_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert saved_language(settings) == SYSTEM
    assert interface_language(saved_language(settings), {"LANG": "de_DE.UTF-8"}) == "de"
    settings.setValue(LANGUAGE_KEY, "en")
    assert interface_language(saved_language(settings), {"LANG": "de_DE.UTF-8"}) == "en"
    settings.setValue(LANGUAGE_KEY, "xx")  # a language no longer shipped: the system's
    assert interface_language(saved_language(settings), {"LANG": "de_DE.UTF-8"}) == "de"


def test_german_translates_our_words_and_qts_buttons(back_to_english: None) -> None:
    assert install_language("de") == "de"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    # Qt-free code reads through the same translator as tr()
    assert texts.translate("Database", "Cannot open the database.") != ""
    german = 0
    for (context, source), message in _messages("de").items():
        translation = message.find("translation")
        if message.get("numerus") != "yes" and translation is not None and translation.text:
            assert texts.translate(context, source) == translation.text, (context, source)
            assert QCoreApplication.translate(context, source) == translation.text
            german += 1
    assert german > 500
    install_language("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() in ("Cancel", "&Cancel")


def test_english_plurals_read_right() -> None:
    assert texts.translate("Test", "%n complaint(s)", None, 1) == "1 complaint"
    assert texts.translate("Test", "%n complaint(s)", None, 3) == "3 complaints"


@pytest.mark.expect_warnings(r"^no translation for xx; the interface stays in English$")
def test_a_missing_translation_leaves_english(back_to_english: None) -> None:
    assert install_language("xx") == "en"


def test_the_right_to_left_pseudo_language_mirrors_the_window(back_to_english: None) -> None:
    install_language("ar_XB")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    install_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_german_plurals_follow_the_count(back_to_english: None) -> None:
    install_language("de")
    plural = next(
        (context, source)
        for (context, source), message in _messages("de").items()
        if message.get("numerus") == "yes"
        and source.startswith(("%n ", "%Ln "))
        and len({form.text for form in message.iter("numerusform")}) == 2
    )
    one, many = texts.translate(*plural, None, 1), texts.translate(*plural, None, 5)
    assert one.startswith("1 ") and many.startswith("5 ") and one[2:] != many[2:]


def _messages(language: str) -> dict[tuple[str, str], ET.Element]:
    folder = resources.files("feedback_desk.resources").joinpath("translations")
    root = ET.fromstring(folder.joinpath(f"feedback_desk_{language}.ts").read_bytes())
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_lengthening_pseudo_language_marks_every_text(back_to_english: None) -> None:
    install_language("en_XA")
    source = next(iter(_messages("de")))
    shown = texts.translate(*source)
    assert shown.startswith("⟦") and shown.endswith("⟧") and len(shown) > len(source[1])
