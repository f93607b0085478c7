from __future__ import annotations

from feedback_desk.core.model import Severity, Status
from feedback_desk.core.triage import Triage
from feedback_desk.store.comments import CommentStore, InboxFilter
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
