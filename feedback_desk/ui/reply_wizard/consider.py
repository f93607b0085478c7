"""`considerPage`: is the complaint fair, what is the true point, what is it about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)

from ...core.replies import Validity
from ...core.texts import QT_TRANSLATE_NOOP
from ...store.assessments import Assessment, Assessments
from ..formatting import plain_label
from ..tasks import on_own_connection
from .base import Field, WizardPage

if TYPE_CHECKING:
    from .wizard import ReplyWizard


class ConsiderPage(WizardPage):
    CHOICES = (
        (Validity.VALID, QT_TRANSLATE_NOOP("ConsiderPage", "Yes, they have a point")),
        (Validity.PARTLY, QT_TRANSLATE_NOOP("ConsiderPage", "Partly")),
        (Validity.NOT_VALID, QT_TRANSLATE_NOOP("ConsiderPage", "No, it is not fair")),
    )
    validityChanged = Signal()

    def __init__(self, wizard: ReplyWizard) -> None:
        super().__init__(
            wizard,
            QCoreApplication.translate("ConsiderPage", "Is the complaint fair?"),
            QCoreApplication.translate(
                "ConsiderPage", "Even an unfair comment often holds one true point worth fixing."
            ),
        )
        saved = wizard.assessments.get(wizard.comment.id)
        self.group = QButtonGroup(self)
        for value, text in self.CHOICES:
            button = QRadioButton(self.tr(text))
            button.setObjectName(f"validity_{value}")
            button.setChecked(saved.validity == value)
            self.group.addButton(button)
            self.layout_.addWidget(button)
        self.group.buttonToggled.connect(lambda *_: self._chosen())
        form = QFormLayout()
        self.point = QLineEdit(saved.valid_point)
        self.point.setObjectName("validPointEdit")
        self.point.setPlaceholderText(self.tr("In your own words: what did we get wrong?"))
        self.category = QComboBox()
        self.category.setObjectName("categoryCombo")
        self.category.addItems(wizard.assessments.categories())
        if saved.category:
            self.category.setCurrentText(saved.category)
        self.notes = QPlainTextEdit(saved.notes)
        self.notes.setObjectName("notesEdit")
        self.notes.setMaximumHeight(90)
        form.addRow(self.tr("The valid point"), self.point)
        form.addRow(self.tr("What it is about"), self.category)
        form.addRow(self.tr("Notes for yourself"), self.notes)
        self.layout_.addLayout(form)
        self.why = plain_label()
        self.layout_.addWidget(self.why)
        self.layout_.addStretch(1)
        self.registerField(Field.VALIDITY, self, "validityField", self.validityChanged)

    def validity(self) -> Validity | None:
        checked = self.group.checkedButton()
        return Validity(checked.objectName().removeprefix("validity_")) if checked else None

    validityField = Property(str, lambda self: self.validity() or "", notify=validityChanged)

    def _chosen(self) -> None:
        self.validityChanged.emit()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        done = self.validity() is not None
        self.why.setText("" if done else self.tr("Choose one of the three answers to go on."))
        return done

    def validatePage(self) -> bool:
        """The owner goes on at once; the assessment is written in the background, on the
        wizard's queue (so in order with the draft saves)."""
        assessment = Assessment(
            self.w.comment.id,
            self.validity(),
            self.point.text().strip(),
            self.category.currentText(),
            self.notes.toPlainText(),
        )
        db = self.w.db
        self.w.write(
            on_own_connection(db, lambda conn: Assessments(db, conn).save(assessment)),
            lambda _: None,
            self.tr("Your answer to “Is it fair?” could not be saved"),
            kind="assessment",
        )
        return True
