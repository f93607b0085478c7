"""What every page of the reply wizard shares: the steps, the fields pages talk through,
and the page base class."""

from __future__ import annotations

import enum
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from ...core.model import Platform
from ...core.texts import QT_TRANSLATE_NOOP
from ..formatting import problem_colour

if TYPE_CHECKING:
    from .wizard import ReplyWizard

# Longest reply each platform takes (characters).
REPLY_LIMITS = {
    Platform.FACEBOOK: 8000,
    Platform.INSTAGRAM: 2200,
    Platform.GOOGLE: 4096,
    Platform.YOUTUBE: 10000,
    Platform.MASTODON: 500,
}


class Step(enum.IntEnum):
    """The pages in order. The offer comes before the words, so the reply can carry it."""

    COOLOFF = 0
    CONSIDER = 1
    CHANNEL = 2
    COMPENSATION = 3
    DRAFT = 4
    REVIEW = 5


# The page's objectName (an outside contract, never translated) and the step's name in English
# (shown through step_name).
STEP_NAMES = {
    Step.COOLOFF: ("cooloffPage", QT_TRANSLATE_NOOP("ReplyWizardSteps", "Pause")),
    Step.CONSIDER: ("considerPage", QT_TRANSLATE_NOOP("ReplyWizardSteps", "Is it fair?")),
    Step.CHANNEL: ("channelPage", QT_TRANSLATE_NOOP("ReplyWizardSteps", "Public or private")),
    Step.COMPENSATION: ("compensationPage", QT_TRANSLATE_NOOP("ReplyWizardSteps", "Make it right")),
    Step.DRAFT: ("draftPage", QT_TRANSLATE_NOOP("ReplyWizardSteps", "Write")),
    Step.REVIEW: ("reviewPage", QT_TRANSLATE_NOOP("ReplyWizardSteps", "Read again and send")),
}


def step_name(step: Step) -> str:
    """The step's name as the side list shows it, in the interface language."""
    return QCoreApplication.translate("ReplyWizardSteps", STEP_NAMES[step][1])


class Field(enum.StrEnum):
    """The wizard fields (QWizard.field) each page owns; the other pages read them."""

    VALIDITY = "validity"  # consider: "valid", "partly", "not_valid" or ""
    CHANNEL = "channel"  # channel: "public", "private", "email" or ""
    EMAIL_ADDRESS = "emailAddress"  # channel: where an e-mail reply goes (may be blank)
    DRAFT_TEXT = "draftText"  # draft: the reply as written, with its {gaps}
    DRAFT_PROBLEMS = "draftProblems"  # draft: why the reply cannot go yet ("" when it can)
    OFFER = "offer"  # compensation: a checked Compensation, or None while it is not valid
    OFFER_CODE = "offerCode"  # compensation: the code the offer carries ("" when none)
    AGAIN_IN_PUBLIC = "againInPublic"  # channel: the owner means to answer in public again


def show_as_problem(label: QLabel) -> QLabel:
    """Words that say why something cannot go on, in a red that reads on a light or a
    dark window (a fixed dark red disappears on a dark one)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, problem_colour(palette))
    label.setPalette(palette)
    return label


def countdown(left: timedelta) -> str:
    seconds = max(int(left.total_seconds() + 0.999), 0)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class WizardPage(QWizardPage):
    def __init__(self, wizard: ReplyWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.layout_ = QVBoxLayout(self)

    def nextId(self) -> int:
        """The next step on this comment's route (praise and questions skip some)."""
        route = self.w.route
        here = self.w.page_step(self)
        later = [step for step in route if step > here]
        return int(later[0]) if later else -1

    def cleanupPage(self) -> None:
        """Going back (or closing) keeps what the owner entered; Qt's default would put
        the page's fields back to how they were when it was first shown."""
