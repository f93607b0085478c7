"""The name and comment columns are painted by a delegate with a paint() of its own only
while searching (it highlights the search's words); otherwise Qt paints them, laid out in
their own direction, without a call into Python for every cell."""

from __future__ import annotations

from feedback_desk.store import Database
from feedback_desk.ui.delegates import HighlightDelegate, TextDelegate
from feedback_desk.ui.inbox_model import Column

from .conftest import WindowFactory


def _delegates(window) -> list[object]:  # type: ignore[no-untyped-def]
    return [window.inbox_view.itemDelegateForColumn(c) for c in (Column.TEXT, Column.AUTHOR)]


def test_words_are_highlighted_only_while_searching(
    make_window: WindowFactory, demo_db: Database
) -> None:
    window = make_window(demo_db)
    plain = _delegates(window)
    assert all(type(d) is TextDelegate for d in plain)
    window.search_edit.setText("coff")
    window.apply_filters()
    assert window.model.terms == ["coff"]
    assert all(isinstance(d, HighlightDelegate) for d in _delegates(window))
    window.search_edit.setText("")
    window.apply_filters()
    assert not window.model.terms
    assert _delegates(window) == plain  # the same delegates again, nothing made anew
