"""`cooloffPage`: the comment, and how long before a reply may go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit

from ...core.texts import QT_TRANSLATE_NOOP
from ..formatting import isolated, plain_label
from ..perspective import PerspectivePanel, load_comment_perspective
from .base import WizardPage, countdown

if TYPE_CHECKING:
    from .wizard import ReplyWizard

WHILE_YOU_WAIT = (
    QT_TRANSLATE_NOOP("CoolOffPage", "Step away for a moment: make a tea, serve a customer."),
    QT_TRANSLATE_NOOP(
        "CoolOffPage",
        "Read the comment again slowly. What is the customer really unhappy about?",
    ),
    QT_TRANSLATE_NOOP(
        "CoolOffPage",
        "You may already think it through and write a draft; sending waits for the timer.",
    ),
)


class CoolOffPage(WizardPage):
    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            QCoreApplication.translate("CoolOffPage", "Take a breath first"),
            QCoreApplication.translate(
                "CoolOffPage",
                "Hurtful words invite a quick answer. A short pause makes a better one.",
            ),
        )
        text = QPlainTextEdit(wizard.comment.text)
        text.setObjectName("cooloffComment")
        text.setAccessibleName(self.tr("{author}'s comment").format(author=wizard.comment.author))
        text.setReadOnly(True)
        self.layout_.addWidget(
            plain_label(self.tr("{author} wrote:").format(author=isolated(wizard.comment.author)))
        )
        self.layout_.addWidget(text, 1)
        self.remaining = plain_label(name="cooloffRemaining")
        big = self.remaining.font()
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.remaining.setFont(big)
        self.layout_.addWidget(self.remaining)
        # The complaint in proportion: counted on a worker, so the countdown never waits.
        self.perspective = PerspectivePanel(self)
        self.layout_.addWidget(self.perspective)
        if not wizard.short_path:
            wizard.runner.run(
                load_comment_perspective(wizard.db, wizard.comment.id, wizard.now()),
                self.perspective.show_figures,
                self.perspective.show_failure,
            )
        self.advice = plain_label("\n".join("• " + self.tr(line) for line in WHILE_YOU_WAIT))
        self.layout_.addWidget(self.advice)
        self.refresh()

    def refresh(self) -> None:
        if self.w.cooloff_end is None:
            self.remaining.setText(self.tr("No wait needed for this comment."))
            return
        left = self.w.remaining()
        self.remaining.setText(
            self.tr("{time} left before you can send").format(time=countdown(left))
            if left
            else self.tr("The wait is over. Take one more look before you answer.")
        )
