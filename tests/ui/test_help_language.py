"""The offline guide in the interface language: German when the interface is German (the
file name itself is translated), English otherwise or when the translated file is missing."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from PySide6.QtCore import QUrl

from feedback_desk.ui import help_window
from feedback_desk.ui.help_window import CONNECTING, GUIDE, HelpWindow, page_file

from .test_help_window import anchors_and_links

HELP = resources.files("feedback_desk.resources").joinpath("help")


def _shape(name: str) -> tuple[list[str], list[str], int, int]:
    """Anchors, links and how many sections and list items a page has."""
    html = HELP.joinpath(name).read_text("utf-8")
    return (
        re.findall(r'(?:id|name)="([^"]+)"', html),
        re.findall(r'href="([^"]+)"', html),
        len(re.findall(r"<h[123]\b", html)),
        len(re.findall(r"<li\b", html)),
    )


@pytest.mark.parametrize("page", [GUIDE, CONNECTING])
def test_the_german_pages_have_the_english_ones_shape(page: str) -> None:
    german = page.replace(".html", "_de.html")
    assert _shape(german) == _shape(page)
    assert 'lang="' not in HELP.joinpath(german).read_text("utf-8")  # like the English


def test_english_shows_the_english_guide() -> None:
    assert page_file(GUIDE) == GUIDE and page_file(CONNECTING) == CONNECTING


def test_german_shows_the_german_guide_and_its_links_stay_german(qtbot, german: None) -> None:
    assert page_file(GUIDE) == "guide_de.html"
    guide = HelpWindow(GUIDE)
    qtbot.addWidget(guide)
    assert guide.windowTitle() == "Feedback Desk – Benutzerhandbuch"
    assert guide.browser.accessibleName() == "Hilfe"
    text = guide.browser.toPlainText()
    for section in (
        "Erste Schritte",
        "Der Posteingang",
        "Die Bedenkzeit",
        "Angebote und das Rabattbuch",
    ):
        assert section in text, section
    names, links = anchors_and_links(guide.browser.document())
    for link in links:
        if link.startswith("#"):
            assert link[1:] in names, link
    guide.browser.anchorClicked.emit(QUrl("connecting.html#mastodon"))
    assert guide.page == CONNECTING  # pages are named by their English file
    assert guide.windowTitle() == "Ihre Konten verbinden"
    assert "Was Sie brauchen" in guide.browser.toPlainText()


def test_a_missing_translated_file_falls_back_to_english(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        help_window.QCoreApplication,
        "translate",
        lambda context, text, *rest: text.replace(".html", "_xx.html"),
    )
    assert page_file(GUIDE) == GUIDE
    guide = HelpWindow(GUIDE)
    qtbot.addWidget(guide)
    assert guide.windowTitle() == "Feedback Desk user guide"


def test_a_translated_name_outside_the_help_folder_is_not_followed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        help_window.QCoreApplication, "translate", lambda *args: "../translations/x.html"
    )
    assert page_file(CONNECTING) == CONNECTING
