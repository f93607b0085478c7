"""The guided reply: pause, think, choose where and what to offer, write calmly, re-read, send.

Every page saves what the owner did as they go, so closing the wizard (or the app) loses
nothing and reopening continues on the same page with the same remaining wait. The rules
(cool-off, private-reply limits, blocking tone flags) live in core/ and are checked again
by the outbox when sending; the wizard only shows them early and says why.

Pages talk through the wizard's fields (`base.Field`) and the few methods below, never
through each other's widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QMessageBox,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid as shiboken_is_valid

from ...core.compensation import Compensation, needs_code
from ...core.cooloff import cooloff_end
from ...core.errors import UserFacingError
from ...core.model import Comment, Severity
from ...core.saved_replies import fill
from ...sources.outbox import ReplyService
from ...store.assessments import Assessments, ReplyDraft, load_cooloff_settings
from ...store.comments import CommentStore
from ...store.outbox import Outbox, Reply
from ...store.shop_profile import load_profile, load_shop_name
from ...store.threads import public_reply_in_thread
from ..tasks import WriteQueue, on_own_connection
from .base import STEP_NAMES, Field, Step, step_name
from .channel import ChannelPage
from .compensation import CompensationPage
from .consider import ConsiderPage
from .cooloff import CoolOffPage
from .draft import DraftPage
from .review import ReviewPage

if TYPE_CHECKING:
    from ...services import Services

log = logging.getLogger(__name__)

SCREEN_MARGIN = 16
TITLE_BAR = 40


class StepList(QListView):
    """`wizardSteps`: where the owner is; a click on a step goes there."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget, route: tuple[Step, ...]) -> None:
        super().__init__(parent)
        self.route = route
        self.setObjectName("wizardSteps")
        self.setAccessibleName(self.tr("Steps"))
        self.model_ = QStandardItemModel(self)
        for step in route:
            item = QStandardItem(step_name(step))
            item.setEditable(False)
            item.setData(int(step), Qt.ItemDataRole.UserRole)
            self.model_.appendRow(item)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(4)
        # Wide enough for the longest step in bold, with its mark: nothing is cut short.
        bold = self.font()
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance("▶ " + step_name(step)) for step in Step)
        self.setMinimumWidth(widest + 4 * self.spacing() + 2 * self.frameWidth() + 12)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The window's own colours, light or dark, not a fixed light panel.
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.clicked.connect(lambda index: self.chosen.emit(int(self.route[index.row()])))
        self.activated.connect(lambda index: self.chosen.emit(int(self.route[index.row()])))

    def show_step(self, current: int) -> None:
        for row, step in enumerate(self.route):
            item = self.model_.item(row)
            mark = "▶ " if step == current else ("✓ " if step < current else "    ")
            item.setText(mark + step_name(step))
            font = item.font()
            font.setBold(step == current)
            item.setFont(font)
            item.setToolTip(
                self.tr("Go back to this step")
                if step < current
                else self.tr("You are here")
                if step == current
                else self.tr("Go on to this step, through each one before it")
            )
        if current in self.route:
            self.setCurrentIndex(self.model_.index(self.route.index(Step(current)), 0))


class ReplyWizard(QWizard):
    """`replyWizard`: opened on one comment from the inbox."""

    pauseStarted = Signal()  # the new pause is stored: the comment is now "cooling off"

    def __init__(
        self,
        services: Services,
        comment_id: int,
        *,
        shop_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replyWizard")
        self.setWindowTitle(self.tr("Reply"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, False)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close (keeps your work)"))
        # Sending is the last step's own button; a "Finish" beside it would only confuse.
        self.setButtonLayout(
            [
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        # Comfortable on a laptop, and on a small screen still clear of the title bar and
        # the desktop's panel, with every button in view.
        screen = (
            parent.screen() if parent else QGuiApplication.primaryScreen()
        ).availableGeometry()
        self.resize(
            min(820, screen.width() - 2 * SCREEN_MARGIN),
            min(620, screen.height() - 2 * SCREEN_MARGIN - TITLE_BAR),
        )

        self.db = db = services.db
        self._behind = parent
        self.conn = db.connect()
        self.runner = runner = services.tasks()
        self.credentials = services.credentials
        # The app's one clock (the database's): the countdown and the outbox's rules agree.
        self.now = services.clock
        self.connect_factory = services.connect
        self.shop_name = shop_name or load_shop_name(self.conn) or self.tr("our shop")
        # The currency new offers are in, and the sign-off that ends a new reply.
        self.profile = load_profile(self.conn)
        self.comment: Comment = CommentStore(db, self.conn).get(comment_id)
        self.assessments = Assessments(db, self.conn)
        self.outbox = Outbox(db, self.conn)
        self.service = ReplyService(db, self.conn)  # e-mail replies; platforms send off-thread
        # Every write of this wizard goes through one queue, off the GUI thread: while
        # another program holds the database the window stays live, and saves land in order.
        self.writes = WriteQueue(runner)
        self.cooloff_end = self._start_pause(comment_id)
        self.draft = self.assessments.draft(comment_id)
        self.sent: Reply | None = None
        # A reply waiting for the owner's word: an e-mail, or one copied to post by hand.
        self.waiting_email: Reply | None = self.service.waiting_email(
            comment_id
        ) or self.service.waiting_by_hand(comment_id)
        # Has the owner already answered in public in this conversation?
        self.answered_in_public = public_reply_in_thread(self.conn, comment_id)
        # Praise and questions take the short path: no pause, no "is it fair?", no offer.
        self.short_path = self.comment.severity in (Severity.POSITIVE, Severity.NEUTRAL)
        self.route: tuple[Step, ...] = (
            (Step.CHANNEL, Step.DRAFT, Step.REVIEW) if self.short_path else tuple(Step)
        )

        self.steps = StepList(self, self.route)
        self.steps.chosen.connect(self.go_to)
        self.setSideWidget(self.steps)

        self.cooloff_page = CoolOffPage(self)
        self.consider_page = ConsiderPage(self)
        self.channel_page = ChannelPage(self)
        self.compensation_page = CompensationPage(self)
        self.draft_page = DraftPage(self)
        self.review_page = ReviewPage(self)
        for step, page in zip(Step, self.pages(), strict=True):
            page.setObjectName(STEP_NAMES[step][0])
            self.setPage(step, page)
        self.setStartId(self.route[0])
        self.currentIdChanged.connect(self._moved)
        self.finished.connect(lambda _: self.save())
        saved = next((s for s in self.route if STEP_NAMES[s][0] == self.draft.step), self.route[0])
        # An e-mail waiting for "Did you send it?" is answered on the last page.
        self._resume(Step.REVIEW if self.waiting_email is not None else saved)

        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.tick)
        self.clock.start()

    def pages(self) -> list[QWizardPage]:
        return [
            self.cooloff_page,
            self.consider_page,
            self.channel_page,
            self.compensation_page,
            self.draft_page,
            self.review_page,
        ]

    def page_step(self, page: QWizardPage) -> Step:
        return Step(self.pages().index(page))

    # -- what the pages chose (their fields) ------------------------------------------------

    def again_in_public(self) -> bool:
        return bool(self.field(Field.AGAIN_IN_PUBLIC))

    def channel(self) -> str | None:
        return str(self.field(Field.CHANNEL) or "") or None

    def offer(self) -> Compensation | None:
        offer = self.field(Field.OFFER)
        return offer if isinstance(offer, Compensation) else None

    def offer_code(self) -> str | None:
        return str(self.field(Field.OFFER_CODE) or "") or None

    def email_address(self) -> str | None:
        """Where an e-mail reply goes; None when the owner leaves it to the mail program."""
        return str(self.field(Field.EMAIL_ADDRESS) or "").strip() or None

    def draft_text(self) -> str:
        return str(self.field(Field.DRAFT_TEXT) or "")

    # -- time -------------------------------------------------------------------------------

    def remaining(self) -> timedelta:
        if self.cooloff_end is None:
            return timedelta(0)
        return max(self.cooloff_end - self.now(), timedelta(0))

    def tick(self) -> None:
        """Once a second (tests call it directly): the countdown and the Send lock."""
        self.cooloff_page.refresh()
        self.review_page.refresh()

    # -- moving between steps ---------------------------------------------------------------

    def _resume(self, step: Step) -> None:
        """Continue where the owner stopped, walking there from the first page so that
        Back and every earlier step stay reachable (Qt's history is the path walked)."""
        self.restart()
        while self.currentId() < step:
            if self.currentPage() is self.draft_page:
                # They read the tone notes before going on last time; the review page
                # still says if the code is missing.
                self.draft_page.notes_already_read()
            if not self._forward():
                break

    def go_to(self, step: int) -> None:
        """A step chosen in the side list: any earlier one directly; a later one through
        every page between, each checked as Next checks it, stopping at the first that
        still needs something (it says what)."""
        if self.sent is not None:
            return
        while self.currentId() > step and self.currentId() != self.startId():
            self.back()
        while self.currentId() < step:
            if not self._forward():
                break
        self.steps.show_step(self.currentId())

    def _forward(self) -> bool:
        page = self.currentPage()
        if page is None or not page.isComplete():
            return False
        before = self.currentId()
        self.next()  # runs the page's validatePage (the assessment is saved, ...)
        return self.currentId() != before

    def _moved(self, step: int) -> None:
        self.save()
        self.steps.show_step(step)

    def lock_after_sending(self) -> None:
        """Once sent, the reply cannot be changed: no way back to the earlier steps."""
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.steps.setEnabled(False)
        self.steps.setToolTip(self.tr("This reply has been sent."))

    # -- keeping the owner's work ---------------------------------------------------------

    def _start_pause(self, comment_id: int) -> datetime | None:
        """The pause's end, known at once: a stored end is read (reads never wait for
        another program's write); a new pause is shown from now and stored in the background,
        starting at the moment the owner opened the comment."""
        self._pause_refused = False  # its write was refused: tried again at the next save
        opened = self.now()
        settings = load_cooloff_settings(self.conn)
        stored = self.outbox.cooloff_ends(comment_id)
        end = cooloff_end(stored, self.comment.severity, opened, settings)
        if end is None or stored is not None:
            return end
        at_opening = replace(self.db, clock=lambda: opened)
        self._store_pause = on_own_connection(
            at_opening, lambda conn: Outbox(at_opening, conn).start_cooloff(comment_id, settings)
        )
        self._write_pause()
        return end

    def _write_pause(self) -> None:
        def started(stored_end: datetime | None) -> None:
            self.cooloff_end = stored_end  # another program may have started it first
            if shiboken_is_valid(self):
                self.pauseStarted.emit()

        def refused(error: UserFacingError) -> None:
            self._pause_refused = True
            self.warn(self.tr("The pause could not be started"), str(error))

        self._pause_refused = False
        self.write(
            self._store_pause,
            started,
            self.tr("The pause could not be started"),
            refused,
            kind="pause",
        )

    def write(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        title: str,
        failed: Callable[[UserFacingError], None] | None = None,
        *,
        kind: str | None = None,
    ) -> None:
        """Run one write on the wizard's queue; a refusal (the database still in use after
        the busy timeout, the disk full) is the one-sentence warning, or `failed`'s."""

        def refused(error: BaseException) -> None:
            if not isinstance(error, UserFacingError):
                raise error
            if failed is not None:
                failed(error)
            else:
                self.warn(title, str(error))

        self.writes.run(work, done, refused, kind=kind)

    def warn(self, title: str, text: str) -> None:
        """The one-sentence warning; on the window behind when the wizard is already closed."""
        behind = self._behind
        if shiboken_is_valid(self) and self.isVisible():
            parent: QWidget | None = self
        elif behind is not None and shiboken_is_valid(behind):
            parent = behind
        else:
            log.warning("%s: %s", title, text)  # nothing left on screen to say it on
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def save(self) -> None:
        """Keep the owner's work: written in the background, one save after the other (a save
        still waiting is replaced by this newer one)."""
        step = self.currentId()
        offer = self.offer()
        compensation = None
        if offer is not None:
            compensation = offer.to_json()
            if needs_code(offer.kind):
                compensation["code"] = self.offer_code()
        draft = ReplyDraft(
            self.comment.id,
            self.channel(),
            self.draft_text(),
            compensation,
            STEP_NAMES[Step(step)][0] if step in tuple(Step) else self.draft.step,
        )
        self.draft = draft
        if self._pause_refused:  # the database was in use: try again with this save
            self._write_pause()
        db = self.db
        self.write(
            on_own_connection(db, lambda conn: Assessments(db, conn).save_draft(draft)),
            lambda _: None,
            self.tr("Your reply could not be saved"),
            kind="draft",
        )

    def placeholder_values(self) -> dict[str, str]:
        offer = self.offer()
        return {
            "customer": self.comment.author.split(" (@")[0].lstrip("@"),
            "shop": self.shop_name,
            "code": self.offer_code() or "",
            "discount": offer.describe() if offer and needs_code(offer.kind) else "",
            "signature": self.profile.signature or self.shop_name,
        }

    def final_text(self) -> str:
        return fill(self.draft_text(), self.placeholder_values())

    def done(self, result: int) -> None:
        self.clock.stop()
        super().done(result)
        self.conn.close()
