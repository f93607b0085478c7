"""The import preview (`importPreview`) and replies posted by hand on platforms Feedback Desk
does not post to."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from feedback_desk.core.model import NewComment, Platform, Status
from feedback_desk.core.replies import ReplyState
from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.store import Database, open_database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.imports import store_import
from feedback_desk.store.outbox import Outbox
from feedback_desk.ui.import_preview import ImportPreview
from feedback_desk.ui.reply_wizard import ReplyWizard
from feedback_desk.ui.tasks import InlineTaskRunner
from tests.keyrings import MemoryKeyring

from .conftest import WindowFactory
from .test_reply_wizard import MovableClock


def _sample(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(
        resources.files("feedback_desk.resources").joinpath("samples", name).read_bytes()
    )
    return path


def _stored(db: Database) -> dict[str, object]:
    conn = db.connect()
    try:
        return {c.author: c for c in CommentStore(db, conn).comments(InboxFilter())}
    finally:
        conn.close()


def test_a_german_windows_1252_file_is_mapped_in_the_preview_and_remembered(
    make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    window = make_window(db)
    window.importer.zone = UTC
    path = _sample(tmp_path, "german-spreadsheet.csv")
    window.import_file(path)
    preview = window.findChild(ImportPreview, "importPreview")
    assert preview is not None and preview.isVisible()
    assert "Windows-1252" in preview.findChild(object, "importPreviewIntro").text()
    table = preview.table.model()
    assert table.columnCount() == 5 and table.rowCount() == 3
    assert table.headerData(0, Qt.Orientation.Horizontal) == "Kunde\n→ Customer's name"
    assert table.index(0, 0).data() == "Jürgen Weiß"
    combos = {f: preview.findChild(QComboBox, f"mapField_{f}") for f in ("author", "text")}
    assert combos["author"].currentText() == "Kunde"
    assert combos["text"].currentText() == "Bewertung"
    # Choosing the same column twice is refused, saying why.
    combos["author"].setCurrentIndex(combos["author"].findText("Bewertung"))
    button = preview.findChild(QPushButton, "importPreviewImport")
    assert not button.isEnabled() and "two fields" in preview.problem.text()
    combos["author"].setCurrentIndex(combos["author"].findText("Kunde"))
    assert button.isEnabled()
    button.click()
    assert window.model.rowCount() == 3
    message = window.statusBar().currentMessage()
    assert "3 new comments" in message and "Windows-1252" in message
    stored = _stored(db)
    assert stored["Jürgen Weiß"].created_at == datetime(2026, 3, 13, 8, 15, tzinfo=UTC)
    assert stored["Zoë Kühn"].platform.label == "Tripadvisor"

    # The same columns again: the preview comes with last time's choice.
    again = tmp_path / "april.csv"
    again.write_bytes(
        "Kunde;Bewertung;Datum;Sterne;Quelle\r\nBo;Gut.;02.04.2026;5;Etsy\r\n".encode("cp1252")
    )
    window.import_file(again)
    preview = window.importer.preview
    assert preview is not None and preview.plan.remembered
    assert "last time" in preview.findChild(object, "importPreviewIntro").text()
    preview.findChild(QPushButton, "importPreviewImport").click()
    assert window.model.rowCount() == 4


def test_one_platform_for_a_file_without_a_platform_column(
    make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    window = make_window(db)
    path = tmp_path / "etsy.csv"
    path.write_text("Buyer,Message,Date\nCy,Broken mug,2026-04-30 10:00\n", "utf-8")
    window.import_file(path)
    preview = window.findChild(ImportPreview, "importPreview")
    assert preview is not None
    platform = preview.findChild(QComboBox, "mapField_platform")
    assert platform.currentData() == ""
    assert "platform" in preview.problem.text()
    platform.setCurrentIndex(platform.findData("="))
    preview.findChild(QComboBox, "fixedPlatform").setCurrentText("Etsy")
    author = preview.findChild(QComboBox, "mapField_author")
    author.setCurrentIndex(author.findText("Buyer"))
    assert preview.problem_text() == ""
    preview.findChild(QPushButton, "importPreviewImport").click()
    assert _stored(db)["Cy"].platform.label == "Etsy"


def test_ambiguous_dates_are_asked_in_the_preview(
    make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    window = make_window(db)
    window.importer.zone = UTC
    path = tmp_path / "x.csv"
    path.write_text(
        "platform,author,text,created_at\ngoogle,Ann,Cold.,03/04/2026\ngoogle,Bo,Ok.,05/06/2026\n",
        "utf-8",
    )
    window.import_file(path)
    preview = window.findChild(ImportPreview, "importPreview")
    assert preview is not None
    button = preview.findChild(QPushButton, "importPreviewImport")
    assert not button.isEnabled() and "day first or month first" in preview.problem.text()
    dates = preview.findChild(QComboBox, "dateOrder")
    dates.setCurrentIndex(dates.findData("day-first"))
    button.click()
    assert _stored(db)["Ann"].created_at == datetime(2026, 4, 3, tzinfo=UTC)


def test_cancelling_the_preview_imports_nothing(
    make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    window = make_window(db)
    window.import_file(_sample(tmp_path, "german-spreadsheet.csv"))
    preview = window.findChild(ImportPreview, "importPreview")
    preview.reject()
    assert window.model.rowCount() == 0
    assert window.import_action.isEnabled()


def test_known_exports_need_no_preview(
    make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    window = make_window(db)
    window.import_file(_sample(tmp_path, "google-takeout-reviews.json"))
    assert window.findChild(ImportPreview, "importPreview") is None
    assert window.model.rowCount() == 3
    assert "Google Takeout" in window.statusBar().currentMessage()


# -- replying where Feedback Desk cannot post -----------------------------------------------


@pytest.fixture
def trustpilot(tmp_path: Path):  # type: ignore[no-untyped-def]
    clock = MovableClock(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    db = open_database(tmp_path / "home", clock)
    conn = db.connect()
    review = NewComment(
        Platform("Trustpilot"),
        "tp-1",
        "Priya Natarajan",
        "The cake tin arrived dented and nobody answered my e-mail.",
        clock.now - timedelta(hours=1),
        url="https://www.trustpilot.com/reviews/tp-1",
        rating=2,
    )
    store_import(db, conn, "trustpilot.csv", "sha", [review], Triage())
    comment_id = CommentStore(db, conn).page(InboxFilter())[0].id
    conn.close()
    return db, comment_id, clock


def test_a_reply_to_a_trustpilot_review_is_copied_the_page_opened_and_recorded_when_posted(
    qtbot, trustpilot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    db, comment_id, clock = trustpilot
    wizard = ReplyWizard(
        Services(db, CredentialStore(MemoryKeyring()), runner=InlineTaskRunner()),
        comment_id,
        shop_name="Corner Bakery",
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.consider_page.group.buttons()[0].setChecked(True)
    wizard.next()
    channel = wizard.channel_page
    assert channel.channel() == "public"
    assert not channel.buttons["private"].isEnabled()
    assert "Trustpilot" in channel.buttons["public"].text()
    wizard.next()
    wizard.next()
    wizard.draft_page.edit.setPlainText("I'm sorry, Priya. We are sending a new tin today.")
    wizard.draft_page.check()
    wizard.next()
    send = wizard.review_page.send_button
    assert send.text() == "Copy the reply and open the page"
    assert not send.isEnabled()  # the pause still applies
    clock.now += timedelta(hours=1)
    wizard.tick()
    assert send.isEnabled()
    send.click()
    assert QGuiApplication.clipboard().text() == (
        "I'm sorry, Priya. We are sending a new tin today."
    )
    assert opened == ["https://www.trustpilot.com/reviews/tp-1"]
    conn = db.connect()
    (reply,) = Outbox(db, conn).for_comment(comment_id)
    assert reply.state is ReplyState.UNCERTAIN  # copied is not posted
    posted = wizard.review_page.findChild(QPushButton, "emailSentButton")
    assert posted.isVisible() and posted.text() == "I posted it on Trustpilot"
    posted.click()
    (reply,) = Outbox(db, conn).for_comment(comment_id)
    assert reply.state is ReplyState.SENT and reply.channel.value == "public"
    assert conn.execute("SELECT source FROM replies WHERE id = ?", (reply.id,)).fetchone() == (
        "platform",
    )
    assert CommentStore(db, conn).get(comment_id).status is Status.REPLIED
    conn.close()
    assert "public reply on Trustpilot" in wizard.review_page.result.text()


def _wizard(qtbot, trustpilot) -> ReplyWizard:  # type: ignore[no-untyped-def]
    db, comment_id, _clock = trustpilot
    wizard = ReplyWizard(
        Services(db, CredentialStore(MemoryKeyring()), runner=InlineTaskRunner()),
        comment_id,
        shop_name="Corner Bakery",
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_a_copied_reply_not_confirmed_is_asked_about_when_the_wizard_reopens(
    qtbot, trustpilot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    db, comment_id, clock = trustpilot
    wizard = _wizard(qtbot, trustpilot)
    wizard.next()
    wizard.consider_page.group.buttons()[0].setChecked(True)
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.draft_page.edit.setPlainText("I'm sorry, Priya.")
    wizard.draft_page.check()
    wizard.next()
    clock.now += timedelta(hours=1)
    wizard.tick()
    wizard.review_page.send_button.click()
    wizard.reject()  # closed before saying whether it was posted

    again = _wizard(qtbot, trustpilot)
    assert again.currentPage().objectName() == "reviewPage"
    assert not again.review_page.send_button.isEnabled()
    assert "whether you posted" in again.review_page.why.text()
    didnt = again.review_page.findChild(QPushButton, "emailNotSentButton")
    assert didnt.isVisible() and didnt.text() == "I didn't post it"
    didnt.click()
    conn = db.connect()
    (kept,) = Outbox(db, conn).for_comment(comment_id)
    assert kept.state is ReplyState.FAILED
    assert CommentStore(db, conn).get(comment_id).status is not Status.REPLIED
    conn.close()


def test_other_platforms_have_their_own_tick_box(
    make_window: WindowFactory, db: Database, tmp_path: Path
) -> None:
    window = make_window(db)
    window.import_file(_sample(tmp_path, "trustpilot-reviews.csv"))
    window.import_file(_sample(tmp_path, "google-takeout-reviews.json"))
    assert window.model.rowCount() == 6
    boxes = window.filters.platform_boxes
    other = next(box for key, box in boxes.items() if key.value == "other")
    assert other.objectName() == "platform_other" and other.text() == "Other platforms"
    other.setChecked(False)
    assert window.model.rowCount() == 3  # the Google reviews
    other.setChecked(True)
    for key, box in boxes.items():
        if key.value == "google":
            box.setChecked(False)
    assert window.model.rowCount() == 3  # the Trustpilot reviews
    assert window.current_filter().other_platforms


def test_the_history_and_the_report_offer_other_platforms_by_name(
    qtbot, db: Database, tmp_path: Path
) -> None:
    from feedback_desk.sources.file_import import import_export, open_export
    from feedback_desk.ui.complaint_filters import ComplaintChoosers
    from feedback_desk.ui.history_window import HistoryWindow

    import_export(db, open_export(_sample(tmp_path, "trustpilot-reviews.csv")), Triage())
    conn = db.connect()
    try:
        others = CommentStore(db, conn).other_platforms()
    finally:
        conn.close()
    assert [p.label for p in others] == ["Trustpilot"]
    choosers = ComplaintChoosers("x", [], fairness="Any", other_platforms=others)
    assert choosers.platform.findData("trustpilot") > 0
    history = HistoryWindow(db, InlineTaskRunner(), lambda: datetime(2026, 3, 10, tzinfo=UTC))
    qtbot.addWidget(history)
    combo = history.findChild(QComboBox, "historyPlatform")
    assert combo.itemText(combo.findData("trustpilot")) == "Trustpilot"
