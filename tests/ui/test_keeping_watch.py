"""The tray keeps watch: its count follows the inbox, new complaints from a background sync
are told (unless turned off), closing leaves the app in the tray only when asked, and the
Keeping watch tab writes the settings and the autostart entry. The tray is a double: an
offscreen platform has none."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QCloseEvent

from feedback_desk.core.model import NewComment, Platform
from feedback_desk.core.views import ViewKey
from feedback_desk.sources.base import Page
from feedback_desk.store import Database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.ui.settings_dialog import SettingsDialog
from feedback_desk.ui.watch import (
    KEEP_IN_TRAY,
    NOTIFY_NEW_COMPLAINTS,
    badge_icon,
    count_words,
    new_complaints_words,
    watch_setting,
)

from .conftest import NOW, WindowFactory, make_comments


@dataclass
class TrayDouble:
    counts: list[tuple[int, int, int]] = field(default_factory=list)
    told: list[tuple[int, int]] = field(default_factory=list)
    clicks: list[Callable[[], None]] = field(default_factory=list)

    def show_count(self, needing: int, harsh: int, negative: int) -> None:
        self.counts.append((needing, harsh, negative))

    def new_complaints(self, harsh: int, negative: int, open_them: Callable[[], None]) -> None:
        self.told.append((harsh, negative))
        self.clicks.append(open_them)


class ThreeComplaints:
    """A platform with one harsh, two negative and one kind comment, all new."""

    platform = Platform.MASTODON

    def check(self) -> str:
        return "the tests"

    def pages(self, since: str | None = None) -> Iterator[Page]:
        texts = [
            "You are IDIOTS, worst shop ever, a total scam!!",
            "The delivery was two hours late and the cake was broken.",
            "My order was wrong and nobody answered the phone.",
            "Lovely bread, thank you!",
        ]
        yield Page(
            [
                NewComment(
                    Platform.MASTODON, f"t{i}", f"Customer {i}", text, NOW - timedelta(hours=i)
                )
                for i, text in enumerate(texts)
            ],
            cursor="t3",
        )

    def send_reply(self, *args: object) -> str:
        raise AssertionError("nothing is sent")

    def find_reply(self, *args: object) -> str | None:
        return None


class NoSecrets:
    def load(self, account: str) -> dict[str, str]:
        return {}

    def describe(self) -> str:
        return "none"


def _with_account(db: Database) -> None:
    conn = db.connect()
    AccountStore(db, conn).add("Toots", Platform.MASTODON, {"instance": "https://example.org"})
    conn.close()


def _window(make_window: WindowFactory, db: Database, tray: TrayDouble, **extra: object):  # type: ignore[no-untyped-def]
    return make_window(
        db,
        tray=tray,
        credentials=NoSecrets(),
        connect=lambda account, secret: ThreeComplaints(),
        **extra,
    )


def test_the_tray_count_follows_a_sync(make_window: WindowFactory, db: Database) -> None:
    store_conn = db.connect()
    from feedback_desk.core.triage import Triage
    from feedback_desk.store.comments import CommentStore

    CommentStore(db, store_conn).add_many(make_comments(2), Triage())
    store_conn.close()
    _with_account(db)
    tray = TrayDouble()
    window = _window(make_window, db, tray)
    assert tray.counts[-1] == (2, 0, 0)
    window.sync_action.trigger()
    needing, harsh, negative = tray.counts[-1]
    assert (needing, harsh, negative) == (6, 1, 2)
    assert tray.told == []  # a sync asked for in the window: the status bar says it


def test_a_background_sync_tells_of_new_complaints_and_a_click_opens_them(
    make_window: WindowFactory, db: Database
) -> None:
    _with_account(db)
    tray = TrayDouble()
    window = _window(make_window, db, tray)
    window.hide()
    window.start_sync(background=True)  # what the auto-sync timer does
    assert tray.told == [(1, 2)]
    tray.clicks[0]()
    assert window.isVisible()
    assert window.filters.current_view().key == ViewKey.NEEDS_REPLY


def test_the_new_complaints_notice_can_be_turned_off(
    make_window: WindowFactory, db: Database
) -> None:
    _with_account(db)
    tray = TrayDouble()
    window = _window(make_window, db, tray)
    window._settings.setValue(NOTIFY_NEW_COMPLAINTS, False)
    window.start_sync(background=True)
    assert tray.told == []
    assert tray.counts[-1] == (4, 1, 2)  # the count still follows (the praise too)


def test_the_notice_words() -> None:
    assert new_complaints_words(1, 2)[0] == "3 new complaints: 1 harsh, 2 negative"
    assert new_complaints_words(0, 1)[0] == "1 new complaint: 1 negative"
    assert count_words(0, 0, 0) == "Feedback Desk: nothing needs a reply"
    assert count_words(1, 1, 0) == "Feedback Desk: 1 comment needs a reply (1 harsh)"
    assert count_words(32, 2, 6) == "Feedback Desk: 32 comments need a reply (2 harsh, 6 negative)"
    assert not badge_icon(7).isNull()


def test_closing_hides_in_the_tray_only_when_asked(
    make_window: WindowFactory, db: Database
) -> None:
    tray = TrayDouble()
    window = _window(make_window, db, tray)
    window.show()
    assert not watch_setting(window._settings, KEEP_IN_TRAY)  # off by default
    closing = QCloseEvent()
    window.closeEvent(closing)
    assert closing.isAccepted()  # closes as before: the app ends

    window._settings.setValue(KEEP_IN_TRAY, True)
    window.show()
    assert window.close() is False  # kept: hidden in the tray, auto sync goes on
    assert window.isHidden()
    window.bring_forward()  # the tray's Open, a second start
    assert window.isVisible()
    window.quit_app()  # File → Quit or the tray's Quit
    assert window.isHidden()
    assert window._quitting


def test_without_a_tray_closing_always_closes(make_window: WindowFactory, db: Database) -> None:
    window = make_window(db, tray=None)  # offscreen: no tray exists
    assert window.tray is None
    window._settings.setValue(KEEP_IN_TRAY, True)
    window.show()
    assert window.close() is True


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="XDG autostart")
def test_the_keeping_watch_tab_saves_and_writes_the_autostart_entry(
    qtbot, make_window: WindowFactory, db: Database, xdg: Path
) -> None:  # type: ignore[no-untyped-def]
    tray = TrayDouble()
    window = _window(make_window, db, tray)
    window.open_settings()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    tab = dialog.findChild(type(dialog.tabs.widget(0)), "keepWatchTab")
    assert tab is not None and dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "Keeping watch"
    assert not dialog.keep_in_tray.isChecked() and dialog.notify_new.isChecked()
    dialog.keep_in_tray.setChecked(True)
    dialog.notify_new.setChecked(False)
    dialog.start_at_login.setChecked(True)
    dialog.save_button.click()
    assert watch_setting(window._settings, KEEP_IN_TRAY)
    assert not watch_setting(window._settings, NOTIFY_NEW_COMPLAINTS)
    entry = xdg / "autostart" / "feedback-desk.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "--hidden" in text and str(db.path.parent) in text
    assert "Type=Application" in text
    validate = __import__("shutil").which("desktop-file-validate")
    if validate:
        checked = __import__("subprocess").run([validate, str(entry)], capture_output=True)
        assert checked.returncode == 0, checked.stdout

    window.open_settings()
    dialog = window.settings_dialog
    assert dialog.keep_in_tray.isChecked() and dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(False)
    dialog.save_button.click()
    assert not entry.exists()


def test_the_window_says_another_program_is_syncing_and_tries_at_its_next_turn(
    qtbot, make_window: WindowFactory, db: Database
) -> None:  # type: ignore[no-untyped-def]
    import os
    import signal
    import subprocess
    import sys

    from tests.test_sync_lock import HOLDER

    _with_account(db)
    home = db.path.parent
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(home)])  # another program
    try:
        qtbot.waitUntil(
            lambda: (home / "holding").exists() or holder.poll() is not None, timeout=20_000
        )
        assert holder.poll() is None, "the other program ended before taking the lock"
        tray = TrayDouble()
        window = _window(make_window, db, tray)
        window.start_sync(background=True)
        message = window.statusBar().currentMessage()
        assert "another Feedback Desk is syncing this folder" in message
        assert window.sync_action.isEnabled()  # free to try again
        assert tray.told == []
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
    window.start_sync(background=True)  # the next turn: the lock went with the process
    assert tray.told == [(1, 2)]
