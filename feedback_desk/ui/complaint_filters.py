"""The four choosers the history window and the report dialog share: platform, category,
fairness and outcome. The first entry of each means "all"; together with a period they make
the `ReportFilter` both windows read with, so the history and the report always agree."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox

from ..core.model import Platform
from ..core.replies import NOT_ASSESSED, VALIDITIES, Outcome, validity_label
from ..core.report import NO_OUTCOME, OUTCOMES
from ..core.texts import QT_TRANSLATE_NOOP
from ..store.report_data import ReportFilter

# Outcome labels are translated where they are read (Outcome.label); "No outcome yet" here.
_NO_OUTCOME_LABEL = QT_TRANSLATE_NOOP("ComplaintChoosers", "No outcome yet")


def outcome_label(value: str) -> str:
    """The outcome's (or "No outcome yet"'s) words in the interface language."""
    if value == NO_OUTCOME:
        return QCoreApplication.translate("ComplaintChoosers", _NO_OUTCOME_LABEL)
    return Outcome(value).label


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def chooser(name: str, everything: str, choices: list[tuple[str, str]]) -> QComboBox:
    """A combo box whose first entry (`everything`, no data) means "no restriction";
    `choices` are (value, label)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(everything, None)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


class ComplaintChoosers:
    """Platform, category, fairness and outcome choosers, named `{prefix}Platform` etc."""

    def __init__(
        self,
        prefix: str,
        categories: list[str],
        *,
        fairness: str,
        other_platforms: Sequence[Platform] = (),
    ) -> None:
        self.platform = chooser(
            f"{prefix}Platform",
            QCoreApplication.translate("ComplaintChoosers", "All platforms"),
            [(p.value, p.label) for p in (*Platform, *other_platforms)],
        )
        self.category = chooser(
            f"{prefix}Category",
            QCoreApplication.translate("ComplaintChoosers", "All categories"),
            [(c, c) for c in categories],
        )
        self.validity = chooser(
            f"{prefix}Validity",
            fairness,
            [(v, validity_label(v)) for v in (*VALIDITIES, NOT_ASSESSED)],
        )
        self.outcome = chooser(
            f"{prefix}Outcome",
            QCoreApplication.translate("ComplaintChoosers", "Any outcome"),
            [(o, outcome_label(o)) for o in (*OUTCOMES, NO_OUTCOME)],
        )

    @property
    def combos(self) -> tuple[QComboBox, QComboBox, QComboBox, QComboBox]:
        return (self.platform, self.category, self.validity, self.outcome)

    def chosen_words(self) -> list[str]:
        """The labels of the choosers that restrict something."""
        return [c.currentText() for c in self.combos if c.currentData() is not None]

    def report_filter(self, start: date, end: date) -> ReportFilter:
        """The choices for the days `start`..`end` (UserFacingError for a backward period)."""

        def chosen(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset() if value is None else frozenset({str(value)})

        return ReportFilter(
            start,
            end,
            platforms=chosen(self.platform),
            categories=chosen(self.category),
            validities=chosen(self.validity),
            outcomes=chosen(self.outcome),
        )
