"""Recording what became of a complaint: won back, resolved, still unhappy, no response or
lost, with its day, a note and, if the owner wants, a day to look at it again.

The same form opens from the history window and from the inbox (Comment → Record
outcome…); both save through `Outcomes.record`, off the GUI thread.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import UserFacingError
from ..core.replies import Outcome
from ..store import Database
from ..store.comments import CommentStore
from ..store.outcomes import Outcomes
from .complaint_filters import pydate, qdate
from .formatting import plain_label, show_as_problem
from .tasks import InlineTaskRunner, TaskRunner, on_own_connection


class OutcomeDialog(QDialog):
    """What became of a complaint: the outcome, its day, a note, and a day to look again."""

    def _suggest_won_back(self, db: Database, comment_id: int) -> None:
        """Stars that went up after the reply suggest the customer was won back."""
        conn = db.connect()
        try:
            around = CommentStore(db, conn).surroundings(comment_id)
        finally:
            conn.close()
        if around.stars_up is None:
            return
        before, now = around.stars_up
        self.outcome.setCurrentIndex(self.outcome.findData(Outcome.WON_BACK.value))
        self.note.setPlainText(
            self.tr("The stars went up from {before} to {now} after our reply.").format(
                before=before, now=now
            )
        )

    def __init__(
        self,
        db: Database,
        comment_id: int,
        today: date,
        parent: QWidget | None,
        runner: TaskRunner | None = None,
        about: str = "",
    ) -> None:
        """`about` names the complaint (author, platform, day) where the form does not sit
        beside it, as from the inbox's menu; it is outside text, shown as plain text."""
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(
            self.tr("Record outcome — {about}").format(about=about)
            if about
            else self.tr("Record outcome")
        )
        self._db = db
        self._runner = runner or InlineTaskRunner(self)
        self._comment_id = comment_id
        self.recorded = False
        layout = QVBoxLayout(self)
        if about:
            heading = plain_label(about, name="outcomeAbout")
            heading.setStyleSheet("font-weight: bold;")
            layout.addWidget(heading)
        layout.addWidget(
            plain_label(
                self.tr(
                    "What happened after your reply? Each outcome is kept with its date, so "
                    "the complaint's history shows how it went."
                )
            )
        )
        form = QFormLayout()
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcomeCombo")
        for outcome in Outcome:
            self.outcome.addItem(outcome.label, outcome.value)
        self.decided = QDateEdit(qdate(today))
        self.decided.setObjectName("outcomeDate")
        self.decided.setCalendarPopup(True)
        self.decided.setMaximumDate(qdate(today))
        self.note = QPlainTextEdit()
        self.note.setObjectName("outcomeNote")
        self.note.setPlaceholderText(self.tr("e.g. Came back on Saturday and used the code"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.follow_up = QCheckBox(self.tr("Remind me to follow up on"))
        self.follow_up.setObjectName("followUpCheck")
        self.follow_up_day = QDateEdit(qdate(today + timedelta(days=7)))
        self.follow_up_day.setObjectName("followUpDate")
        self.follow_up_day.setAccessibleName(self.tr("Follow-up day"))
        self.follow_up_day.setAccessibleDescription(
            self.tr("On this day the complaint shows in the inbox's Follow-ups due view")
        )
        self.follow_up_day.setCalendarPopup(True)
        self.follow_up_day.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_day.setEnabled)
        self.decided.dateChanged.connect(self.follow_up_day.setMinimumDate)
        self.follow_up_day.setMinimumDate(self.decided.date())
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_day)
        follow.addStretch(1)
        self._suggest_won_back(db, comment_id)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&On"), self.decided)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow("", follow)
        layout.addLayout(form)
        self.problem = plain_label(name="outcomeProblem")
        show_as_problem(self.problem)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveOutcomeButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Written off the GUI thread: while another program writes, the dialog waits (Save
        disabled) without freezing, and closes once the outcome is kept."""
        db, comment_id = self._db, self._comment_id
        outcome = Outcome(self.outcome.currentData())
        decided_on = pydate(self.decided.date())
        note = self.note.toPlainText()
        follow_up_on = pydate(self.follow_up_day.date()) if self.follow_up.isChecked() else None
        self.save_button.setEnabled(False)
        self.problem.hide()

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserFacingError):
                raise error
            self.save_button.setEnabled(True)
            self.problem.setText(str(error))
            self.problem.show()

        self._runner.run(
            on_own_connection(
                db,
                lambda conn: Outcomes(db, conn).record(
                    comment_id,
                    outcome,
                    decided_on=decided_on,
                    note=note,
                    follow_up_on=follow_up_on,
                ),
            ),
            lambda _: self._recorded(),
            failed,
        )

    def _recorded(self) -> None:
        self.recorded = True
        self.accept()


__all__ = ["OutcomeDialog"]
