"""The left column: saved views by status, and filters by platform and severity."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Platform, Severity
from ..core.views import START_VIEW, VIEWS, View, ViewKey, view_for
from ..store.comments import InboxFilter, view_filter
from .icons import icon, platform_icon


class OtherPlatforms:
    """The tick box for every platform Feedback Desk does not connect to (imported files):
    one of them, OTHER_PLATFORMS, beside the platforms' own."""

    value = "other"

    @property
    def label(self) -> str:
        return QCoreApplication.translate("FilterPanel", "Other platforms")


OTHER_PLATFORMS = OtherPlatforms()
SHOWN_PLATFORMS: tuple[Platform | OtherPlatforms, ...] = (*Platform, OTHER_PLATFORMS)


class FilterPanel(QWidget):
    """Emits `changed` whenever the owner picks another view or ticks a filter."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("filterPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        self._views = QStandardItemModel(self)
        for view in VIEWS:
            item = QStandardItem(view.label)
            item.setData(view.key, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self._views.appendRow(item)
        self.view_list = QListView()
        self.view_list.setObjectName("viewList")
        self.view_list.setAccessibleName(self.tr("Views"))
        self.view_list.setModel(self._views)
        self.view_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Every view in sight: on a short screen the panel scrolls, the list never does.
        self.view_list.setFixedHeight(self.view_list.sizeHintForRow(0) * (len(VIEWS) + 1) + 8)
        self.view_list.setCurrentIndex(self._views.index(VIEWS.index(START_VIEW), 0))
        self.view_list.selectionModel().currentChanged.connect(lambda *_: self.changed.emit())
        layout.addWidget(self.view_list)

        self.platform_boxes: dict[Platform | OtherPlatforms, QCheckBox] = self._tick_group(
            layout, self.tr("Platforms"), SHOWN_PLATFORMS, "platform", with_icons=True
        )
        self.severity_boxes: dict[Severity, QCheckBox] = self._tick_group(
            layout, self.tr("Severity"), tuple(Severity), "severity"
        )

        self.clear_button = QPushButton(self.tr("Show everything"))
        self.clear_button.setObjectName("clearFiltersButton")
        self.clear_button.setToolTip(
            self.tr("All comments, every platform and severity, no search")
        )
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

    def _tick_group(
        self,
        layout: QVBoxLayout,
        title: str,
        items: tuple[Any, ...],
        name: str,
        with_icons: bool = False,
    ) -> dict[Any, QCheckBox]:
        """A titled group of ticked boxes, one per platform or severity."""
        group = QGroupBox(title)
        group_layout = QVBoxLayout(group)
        boxes: dict[Any, QCheckBox] = {}
        for item in items:
            box = QCheckBox(item.label)
            box.setObjectName(f"{name}_{item.value}")
            if with_icons:
                box.setIcon(
                    platform_icon(item) if isinstance(item, Platform) else icon("other-platform")
                )
            box.setChecked(True)
            box.toggled.connect(lambda on, b=box: self._keep_one(b, on, boxes))
            group_layout.addWidget(box)
            boxes[item] = box
        layout.addWidget(group)
        return boxes

    def _keep_one(self, box: QCheckBox, on: bool, group: dict[Any, QCheckBox]) -> None:
        """At least one box of a group stays ticked: an empty list is never the answer."""
        if not on and not any(b.isChecked() for b in group.values()):
            with QSignalBlocker(box):
                box.setChecked(True)
            return
        self.changed.emit()

    # -- state ----------------------------------------------------------------------------

    def current_view(self) -> View:
        return view_for(str(self.view_list.currentIndex().data(Qt.ItemDataRole.UserRole)))

    def show_view(self, key: ViewKey) -> None:
        """Switch to a view (emits `changed`)."""
        row = next(i for i, v in enumerate(VIEWS) if v.key == key)
        self.view_list.setCurrentIndex(self._views.index(row, 0))

    def inbox_filter(self, search: str, now: datetime) -> InboxFilter:
        """The current view at `now` (core.views says what it holds), with the ticks."""
        ticked = {p for p, box in self.platform_boxes.items() if box.isChecked()}
        every = len(ticked) == len(SHOWN_PLATFORMS)
        platforms = {p for p in ticked if isinstance(p, Platform)}
        severities = {s for s, box in self.severity_boxes.items() if box.isChecked()}
        ticks = InboxFilter(
            platforms=frozenset() if every else frozenset(platforms),
            other_platforms=not every and OTHER_PLATFORMS in ticked,
            severities=frozenset() if len(severities) == len(Severity) else frozenset(severities),
            search=search,
        )
        return view_filter(self.current_view(), now, ticks)

    def reset(self) -> None:
        self.restore("all", [p.value for p in SHOWN_PLATFORMS], [s.value for s in Severity])

    def saved(self) -> dict[str, object]:
        return {
            "view": self.current_view().key,
            "platforms": [p.value for p, b in self.platform_boxes.items() if b.isChecked()],
            "severities": [s.value for s, b in self.severity_boxes.items() if b.isChecked()],
        }

    def restore(self, view: str, platforms: list[str], severities: list[str]) -> None:
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.view_list.selectionModel(),
                *self.platform_boxes.values(),
                *self.severity_boxes.values(),
            )
        ]
        row = VIEWS.index(view_for(view))
        self.view_list.setCurrentIndex(self._views.index(row, 0, QModelIndex()))
        for platform, box in self.platform_boxes.items():
            box.setChecked(platform.value in platforms or not platforms)
        for severity, box in self.severity_boxes.items():
            box.setChecked(severity.value in severities or not severities)
        del blockers
        self.changed.emit()

    def set_view_counts(self, counts: dict[ViewKey, int]) -> None:
        for row, view in enumerate(VIEWS):
            number = counts.get(view.key)
            text = (
                view.label
                if number is None
                else self.tr("{view}  ({count})").format(view=view.label, count=f"{number:,}")
            )
            self._views.item(row).setText(text)
            self._views.item(row).setData(
                view.label
                if number is None
                else self.tr("{view}, {count}").format(view=view.label, count=f"{number:,}"),
                Qt.ItemDataRole.AccessibleTextRole,
            )
