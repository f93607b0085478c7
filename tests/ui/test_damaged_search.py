"""The window's search on a damaged full-text index (issue 10, item 12): the index is
rebuilt from the comments, the owner is told, and the search answers."""

from __future__ import annotations

import sqlite3

import pytest

from feedback_desk.store import Database

from .conftest import WindowFactory


@pytest.mark.parametrize(
    "damage",
    [
        "DELETE FROM comments_fts_data WHERE id > 1",
        "UPDATE comments_fts_data SET block = randomblob(length(block)) WHERE id > 10",
    ],
    ids=["structure-gone", "garbled"],
)
@pytest.mark.expect_warnings(r"^search index of .*feedback.db was damaged; rebuilt$")
def test_a_search_over_a_damaged_index_rebuilds_it(
    demo_db: Database, make_window: WindowFactory, damage: str
) -> None:
    window = make_window(demo_db)
    window.search_edit.setText("coffee")
    window.apply_filters()
    expected = window.model.rowCount()
    assert expected > 0
    window.search_edit.setText("")
    window.apply_filters()
    raw = sqlite3.connect(demo_db.path)
    raw.execute(damage)
    raw.commit()
    raw.close()

    window.search_edit.setText("coffee")
    window.apply_filters()

    assert window.model.rowCount() == expected
    assert "search index" in window.statusBar().currentMessage()
    assert "rebuilt" in window.statusBar().currentMessage()
