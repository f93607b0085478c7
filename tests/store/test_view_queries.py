"""The views in SQL agree with core.views' rules; pauses that ended; undoing a status."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.model import Severity, Status
from feedback_desk.core.views import NEEDS_REPLY, READY_TO_SEND, VIEWS, ready_to_send
from feedback_desk.store import Database
from feedback_desk.store.assessments import Assessments, ReplyDraft
from feedback_desk.store.comments import CommentStore, InboxFilter, view_filter
from feedback_desk.store.outbox import Outbox

if TYPE_CHECKING:
    from conftest import FakeClock, MakeComment, TaggedTriage

NOW = datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC)


def _inbox(
    db: Database,
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> dict[str, int]:
    """name -> id: every status, paused or not, with and without a draft."""
    specs = [  # name, severity, status, pause minutes ago started (None: none), draft
        ("harsh-paused-draft", Severity.HARSH, Status.NEW, 0, "Sorry."),
        ("harsh-over-draft", Severity.HARSH, Status.NEW, 40, "Sorry, Sam."),
        ("neg-over-blank", Severity.NEGATIVE, Status.NEW, 20, "  \n"),
        ("neg-over-nodraft", Severity.NEGATIVE, Status.NEW, 20, None),
        ("neg-over-replied", Severity.NEGATIVE, Status.NEW, 20, "Sorry."),
        ("neg-never-paused", Severity.NEGATIVE, Status.NEW, None, "Sorry."),
        ("praise-draft", Severity.POSITIVE, Status.NEW, None, "Thank you!"),
        ("praise-resolved", Severity.POSITIVE, Status.RESOLVED, None, "Thanks"),
        ("question-ignored", Severity.NEUTRAL, Status.IGNORED, None, None),
    ]
    store.add_many(
        [make_comment(f"[{s.value}] {n}", external_id=n) for n, s, *_ in specs],
        tagged_triage,  # type: ignore[arg-type]
    )
    ids = {c.external_id: c.id for c in store.comments(InboxFilter())}
    drafts = Assessments(db, conn)
    for name, _, status, started, draft in specs:
        if started is not None:
            at = db.clock() - timedelta(minutes=started)
            Outbox(Database(db.path, lambda at=at: at), conn).start_cooloff(
                ids[name], CoolOffSettings()
            )
        if draft is not None:
            drafts.save_draft(ReplyDraft(ids[name], "public", draft, None, "draftPage"))
        if status is not Status.NEW:
            store.set_status([ids[name]], status)
    store.set_status([ids["neg-over-replied"]], Status.REPLIED)
    return ids


def test_every_view_lists_what_core_says_and_counts_it_the_same(
    db: Database,
    conn: sqlite3.Connection,
    store: CommentStore,
    clock: FakeClock,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:
    ids = _inbox(db, conn, store, make_comment, tagged_triage)
    now = clock()
    ready = {c.id for c in store.comments(view_filter(READY_TO_SEND, now))}
    assert ready == {ids["harsh-over-draft"], ids["praise-draft"]}
    # The Python rule says the same for every comment.
    drafts = Assessments(db, conn)
    for comment in store.comments(InboxFilter()):
        expected = ready_to_send(
            comment.status,
            comment.severity,
            bool(drafts.draft(comment.id).text.strip()),
            comment.cooloff_ends_at,
            now,
        )
        assert (comment.id in ready) is expected, comment.text
    counts = store.view_counts(now)
    for view in VIEWS:
        assert counts[view.key] == len(store.comments(view_filter(view, now))), view.label
    assert counts[NEEDS_REPLY.key] == 6  # all but the replied, resolved and ignored
    rows = {r.id: r for r in store.page(view_filter(NEEDS_REPLY, now))}
    assert rows[ids["harsh-paused-draft"]].pause_ends == now + timedelta(minutes=30)
    assert rows[ids["harsh-paused-draft"]].has_draft
    assert not rows[ids["neg-over-blank"]].has_draft


def test_pauses_that_ended_in_a_span_and_still_wait_for_a_reply(
    db: Database,
    conn: sqlite3.Connection,
    store: CommentStore,
    clock: FakeClock,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:
    ids = _inbox(db, conn, store, make_comment, tagged_triage)
    now = clock()
    ended = store.pauses_ended(now - timedelta(minutes=15), now)
    # neg-over-* ended 5 minutes ago (15-minute pauses started 20 ago); the replied one is
    # not waiting; harsh-over-draft ended 10 minutes ago.
    assert [p.comment_id for p in ended] == [
        ids["harsh-over-draft"],
        ids["neg-over-blank"],
        ids["neg-over-nodraft"],
    ]
    assert [p.has_draft for p in ended] == [True, False, False]
    assert store.pauses_ended(now, now + timedelta(minutes=29)) == []
    assert [p.comment_id for p in store.pauses_ended(now, now + timedelta(minutes=30))] == [
        ids["harsh-paused-draft"]
    ]


def test_undo_puts_back_each_status_with_its_history(
    db: Database,
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:
    ids = _inbox(db, conn, store, make_comment, tagged_triage)
    paused, fresh = ids["harsh-paused-draft"], ids["neg-never-paused"]
    edit = store.change_statuses([paused, fresh, ids["praise-resolved"]], Status.RESOLVED)
    assert edit.previous == ((paused, Status.COOLING_OFF), (fresh, Status.NEW))
    assert store.undo(edit) == [paused, fresh]
    assert store.get(paused).status is Status.COOLING_OFF
    assert store.get(fresh).status is Status.NEW
    assert [(c.old, c.new) for c in store.history(fresh)] == [
        (Status.NEW, Status.RESOLVED),
        (Status.RESOLVED, Status.NEW),
    ]


def test_the_inbox_counts_agree_with_the_lists_and_keep_the_views_when_asked(
    db: Database,
    conn: sqlite3.Connection,
    store: CommentStore,
    clock: FakeClock,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> None:
    """CommentStore.inbox_counts: what the status bar and the side list show."""
    _inbox(db, conn, store, make_comment, tagged_triage)
    now = db.clock()
    harsh_only = InboxFilter(severities=frozenset({Severity.HARSH}))
    counts = store.inbox_counts(harsh_only, now)
    assert counts.shown == len(store.comments(harsh_only)) == 2
    assert counts.by_severity[Severity.HARSH] == 2 and counts.by_severity[Severity.NEGATIVE] == 0
    assert counts.per_view == {view.key: store.count(view_filter(view, now)) for view in VIEWS}
    needing = store.comments(view_filter(NEEDS_REPLY, now))
    assert sum(counts.needs_reply_by_severity.values()) == len(needing)
    assert counts.needs_reply_by_severity[Severity.HARSH] == sum(
        c.severity is Severity.HARSH for c in needing
    )
    # Only the search changed: the views' figures are the last ones, not read again.
    kept = store.inbox_counts(InboxFilter(), now, views_from=counts)
    assert kept.per_view is counts.per_view
    assert kept.needs_reply_by_severity is counts.needs_reply_by_severity
    assert kept.shown == len(store.comments(InboxFilter()))
