"""`importPreview`: the first rows of a file whose columns are not Feedback Desk's own, a
choice of column for each field (guessed, or as chosen last time for the same columns),
one platform for a file without a platform column, and the date order when the file's
dates could be read two ways."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.dates import DateOrder
from ..core.model import Platform
from ..core.texts import QT_TRANSLATE_NOOP
from ..sources.export_shapes import FIELD_LABELS, FIELDS
from ..sources.file_import import REQUIRED, ImportOptions, ImportPlan, Shape
from .fit import resize_to_fit
from .formatting import plain_label

NO_COLUMN = QT_TRANSLATE_NOOP("ImportPreview", "— none —")
COMBO_WIDTH = 240
ONE_PLATFORM = QT_TRANSLATE_NOOP("ImportPreview", "One platform for the whole file:")
DATE_CHOICES = (
    (None, QT_TRANSLATE_NOOP("ImportPreview", "Decide from the file")),
    (DateOrder.DAY_FIRST, QT_TRANSLATE_NOOP("ImportPreview", "Day first (31/12/2026)")),
    (DateOrder.MONTH_FIRST, QT_TRANSLATE_NOOP("ImportPreview", "Month first (12/31/2026)")),
)
# The fields' names (sources/export_shapes.FIELD_LABELS) as this dialog shows them.
_FIELD_WORDS = (
    QT_TRANSLATE_NOOP("ImportPreview", "Platform"),
    QT_TRANSLATE_NOOP("ImportPreview", "Customer's name"),
    QT_TRANSLATE_NOOP("ImportPreview", "Comment or review"),
    QT_TRANSLATE_NOOP("ImportPreview", "Date"),
    QT_TRANSLATE_NOOP("ImportPreview", "Id"),
    QT_TRANSLATE_NOOP("ImportPreview", "Link"),
    QT_TRANSLATE_NOOP("ImportPreview", "Stars"),
    QT_TRANSLATE_NOOP("ImportPreview", "E-mail"),
)
# Why Import waits while a required field has no column: one whole sentence per field.
_CHOOSE_COLUMN = {
    "platform": QT_TRANSLATE_NOOP("ImportPreview", "Choose the column that holds the platform."),
    "author": QT_TRANSLATE_NOOP(
        "ImportPreview", "Choose the column that holds the customer's name."
    ),
    "text": QT_TRANSLATE_NOOP(
        "ImportPreview", "Choose the column that holds the comment or review."
    ),
    "created_at": QT_TRANSLATE_NOOP("ImportPreview", "Choose the column that holds the date."),
}


def _words(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


def field_label(field: str) -> str:
    """The field's name in the interface language ("Comment or review")."""
    return _words(FIELD_LABELS[field])


class ImportPreview(QDialog):
    """Says how a file will be read; `options()` is what the owner chose."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import {file}").format(file=plan.export.name))
        self.plan = plan
        export = plan.export
        mapped = export.shape is Shape.MAPPED
        layout = QVBoxLayout(self)

        said = []
        if mapped:
            said.append(
                self.tr(
                    "Feedback Desk does not know this file's columns. Choose which column holds "
                    "what; the first rows are shown below."
                )
            )
            if plan.remembered:
                said.append(
                    self.tr("The columns you chose last time for files like this are selected.")
                )
        if export.encoding_label != "UTF-8":
            said.append(
                self.tr("The file is read as {encoding}.").format(encoding=export.encoding_label)
            )
        if plan.dates_ambiguous:
            said.append(
                self.tr(
                    "Its dates could be read two ways (is 03/04/2026 the 3rd of April or March "
                    "4th?): say which below."
                )
            )
        intro = plain_label(" ".join(said), name="importPreviewIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableView()
        self.table.setObjectName("importPreviewTable")
        self.table.setAccessibleName(self.tr("The file's first rows"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.rows = QStandardItemModel(self)
        header = export.header
        self.rows.setHorizontalHeaderLabels(header)
        for values in plan.preview:
            items = []
            for value in values[: len(header)]:
                item = QStandardItem(value.replace("\n", " ")[:200])
                item.setToolTip(value[:1000])
                items.append(item)
            self.rows.appendRow(items)
        self.table.setModel(self.rows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.columns: dict[str, QComboBox] = {}
        if mapped:
            for field in FIELDS:
                combo = QComboBox()
                combo.setObjectName(f"mapField_{field}")
                combo.setMinimumWidth(COMBO_WIDTH)
                combo.addItem(_words(NO_COLUMN), "")
                for column in header:
                    if column:
                        combo.addItem(column, column)
                if field == "platform":
                    combo.addItem(_words(ONE_PLATFORM), "=")
                chosen = plan.mapping.get(field)
                if field == "platform" and not chosen and plan.options.platform:
                    chosen = "="
                index = combo.findData(chosen) if chosen else 0
                combo.setCurrentIndex(max(index, 0))
                combo.currentIndexChanged.connect(self.refresh)
                self.columns[field] = combo
                name = (
                    self.tr("{field} *").format(field=field_label(field))
                    if field in REQUIRED
                    else field_label(field)
                )
                if field == "platform":
                    row = QHBoxLayout()
                    row.addWidget(combo)
                    self.fixed_platform = self._platform_names(plan.options.platform)
                    self.fixed_platform.setMinimumWidth(COMBO_WIDTH)
                    row.addWidget(self.fixed_platform)
                    row.addStretch(1)
                    form.addRow(name, row)
                else:
                    form.addRow(name, combo)
        self.dates = QComboBox()
        self.dates.setObjectName("dateOrder")
        self.dates.setMinimumWidth(COMBO_WIDTH)
        for order, label in DATE_CHOICES:
            if order is None and plan.dates_ambiguous:
                self.dates.addItem(self.tr("Choose…"), "")
            else:
                self.dates.addItem(_words(label), order.value if order else None)
        if plan.options.dates is not None:
            self.dates.setCurrentIndex(self.dates.findData(plan.options.dates.value))
        self.dates.currentIndexChanged.connect(self.refresh)
        form.addRow(self.tr("Dates like 03/04/2026"), self.dates)
        layout.addLayout(form)

        self.remember = QCheckBox(self.tr("Remember these columns for files like this one"))
        self.remember.setObjectName("rememberMapping")
        self.remember.setChecked(True)
        self.remember.setVisible(mapped)
        layout.addWidget(self.remember)

        self.problem = plain_label(name="importPreviewProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importPreviewImport")
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_to_fit(self, 900, 600)
        self.refresh()
        self.table.resizeColumnsToContents()  # with the headers naming their fields
        for number in range(self.rows.columnCount()):
            self.table.setColumnWidth(number, min(self.table.columnWidth(number), 260))

    def _platform_names(self, current: str | None) -> QComboBox:
        names = QComboBox()
        names.setObjectName("fixedPlatform")
        names.setAccessibleName(self.tr("Platform of every comment in the file"))
        names.setEditable(True)
        names.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for platform in Platform:
            names.addItem(platform.label, platform.value)
        for other in ("Trustpilot", "Tripadvisor", "Etsy", "Yelp", "Amazon"):
            names.addItem(other, other)  # untranslated: a platform's name
        names.setCurrentText(Platform(current).label if current else "")
        line = names.lineEdit()
        if line is not None:
            line.setPlaceholderText("Trustpilot, Etsy…")  # untranslated: platforms' names
        names.currentTextChanged.connect(self.refresh)
        return names

    # -- the choice ---------------------------------------------------------------------------

    def fixed_platform_name(self) -> str | None:
        combo = self.columns.get("platform")
        if combo is None or combo.currentData() != "=":
            return None
        text = self.fixed_platform.currentText().strip()
        index = self.fixed_platform.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.fixed_platform.itemData(index):
            return str(self.fixed_platform.itemData(index))
        return text or None

    def options(self) -> ImportOptions:
        # Every field said, "" for none: a field left empty is not filled in by the guess.
        mapping = {
            field: str(combo.currentData()) if combo.currentData() not in (None, "=") else ""
            for field, combo in self.columns.items()
        }
        order = self.dates.currentData()
        return dataclasses.replace(
            self.plan.options,
            mapping=mapping if self.plan.export.shape is Shape.MAPPED else None,
            platform=self.fixed_platform_name(),
            dates=DateOrder(order) if order else None,
        )

    def problem_text(self) -> str:
        """Why Import is not possible yet, in words; empty when it is."""
        if self.columns:
            chosen = [c.currentData() for c in self.columns.values() if c.currentData()]
            repeated = {c for c in chosen if c != "=" and chosen.count(c) > 1}
            if repeated:
                return self.tr("The column {column} is chosen for two fields.").format(
                    column=sorted(repeated)[0]
                )
            for field in REQUIRED:
                if not self.columns[field].currentData():
                    if field in _CHOOSE_COLUMN:
                        return _words(_CHOOSE_COLUMN[field])
                    return self.tr("Choose the column that holds “{field}”.").format(
                        field=field_label(field)
                    )
            if self.columns["platform"].currentData() == "=":
                name = self.fixed_platform.currentText().strip()
                if not name:
                    return self.tr("Type the platform these comments come from (like Trustpilot).")
                try:
                    Platform(name)
                except ValueError:
                    return self.tr("{name} is too long for a platform name.").format(
                        name=repr(name[:40])
                    )
        if self.dates.currentData() == "":
            return self.tr("Say how to read the dates: day first or month first.")
        return ""

    def refresh(self) -> None:
        """The Import button and the reason it waits; each column's header says the field
        it fills."""
        fields = {
            str(c.currentData()): field_label(f)
            for f, c in self.columns.items()
            if c.currentData() and c.currentData() != "="
        }
        for number, column in enumerate(self.plan.export.header if self.columns else []):
            field = fields.get(column)
            self.rows.setHeaderData(
                number,
                Qt.Orientation.Horizontal,
                f"{column}\n→ {field}"
                if field
                else self.tr("{column}\n(not imported)").format(column=column),
            )
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.import_button.setEnabled(not problem)
        self.import_button.setToolTip(problem)
        if hasattr(self, "fixed_platform"):
            self.fixed_platform.setEnabled(self.columns["platform"].currentData() == "=")

    def accept(self) -> None:
        if self.problem_text():
            return
        super().accept()
