"""Saying that two names are the same customer: pick the other name (the history window's
"Same person as…")."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ..core.customers import display_name
from ..store.customers import Customer, Customers, NameMatch
from .formatting import plain_label


def choice_item(label: str, value: object) -> QStandardItem:
    """A read-only list entry carrying `value` (for the name lists)."""
    item = QStandardItem(label)
    item.setData(value, Qt.ItemDataRole.UserRole)
    item.setEditable(False)
    return item


class MergeDialog(QDialog):
    """Pick another name the same customer wrote under."""

    def __init__(
        self, customers: Customers, customer: Customer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Same person as…"))
        self.resize(520, 420)
        self._customers = customers
        self._customer = customer
        self.chosen: NameMatch | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Which other name did {name} write under? Their comments will be shown "
                    "together and count as one customer in the report. You can separate them "
                    "again later."
                ).format(name=customer.display)
            )
        )
        self.search = QLineEdit()
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Type part of the other name, e.g. annie"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.match_model = QStandardItemModel(self)
        self.matches = QListView()
        self.matches.setObjectName("mergeMatches")
        self.matches.setModel(self.match_model)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.matches, 1)
        self.why = plain_label(name="mergeWhy")
        layout.addWidget(self.why)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeButton")
        buttons.accepted.connect(self._accept_choice)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._typing = QTimer(self, singleShot=True, interval=200)
        self._typing.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _: self._typing.start())
        self.matches.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.matches.doubleClicked.connect(lambda _: self._accept_choice())
        self._update()

    def _find(self) -> None:
        self.match_model.clear()
        for match in self._customers.find(self.search.text()):
            if match.customer == self._customer.key:
                continue  # already one of theirs
            platforms = ", ".join(p.label for p in match.platforms)
            label = self.tr("{name} — %Ln comment(s) on {platforms}", "", match.comments).format(
                name=display_name(match.author), platforms=platforms
            )
            if match.customer != match.key:
                label = self.tr("{match} (already the same person as {other}: both join)").format(
                    match=label, other=match.customer
                )
            self.match_model.appendRow(choice_item(label, match))
        self._update()

    def _update(self) -> None:
        self.chosen = self.matches.currentIndex().data(Qt.ItemDataRole.UserRole)
        self.merge_button.setEnabled(self.chosen is not None)
        if self.chosen is not None:
            self.why.setText("")
        elif not self.search.text().strip():
            self.why.setText(self.tr("Merge unlocks when you pick a name: type part of it above."))
        elif self.match_model.rowCount() == 0:
            self.why.setText(self.tr("No other name matches what you typed."))
        else:
            self.why.setText(self.tr("Merge unlocks when you pick a name in the list."))

    def _accept_choice(self) -> None:
        if self.chosen is not None:
            self.accept()
