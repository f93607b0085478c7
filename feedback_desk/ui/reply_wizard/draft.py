"""`draftPage`: the reply itself, from a saved reply or the owner's own words, with a live
tone check of the words as the customer will read them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QListView,
    QPlainTextEdit,
    QPushButton,
)

from ...core.compensation import CompensationKind, gives_something
from ...core.errors import UserFacingError
from ...core.saved_replies import SavedReply, fill, load_builtin
from ...core.shop_profile import signed, unsigned
from ...core.texts import QT_TRANSLATE_NOOP
from ...core.tone import ToneFlag, blocking_flags, check_tone
from ...store.assessments import keep_own_reply, own_saved_replies
from ..formatting import plain_label
from ..tasks import on_own_connection
from .base import REPLY_LIMITS, Field, WizardPage, show_as_problem

if TYPE_CHECKING:
    from .wizard import ReplyWizard


# What "Add the offer's code" puts in (in the interface language: offer_sentence()); the gaps
# are filled when the reply goes out.
OFFER_SENTENCE = QT_TRANSLATE_NOOP(
    "DraftPage", "To make up for it, here is {discount} with the code {code}."
)
PREVIEW_LENGTH = 240


def saved_replies_language() -> str:
    """The language of the built-in saved replies the wizard offers: the interface's, as its
    translation names it ("en" untranslated)."""
    # Translators: not shown. The language code of the built-in saved replies to offer in
    # this language (saved_replies_<code>.json): "de" for German.
    return QCoreApplication.translate("SavedReplies", "en").strip() or "en"


def _count(number: int) -> str:
    """1,234 in English, 1.234 in German: grouped as the interface language writes numbers."""
    return QLocale(saved_replies_language()).toString(number)


def offer_sentence() -> str:
    return QCoreApplication.translate("DraftPage", OFFER_SENTENCE)


def _gives_code(text: str, code: str) -> bool:
    lowered = text.lower()
    return code.lower() in lowered or bool(re.search(r"\{\s*code\s*\}", lowered))


def _shortened(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW_LENGTH else flat[: PREVIEW_LENGTH - 1].rstrip() + "…"


class DraftPage(WizardPage):
    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            QCoreApplication.translate("DraftPage", "Write your reply"),
            QCoreApplication.translate(
                "DraftPage", "Thank them, own what went wrong, say what you will do. Keep it short."
            ),
        )
        row = QHBoxLayout()
        self.saved = QComboBox()
        self.saved.setObjectName("savedRepliesCombo")
        self.replies = load_builtin(saved_replies_language()) + own_saved_replies(wizard.conn)
        self.saved.addItem(self.tr("Start from a saved reply…"))
        for reply in self.replies:
            self.saved.addItem(reply.title)  # untranslated: the reply's own title
        use = QPushButton(self.tr("Use it"))
        use.setObjectName("useSavedReplyButton")
        use.clicked.connect(self._use_saved)
        # Picked with nothing written yet, it is used at once; over words, "Use it" replaces.
        self.saved.activated.connect(self._picked)
        keep = QPushButton(self.tr("Save as a saved reply…"))
        keep.setObjectName("keepReplyButton")
        keep.clicked.connect(self._keep)
        self.keep_button = keep
        row.addWidget(self.saved, 1)
        row.addWidget(use)
        row.addWidget(keep)
        self.layout_.addLayout(row)
        offer_row = QHBoxLayout()
        self.offer_line = plain_label(name="draftOffer")
        self.add_code = QPushButton(self.tr("Add the offer's code"))
        self.add_code.setObjectName("addOfferCodeButton")
        self.add_code.clicked.connect(self._add_code)
        offer_row.addWidget(self.offer_line, 1)
        offer_row.addWidget(self.add_code)
        self.layout_.addLayout(offer_row)
        # A new reply ends with the owner's sign-off; they write above it.
        self.signature = wizard.profile.signature
        self.edit = QPlainTextEdit(wizard.draft.text or signed("", self.signature))
        self.edit.setObjectName("draftEdit")
        self.edit.setTabChangesFocus(True)  # Tab leaves the reply, as everywhere else
        self.edit.setAccessibleName(self.tr("Your reply"))
        self.edit.setAccessibleDescription(self.tr("The tone check below reads it as you write"))
        self.edit.setPlaceholderText(
            self.tr("Dear …, thank you for telling us. You're right that …")
        )
        self.layout_.addWidget(self.edit, 3)
        self.preview = plain_label(name="draftPreview")
        self.preview.hide()
        self.layout_.addWidget(self.preview)
        self.length = plain_label(name="draftLength")
        self.layout_.addWidget(self.length)
        self.flags_model = QStandardItemModel(self)
        self.tone = QListView()
        self.tone.setObjectName("toneList")
        self.tone.setAccessibleName(self.tr("Tone check"))
        self.tone.setAccessibleDescription(self.tr("What may land badly in your reply, and why"))
        self.tone.setModel(self.flags_model)
        self.tone.setWordWrap(True)
        self.layout_.addWidget(plain_label(self.tr("Tone check")))
        self.layout_.addWidget(self.tone, 2)
        self.acknowledged = QCheckBox(
            self.tr("I have read the notes above and my reply is as I mean it")
        )
        self.acknowledged.setObjectName("toneAcknowledged")
        self.acknowledged.toggled.connect(lambda _: self.completeChanged.emit())
        self.acknowledged.hide()
        self.layout_.addWidget(self.acknowledged)
        self.why = show_as_problem(plain_label(name="draftBlockedReason"))
        self.layout_.addWidget(self.why)
        self.flags: list[ToneFlag] = []
        self._noted: tuple[str, ...] = ()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.check)
        self.edit.textChanged.connect(self.timer.start)
        self.registerField(Field.DRAFT_TEXT, self.edit, "plainText", self.edit.textChanged)
        self.registerField(Field.DRAFT_PROBLEMS, self, "problemsField", self.completeChanged)

    def text(self) -> str:
        return self.edit.toPlainText()

    def initializePage(self) -> None:
        self.check()
        # The keyboard lands in the reply, not on the saved replies (after QWizard has
        # given the page's first control the focus).
        QTimer.singleShot(0, self.edit.setFocus)

    def _add_code(self) -> None:
        """The offer and its code, as gaps filled in when the reply goes out, where the
        owner is writing (at the end if they have not clicked into the reply yet)."""
        cursor = self.edit.textCursor()
        if cursor.position() == 0 and self.text().strip():
            # At the end of the reply, above the sign-off if it has one.
            body = unsigned(self.text(), self.signature)
            cursor.setPosition(len(body.rstrip()) if body != self.text() else len(self.text()))
        before = self.text()[: cursor.position()]
        space = "" if not before or before[-1].isspace() else " "
        cursor.insertText(space + offer_sentence())
        self.edit.setTextCursor(cursor)
        self.edit.setFocus()
        self.check()

    def _show_offer(self) -> None:
        """What the reply offers, and whether the words carry its code."""
        offer, code = self.w.offer(), self.w.offer_code()
        self.offer_line.setVisible(offer is not None and offer.kind is not CompensationKind.NONE)
        if offer is None or code is None:
            self.offer_line.setText(
                self.tr("You offer {offer}.").format(offer=offer.describe()) if offer else ""
            )
            self.add_code.hide()
        elif self.w.channel() == "public":
            self.offer_line.setText(
                self.tr(
                    "You offer {offer} with the code {code}. The code stays out of "
                    "a public reply: say you will be in touch, or choose a private message."
                ).format(offer=offer.describe(), code=code)
            )
            self.add_code.hide()
        else:
            given = _gives_code(self.text(), code)
            self.offer_line.setText(
                (
                    self.tr("You offer {offer} with the code {code}: the reply gives it.")
                    if given
                    else self.tr("You offer {offer} with the code {code}: put it in the reply.")
                ).format(offer=offer.describe(), code=code)
            )
            self.add_code.show()
            self.add_code.setEnabled(not given)
            self.add_code.setToolTip(
                self.tr("The reply already gives the code.")
                if given
                else self.tr("Adds: {sentence}").format(sentence=offer_sentence())
            )

    def _picked(self, _index: int) -> None:
        if not self.text().strip():
            self._use_saved()

    def _use_saved(self) -> None:
        index = self.saved.currentIndex() - 1
        if 0 <= index < len(self.replies):
            self.edit.setPlainText(signed(self.replies[index].text, self.signature))
            self.edit.moveCursor(self.edit.textCursor().MoveOperation.Start)
            self.check()  # not typing: no need to wait for a pause

    def _keep(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Save as a saved reply"), self.tr("Title:"))
        if not ok:
            return
        db, text = self.w.db, self.text()
        if self.signature and unsigned(text, self.signature) != text:
            # Kept with a gap, so it signs with whatever the sign-off is when it is used.
            text = unsigned(text, self.signature) + "\n\n{signature}"
        self.keep_button.setEnabled(False)  # until this one is kept (or refused)

        def kept(reply: SavedReply) -> None:
            self.keep_button.setEnabled(True)
            self.replies.append(reply)
            self.saved.addItem(reply.title)  # untranslated: the owner's own title

        def refused(problem: UserFacingError) -> None:
            self.keep_button.setEnabled(True)
            self.why.setText(str(problem))

        self.w.write(
            on_own_connection(db, lambda conn: keep_own_reply(db, conn, title, text)),
            kept,
            self.tr("The saved reply could not be kept"),
            refused,
        )

    def limit(self) -> int:
        return REPLY_LIMITS.get(self.w.comment.platform, 5000)

    def check(self) -> None:
        """The tone check, again, as the owner types."""
        offer = self.w.offer()
        values = self.w.placeholder_values()
        filled = fill(self.text(), values)
        self.flags = check_tone(
            unsigned(filled, values["signature"]),  # the sign-off is not part of the tone
            comment_text=self.w.comment.text,
            channel=self.w.channel() or "public",
            complaint_valid=self.field(Field.VALIDITY) or None,
            compensation_offered=offer is not None and gives_something(offer.kind),
            known_words=[self.w.shop_name],
            offer_code=self.w.offer_code(),
        )
        self._show_offer()
        self.preview.setVisible(filled != self.text())
        self.preview.setText(
            self.tr("The customer will read: {reply}").format(reply=_shortened(filled))
        )
        self.flags_model.clear()
        for flag in self.flags:
            item = QStandardItem(
                (
                    self.tr("Must change: {reason}\n→ {suggestion}")
                    if flag.blocking
                    else self.tr("Consider: {reason}\n→ {suggestion}")
                ).format(reason=flag.reason, suggestion=flag.suggestion)
            )
            item.setEditable(False)
            self.flags_model.appendRow(item)
        if not self.flags and self.text().strip():
            self.flags_model.appendRow(
                QStandardItem(self.tr("Nothing to change: this reads calm and kind."))
            )
        # Notes that do not block can be acknowledged; new notes need a fresh look.
        noted = tuple(sorted(f.reason for f in self.flags if not f.blocking))
        if noted != self._noted:
            self._noted = noted
            self.acknowledged.setChecked(False)
        self.acknowledged.setVisible(bool(noted) and not blocking_flags(self.flags))
        count = len(self.text())
        self.length.setText(
            self.tr("{count} of {limit} characters {platform} allows").format(
                count=_count(count),
                limit=_count(self.limit()),
                platform=self.w.comment.platform.label,
            )
        )
        self.completeChanged.emit()

    def notes_already_read(self) -> None:
        """Reopening past this page: the owner ticked the notes then, for these words."""
        if self._noted and not blocking_flags(self.flags):
            self.acknowledged.setChecked(True)

    def problems(self) -> list[str]:
        found = [f.reason for f in blocking_flags(self.flags)]
        if not unsigned(self.text(), self.signature).strip():
            found.append(
                self.tr("The reply is empty.")
                if not self.signature
                else self.tr("Write your reply above the sign-off.")
            )
        if len(self.text()) > self.limit():
            found.append(
                self.tr("{platform} takes at most {limit} characters.").format(
                    platform=self.w.comment.platform.label,
                    limit=_count(self.limit()),
                )
            )
        if not found and self._noted and not self.acknowledged.isChecked():
            found.append(self.tr("Read the tone notes, change what you want, then tick the box."))
        return found

    problemsField = Property(str, lambda self: " ".join(self.problems()))

    def isComplete(self) -> bool:
        problems = self.problems()
        self.why.setText(" ".join(problems))
        return not problems
