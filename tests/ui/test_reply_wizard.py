"""The reply wizard on a harsh Facebook comment, against a local Facebook server."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWizard,
)

from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.model import Platform, Status
from feedback_desk.core.triage import Triage
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.sources.base import Connector
from feedback_desk.sources.registry import connector_for
from feedback_desk.sources.sync import sync_account
from feedback_desk.store import open_database
from feedback_desk.store.accounts import Account, AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.discounts import DiscountLedger
from feedback_desk.store.outbox import Outbox
from feedback_desk.ui.reply_wizard import ReplyWizard, Step
from feedback_desk.ui.tasks import InlineTaskRunner
from tests.fakes import FakeFacebook
from tests.keyrings import MemoryKeyring


class Clock:
    def __init__(self, server: FakeFacebook) -> None:
        self.server = server

    def __call__(self) -> datetime:
        return self.server.now


@pytest.fixture
def harsh(tmp_path, fake_facebook: FakeFacebook):  # type: ignore[no-untyped-def]
    post = fake_facebook.add_post()
    fake_facebook.add_comment(post, "You lot are IDIOTS, the cake was stale and dry!!", "Sam Harsh")
    clock = Clock(fake_facebook)
    db = open_database(tmp_path / "home", clock)
    conn = db.connect()
    account = AccountStore(db, conn).add(
        "Shop page",
        Platform.FACEBOOK,
        {"page_id": fake_facebook.page_id, "api_base": fake_facebook.base_url},
    )
    credentials = CredentialStore(MemoryKeyring())
    credentials.save("Shop page", {"token": fake_facebook.token})

    def connect(acc: Account, secret: dict[str, str]) -> Connector:
        return connector_for(acc, secret, sleep=lambda s: None, clock=clock)

    sync_account(db, conn, account, connect(account, {"token": fake_facebook.token}), Triage())
    comment_id = CommentStore(db, conn).page(InboxFilter())[0].id
    conn.close()
    return db, comment_id, credentials, connect, clock


def open_wizard(qtbot, harsh) -> ReplyWizard:  # type: ignore[no-untyped-def]
    db, comment_id, credentials, connect, _clock = harsh
    wizard = ReplyWizard(
        Services(db, credentials, connect=connect, runner=InlineTaskRunner()),
        comment_id,
        shop_name="Corner Bakery",
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


PAGE_ORDER = [
    "cooloffPage",
    "considerPage",
    "channelPage",
    "compensationPage",
    "draftPage",
    "reviewPage",
]


def on_page(wizard: ReplyWizard) -> str:
    return wizard.currentPage().objectName()


def to_offer(wizard: ReplyWizard, validity: int = 0, channel: str | None = None) -> None:
    """Past the pause, "is it fair" (0: valid) and the channel (the suggested one unless
    given), to the offer."""
    wizard.next()
    wizard.consider_page.group.buttons()[validity].setChecked(True)
    wizard.next()
    if channel is not None:
        wizard.channel_page.findChild(QRadioButton, f"{channel}Radio").setChecked(True)
    wizard.next()
    assert on_page(wizard) == "compensationPage"


def offer_percent(wizard: ReplyWizard, percent: str) -> None:
    page = wizard.currentPage()
    kind = page.findChild(QComboBox, "compensationKind")
    kind.setCurrentIndex(kind.findData("percent"))
    page.findChild(QLineEdit, "compensationValue").setText(percent)


def to_draft(wizard: ReplyWizard, validity: int = 0) -> None:
    """Past the pause, "is it fair", the suggested channel and the offer (an apology), to
    the draft."""
    to_offer(wizard, validity)
    wizard.next()
    assert wizard.currentId() == Step.DRAFT


def walk_to_review(wizard: ReplyWizard, text: str, percent: str = "10") -> None:
    to_offer(wizard, validity=1)  # thinking and drafting are allowed during the wait
    assert wizard.channel_page.channel() == "private"  # harsh: private is suggested
    offer_percent(wizard, percent)
    wizard.next()
    wizard.draft_page.edit.setPlainText(text)
    wizard.draft_page.check()
    wizard.next()
    assert wizard.currentId() == Step.REVIEW


def tone_notes(wizard: ReplyWizard) -> list[str]:
    model = wizard.draft_page.findChild(QListView, "toneList").model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_offer_is_chosen_first_and_its_code_reaches_the_customer(
    qtbot,
    harsh,  # type: ignore[no-untyped-def]
) -> None:
    wizard = open_wizard(qtbot, harsh)
    assert [wizard.page(i).objectName() for i in wizard.pageIds()] == PAGE_ORDER
    to_offer(wizard)  # harsh: a private message
    offer_percent(wizard, "15")
    wizard.next()
    assert on_page(wizard) == "draftPage"
    draft = wizard.currentPage()
    edit = draft.findChild(QPlainTextEdit, "draftEdit")
    edit.setPlainText("Dear {customer}, I'm sorry the cake was dry. We hope to see you again.")
    wizard.draft_page.check()
    # The tone check knows the offer's code: a private reply without it is pointed out.
    assert any("does not give the code" in note for note in tone_notes(wizard))
    add = draft.findChild(QPushButton, "addOfferCodeButton")
    assert add.isVisibleTo(draft) and add.isEnabled()
    add.click()
    wizard.draft_page.check()
    assert "{code}" in edit.toPlainText()
    assert not any("does not give the code" in note for note in tone_notes(wizard))
    code = wizard.offer_code()
    assert code and code.startswith("FD-")
    preview = draft.findChild(QLabel, "draftPreview").text()
    assert code in preview and "15% off" in preview and "Dear Sam Harsh" in preview
    assert not add.isEnabled() and add.toolTip()  # the code is there: it says so
    wizard.next()
    assert on_page(wizard) == "reviewPage"
    assert code in wizard.findChild(QPlainTextEdit, "reviewText").toPlainText()


def test_a_private_reply_without_the_code_is_not_sent_unread(
    qtbot,
    harsh,  # type: ignore[no-untyped-def]
) -> None:
    wizard = open_wizard(qtbot, harsh)
    to_offer(wizard)
    offer_percent(wizard, "15")
    wizard.next()
    wizard.draft_page.edit.setPlainText("I'm sorry the cake was dry, and thank you for saying.")
    wizard.draft_page.check()
    assert not wizard.draft_page.isComplete()  # the note is read and ticked first
    wizard.draft_page.acknowledged.setChecked(True)
    wizard.next()
    summary = wizard.findChild(QLabel, "reviewSummary").text()
    assert "15% off" in summary and "does not give the code" in summary


def test_a_code_never_goes_into_a_public_reply(
    qtbot,
    harsh,  # type: ignore[no-untyped-def]
) -> None:
    wizard = open_wizard(qtbot, harsh)
    to_offer(wizard, channel="public")
    offer_percent(wizard, "10")
    note = wizard.currentPage().findChild(QLabel, "compensationChannelNote")
    assert note.isVisibleTo(wizard.currentPage())
    assert "public" in note.text() and "private" in note.text()
    wizard.next()
    draft = wizard.currentPage()
    assert not draft.findChild(QPushButton, "addOfferCodeButton").isVisibleTo(draft)
    wizard.draft_page.edit.setPlainText("Sorry about the cake. Here is {discount}: {code}.")
    wizard.draft_page.check()
    assert not wizard.draft_page.isComplete()
    assert (
        "public reply can be used by anyone" in draft.findChild(QLabel, "draftBlockedReason").text()
    )


def test_private_reply_with_a_discount_waits_for_the_cooloff_then_sends_once(
    qtbot,
    harsh,
    fake_facebook: FakeFacebook,  # type: ignore[no-untyped-def]
) -> None:
    wizard = open_wizard(qtbot, harsh)
    assert wizard.objectName() == "replyWizard"
    assert wizard.cooloff_page.findChild(QLabel, "cooloffRemaining").text().startswith("30:00")
    walk_to_review(
        wizard,
        "Dear {customer}, I'm sorry the cake was dry. Here is {discount} with the code {code}.",
    )
    send = wizard.review_page.findChild(QPushButton, "sendButton")
    assert not send.isEnabled()
    assert "Send unlocks in 30:00" in send.toolTip()
    assert "Here is 10% off with the code FD-" in wizard.review_page.text.toPlainText()
    fake_facebook.advance(minutes=29, seconds=30)
    wizard.tick()
    assert not send.isEnabled() and "00:30" in send.toolTip()
    fake_facebook.advance(seconds=30)
    wizard.tick()
    assert send.isEnabled()
    send.click()
    assert len(fake_facebook.private_replies) == 1
    assert not send.isEnabled()
    # Sent is sent: no way back to change it.
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert not wizard.findChild(QAbstractItemView, "wizardSteps").isEnabled()
    db, comment_id = harsh[0], harsh[1]
    conn = db.connect()
    assert CommentStore(db, conn).get(comment_id).status is Status.REPLIED
    offered = DiscountLedger(db, conn).list()
    assert [(d.kind.value, str(d.value), d.comment_id) for d in offered] == [
        ("percent", "10", comment_id)
    ]
    assert offered[0].code and offered[0].code in fake_facebook.private_replies[0]["text"]
    conn.close()


def test_a_discount_for_removing_the_review_is_blocked_with_the_reason(
    qtbot,
    harsh,  # type: ignore[no-untyped-def]
) -> None:
    wizard = open_wizard(qtbot, harsh)
    to_draft(wizard)
    wizard.draft_page.edit.setPlainText("Sorry! 20% off if you remove your review.")
    wizard.draft_page.check()
    assert not wizard.draft_page.isComplete()
    reason = wizard.draft_page.findChild(QLabel, "draftBlockedReason").text()
    assert "review" in reason and "Google" in reason
    tone = wizard.draft_page.findChild(QListView, "toneList")
    assert tone.model().rowCount() >= 1
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled() is False


def test_closing_midway_and_reopening_keeps_the_draft_and_the_wait(
    qtbot,
    harsh,
    fake_facebook: FakeFacebook,  # type: ignore[no-untyped-def]
) -> None:
    wizard = open_wizard(qtbot, harsh)
    to_draft(wizard)
    wizard.draft_page.edit.setPlainText("I'm sorry, Sam. We will do better.")
    wizard.reject()  # "Close (keeps your work)"
    fake_facebook.advance(minutes=10)
    again = open_wizard(qtbot, harsh)  # as after restarting the app
    assert again.currentId() == Step.DRAFT
    assert again.findChild(QPlainTextEdit, "draftEdit").toPlainText() == (
        "I'm sorry, Sam. We will do better."
    )
    assert again.cooloff_page.findChild(QLabel, "cooloffRemaining").text().startswith("20:00")


def test_settings_change_new_waits_only_and_categories_and_saved_replies_carry_over(
    qtbot,
    harsh,
    fake_facebook: FakeFacebook,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QPlainTextEdit, QSpinBox

    from feedback_desk.ui.settings_dialog import SettingsDialog

    db = harsh[0]
    wizard = open_wizard(qtbot, harsh)  # the harsh comment's 30-minute wait starts now
    to_draft(wizard)
    wizard.draft_page.edit.setPlainText("Thank you for telling us. We're sorry.")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Short thanks", True))
    wizard.draft_page.findChild(QPushButton, "keepReplyButton").click()
    wizard.reject()

    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.findChild(QSpinBox, "harshMinutes").setValue(5)
    dialog.findChild(QLineEdit, "shopNameEdit").setText("Juniper & Rye")
    dialog.findChild(QPlainTextEdit, "categoriesEdit").setPlainText("taste\npackaging")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted

    again = open_wizard(qtbot, harsh)
    assert again.cooloff_page.findChild(QLabel, "cooloffRemaining").text().startswith("30:00")
    categories = [
        again.consider_page.category.itemText(i)
        for i in range(again.consider_page.category.count())
    ]
    assert categories == ["taste", "packaging"]
    titles = [again.draft_page.saved.itemText(i) for i in range(again.draft_page.saved.count())]
    assert "Short thanks" in titles
    db, comment_id, credentials, connect, _clock = harsh
    plain = ReplyWizard(
        Services(db, credentials, connect=connect, runner=InlineTaskRunner()), comment_id
    )
    qtbot.addWidget(plain)
    assert plain.placeholder_values()["shop"] == "Juniper & Rye"


def test_an_empty_category_list_is_refused_with_a_reason(qtbot, harsh) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPlainTextEdit

    from feedback_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(harsh[0])
    qtbot.addWidget(dialog)
    dialog.findChild(QPlainTextEdit, "categoriesEdit").setPlainText("  \n")
    dialog.save()
    assert "at least one category" in dialog.findChild(QLabel, "settingsProblem").text()


def test_notes_that_do_not_block_are_acknowledged_before_going_on(
    qtbot,
    harsh,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QCheckBox

    wizard = open_wizard(qtbot, harsh)
    to_draft(wizard)
    page = wizard.draft_page
    page.edit.setPlainText("I'm sorry. As I already said, the cake is baked fresh daily.")
    page.check()
    tick = page.findChild(QCheckBox, "toneAcknowledged")
    assert tick.isVisibleTo(page) and not page.isComplete()
    assert "tick the box" in page.findChild(QLabel, "draftBlockedReason").text()
    tick.setChecked(True)
    assert page.isComplete()
    page.edit.setPlainText("I'm sorry. As I already said, you should have asked.")
    page.check()  # a new note: look again
    assert not tick.isChecked() and not page.isComplete()


def click_step(qtbot, wizard: ReplyWizard, row: int) -> None:  # type: ignore[no-untyped-def]
    """A click on one step of the side list, as the owner would."""
    steps = wizard.findChild(QAbstractItemView, "wizardSteps")
    rect = steps.visualRect(steps.model().index(row, 0))
    assert rect.isValid()
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_reopening_continues_where_the_owner_stopped_and_every_step_stays_reachable(
    qtbot,
    harsh,  # type: ignore[no-untyped-def]
) -> None:
    from feedback_desk.store.assessments import Assessments

    db, comment_id = harsh[0], harsh[1]
    wizard = open_wizard(qtbot, harsh)
    walk_to_review(
        wizard,
        "Dear {customer}, I'm sorry the cake was dry. Here is {discount} with the code {code}.",
    )
    wizard.reject()
    again = open_wizard(qtbot, harsh)
    assert on_page(again) == "reviewPage"
    steps = again.findChild(QAbstractItemView, "wizardSteps")
    names = [steps.model().index(r, 0).data() for r in range(steps.model().rowCount())]
    assert len(names) == 6 and "Make it right" in names[3] and "Write" in names[4]
    back = again.button(QWizard.WizardButton.BackButton)
    assert back.isVisible() and back.isEnabled()
    back.click()
    assert on_page(again) == "draftPage"
    click_step(qtbot, again, 1)
    assert on_page(again) == "considerPage"
    again.consider_page.group.buttons()[0].setChecked(True)  # on second thoughts: fair
    click_step(qtbot, again, 5)  # forward through every page, each checked as with Next
    assert on_page(again) == "reviewPage"
    conn = db.connect()
    assert Assessments(db, conn).get(comment_id).validity == "valid"
    conn.close()
    click_step(qtbot, again, 2)
    again.channel_page.findChild(QRadioButton, "emailRadio").setChecked(True)
    click_step(qtbot, again, 4)
    assert on_page(again) == "draftPage"
    again.draft_page.edit.setPlainText("")
    again.draft_page.check()
    click_step(qtbot, again, 5)  # an empty reply is not skipped over
    assert on_page(again) == "draftPage"
    assert "empty" in again.findChild(QLabel, "draftBlockedReason").text()


def test_a_fresh_wizard_goes_forward_only_as_far_as_the_owner_has_answered(
    qtbot,
    harsh,  # type: ignore[no-untyped-def]
) -> None:
    wizard = open_wizard(qtbot, harsh)
    assert on_page(wizard) == "cooloffPage"
    click_step(qtbot, wizard, 5)
    assert on_page(wizard) == "considerPage"  # "is it fair?" has no answer yet
    assert "Choose one" in wizard.consider_page.why.text()


def test_tone_notes_read_before_closing_do_not_stop_the_reopened_wizard(
    qtbot,
    harsh,  # type: ignore[no-untyped-def]
) -> None:
    wizard = open_wizard(qtbot, harsh)
    to_draft(wizard)
    wizard.draft_page.edit.setPlainText("I'm sorry. As I already said, it is baked fresh daily.")
    wizard.draft_page.check()
    wizard.draft_page.acknowledged.setChecked(True)
    wizard.next()
    assert on_page(wizard) == "reviewPage"
    wizard.reject()
    again = open_wizard(qtbot, harsh)
    assert on_page(again) == "reviewPage"


class MovableClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def emailed(tmp_path):  # type: ignore[no-untyped-def]
    """A harsh review from an imported file that gave the customer's e-mail address."""
    from datetime import UTC, timedelta

    from feedback_desk.core.model import NewComment
    from feedback_desk.store.imports import store_import

    clock = MovableClock(datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    db = open_database(tmp_path / "home", clock)
    conn = db.connect()
    review = NewComment(
        Platform.GOOGLE,
        "review-1",
        "Ann Baker",
        "Rude staff and a stale loaf. Never again!!",
        clock.now - timedelta(hours=1),
        rating=1,
        email="ann+cakes@example.com",
    )
    store_import(db, conn, "reviews.csv", "sha", [review], Triage())
    comment_id = CommentStore(db, conn).page(InboxFilter())[0].id
    conn.close()
    return db, comment_id, clock


def open_emailed(qtbot, emailed) -> ReplyWizard:  # type: ignore[no-untyped-def]
    db, comment_id, _clock = emailed
    wizard = ReplyWizard(
        Services(db, CredentialStore(MemoryKeyring()), runner=InlineTaskRunner()),
        comment_id,
        shop_name="Corner Bakery",
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_an_email_goes_to_the_address_shown_and_reopening_asks_whether_it_was_sent(
    qtbot,
    emailed,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from feedback_desk.core.replies import ReplyState
    from feedback_desk.store.outbox import Outbox

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        lambda url: opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded)),
    )
    db, comment_id, clock = emailed
    wizard = open_emailed(qtbot, emailed)
    wizard.next()
    wizard.consider_page.group.buttons()[0].setChecked(True)
    wizard.next()
    page = wizard.currentPage()
    assert page.objectName() == "channelPage"
    assert page.findChild(QRadioButton, "emailRadio").isChecked()  # imported: e-mail only
    address = page.findChild(QLineEdit, "emailAddressEdit")
    assert address.isVisibleTo(page) and address.text() == "ann+cakes@example.com"
    problem = page.findChild(QLabel, "emailAddressProblem")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    address.setText("ann baker@example")
    assert "ann baker@example" in problem.text() and "space" in problem.text()
    assert problem.isVisibleTo(page) and not next_button.isEnabled()
    address.setText("ann.baker+cakes@example.com")
    assert not problem.text() and next_button.isEnabled()
    wizard.next()  # an apology
    wizard.next()
    wizard.draft_page.edit.setPlainText("I'm sorry, Ann, and thank you for telling us.")
    wizard.draft_page.check()
    wizard.next()
    assert on_page(wizard) == "reviewPage"
    assert "ann.baker+cakes@example.com" in wizard.findChild(QLabel, "reviewSummary").text()
    clock.now += timedelta(hours=1)  # the pause is over
    wizard.tick()
    wizard.findChild(QPushButton, "sendButton").click()
    assert len(opened) == 1
    assert opened[0].startswith("mailto:ann.baker%2Bcakes@example.com?subject=")
    conn = db.connect()
    (reply,) = Outbox(db, conn).for_comment(comment_id)
    assert reply.address == "ann.baker+cakes@example.com"
    assert reply.state is ReplyState.UNCERTAIN  # handed to the mail program, not yet sent
    wizard.back()  # looked at the words again,
    wizard.reject()  # and closed before answering "Did you send it?"

    again = open_emailed(qtbot, emailed)
    assert on_page(again) == "reviewPage"
    assert again.findChild(QLineEdit, "emailAddressEdit").text() == "ann.baker+cakes@example.com"
    sent = again.findChild(QPushButton, "emailSentButton")
    assert sent.isVisible()
    assert not again.findChild(QPushButton, "sendButton").isEnabled()
    sent.click()
    (reply,) = Outbox(db, conn).for_comment(comment_id)
    assert reply.state is ReplyState.SENT
    assert CommentStore(db, conn).get(comment_id).status is Status.REPLIED
    conn.close()


def test_every_page_fits_a_small_laptop_screen_with_its_buttons_in_view(
    qtbot,
    harsh,  # type: ignore[no-untyped-def]
) -> None:
    """1024x640, less a title bar and a panel: no page may need more than that."""
    wizard = open_wizard(qtbot, harsh)
    wizard.consider_page.group.buttons()[1].setChecked(True)
    kind = wizard.compensation_page.kind
    kind.setCurrentIndex(kind.findData("percent"))
    wizard.compensation_page.value.setText("10")
    needed = {}
    for step in PAGE_ORDER:
        wizard.steps.chosen.emit(PAGE_ORDER.index(step))
        if step == "draftPage":  # at its longest: the offer, a preview, notes, a tick box
            wizard.draft_page.edit.setPlainText("I'm sorry. As I already said, {discount}.")
            wizard.draft_page.check()
            assert wizard.draft_page.acknowledged.isVisibleTo(wizard.draft_page)
            needed["draftPage"] = wizard.minimumSize()
            wizard.draft_page.acknowledged.setChecked(True)
        needed.setdefault(on_page(wizard), wizard.minimumSize())
    assert set(needed) == set(PAGE_ORDER)
    too_big = {
        page: (size.width(), size.height())
        for page, size in needed.items()
        if size.width() > 1024 - 32 or size.height() > 640 - 72
    }
    assert not too_big


def test_a_harsh_comment_past_its_pause_is_answered_privately_with_10_percent_in_11_clicks(
    qtbot,
    harsh,
    fake_facebook: FakeFacebook,  # type: ignore[no-untyped-def]
) -> None:
    """Reopened on a harsh comment whose pause is over: what the owner clicks (a choice in
    a drop-down list is two clicks: open it, pick), and what they type, to a sent reply."""
    from PySide6.QtCore import QPoint

    open_wizard(qtbot, harsh).reject()  # opened once: the pause started
    fake_facebook.advance(minutes=31)
    wizard = open_wizard(qtbot, harsh)
    clicks: list[str] = []

    def click(name: str, kind: type = QPushButton) -> None:
        widget = wizard.findChild(kind, name) if name else None
        widget = widget or wizard.button(QWizard.WizardButton.NextButton)
        # A radio button answers a click on its circle or its words, not beside them.
        where = QPoint(8, widget.height() // 2) if kind is QRadioButton else QPoint()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
        clicks.append(name or "Next")

    def pick(name: str, choice: str) -> None:
        combo = wizard.findChild(QComboBox, name)
        index = max(combo.findData(choice), combo.findText(choice))
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        clicks.extend([name, choice])

    assert on_page(wizard) == "cooloffPage"
    click("")
    click("validity_partly", QRadioButton)
    click("")
    assert wizard.channel_page.channel() == "private"  # suggested for a harsh comment
    click("")
    pick("compensationKind", "percent")
    assert wizard.focusWidget().objectName() == "compensationValue"  # type it straight away
    qtbot.keyClicks(wizard.focusWidget(), "10")
    click("")
    pick("savedRepliesCombo", "Sorry, with a discount")  # used at once: nothing written yet
    click("")
    assert on_page(wizard) == "reviewPage"
    click("sendButton")
    assert len(fake_facebook.private_replies) == 1
    sent = fake_facebook.private_replies[0]["text"]
    assert "here is 10% off with the code FD-" in sent and "off off" not in sent
    assert len(clicks) == 11, clicks


# -- praise and questions take the short way; a second public answer is a choice --------


def _wizard_on(qtbot, harsh, comment_id: int) -> ReplyWizard:  # type: ignore[no-untyped-def]
    db, _, credentials, connect, _clock = harsh
    wizard = ReplyWizard(
        Services(db, credentials, connect=connect, runner=InlineTaskRunner()),
        comment_id,
        shop_name="Corner Bakery",
    )
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _synced(harsh, fake_facebook: FakeFacebook) -> dict[str, int]:  # type: ignore[no-untyped-def]
    db, _, _, connect, _ = harsh
    conn = db.connect()
    account = AccountStore(db, conn).get("Shop page")
    sync_account(db, conn, account, connect(account, {"token": fake_facebook.token}), Triage())
    found = {c.text: c.id for c in CommentStore(db, conn).comments(InboxFilter())}
    conn.close()
    return found


def test_praise_is_thanked_the_short_way(qtbot, harsh, fake_facebook: FakeFacebook) -> None:  # type: ignore[no-untyped-def]
    post = fake_facebook.add_post()
    fake_facebook.add_comment(post, "Best croissant in town, thank you so much!", "Pat Happy")
    praise = _synced(harsh, fake_facebook)["Best croissant in town, thank you so much!"]
    wizard = _wizard_on(qtbot, harsh, praise)
    assert on_page(wizard) == "channelPage"  # no pause, no "is it fair?"
    steps = wizard.steps.model_
    assert [steps.item(r).text().strip("▶✓ ") for r in range(steps.rowCount())] == [
        "Public or private",
        "Write",
        "Read again and send",
    ]
    assert wizard.channel_page.channel() == "public"
    wizard.next()
    assert on_page(wizard) == "draftPage"  # no offer to make for praise
    wizard.draft_page.edit.setPlainText("Thank you, Pat! See you soon.")
    wizard.draft_page.check()
    wizard.next()
    assert on_page(wizard) == "reviewPage"
    wizard.review_page.send_button.click()
    assert [r["message"] for r in fake_facebook.public_replies] == ["Thank you, Pat! See you soon."]


def test_a_second_public_answer_in_a_conversation_needs_a_tick_and_is_recorded(
    qtbot,
    harsh,
    fake_facebook: FakeFacebook,  # type: ignore[no-untyped-def]
) -> None:
    db, complaint, _, _, clock = harsh
    conn = db.connect()
    outbox = Outbox(db, conn)
    outbox.start_cooloff(complaint, CoolOffSettings())
    fake_facebook.advance(minutes=31)
    outbox.mark_sent(outbox.queue(complaint, "public", "Sam, I'm sorry.", claim=True).id, "r0")
    conn.close()
    [ours] = [c for c in fake_facebook.comments.values() if c.message.startswith("You lot")]
    fake_facebook.public_replies.clear()
    fake_facebook.add_comment(ours.post_id, "Sorry is not enough.", "Sam Harsh", parent_id=ours.id)
    # The app's reply is on the server as the page's comment under the complaint.
    fake_facebook.add_page_reply(ours.id, "Sam, I'm sorry.", clock() - timedelta(minutes=1))
    answer = _synced(harsh, fake_facebook)["Sorry is not enough."]
    conn = db.connect()
    Outbox(db, conn).start_cooloff(answer, CoolOffSettings())
    conn.close()
    fake_facebook.advance(minutes=31)
    wizard = _wizard_on(qtbot, harsh, answer)
    wizard.next()
    wizard.consider_page.group.buttons()[1].setChecked(True)
    wizard.next()
    page = wizard.channel_page
    assert page.channel() == "private"  # recommended: take it out of public view
    assert "already answered in public" in page.note.text()
    page.findChild(QRadioButton, "publicRadio").setChecked(True)
    tick = page.findChild(QCheckBox, "againInPublicCheck")
    assert tick.isVisible() and not page.isComplete()
    tick.setChecked(True)
    assert page.isComplete()
    wizard.next()
    wizard.next()
    wizard.draft_page.edit.setPlainText("Sam, I'm sorry again; please message us.")
    wizard.draft_page.check()
    wizard.draft_page.acknowledged.setChecked(True)
    wizard.next()
    wizard.review_page.send_button.click()
    conn = db.connect()
    [reply] = Outbox(db, conn).for_comment(answer)
    conn.close()
    assert reply.state == "sent" and reply.second_public


def test_a_reply_facebook_stored_but_did_not_confirm_is_shown_sent_after_asking(
    qtbot,
    harsh,
    fake_facebook: FakeFacebook,  # type: ignore[no-untyped-def]
) -> None:
    """Issue 9's "done when": the POST is stored, then answered with a 502. One reply
    reaches the server, and pressing Send again shows it sent after asking Facebook."""
    wizard = open_wizard(qtbot, harsh)
    walk_to_review(wizard, "Sam, I'm sorry about the cake. Here is {discount}: {code}.")
    fake_facebook.advance(minutes=31)
    wizard.tick()
    fake_facebook.after_handling_next(method="POST", status=502)
    assert wizard.review_page.blocked_because() == ""
    wizard.review_page.send_button.click()
    said = wizard.review_page.result.text()
    assert said.startswith("Not confirmed:") and "never posts it twice" in said
    assert len(fake_facebook.private_replies) == 1
    wizard.review_page.send_button.click()
    assert wizard.review_page.result.text().startswith("Sent")
    assert len(fake_facebook.private_replies) == 1
    db = harsh[0]
    conn = db.connect()
    assert [d.code for d in DiscountLedger(db, conn).list()] == [wizard.offer_code()]
    conn.close()


# -- in German -------------------------------------------------------------------------------


@pytest.fixture
def in_german():  # type: ignore[no-untyped-def]
    from feedback_desk.ui.language import install_language

    assert install_language("de") == "de"
    try:
        yield
    finally:
        install_language("en")


def test_in_german_the_wizard_offers_the_german_saved_replies(qtbot, harsh, in_german) -> None:  # type: ignore[no-untyped-def]
    from feedback_desk.core.saved_replies import load_builtin

    wizard = open_wizard(qtbot, harsh)
    combo = wizard.findChild(QComboBox, "savedRepliesCombo")
    offered = [combo.itemText(i) for i in range(1, combo.count())]
    german = [reply.title for reply in load_builtin("de")]
    assert offered[: len(german)] == german
    assert "Entschuldigung, mit Rabatt" in offered and "Sorry, with a discount" not in offered
    assert combo.itemText(0) == "Mit einer Antwortvorlage beginnen…"
    # The pages speak German too; their objectNames (the outside contract) stay.
    assert wizard.currentPage().objectName() == "cooloffPage"
    assert wizard.currentPage().title() == "Erst einmal durchatmen"
    assert wizard.steps.model_.item(0).text().endswith("Pause")
    assert wizard.windowTitle() == "Antworten"


def test_in_german_an_offer_reads_german_in_the_reply(qtbot, harsh, in_german) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, harsh)
    to_offer(wizard, validity=1)
    offer_percent(wizard, "10")
    wizard.next()
    page = wizard.draft_page
    combo = page.findChild(QComboBox, "savedRepliesCombo")
    combo.setCurrentIndex(combo.findText("Entschuldigung, mit Rabatt"))
    page._use_saved()
    assert "gibt es bei Ihrer nächsten Bestellung 10% Rabatt mit dem Code FD-" in (
        wizard.final_text()
    )
    assert page.offer_line.text().startswith("Ihr Angebot: 10% Rabatt mit dem Code FD-")


def test_a_new_offer_is_valid_for_30_days_by_the_wizards_clock(qtbot, harsh) -> None:  # type: ignore[no-untyped-def]
    """The expiry offered by default counts from the wizard's clock (the one the pause and
    the private-reply window read), not from the computer's calendar."""
    clock = harsh[4]
    clock.server.now = datetime(2031, 2, 10, 9, 0, tzinfo=UTC)  # years from the real today
    wizard = open_wizard(qtbot, harsh)
    to_offer(wizard)
    expiry = wizard.currentPage().findChild(QDateEdit, "compensationExpiry")
    assert expiry.date().toPython() == date(2031, 3, 12)
