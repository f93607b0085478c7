"""The pseudo-language walk: with every translated text lengthened and bracketed (en_XA),
any English word still on screen is one nobody marked for translation. Each window and
dialog is opened on the demo inbox and every text it shows is read: labels, buttons, group
and tab titles, placeholders, tooltips, accessible names, column headers, menus and the
window title. What the owner's data says (names, comments, categories) and brand names are
not the interface's words and are left out."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from feedback_desk.secrets import CredentialStore
from feedback_desk.store import Database
from feedback_desk.ui.help_window import GUIDE
from feedback_desk.ui.language import install_language
from feedback_desk.ui.main_window import MainWindow
from tests.keyrings import MemoryKeyring

from .conftest import WindowFactory
from .test_accessibility import worst

BRANDS = re.compile(
    r"Feedback Desk|Facebook|Instagram|Google|YouTube|Mastodon|CSV|JSON|PDF|HTML|PKCE|"
    r"Secret Service|GNOME|KWallet|Ctrl|Shift|Esc|Enter|Tab|"
    r"http\S*|\S+@\S+|\S+\.(?:csv|json|pdf|html)",
)
# Lists whose entries are data, not the interface's words: the saved replies come from a
# file per language (tested in German by test_reply_wizard); countries and currencies are
# named as Qt and ISO 4217 name them, in English.
NOT_OURS = {
    "savedRepliesCombo",
    "firstRunCountry",
    "shopCountryCombo",
    "firstRunCurrency",
    "shopCurrencyCombo",
    "interfaceLanguage",  # each language by its own name: "Deutsch", "English"
    "helpBrowser",  # the guide is a file per language (test_help_language)
}
TRANSLATED = re.compile(r"⟦[^⟦⟧]*⟧")
WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def pseudo(make_window: WindowFactory, demo_db: Database) -> Iterator[MainWindow]:
    install_language("en_XA")
    try:
        window = make_window(demo_db, credentials=CredentialStore(MemoryKeyring()))
        window.resize(1300, 800)
        window.show()
        yield window
    finally:
        install_language("en")


def owners_words(db: Database) -> list[str]:
    """Texts that come from the owner's data, longest first."""
    conn = db.connect()
    try:
        rows = conn.execute("SELECT author, text FROM comments").fetchall()
    finally:
        conn.close()
    words = {part for row in rows for part in row if part}
    locale = QLocale()
    for n in range(1, 13):
        words.add(locale.monthName(n))
        words.add(locale.monthName(n, QLocale.FormatType.ShortFormat))
    for n in range(1, 8):
        words.add(locale.dayName(n))
        words.add(locale.dayName(n, QLocale.FormatType.ShortFormat))
    return sorted(words, key=len, reverse=True)


def texts_of(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text `top` shows now."""
    yield "window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if widget.objectName().startswith("__qt__") or widget.objectName() in NOT_OURS:
            continue  # Qt's own buttons (its .qm translates them); lists of data
        box = widget.parentWidget()
        if (
            isinstance(widget, QPushButton)
            and isinstance(box, QDialogButtonBox)
            and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
            and widget.text() == _qt_words(box.standardButton(widget))
        ):
            continue  # "Cancel", "Save": Qt's words, translated by qtbase_*.qm
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield where + " placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield where + " item", widget.itemText(index)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield where + " tab", widget.tabText(index)
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()  # (a list shows no header)
            for column in range(model.columnCount(QModelIndex())):
                yield (
                    where + " header",
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                )
        yield where + " tooltip", widget.toolTip()
        yield where + " accessible name", widget.accessibleName()
        yield where + " accessible description", widget.accessibleDescription()
    for action in top.findChildren(QAction):
        if action.isVisible():
            yield f"action {action.objectName()}", action.text()


def _qt_words(button: QDialogButtonBox.StandardButton) -> str:
    box = QDialogButtonBox(button)
    return box.button(button).text()


def untranslated(top: QWidget, data: list[str]) -> list[str]:
    found = []
    for where, text in texts_of(top):
        rest = TRANSLATED.sub(" ", text)
        for words in data:
            if len(words) > 2:
                rest = rest.replace(words, " ")
        rest = BRANDS.sub(" ", rest)
        if WORD.search(rest):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def check(found: dict[str, list[str]]) -> None:
    missing = {where: texts for where, texts in found.items() if texts}
    if missing:
        lines = [f"{where}: {text}" for where, texts in missing.items() for text in texts]
        pytest.fail("shown without translation:\n" + "\n".join(lines), pytrace=False)


def test_the_main_window(pseudo: MainWindow, demo_db: Database) -> None:
    check({"main window": untranslated(pseudo, owners_words(demo_db))})


def test_the_reply_wizard_on_each_page(pseudo: MainWindow, demo_db: Database) -> None:
    pseudo.open_reply(worst(demo_db))
    wizard = pseudo.reply_wizard
    assert wizard is not None
    data, found, seen = owners_words(demo_db), {}, set()
    while wizard.currentId() not in seen and wizard.currentId() != -1:
        seen.add(wizard.currentId())
        found[wizard.currentPage().objectName()] = untranslated(wizard, data)
        wizard.next()
    wizard.close()
    check(found)


def test_history_outcome_perspective_report_ledger_help_settings(
    pseudo: MainWindow, demo_db: Database
) -> None:
    data = owners_words(demo_db)
    complaint = worst(demo_db)
    pseudo.open_history(complaint)
    found = {"history": untranslated(pseudo.history_window, data)}
    pseudo._select(complaint)
    pseudo.record_outcome_action.trigger()
    found["outcome"] = untranslated(pseudo.outcome_dialog, data)
    pseudo.outcome_dialog.close()
    pseudo.open_perspective()
    found["perspective"] = untranslated(pseudo.perspective_window, data)
    pseudo.open_report()
    found["report"] = untranslated(pseudo.report_dialog, data)
    pseudo.open_ledger()
    found["ledger"] = untranslated(pseudo.ledger_window, data)
    pseudo.open_help(GUIDE)
    pseudo.help_window.setWindowTitle("")  # the guide's own title, from its file
    found["help"] = untranslated(pseudo.help_window, data)
    pseudo.open_settings()
    for tabs in pseudo.settings_dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found[f"settings {index}"] = untranslated(pseudo.settings_dialog, data)
    pseudo.open_accounts()
    found["accounts"] = untranslated(pseudo.accounts_dialog, data)
    check(found)


def test_the_first_run_assistant(pseudo: MainWindow, demo_db: Database) -> None:
    pseudo.open_first_run()
    assistant = pseudo.first_run_assistant
    data, found, seen = owners_words(demo_db), {}, set()
    while assistant.currentId() not in seen and assistant.currentId() != -1:
        seen.add(assistant.currentId())
        found[str(assistant.currentId())] = untranslated(assistant, data)
        assistant.next()
    check(found)
