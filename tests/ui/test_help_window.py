"""Help → Connecting your accounts: every platform covered, every link goes somewhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from feedback_desk.core.model import Platform
from feedback_desk.store import Database
from feedback_desk.ui.help_window import HelpWindow

from .conftest import WindowFactory


def anchors_and_links(document: QTextDocument) -> tuple[set[str], list[str]]:
    names: set[str] = set()
    links: list[str] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            names.update(fmt.anchorNames())
            if fmt.isAnchor() and fmt.anchorHref():
                links.append(fmt.anchorHref())
            fragments += 1
        block = block.next()
    return names, links


def test_the_help_menu_opens_the_page(make_window: WindowFactory, db: Database) -> None:
    window = make_window(db)
    action = next(a for a in window.menuBar().actions() if a.text() == "&Help")
    entry = next(a for a in action.menu().actions() if a.objectName() == "helpConnectingAction")
    entry.trigger()
    help_window = window.help_window
    assert help_window.objectName() == "helpWindow" and help_window.isVisible()
    assert help_window.windowTitle() == "Connecting your accounts"
    help_window.close()


def test_every_platform_has_a_section_saying_what_is_needed(qtbot) -> None:
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    names, links = anchors_and_links(help_window.browser.document())
    text = help_window.browser.toPlainText()
    for platform in Platform:
        assert platform.value in names, platform
        assert f"#{platform.value}" in links, platform
    for needed in (
        "role on that Page",
        "professional account",
        "verified",
        "YouTube channel",
        "Mastodon account",
    ):
        assert needed in text
    assert text.count("What each permission is for") + text.count("What the permission is for") == 5


def test_every_link_scrolls_to_its_section_or_opens_the_browser(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "feedback_desk.ui.help_window.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()) or True,
    )
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.resize(500, 300)
    help_window.show()
    qtbot.waitExposed(help_window)
    names, links = anchors_and_links(help_window.browser.document())
    bar = help_window.browser.verticalScrollBar()
    outside = [link for link in links if not link.startswith("#")]
    assert outside and all(link.startswith("https://") for link in outside)
    for link in links:
        if link.startswith("#"):
            assert link[1:] in names, link
            bar.setValue(0)
            help_window.browser.anchorClicked.emit(QUrl(link))
            if link != "#facebook":  # the first section may already be on screen
                assert bar.value() > 0, link
        else:
            help_window.browser.anchorClicked.emit(QUrl(link))
    assert opened == outside
    help_window.close()
