"""What the accessibility tests look for: interactive widgets a screen reader cannot name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QSlider,
    QDateEdit,
    QCheckBox,
)


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a widget: a spin box's or a line edit's own buttons, a combo
    box's pop-up list, a table's headers (their sections are named by the model's header
    data) and corner button, a tab bar's scroll arrows. The owning widget carries the name."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    if type(widget).__name__ in ("QTableCornerButton", "QLineEditIconButton"):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QTabBar | QLineEdit):
        return True
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says: QAccessible's, which includes a button's text and a
    field's buddy label, not only accessibleName()."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    path = []
    current: QWidget | None = widget
    while current is not None:
        path.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return f"{type(widget).__name__} {'/'.join(reversed(path))}"


def nameless(top: QWidget) -> list[str]:
    """Every interactive widget in `top` (itself included) without an accessible name."""
    found = [top, *top.findChildren(QWidget)]
    return sorted(
        describe(w)
        for w in found
        if isinstance(w, INTERACTIVE) and not _qt_internal(w) and not accessible_name(w)
    )


def tab_traps(top: QWidget) -> list[str]:
    """Lists and tables that keep Tab for moving between their cells: a keyboard user
    could not Tab past them (Ctrl+Tab is not something a shop owner knows)."""
    return sorted(
        describe(w)
        for w in top.findChildren(QAbstractItemView)
        if w.tabKeyNavigation()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not _qt_internal(w)
    )
