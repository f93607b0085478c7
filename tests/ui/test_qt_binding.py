"""Guards against a Qt binding that corrupts memory when a model returns None.

PySide6 6.12.0 dropped a reference to None each time a Python model answered None for a
role (most roles of most cells), which crashed the app at exit once enough rows had been
painted. This is why pyproject.toml pins 6.11.3; this test fails if the bug comes back.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import Qt

from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore

from .conftest import WindowFactory, make_comments


def test_painting_the_inbox_never_loses_references_to_none(
    make_window: WindowFactory, db: Database
) -> None:
    conn = db.connect()
    from feedback_desk.core.triage import Triage

    CommentStore(db, conn).add_many(make_comments(300), Triage())
    conn.close()
    window = make_window(db)
    window.show()
    index = window.model.index(0, 0)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(20):
        window.inbox_view.viewport().repaint()
    for _ in range(500):
        index.data(Qt.ItemDataRole.WhatsThisRole)
    gc.collect()
    assert sys.getrefcount(None) >= before
