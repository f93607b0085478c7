"""Keyboard alone (issue 13, item 9): a reply sent from the inbox, and the report saved,
with key presses only (QTest), as someone who cannot use a mouse works. The fake clock is
moved past the pause and the wizard's timers are fired; nothing else is clicked or called."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from feedback_desk.core.model import Status
from feedback_desk.core.triage import Triage
from feedback_desk.services import Services
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.report_dialog import ReportDialog
from feedback_desk.ui.tasks import InlineTaskRunner
from tests.fakes import FakeFacebook

from .conftest import WindowFactory
from .test_reply_wizard import harsh  # noqa: F401  (the fixture)

KEY = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
REPLY = "Dear Sam, I am sorry the cake was stale. We will do better."


class Keys:
    """Presses keys on whatever has the keyboard focus, and counts them."""

    def __init__(self) -> None:
        self.count = 0
        self.typed = 0

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focused(), key, modifier)
            QApplication.processEvents()
            self.count += 1

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focused(), text)
        QApplication.processEvents()
        self.typed += len(text)

    def tab_to(self, name: str, limit: int = 15) -> None:
        """Tab until `name` has the focus (each Tab counted), failing if it never does."""
        for _ in range(limit):
            if self.focused().objectName() == name:
                return
            self.press(KEY.Key_Tab)
        raise AssertionError(f"Tab never reached {name}; stopped on {self.focused()}")


def on(name: str) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and widget.objectName() == name


def test_a_reply_is_sent_from_the_inbox_with_the_keyboard_alone(
    qtbot,  # type: ignore[no-untyped-def]
    harsh,  # noqa: F811
    fake_facebook: FakeFacebook,
    tmp_path: Path,
) -> None:
    db, comment_id, credentials, connect, _clock = harsh
    conn = db.connect()
    window = MainWindow(
        store=CommentStore(db, conn),
        triage=Triage(),
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        open_demo=lambda: None,
        services=Services(db, credentials, connect=connect, runner=InlineTaskRunner()),
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys = Keys()
    assert on("inboxView")  # the window opens with the keyboard in the list
    keys.press(KEY.Key_Down)
    keys.press(KEY.Key_Up)  # arrows move in the list; the harsh comment is first
    assert window.detail.comment is not None and window.detail.comment.id == comment_id
    keys.press(KEY.Key_Return)  # opens the reply
    wizard = window.reply_wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.currentPage().objectName() == "cooloffPage"

    keys.tab_to("__qt__passive_wizardbutton1")  # Next
    keys.press(KEY.Key_Space)
    assert wizard.currentPage().objectName() == "considerPage"
    assert on("validity_valid")
    keys.press(KEY.Key_Space)  # fair
    keys.press(KEY.Key_Return)  # Next (the default button)
    assert wizard.currentPage().objectName() == "channelPage"
    assert wizard.channel_page.channel() == "private"  # harsh: private is suggested
    keys.press(KEY.Key_Return)
    assert wizard.currentPage().objectName() == "compensationPage"
    keys.press(KEY.Key_Return)  # an apology, no offer
    assert wizard.currentPage().objectName() == "draftPage"
    assert on("draftEdit")  # the keyboard lands in the reply
    keys.type(REPLY)
    wizard.draft_page.timer.timeout.emit()  # the tone check's pause after typing
    keys.press(KEY.Key_Tab)  # out of the reply (Tab does not type a tab there)
    keys.tab_to("__qt__passive_wizardbutton1")
    keys.press(KEY.Key_Space)
    assert wizard.currentPage().objectName() == "reviewPage"
    send = wizard.review_page.send_button
    assert not send.isEnabled() and "Send unlocks in" in send.toolTip()

    fake_facebook.advance(minutes=31)  # the pause is over
    wizard.clock.timeout.emit()
    assert send.isEnabled()
    keys.tab_to("sendButton")
    keys.press(KEY.Key_Space)
    assert len(fake_facebook.private_replies) == 1
    assert REPLY.split(",")[0] in str(fake_facebook.private_replies[0])
    check = db.connect()
    assert CommentStore(db, check).get(comment_id).status is Status.REPLIED
    check.close()
    # Reported in the README and the issue: what a keyboard user presses.
    print(f"keyboard-only reply: {keys.count} keys and {keys.typed} typed characters")
    assert keys.count <= 20, keys.count
    conn.close()


def test_the_report_is_saved_with_the_keyboard_alone(
    qtbot,  # type: ignore[no-untyped-def]
    make_window: WindowFactory,
    demo_db: Database,
    tmp_path: Path,
) -> None:
    window = make_window(demo_db)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys = Keys()
    keys.press(KEY.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(ReportDialog, "reportDialog")
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "report.csv"
    dialog.choose_path = lambda suggested, suffix: target  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: dialog.save_buttons[".csv"].isEnabled())
    keys.tab_to("saveCsvButton", limit=30)
    keys.press(KEY.Key_Space)
    assert target.exists() and target.read_text(encoding="utf-8").count("\n") > 1
    keys.press(KEY.Key_Escape)
    assert not dialog.isVisible()
    print(f"keyboard-only report: {keys.count} keys")


def test_the_history_is_read_and_an_outcome_recorded_with_the_keyboard_alone(
    qtbot,  # type: ignore[no-untyped-def]
    make_window: WindowFactory,
    demo_db: Database,
) -> None:
    window = make_window(demo_db)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys = Keys()
    keys.press(KEY.Key_H, Qt.KeyboardModifier.ControlModifier)
    history = window.history_window
    assert history is not None and history.isVisible()
    qtbot.waitUntil(lambda: history.model.rowCount() > 1)
    history.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys.tab_to("historyView", limit=20)
    keys.press(KEY.Key_Down)
    keys.press(KEY.Key_Down)
    assert history.story is not None  # the selected complaint's story is shown
    keys.tab_to("recordOutcomeButton", limit=20)
    keys.press(KEY.Key_Space)
    from feedback_desk.ui.outcome_dialog import OutcomeDialog

    dialog = history.findChild(OutcomeDialog)
    assert dialog is not None and dialog.isVisible()
    keys.press(KEY.Key_Escape)
    assert not dialog.isVisible()
    print(f"keyboard-only history: {keys.count} keys")
