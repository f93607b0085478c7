"""Take the README's screenshots in real windows (run under Xvfb).

The history window and the report dialog, on the demo inbox:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py docs/screenshots

Every page of the reply wizard, on a laptop screen, a small one and in a dark palette
(docs/screenshots/wizard/, wizard/1024x640/ and wizard/dark/); the wizard must fit the
screen with room for a title bar and a panel, or this stops with the reason:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part wizard
    xvfb-run -a -s "-screen 0 1024x640x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part wizard
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part wizard --dark

The inbox on a customer's answer to the owner's public reply (the conversation in the
detail pane), at the screen's size (conversation.png, or conversation-<W>x<H>.png, and
-dark with --dark):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part conversation

Every page of the first-run assistant, on a laptop screen, a small one and dark
(docs/screenshots/first-run/, first-run/1024x640/ and first-run/dark/):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part first-run
    xvfb-run -a -s "-screen 0 1024x640x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part first-run
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part first-run --dark

Connecting an account: the Accounts dialog with its Connect buttons, the sign-in waiting for
Google (browser) and for Facebook (a device code), and the picker (docs/screenshots/accounts/,
accounts/1024x640/ and accounts/dark/, as for the wizard):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part accounts

Perspective: the pause page with its `perspectivePanel` and the Perspective view (its
charts and its table) on the demo inbox, at the screen's size, in docs/screenshots/perspective/
(1024x640/ and dark/ as for the wizard); with the report's Perspective page as a PNG:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part perspective

The import preview on a German Windows-1252 spreadsheet (columns mapped, the first rows),
and the inbox after it, at the screen's size, and dark with --dark
(docs/screenshots/import/):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part import

The detail pane (conversation, offer, judgement, outcome), the outcome form opened from
the inbox, the Follow-ups due view and the damaged-database notice (docs/screenshots/detail/,
detail/1024x640/ and detail/dark/, as for the wizard):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part detail

Fits a laptop: the main window, the history, the report dialog, the ledger and Settings at
the screen's size, each checked against the screen with room for a title bar and a panel
(it stops with the reason when one does not fit), in docs/screenshots/fit/<W>x<H>[-dark]
[-200]/; at 200 % scale, a screen twice as big with QT_SCALE_FACTOR=2:

    xvfb-run -a -s "-screen 0 1024x640x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part fit [--dark]
    QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2048x1280x24" .venv/bin/python \
        scripts/screenshots.py docs/screenshots --part fit

The daily loop on the demo inbox: Needs a reply with a pause counting down in the list,
Ready to send, and the banner that says a pause is over (docs/screenshots/loop/,
loop/1024x640/ and loop/dark/, as for the wizard):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part loop

Settings → Keeping watch (docs/screenshots/watch/settings-<W>x<H>[-dark].png):

    xvfb-run -a -s "-screen 0 1024x640x24" .venv/bin/python scripts/screenshots.py \
        docs/screenshots --part watch [--dark]

Help → User guide in the help window (help/, help/1024x640/ and help/dark/, as for the
wizard): --part help
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from feedback_desk.core.model import NewComment, Platform
from feedback_desk.core.triage import Triage
from feedback_desk.demo import seed_sample_inbox
from feedback_desk.secrets import CredentialStore
from feedback_desk.services import Services
from feedback_desk.sources.base import Page
from feedback_desk.store import Database, open_database
from feedback_desk.store.accounts import AccountStore
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.ui.history_window import HistoryWindow
from feedback_desk.ui.language import install_language
from feedback_desk.ui.reply_wizard import ReplyWizard
from feedback_desk.ui.report_dialog import ReportDialog
from feedback_desk.ui.tasks import InlineTaskRunner

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
# What a desktop takes from the screen around a window: a panel and a title bar.
DESKTOP_FRAME = 72


def clock() -> datetime:
    return NOW


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def _parts() -> dict[str, Callable[[QApplication, Path, bool], None]]:
    """--part's names and what each takes (history: the default, on its own)."""
    return {
        "wizard": wizard_pages,
        "conversation": conversation,
        "first-run": first_run_pages,
        "accounts": accounts_pages,
        "import": import_preview,
        "perspective": perspective,
        "detail": detail_pages,
        "fit": fit_pages,
        "loop": daily_loop,
        "watch": keeping_watch,
        "help": help_guide,
    }


def main() -> None:
    parts = _parts()
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument(
        "--part",
        choices=("history", *parts),
        default="history",
    )
    parser.add_argument("--dark", action="store_true", help="a dark palette (Fusion style)")
    parser.add_argument(
        "--language",
        default="en",
        help="interface language: de, or a pseudo-language (en_XA longer, ar_XB mirrored); "
        "the pictures go to a folder of that name",
    )
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_language(args.language)
    if args.language != "en":
        args.out = args.out / args.language
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if args.part == "history":
        history_and_report(app, args.out)
    else:  # each other part into a folder of its name (the conversation beside history)
        folder = args.out if args.part == "conversation" else args.out / args.part
        parts[args.part](app, folder, args.dark)


def help_guide(app: QApplication, out: Path, dark: bool) -> None:
    """Help → User guide in the help window, at its top and at "Replying calmly"
    (docs/screenshots/help/, help/1024x640/ and help/dark/, as for the wizard)."""
    from feedback_desk.ui.help_window import GUIDE, HelpWindow

    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    out = out / ("dark" if dark else "" if size == "1366x768" else size)
    out.mkdir(parents=True, exist_ok=True)
    window = HelpWindow(GUIDE)
    window.show()
    settle(app)
    window.grab().save(str(out / "1-guide.png"))
    window.follow(QUrl("#reply"))
    settle(app)
    window.grab().save(str(out / "2-replying-calmly.png"))
    print(f"{app.platformName()}, {size}{' dark' if dark else ''}: wrote the guide to {out}")


def perspective(app: QApplication, out: Path, dark: bool) -> None:
    """The pause page's panel and the Perspective view on the demo inbox; on a light
    1366x768 run, the report's Perspective page too (report-page.png)."""
    import shutil
    import subprocess
    from datetime import date

    from feedback_desk.core.model import Severity
    from feedback_desk.reports.service import prepare_report, write_report
    from feedback_desk.store.report_data import ReportFilter
    from feedback_desk.ui.perspective import PerspectiveWindow

    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    out = out / ("dark" if dark else "" if size == "1366x768" else size)
    out.mkdir(parents=True, exist_ok=True)
    db = open_database(Path(tempfile.mkdtemp()) / "home", clock)
    seed_sample_inbox(db, clock)
    conn = db.connect()
    waiting = [
        c
        for c in CommentStore(db, conn).comments(InboxFilter())
        if c.severity is Severity.HARSH and c.replied_at is None and c.status.value == "new"
    ]
    conn.close()
    room = screen.adjusted(0, 0, 0, -DESKTOP_FRAME)
    wizard = ReplyWizard(Services(db, NoSecrets(), runner=InlineTaskRunner()), waiting[0].id)
    wizard.show()
    settle(app)
    if wizard.width() > room.width() or wizard.height() > room.height():
        sys.exit(f"The wizard ({wizard.width()}x{wizard.height()}) does not fit {size}.")
    if wizard.currentPage().minimumSizeHint().height() > wizard.currentPage().height():
        print("warning: the pause page is squeezed below its minimum height")
    wizard.grab().save(str(out / "1-pause-in-proportion.png"))
    wizard.reject()
    view = PerspectiveWindow(db, InlineTaskRunner(), clock)
    view.show()
    settle(app)
    if view.width() > room.width() or view.height() > room.height():
        sys.exit(f"The Perspective view ({view.width()}x{view.height()}) does not fit {size}.")
    view.grab().save(str(out / "2-perspective-charts.png"))
    view.tabs.setCurrentIndex(1)
    settle(app)
    view.grab().save(str(out / "3-perspective-numbers.png"))
    view.close()
    if not dark and size == "1366x768" and shutil.which("pdftoppm"):
        prepared = prepare_report(
            db, ReportFilter(date(2026, 8, 27), date(2026, 11, 25)), now=NOW, tz=UTC
        )
        pdf = write_report(prepared, Path(tempfile.mkdtemp()) / "report.pdf")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        pages = text.stdout.split("\f")
        number = next(n for n, page in enumerate(pages, 1) if "\nPerspective\n" in "\n" + page)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                str(number),
                "-l",
                str(number),
                "-singlefile",
                str(pdf),
                str(out / "report-page"),
            ],
            check=True,
        )
    print(f"{app.platformName()}, {size}{' dark' if dark else ''}: wrote Perspective to {out}")


def conversation(app: QApplication, out: Path, dark: bool) -> None:
    """The demo inbox with one conversation: a complaint, the owner's public reply from the
    app, and the customer's sarcastic answer to it, selected."""
    import dataclasses

    from PySide6.QtCore import QSettings

    from feedback_desk.core.cooloff import CoolOffSettings
    from feedback_desk.sources.sync import _conversations
    from feedback_desk.store.outbox import Outbox
    from feedback_desk.ui.main_window import MainWindow

    home = Path(tempfile.mkdtemp()) / "home"
    db = open_database(home, clock)
    seed_sample_inbox(db, clock)
    triage = Triage()
    conn = db.connect()
    store = CommentStore(db, conn)
    complaint = NewComment(
        Platform.FACEBOOK,
        "shot-complaint",
        "Sam Okafor",
        "Ordered a birthday cake for Saturday, it came a day late and squashed. "
        "Really disappointed.",
        NOW - timedelta(hours=6),
    )
    store.store_fetched([complaint], triage, account_id=None)  # type: ignore[arg-type]
    cid = next(c.id for c in store.comments(InboxFilter()) if c.external_id == "shot-complaint")
    outbox = Outbox(db, conn)
    outbox.start_cooloff(cid, CoolOffSettings())
    conn.execute(
        "UPDATE cooloffs SET ends_at = '2000-01-01T00:00:00Z' WHERE comment_id = ?", (cid,)
    )
    reply = outbox.queue(
        cid,
        "public",
        "Sam, I'm so sorry your cake arrived late and damaged. That's not the standard we "
        "aim for. Could you send us a message so we can put it right?",
        claim=True,
    )
    outbox.mark_sent(reply.id, "shot-reply")
    answer = dataclasses.replace(
        NewComment(
            Platform.FACEBOOK,
            "shot-answer",
            "Sam Okafor",
            "Oh great, a message. That really fixes my kid's birthday.",
            NOW + timedelta(minutes=5),
        ),
        reply_to_external_id="shot-reply",
    )
    store.store_fetched([answer], triage, account_id=None)  # type: ignore[arg-type]
    _conversations(db, conn, [answer])
    aid = next(c.id for c in store.comments(InboxFilter()) if c.external_id == "shot-answer")
    settings = QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        CommentStore(db, db.connect()),
        triage,
        settings,
        lambda: None,
        services=Services(db, _no_secrets(), runner=InlineTaskRunner()),
    )
    screen = app.primaryScreen().availableGeometry()
    window.resize(screen.width(), screen.height())
    window.show()
    settle(app)
    window._select(aid)
    settle(app)
    size = f"{screen.width()}x{screen.height()}"
    name = "conversation" + ("" if size == "1366x768" else f"-{size}") + ("-dark" if dark else "")
    window.grab().save(str(out / f"{name}.png"))
    print(f"{app.platformName()}, {size}{' dark' if dark else ''}: wrote {out / name}.png")


def detail_pages(app: QApplication, out: Path, dark: bool) -> None:
    """The demo inbox's detail pane on a complaint with a conversation, an offer, a
    judgement and an outcome (1-pane); the outcome form opened from the inbox (2-outcome);
    the Follow-ups due view with why each is due (3-follow-ups). At the screen's size, in
    docs/screenshots/detail/, detail/1024x640/ and detail/dark/."""
    from PySide6.QtCore import QSettings

    from feedback_desk.ui.main_window import MainWindow

    screen = app.primaryScreen()
    size = f"{screen.size().width()}x{screen.size().height()}"
    out = out / ("dark" if dark else "" if size == "1366x768" else size)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp()) / "home"
    db = open_database(home, clock)
    seed_sample_inbox(db, clock)
    conn = db.connect()
    store = CommentStore(db, conn)

    def richness(comment_id: int) -> tuple[int, int, int, int, int]:
        facts = store.facts(comment_id)
        offer = facts.offers[-1] if facts.offers else None
        talk = len(store.surroundings(comment_id).conversation)
        follow = facts.outcome is not None and facts.outcome.follow_up_on is not None
        return (
            int(bool(offer and offer.code)),
            int(facts.outcome is not None and bool(facts.outcome.note)),
            int(facts.judged and bool(facts.assessment.valid_point)),
            int(follow),
            min(talk, 3),
        )

    ids = [c.id for c in store.comments(InboxFilter())]
    chosen = max(ids, key=richness)
    settings = QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        CommentStore(db, db.connect()),
        Triage(),
        settings,
        lambda: None,
        services=Services(db, _no_secrets(), runner=InlineTaskRunner()),
    )
    available = screen.availableGeometry()
    window.resize(available.width(), available.height() - DESKTOP_FRAME)
    window.move(available.topLeft())
    window.show()
    settle(app)
    window._select(chosen)
    settle(app)
    window.grab().save(str(out / "1-pane.png"))

    window.record_outcome()
    settle(app)
    dialog = window.outcome_dialog
    dialog.note.setPlainText("She came back on Saturday and used the code.")
    dialog.follow_up.setChecked(True)
    settle(app)
    screen.grabWindow(0).save(str(out / "2-outcome.png"))
    dialog.reject()
    settle(app)

    window.filters.restore("due", [], [])
    window.apply_filters()
    settle(app)
    window._select(None)
    settle(app)
    window.grab().save(str(out / "3-follow-ups.png"))

    from feedback_desk.store.database import damaged
    from feedback_desk.ui.damaged_notice import DamagedDatabaseNotice

    said = str(damaged(db.path, "page 7: btreeInitPage() returns error code 11", refused=False))
    notice = DamagedDatabaseNotice(said, db.path.parent, window, open_url=lambda _url: None)
    notice.open()
    settle(app)
    screen.grabWindow(0).save(str(out / "4-damaged.png"))
    notice.reject()
    print(f"{app.platformName()}, {size}{' dark' if dark else ''}: wrote the detail pane to {out}")


def daily_loop(app: QApplication, out: Path, dark: bool) -> None:
    """The window as it opens on the demo (Needs a reply, worst first) with two replies
    written during their pause: one still counting down, one whose pause is over (Ready to
    send); then the first one's pause ends while the window is open (the banner)."""
    from PySide6.QtCore import QSettings

    from feedback_desk.core.replies import Validity
    from feedback_desk.core.views import NEEDS_REPLY, READY_TO_SEND
    from feedback_desk.store.assessments import (
        Assessment,
        Assessments,
        ReplyDraft,
        load_cooloff_settings,
    )
    from feedback_desk.store.comments import view_filter
    from feedback_desk.store.outbox import Outbox
    from feedback_desk.ui.main_window import MainWindow

    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    out = out / ("dark" if dark else "" if size == "1366x768" else size)
    out.mkdir(parents=True, exist_ok=True)
    moving = MovableClock(NOW)
    home = Path(tempfile.mkdtemp()) / "home"
    db = open_database(home, moving)
    seed_sample_inbox(db, moving)
    conn = db.connect()
    waiting = CommentStore(db, conn).page(view_filter(NEEDS_REPLY, NOW))
    harsh, negative = waiting[0], next(r for r in waiting if r.severity.value == "negative")
    for row, started, text in (
        (harsh, 18, "I'm sorry the loaf was not what it should be. Please come by and "
         "we will make it right."),
        (negative, 40, "I'm sorry you waited so long. We have changed how we take orders."),
    ):  # fmt: skip
        at = MovableClock(NOW - timedelta(minutes=started))
        Outbox(Database(db.path, at), conn).start_cooloff(row.id, load_cooloff_settings(conn))
        Assessments(db, conn).save(Assessment(row.id, Validity.VALID, "", None, ""))
        Assessments(db, conn).save_draft(ReplyDraft(row.id, "public", text, None, "reviewPage"))
    conn.close()
    settings = QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        CommentStore(db, db.connect()),
        Triage(),
        settings,
        lambda: None,
        demo=True,
        services=Services(db, _no_secrets(), runner=InlineTaskRunner()),
    )
    window.resize(screen.width(), screen.height() - DESKTOP_FRAME)
    window.show()
    settle(app)

    def shot(name: str) -> None:
        settle(app)
        window.grab().save(str(out / f"{name}.png"))

    shot("1-needs-a-reply")
    window.filters.show_view(READY_TO_SEND.key)
    shot("2-ready-to-send")
    window.filters.show_view(NEEDS_REPLY.key)
    moving.now += timedelta(minutes=13)
    window.check_pauses()
    shot("3-pause-over-banner")
    print(f"{app.platformName()}, {size}{' dark' if dark else ''}: wrote the loop to {out}")


def keeping_watch(app: QApplication, out: Path, dark: bool) -> None:
    """Settings → Keeping watch, as the window opens it, at the screen's size."""
    from PySide6.QtCore import QSettings

    from feedback_desk.ui.settings_dialog import SettingsDialog

    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp()) / "home"
    db = open_database(home, clock)
    settings = QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(db, settings=settings, has_tray=True)
    dialog.tabs.setCurrentWidget(dialog.findChild(QWidget, "keepWatchTab"))
    dialog.show()
    settle(app)
    name = f"settings-{size}{'-dark' if dark else ''}.png"
    dialog.grab().save(str(out / name))
    print(f"{app.platformName()}, {size}{' dark' if dark else ''}: wrote {out / name}")


def history_and_report(app: QApplication, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)  # (a grab saved into a missing folder is lost)
    db = open_database(Path(tempfile.mkdtemp()) / "home", clock)
    seed_sample_inbox(db, clock)

    history = HistoryWindow(db, InlineTaskRunner(), clock)
    history.show()
    settle(app)
    for row in range(history.model.rowCount()):
        item = history.model.row_at(row)
        if item is not None and item.author == "Viktor Hale":
            history.view.selectRow(row)
    settle(app)
    history.grab().save(str(out / "history.png"))

    history.search.setText("tom baker")
    history.reload()
    history.tabs.setCurrentIndex(1)
    settle(app)
    history.same_person_button.click()
    merge = history.merge_dialog
    assert merge is not None
    merge.search.setText("tombakes")
    settle(app)
    app.processEvents()
    merge._find()  # without waiting for the typing pause
    merge.matches.setCurrentIndex(merge.match_model.index(0, 0))
    settle(app)
    merge.grab().save(str(out / "history-merge.png"))
    merge.merge_button.click()
    settle(app)
    history.grab().save(str(out / "history-customer.png"))
    history.close()

    dialog = ReportDialog(db, InlineTaskRunner(), clock, tz=UTC)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "report-dialog.png"))
    print(f"{app.platformName()}: wrote history, merge, customer and report dialog to {out}")


# -- the reply wizard ---------------------------------------------------------------------


class MovableClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class StandInFacebook:
    """Takes the place of the shop's Facebook page: the reply "arrives" at once."""

    def check(self) -> str:
        return "the screenshots"

    def pages(self, since: str | None = None) -> Iterator[Page]:
        return iter(())

    def send_reply(self, comment: object, channel: str, text: str, key: str) -> str:
        return f"shot-{key[:8]}"

    def find_reply(self, comment: object, channel: str, text: str, key: str) -> str | None:
        return None


class NoSecrets:
    def load(self, account: str) -> dict[str, str]:
        return {}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202326"),
        (QPalette.ColorRole.WindowText, "#E6E6E6"),
        (QPalette.ColorRole.Base, "#16181A"),
        (QPalette.ColorRole.AlternateBase, "#2A2E32"),
        (QPalette.ColorRole.Text, "#E6E6E6"),
        (QPalette.ColorRole.Button, "#2D3136"),
        (QPalette.ColorRole.ButtonText, "#E6E6E6"),
        (QPalette.ColorRole.Highlight, "#3D7A72"),
        (QPalette.ColorRole.HighlightedText, "#FFFFFF"),
        (QPalette.ColorRole.ToolTipBase, "#2D3136"),
        (QPalette.ColorRole.ToolTipText, "#E6E6E6"),
        (QPalette.ColorRole.PlaceholderText, "#8C9196"),
        (QPalette.ColorRole.Link, "#7FC4BA"),
        (QPalette.ColorRole.Light, "#3A3F44"),
        (QPalette.ColorRole.Midlight, "#33373B"),
        (QPalette.ColorRole.Mid, "#2A2D31"),
        (QPalette.ColorRole.Dark, "#121314"),
        (QPalette.ColorRole.Shadow, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7A7F84"))
    return palette


def harsh_facebook_comment(db_clock: MovableClock) -> tuple[Database, int]:
    db = open_database(Path(tempfile.mkdtemp()) / "home", db_clock)
    conn = db.connect()
    account = AccountStore(db, conn).add("Corner Bakery", Platform.FACEBOOK, {"page_id": "1"})
    comment = NewComment(
        Platform.FACEBOOK,
        "post_1_comment_1",
        "Sam Harsh",
        "You lot are IDIOTS, the birthday cake was stale and dry!! Never again, and I'm "
        "telling everyone I know.",
        db_clock.now - timedelta(minutes=20),
        account="Corner Bakery",
        can_reply_privately=True,
    )
    CommentStore(db, conn).store_fetched([comment], Triage(), account.id)
    comment_id = CommentStore(db, conn).comments(InboxFilter())[0].id
    conn.close()
    return db, comment_id


def wizard_pages(app: QApplication, out: Path, dark: bool) -> None:
    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    out = out / ("dark" if dark else "" if size == "1366x768" else size)
    out.mkdir(parents=True, exist_ok=True)
    now = MovableClock(NOW)
    db, comment_id = harsh_facebook_comment(now)
    wizard = ReplyWizard(
        Services(
            db,
            NoSecrets(),
            connect=lambda account, secret: StandInFacebook(),
            runner=InlineTaskRunner(),
        ),
        comment_id,
        shop_name="Corner Bakery",
    )
    wizard.show()
    settle(app)
    room = screen.adjusted(0, 0, 0, -DESKTOP_FRAME)
    if wizard.width() > room.width() or wizard.height() > room.height():
        sys.exit(
            f"The wizard ({wizard.width()}x{wizard.height()}) does not fit a {size} screen "
            f"with a title bar and a panel ({room.width()}x{room.height()})."
        )

    def shot(name: str) -> None:
        settle(app)
        if wizard.currentPage().minimumSizeHint().height() > wizard.currentPage().height():
            print(f"warning: {name}: the page is squeezed below its minimum height")
        wizard.grab().save(str(out / f"{name}.png"))

    shot("1-pause")
    wizard.next()
    page = wizard.currentPage()
    page.findChild(QRadioButton, "validity_partly").setChecked(True)
    page.findChild(QLineEdit, "validPointEdit").setText("The cake was a day old when we sold it.")
    shot("2-is-it-fair")
    wizard.next()
    page = wizard.currentPage()
    page.findChild(QRadioButton, "emailRadio").setChecked(True)
    page.findChild(QLineEdit, "emailAddressEdit").setText("sam.harsh@example")
    shot("3-public-or-private-email")
    page.findChild(QLineEdit, "emailAddressEdit").setText("")
    page.findChild(QRadioButton, "privateRadio").setChecked(True)
    shot("3-public-or-private")
    wizard.next()
    page = wizard.currentPage()
    kind = page.findChild(QComboBox, "compensationKind")
    kind.setCurrentIndex(kind.findData("percent"))
    page.findChild(QLineEdit, "compensationValue").setText("10")
    shot("4-make-it-right")
    wizard.next()
    draft = wizard.draft_page
    draft.edit.setPlainText(
        "Dear {customer}, you should have told us!! I'm sorry the cake was dry."
    )
    draft.check()
    shot("5-tone-check")
    draft.edit.setPlainText(
        "Dear {customer}, thank you for telling us, and I'm sorry the cake was dry: it "
        "should have been fresh, and we have changed how we check the date on every cake."
    )
    draft.check()
    shot("5-write-without-the-code")
    draft.findChild(QPushButton, "addOfferCodeButton").click()
    shot("5-write")
    wizard.next()
    shot("6-send-locked")
    now.now += timedelta(minutes=31)
    wizard.tick()
    wizard.review_page.send_button.click()
    settle(app)
    shot("7-sent")
    wizard.reject()
    print(f"{app.platformName()}, {size}{' dark' if dark else ''}: wrote the wizard to {out}")


def first_run_pages(app: QApplication, out: Path, dark: bool) -> None:
    """Each page of the first-run assistant on a new data folder, as a German-speaking
    owner of a shop in Germany would fill it in (the system locale as C, as on a bare
    machine: the country decides how dates and money read)."""
    from feedback_desk.ui.first_run import FirstRunAssistant

    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    out = out / ("dark" if dark else "" if size == "1366x768" else size)
    out.mkdir(parents=True, exist_ok=True)
    db = open_database(Path(tempfile.mkdtemp()) / "home", clock)
    assistant = FirstRunAssistant(db, InlineTaskRunner(), system_locale=QLocale.c())
    assistant.show()
    settle(app)
    room = screen.adjusted(0, 0, 0, -DESKTOP_FRAME)
    if assistant.width() > room.width() or assistant.height() > room.height():
        sys.exit(
            f"The assistant ({assistant.width()}x{assistant.height()}) does not fit a {size} "
            f"screen with a title bar and a panel ({room.width()}x{room.height()})."
        )

    def shot(name: str) -> None:
        settle(app)
        page = assistant.currentPage()
        if page.minimumSizeHint().height() > page.height():
            print(f"warning: {name}: the page is squeezed below its minimum height")
        assistant.grab().save(str(out / f"{name}.png"))

    shot("1-welcome")
    assistant.next()
    assistant.findChild(QLineEdit, "firstRunShopName").setText("Juniper & Rye")
    country = assistant.findChild(QComboBox, "firstRunCountry")
    country.setCurrentIndex(country.findData("DE"))
    shot("2-your-shop")
    assistant.findChild(QComboBox, "firstRunCurrency").setEditText("EURO")
    shot("2-your-shop-bad-currency")
    assistant.findChild(QComboBox, "firstRunCurrency").setEditText("EUR")
    assistant.next()
    assistant.findChild(QLineEdit, "firstRunSignature").setText("— Maria, Juniper & Rye")
    shot("3-sign-off")
    assistant.next()
    shot("4-what-next")
    assistant.reject()
    from feedback_desk.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(db, runner=InlineTaskRunner())
    settings.show()
    settle(app)
    settings.grab().save(str(out / "5-settings-your-shop.png"))
    settings.reject()
    print(f"{app.platformName()}, {size}{' dark' if dark else ''}: wrote the assistant to {out}")


class ShotKeyring:
    """Stands in for the Secret Service: nothing is stored by a screenshot."""

    name = "the Secret Service keyring (GNOME Keyring or KWallet)"

    def set_password(self, *args: str) -> None: ...
    def get_password(self, *args: str) -> None: ...
    def delete_password(self, *args: str) -> None: ...


def _no_secrets() -> CredentialStore:
    """The window's credentials in a screenshot: nothing is read or stored."""
    return CredentialStore(ShotKeyring())


class HeldRunner(InlineTaskRunner):
    """Background work runs only when the script says, so a waiting sign-in can be shown."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[Callable[[], None]] = []

    def run(self, work: Callable[[], Any], done: Any, failed: Any = None, **_: Any) -> None:
        self.held.append(lambda: InlineTaskRunner.run(self, work, done, failed))

    def release(self, count: int = 99) -> None:
        for _ in range(count):
            if self.held:
                self.held.pop(0)()


class ShotSignIn:
    """A sign-in that has already happened: its prompt, then what the owner may connect."""

    def __init__(self, platform: Platform, code: str | None) -> None:
        from feedback_desk.sources.signin import Candidate, SignInPrompt

        self.platform = platform
        self.prompt = SignInPrompt(
            "https://www.facebook.com/device" if code else "https://accounts.google.com/o/oauth2",
            code,
            datetime.now(UTC) + timedelta(minutes=14, seconds=40),
        )
        self.found = [
            Candidate(Platform.FACEBOOK, "1983306698425200", "Corner Bakery",
                      "Facebook Page · you are an admin", "Corner Bakery"),
            Candidate(Platform.INSTAGRAM, "17841400008460056", "@cornerbakery",
                      "Instagram professional account, linked to Corner Bakery",
                      "Corner Bakery Instagram"),
            Candidate(Platform.FACEBOOK, "1029384756", "Corner Bakery — Market Street café",
                      "Facebook Page · you are an editor", "Market Street café"),
        ]  # fmt: skip

    def start(self) -> object:
        return self.prompt

    def wait(self, cancel: object, timeout: float | None = None) -> None: ...

    def candidates(self) -> list[object]:
        return list(self.found)

    def close(self) -> None: ...


def accounts_pages(app: QApplication, out: Path, dark: bool) -> None:
    from feedback_desk.secrets import CredentialStore
    from feedback_desk.store.accounts import AccountState
    from feedback_desk.ui.accounts_dialog import AccountsDialog
    from feedback_desk.ui.sign_in_dialog import SignInDialog

    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    out = out / ("dark" if dark else "" if size == "1366x768" else size)
    out.mkdir(parents=True, exist_ok=True)
    room = screen.adjusted(0, 0, 0, -DESKTOP_FRAME)
    db = open_database(Path(tempfile.mkdtemp()) / "home", clock)
    conn = db.connect()
    accounts = AccountStore(db, conn)
    accounts.add("Corner Bakery", Platform.FACEBOOK, {"page_id": "1983306698425200"})
    accounts.add("Bath shop", Platform.GOOGLE, {"account_id": "1", "location_id": "2"})
    accounts.mark_synced("Corner Bakery", None, True)
    accounts.set_state(
        "Bath shop",
        AccountState.NEEDS_RECONNECT,
        "Google no longer accepts the sign-in (it was withdrawn or expired). Reconnect it.",
    )
    conn.close()
    credentials = CredentialStore(ShotKeyring())

    def shot(widget: Any, name: str) -> None:
        widget.show()
        settle(app)
        if widget.width() > room.width() or widget.height() > room.height():
            sys.exit(
                f"{name} ({widget.width()}x{widget.height()}) does not fit a {size} screen with "
                f"a title bar and a panel ({room.width()}x{room.height()})."
            )
        if widget.minimumSizeHint().height() > widget.height():
            print(f"warning: {name}: squeezed below its minimum height")
        widget.grab().save(str(out / f"{name}.png"))

    dialog = AccountsDialog(db, credentials, InlineTaskRunner())
    dialog.view.selectRow(0)  # the one that needs reconnecting
    shot(dialog, "1-accounts")

    for number, platform, code in (
        ("2", Platform.GOOGLE, None),
        ("3", Platform.FACEBOOK, "WDJB-MJHT"),
    ):
        runner = HeldRunner()
        flow = ShotSignIn(platform, code)
        sign_in = SignInDialog(
            platform, db, credentials, runner, dialog,
            begin=lambda p, c, i, flow=flow: flow, open_url=lambda url: None,  # type: ignore[misc]
        )  # fmt: skip
        sign_in.begin()
        runner.release(1)  # started: the page is open (or the code shown), now waiting
        shot(sign_in, f"{number}-sign-in-{platform.value}")
        if code:
            runner.release()  # signed in: the picker
            sign_in.picked_model.item(0, 0).setCheckState(Qt.CheckState.Checked)
            sign_in.picked_model.item(1, 0).setCheckState(Qt.CheckState.Checked)
            shot(sign_in, "4-pick")
        sign_in.reject()
    dialog.reject()
    print(f"{app.platformName()}, {size}{' dark' if dark else ''}: wrote the accounts to {out}")


def import_preview(app: QApplication, out: Path, dark: bool) -> None:
    """The preview of a spreadsheet whose columns are not the app's own, as the owner first
    sees it (guessed columns), and the inbox once imported (with a Trustpilot export too)."""
    from importlib import resources

    from PySide6.QtCore import QSettings

    from feedback_desk.sources.file_import import import_export, open_export
    from feedback_desk.ui.main_window import MainWindow

    home = Path(tempfile.mkdtemp()) / "home"
    db = open_database(home, clock)
    samples = resources.files("feedback_desk.resources").joinpath("samples")
    files = {}
    for name in ("german-spreadsheet.csv", "trustpilot-reviews.csv"):
        files[name] = home / name
        files[name].write_bytes(samples.joinpath(name).read_bytes())
    import_export(db, open_export(files["trustpilot-reviews.csv"]), Triage())
    settings = QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        CommentStore(db, db.connect()),
        Triage(),
        settings,
        lambda: None,
        services=Services(db, _no_secrets(), runner=InlineTaskRunner()),
    )
    screen = app.primaryScreen().availableGeometry()
    window.resize(screen.width(), screen.height())
    window.show()
    settle(app)
    size = f"{screen.width()}x{screen.height()}"
    suffix = ("" if size == "1366x768" else f"-{size}") + ("-dark" if dark else "")
    out.mkdir(parents=True, exist_ok=True)
    window.import_file(files["german-spreadsheet.csv"])
    preview = window.importer.preview
    assert preview is not None
    free = screen.adjusted(0, 0, 0, -DESKTOP_FRAME)
    preview.resize(min(preview.width(), free.width()), min(preview.height(), free.height()))
    settle(app)
    needed = preview.minimumSizeHint()
    if needed.width() > free.width() or needed.height() > free.height():
        sys.exit(f"The import preview needs {needed.width()}x{needed.height()}: too big.")
    preview.grab().save(str(out / f"preview{suffix}.png"))
    preview.findChild(QPushButton, "importPreviewImport").click()
    settle(app)
    window.grab().save(str(out / f"inbox{suffix}.png"))
    print(f"{app.platformName()}, {size}{' dark' if dark else ''}: wrote the import to {out}")


def fit_pages(app: QApplication, out: Path, dark: bool) -> None:
    """The windows that did not fit a laptop (issue 12), at the screen's size, on the demo
    inbox with a search and a story selected, measured against the screen."""
    import os

    from PySide6.QtCore import QSettings

    from feedback_desk.ui.ledger_window import LedgerWindow
    from feedback_desk.ui.main_window import MainWindow
    from feedback_desk.ui.settings_dialog import SettingsDialog

    screen = app.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    name = size + ("-dark" if dark else "") + ("" if scale == "1" else f"-{float(scale):.0%}")
    out = out / name.replace("%", "")
    out.mkdir(parents=True, exist_ok=True)
    room = screen.adjusted(0, 0, 0, -DESKTOP_FRAME)
    home = Path(tempfile.mkdtemp()) / "home"
    db = open_database(home, clock)
    seed_sample_inbox(db, clock)
    runner = InlineTaskRunner()
    problems: list[str] = []

    def shot(widget: Any, file: str) -> None:
        widget.show()
        settle(app)
        needed = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        print(
            f"  {file:14} {widget.width()}x{widget.height()}, needs at least "
            f"{needed.width()}x{needed.height()}"
        )
        if widget.width() > room.width() or widget.height() > room.height():
            problems.append(f"{file} ({widget.width()}x{widget.height()}) is too big")
        if needed.width() > widget.width() or needed.height() > widget.height():
            problems.append(f"{file} is squeezed below its minimum")
        widget.grab().save(str(out / f"{file}.png"))

    print(f"{app.platformName()}, {size} (room {room.width()}x{room.height()}), scale {scale}:")
    settings = QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        CommentStore(db, db.connect()),
        Triage(),
        settings,
        lambda: None,
        services=Services(db, _no_secrets(), runner=runner),
    )
    window.search_edit.setText("coffee")
    window.apply_filters()
    shot(window, "inbox-search")
    history = HistoryWindow(db, runner, clock)
    for row in range(history.model.rowCount()):
        item = history.model.row_at(row)
        if item is not None and item.author == "Viktor Hale":
            history.view.selectRow(row)
    shot(history, "history")
    history.close()
    dialog = ReportDialog(db, runner, clock, tz=UTC)
    shot(dialog, "report-dialog")
    dialog.close()
    ledger = LedgerWindow(db, runner=runner)
    shot(ledger, "ledger")
    ledger.close()
    from PySide6.QtWidgets import QTabWidget

    settings_dialog = SettingsDialog(db, runner=runner)
    shot(settings_dialog, "settings")
    tabs = settings_dialog.findChild(QTabWidget)
    for number in range(1, tabs.count() if tabs else 0):
        tabs.setCurrentIndex(number)  # type: ignore[union-attr]
        shot(settings_dialog, f"settings-{number + 1}")
    settings_dialog.close()
    window.close()
    if problems:
        sys.exit("Does not fit: " + "; ".join(problems))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
