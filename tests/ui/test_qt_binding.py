"""Guards against a Qt binding that corrupts memory when a model returns None.

PySide6 6.12.0 drops a reference to None each time a Python model answers None for a role
(most roles of most cells), which crashed the app at exit once enough rows had been painted.
pyproject.toml excludes 6.12.0 (`!=6.12.0`) and constraints.txt pins a good release; these
tests fail if the bug comes back.

Which Python shows it: measured with 6.12.0 on 3.11.7, 3.12.1 and 3.13.0 (pyenv), a minimal
model answering None 200 times, `sys.getrefcount(None)` before and after:
- 3.11: 5274 -> 5074, one reference lost per call, and the crash at exit;
- 3.12, 3.13: 4294967295 both times. None is immortal from 3.12 on (PEP 683): Py_DECREF
  leaves it alone, so the over-release neither shows nor does harm there.
Other return values (a str, an object) keep their count on every version: the fault is in
6.12.0's None path only. So a behavioural reproduction cannot be made independent of the
interpreter — on 3.12+ there is nothing to observe. What is independent of it is the release
check below, which runs everywhere; the behavioural tests run where the bug can show.
"""

from __future__ import annotations

import gc
import sys
import tomllib
from pathlib import Path

import PySide6
import pytest
from packaging.requirements import Requirement
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore

from .conftest import WindowFactory, make_comments

NONE_IS_IMMORTAL = sys.version_info >= (3, 12)
only_where_it_shows = pytest.mark.skipif(
    NONE_IS_IMMORTAL,
    reason="None is immortal from Python 3.12 (PEP 683): the over-release cannot show or harm",
)
ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_binding_is_inside_the_declared_range() -> None:
    # Any interpreter: a known-bad release is refused by version, whether or not it shows.
    with (ROOT / "pyproject.toml").open("rb") as file:
        dependencies = tomllib.load(file)["project"]["dependencies"]
    (essentials,) = [
        Requirement(d) for d in dependencies if Requirement(d).name == "PySide6-Essentials"
    ]
    assert PySide6.__version__ != "6.12.0"
    assert essentials.specifier.contains(PySide6.__version__, prereleases=True)


NO_PARENT = QModelIndex()


class AnswersNone(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 10

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 2

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> None:
        return None


@only_where_it_shows
def test_a_python_model_answering_none_keeps_every_reference_to_none() -> None:
    model = AnswersNone()
    index = model.index(0, 0)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(500):
        index.data(Qt.ItemDataRole.WhatsThisRole)
    gc.collect()
    assert sys.getrefcount(None) >= before - 50  # 6.12.0 loses all 500


@only_where_it_shows
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
