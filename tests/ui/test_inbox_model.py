from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPersistentModelIndex, Qt

from feedback_desk.core.model import OPEN_STATUSES, Severity, Status
from feedback_desk.core.triage import Triage
from feedback_desk.store import Database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.ui import inbox_model
from feedback_desk.ui.inbox_model import PAGE_SIZE, ROW_ROLE, Column, InboxModel

from .conftest import fixed_clock, make_comments


def test_model_passes_qt_model_checks(qtmodeltester, store: CommentStore, triage: Triage) -> None:
    store.add_many(make_comments(450), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    qtmodeltester.check(model)


def test_loads_one_page_then_more_on_demand(store: CommentStore, triage: Triage) -> None:
    store.add_many(make_comments(PAGE_SIZE * 2 + 17), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 17
    assert not model.canFetchMore()
    ids = [model.data(model.index(r, 0), ROW_ROLE).id for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)


def test_worst_first_and_oldest_first_within_severity(store: CommentStore, triage: Triage) -> None:
    store.add_many(make_comments(3, text="Lovely cake, thank you"), triage)
    store.add_many(make_comments(2, text="You idiots burnt my bread", start=10), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    severities = [model.data(model.index(r, Column.SEVERITY)) for r in range(model.rowCount())]
    assert severities == ["Harsh", "Harsh", "Positive", "Positive", "Positive"]
    # make_comments makes higher numbers older: the oldest harsh comment comes first.
    assert model.data(model.index(0, Column.AUTHOR)) == "Customer 11"


def test_answered_comments_sink_below_unanswered(store: CommentStore, triage: Triage) -> None:
    store.add_many(make_comments(3, text="Rude staff, cold coffee"), triage)
    oldest = store.page(InboxFilter())[0]
    store.set_status([oldest.id], Status.RESOLVED)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    last = model.data(model.index(2, 0), ROW_ROLE)
    assert last.id == oldest.id
    assert model.data(model.index(0, Column.SEVERITY)) == Severity.NEGATIVE.label


def test_received_shows_relative_time_and_exact_tooltip(
    store: CommentStore, triage: Triage
) -> None:
    store.add_many(make_comments(1), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    index = model.index(0, Column.RECEIVED)
    assert model.data(index) == "just now"
    assert "2026" in model.data(index, 3)  # ToolTipRole


def test_multi_line_text_shows_as_one_line(store: CommentStore, triage: Triage) -> None:
    store.add_many(make_comments(1, text="First line\n\nsecond   line"), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    assert model.data(model.index(0, Column.TEXT)) == "First line second line number 0"


def test_roles_the_list_never_answers_are_none_without_reading_the_row(
    monkeypatch, store: CommentStore, triage: Triage
) -> None:
    store.add_many(make_comments(1, text="You idiots burnt my bread"), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    index = model.index(0, Column.TEXT)
    answered = {role: model.data(index, role) for role in (*Qt.ItemDataRole, *range(256, 260))}
    assert answered[Qt.ItemDataRole.DisplayRole].startswith("You idiots")
    assert answered[Qt.ItemDataRole.FontRole].bold()  # an unanswered harsh comment
    assert answered[ROW_ROLE].snippet.startswith("You idiots")

    def no_reading(_row: int) -> None:
        raise AssertionError("read a row for a role the list does not answer")

    monkeypatch.setattr(model._window, "row", no_reading)
    for role, value in answered.items():
        if int(role) not in inbox_model._ANSWERED:
            assert value is None
            assert model.data(index, role) is None


def _ids(model: InboxModel) -> list[int]:
    return [model.data(model.index(r, 0), ROW_ROLE).id for r in range(model.rowCount())]


def test_far_pages_are_dropped_and_read_again_by_id(
    qtmodeltester, monkeypatch, store: CommentStore, triage: Triage
) -> None:
    monkeypatch.setattr(inbox_model, "RESIDENT_PAGES", 2)
    store.add_many(make_comments(PAGE_SIZE * 5 + 3), triage)
    everything = [r.id for r in store.page(InboxFilter(), limit=PAGE_SIZE * 6)]
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(everything)
    assert len(model.held()) <= 2 * PAGE_SIZE  # only the last pages shown are held whole
    assert _ids(model) == everything  # the first pages again, read by their ids
    assert len(model.held()) <= 2 * PAGE_SIZE
    # Finding a comment needs no page of it held.
    assert model.row_of(everything[5]) == 5
    assert model.row_at(5).id == everything[5]  # type: ignore[union-attr]
    qtmodeltester.check(model)


def test_reload_places_as_many_rows_as_before_and_keeps_the_old_list(
    monkeypatch, store: CommentStore, triage: Triage
) -> None:
    monkeypatch.setattr(inbox_model, "RESIDENT_PAGES", 2)
    store.add_many(make_comments(PAGE_SIZE * 4), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter(statuses=OPEN_STATUSES))
    model.fetchMore()
    model.fetchMore()
    before = model.loaded()
    old = list(before)
    assert len(old) == PAGE_SIZE * 3
    first = old[0].id
    store.set_status([first], Status.RESOLVED)  # answered: it leaves the list
    model.reload()
    assert model.rowCount() == PAGE_SIZE * 3  # placed by id and key, not read whole
    assert not model.held()
    assert model.row_of(first) is None
    assert model.row_at(0).id == old[1].id  # type: ignore[union-attr]
    assert [r.id for r in before[:3]] == [r.id for r in old[:3]]  # the old order stays
    assert [r.id for r in reversed(before[:2])] == [old[1].id, old[0].id]
    model.fetchMore()
    assert first not in _ids(model)
    assert len(set(_ids(model))) == PAGE_SIZE * 4 - 1


def test_sorting_keeps_a_selected_comment_held_nowhere(
    monkeypatch, store: CommentStore, triage: Triage
) -> None:
    monkeypatch.setattr(inbox_model, "RESIDENT_PAGES", 1)
    store.add_many(make_comments(PAGE_SIZE * 3), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    model.fetchMore()
    model.fetchMore()
    wanted = model.row_at(5).id  # type: ignore[union-attr]
    kept = QPersistentModelIndex(model.index(5, Column.TEXT))
    model.sort(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
    assert kept.isValid()
    assert model.row_at(kept.row()).id == wanted  # type: ignore[union-attr]


def test_a_page_read_again_shows_its_rows_as_they_are_now(
    monkeypatch, store: CommentStore, triage: Triage
) -> None:
    monkeypatch.setattr(inbox_model, "RESIDENT_PAGES", 1)
    store.add_many(make_comments(PAGE_SIZE * 2), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    first = model.row_at(0)
    assert first is not None
    model.fetchMore()  # the first page is dropped
    store.set_status([first.id], Status.IGNORED)
    again = model.row_at(0)  # read again by id: the same place, the status as it is now
    assert again is not None and again.id == first.id
    assert again.status == Status.IGNORED


class _LaterRunner:
    """Holds the work asked for until the test runs it (a worker that has not finished)."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], object], Callable[[object], None]]] = []

    def run(self, work: Callable[[], object], done: Callable[[object], None], failed=None) -> None:  # type: ignore[no-untyped-def]
        self.jobs.append((work, done))

    def finish(self) -> None:
        for work, done in self.jobs:
            done(work())
        self.jobs.clear()


def test_a_long_list_is_placed_again_on_a_worker_after_new_comments(
    monkeypatch, db: Database, store: CommentStore, triage: Triage
) -> None:
    monkeypatch.setattr(inbox_model, "PLACED_AT_ONCE", PAGE_SIZE)
    store.add_many(make_comments(PAGE_SIZE * 3), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    model.fetchMore()
    before = _ids(model)
    store.add_many(make_comments(5, text="Burnt again, you idiots", start=1000), triage)
    runner = _LaterRunner()
    shown: list[int] = []
    model.reload_soon(db, runner, lambda: shown.append(model.rowCount()))  # type: ignore[arg-type]
    assert _ids(model) == before and not shown  # shown as it was meanwhile
    runner.finish()
    assert shown == [PAGE_SIZE * 2]  # as many rows as before, the new harsh ones first
    after = _ids(model)
    assert after[5:] == before[:-5]
    assert {model.row_at(r).severity for r in range(5)} == {Severity.HARSH}  # type: ignore[union-attr]


def test_a_placing_overtaken_by_another_list_is_dropped(
    monkeypatch, db: Database, store: CommentStore, triage: Triage
) -> None:
    monkeypatch.setattr(inbox_model, "PLACED_AT_ONCE", PAGE_SIZE)
    store.add_many(make_comments(PAGE_SIZE * 3), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    model.fetchMore()
    runner = _LaterRunner()
    shown: list[int] = []
    model.reload_soon(db, runner, lambda: shown.append(1))  # type: ignore[arg-type]
    model.set_filter(InboxFilter(statuses=OPEN_STATUSES))  # the owner chose another view
    runner.finish()
    assert not shown and model.rowCount() == PAGE_SIZE


def test_a_short_list_is_read_again_at_once(
    db: Database, store: CommentStore, triage: Triage
) -> None:
    store.add_many(make_comments(3), triage)
    model = InboxModel(store, fixed_clock)
    model.set_filter(InboxFilter())
    store.add_many(make_comments(2, start=10), triage)
    runner = _LaterRunner()
    shown: list[int] = []
    model.reload_soon(db, runner, lambda: shown.append(model.rowCount()))  # type: ignore[arg-type]
    assert shown == [5] and not runner.jobs
