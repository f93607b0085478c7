"""`channelPage`: a public reply, a private message or an e-mail, within the platform's rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from ...core.channels import ONE_PRIVATE_MESSAGE, private_reply_problem
from ...core.model import Platform, Severity
from ...core.replies import email_address_problem
from ..formatting import isolated, plain_label
from .base import Field, WizardPage, show_as_problem

if TYPE_CHECKING:
    from .wizard import ReplyWizard


def address_problem(address: str) -> str | None:
    """Why `address` cannot be an e-mail address (core's one rule); None if it can or is
    blank (the mail program then asks for one)."""
    return email_address_problem(address)


class ChannelPage(WizardPage):
    channelChanged = Signal()

    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            QCoreApplication.translate("ChannelPage", "Where should the answer go?"),
            QCoreApplication.translate(
                "ChannelPage", "Harsh exchanges are best taken out of public view."
            ),
        )
        comment = wizard.comment
        platform = comment.platform.label
        if wizard.short_path:
            # Praise or a question: no pause page came first, so show what they wrote here.
            self.setSubTitle(self.tr("Thank them, or answer their question, where they asked it."))
            self.layout_.addWidget(
                plain_label(self.tr("{author} wrote:").format(author=isolated(comment.author)))
            )
            said = QPlainTextEdit(comment.text)
            said.setObjectName("channelComment")
            said.setReadOnly(True)
            said.setMaximumHeight(110)
            self.layout_.addWidget(said)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for value, text in (
            ("public", self.tr("A public reply under the comment")),
            ("private", self.tr("A private message")),
            ("email", self.tr("An e-mail to the customer")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"{value}Radio")
            self.group.addButton(button)
            self.buttons[value] = button
            self.layout_.addWidget(button)
        self.group.buttonToggled.connect(lambda *_: self._chosen())
        sent_private = wizard.outbox.private_sent(comment.id)
        problem = private_reply_problem(comment, wizard.now(), sent_private)
        notes = []
        if comment.account is None:
            # Feedback Desk cannot post here: the owner pastes the reply on the page.
            self.buttons["private"].setEnabled(False)
            self.buttons["public"].setText(
                self.tr(
                    "A public reply that you post on {platform} "
                    "(Feedback Desk copies it and opens the page)"
                ).format(platform=platform)
            )
            notes.append(
                self.tr(
                    "This comment came from an imported file, so Feedback Desk cannot post on "
                    "{platform} for you: it copies your public reply for you to "
                    "paste there, or you answer by e-mail."
                ).format(platform=platform)
            )
        elif problem:
            self.buttons["private"].setEnabled(False)
            self.buttons["private"].setToolTip(problem)
            notes.append(problem)
        elif comment.platform in ONE_PRIVATE_MESSAGE:
            notes.append(
                self.tr(
                    "{platform} allows one private message per comment, "
                    "within 7 days of it; the conversation goes on only if they answer."
                ).format(platform=platform)
            )
        recommended = "private" if comment.severity is Severity.HARSH else "public"
        if wizard.answered_in_public:
            # A second public answer invites a back-and-forth everyone can read.
            recommended = "private"
            notes.append(
                self.tr(
                    "You have already answered in public in this conversation. Take it "
                    "private, or if you answer in public, end it politely — and tick the box "
                    "to say you mean to."
                )
                if comment.platform is not Platform.GOOGLE
                else self.tr(
                    "This review already has your reply. Google keeps one reply per review: "
                    "a new one replaces it (tick the box to say you mean to)."
                )
            )
        if comment.account is None and (recommended == "private" or comment.email):
            # Harsh, and no private messages here: out of public view; or the file gave
            # their address, and an e-mail is the one reply Feedback Desk sends itself.
            recommended = "email"
        if not self.buttons[recommended].isEnabled():
            recommended = next((v for v, b in self.buttons.items() if b.isEnabled()), "email")
        suggested = {
            "public": self.tr("Suggested here: a public reply under the comment."),
            "private": self.tr("Suggested here: a private message."),
            "email": self.tr("Suggested here: an e-mail to the customer."),
        }
        if comment.account is None and recommended == "public":
            suggested["public"] = self.tr(
                "Suggested here: a public reply that you post on {platform} "
                "(Feedback Desk copies it and opens the page)."
            ).format(platform=platform)
        notes.insert(0, suggested[recommended])
        self.note = plain_label("\n".join(notes), name="channelAdvice")
        self.layout_.addWidget(self.note)
        self.again = QCheckBox(
            self.tr("Replace my reply on Google")
            if comment.platform is Platform.GOOGLE
            else self.tr("I mean to answer in public again")
        )
        self.again.setObjectName("againInPublicCheck")
        self.again.hide()  # shown for a public answer where the owner already answered
        self.again.toggled.connect(lambda _: self.completeChanged.emit())
        self.layout_.addWidget(self.again)
        self.email_box = QWidget()
        form = QFormLayout(self.email_box)
        form.setContentsMargins(0, 8, 0, 0)
        waiting = wizard.waiting_email
        self.address = QLineEdit((waiting.address if waiting else comment.email) or "")
        self.address.setObjectName("emailAddressEdit")
        self.address.setPlaceholderText("ann@example.com")  # untranslated: an address
        self.address.textChanged.connect(lambda _: self._address_changed())
        self.address_problem = plain_label(name="emailAddressProblem")
        self._hint_colours = self.address_problem.palette()
        self._problem_colours = show_as_problem(self.address_problem).palette()
        form.addRow(self.tr("Their e-mail address"), self.address)
        form.addRow("", self.address_problem)
        self.layout_.addWidget(self.email_box)
        self.layout_.addStretch(1)
        chosen = wizard.draft.channel if wizard.draft.channel in self.buttons else recommended
        if self.buttons[chosen].isEnabled():
            self.buttons[chosen].setChecked(True)
        self.registerField(Field.CHANNEL, self, "channelField", self.channelChanged)
        self.registerField(Field.EMAIL_ADDRESS, self.address, "text", self.address.textChanged)
        self.registerField(Field.AGAIN_IN_PUBLIC, self.again, "checked", self.again.toggled)
        self._address_changed()

    def channel(self) -> str | None:
        checked = self.group.checkedButton()
        return checked.objectName().removesuffix("Radio") if checked else None

    channelField = Property(str, lambda self: self.channel() or "", notify=channelChanged)

    def _chosen(self) -> None:
        self.email_box.setVisible(self.channel() == "email")
        self.again.setVisible(self.w.answered_in_public and self.channel() == "public")
        self.channelChanged.emit()
        self.completeChanged.emit()

    def _address_changed(self) -> None:
        problem = address_problem(self.address.text())
        self.address_problem.setPalette(self._problem_colours if problem else self._hint_colours)
        self.address_problem.setText(
            problem
            or (
                ""
                if self.address.text().strip()
                else self.tr("No address known: your e-mail program will ask for one.")
            )
        )
        self.email_box.setVisible(self.channel() == "email")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        channel = self.channel()
        if channel == "email":
            return address_problem(self.address.text()) is None
        if channel == "public" and self.w.answered_in_public:
            return self.again.isChecked()  # a conscious choice, recorded with the reply
        return channel is not None
