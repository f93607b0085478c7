"""The demo's history: the older complaints answered, compensated and followed up the way
the app itself would have done it, and the newest ones left open."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from feedback_desk.core.channels import PRIVATE_WINDOW
from feedback_desk.core.compensation import CODE_ALPHABET, CompensationKind, DiscountStatus
from feedback_desk.core.cooloff import CoolOffSettings
from feedback_desk.core.model import Comment, Platform, Severity, Status, parse_iso
from feedback_desk.core.report import build_report
from feedback_desk.core.tone import blocking_flags, check_tone
from feedback_desk.demo import seed_sample_inbox
from feedback_desk.demo_history import ANSWERED_BEFORE, NEVER_ANSWERED, STORIES
from feedback_desk.store import Database, open_database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.customers import Customers
from feedback_desk.store.discounts import DiscountLedger
from feedback_desk.store.history import History
from feedback_desk.store.outcomes import Outcome, Outcomes
from feedback_desk.store.report_data import ReportFilter, load_complaints

# An evening, so "today" and the stories' days are not all the same date.
NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
COMPLAINTS = (Severity.HARSH, Severity.NEGATIVE)


def _clock() -> datetime:
    return NOW


def _seeded(home: Path) -> Database:
    db = open_database(home, _clock)
    seed_sample_inbox(db, _clock)
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    return _seeded(tmp_path_factory.mktemp("demo") / "home")


@pytest.fixture
def conn(demo: Database) -> Iterator[sqlite3.Connection]:
    connection = demo.connect()
    yield connection
    connection.close()


def _complaints(db: Database, conn: sqlite3.Connection) -> list[Comment]:
    return CommentStore(db, conn).comments(InboxFilter(severities=frozenset(COMPLAINTS)))


def _sent(conn: sqlite3.Connection) -> list[tuple[int, str, str, datetime]]:
    """(comment id, channel, text, sent at) of every sent reply, in the order sent."""
    return [
        (cid, channel, text, parse_iso(sent))
        for cid, channel, text, sent in conn.execute(
            "SELECT comment_id, channel, text, sent_at FROM replies WHERE state = 'sent' "
            "ORDER BY sent_at, id"
        )
    ]


# -- what is answered and what is left open ------------------------------------------------


def test_older_complaints_have_a_history_and_the_newest_are_left_open(
    demo: Database, conn: sqlite3.Connection
) -> None:
    complaints = _complaints(demo, conn)
    answered = {cid for cid, *_ in _sent(conn)}
    recent = [c for c in complaints if NOW - c.created_at <= ANSWERED_BEFORE]
    older = [c for c in complaints if NOW - c.created_at > ANSWERED_BEFORE]

    # Every story was told, and nothing was sent that the stories do not tell.
    assert len(_sent(conn)) == sum(len(story.replies) for story in STORIES)
    assert answered == {c.id for c in older} - _never_answered_ids(conn)
    assert len(answered) >= 0.8 * len(older)
    # The inbox still has work in it, fresh harsh comments included, for the reply wizard.
    assert recent and all(c.status is Status.NEW and c.id not in answered for c in recent)
    assert any(c.severity is Severity.HARSH for c in recent)
    first = CommentStore(demo, conn).page(InboxFilter(), limit=1)[0]
    assert first.severity is Severity.HARSH and first.status is Status.NEW
    assert (
        conn.execute("SELECT count(*) FROM cooloffs WHERE comment_id = ?", (first.id,)).fetchone()[
            0
        ]
        == 0
    )


def _never_answered_ids(conn: sqlite3.Connection) -> set[int]:
    ids = {
        int(row[0])
        for platform, external_id in NEVER_ANSWERED
        for row in conn.execute(
            "SELECT id FROM comments WHERE platform = ? AND external_id = ?",
            (platform.value, external_id),
        )
    }
    assert len(ids) == len(NEVER_ANSWERED)
    return ids


def test_a_few_older_complaints_were_never_answered(
    demo: Database, conn: sqlite3.Connection
) -> None:
    store = CommentStore(demo, conn)
    for comment_id in _never_answered_ids(conn):
        comment = store.get(comment_id)
        assert NOW - comment.created_at > ANSWERED_BEFORE
        assert comment.status is Status.NEW and comment.replied_at is None
        assert comment.cooloff_ends_at is None


def test_most_complaints_were_judged_with_a_default_category(
    demo: Database, conn: sqlite3.Connection
) -> None:
    from feedback_desk.store.assessments import DEFAULT_CATEGORIES, VALIDITIES

    rows = conn.execute(
        "SELECT comment_id, validity, category, valid_point, notes FROM assessments"
    ).fetchall()
    assert len(rows) == len(STORIES)
    assert {validity for _, validity, *_ in rows} == set(VALIDITIES)
    for _, validity, category, valid_point, notes in rows:
        assert category in DEFAULT_CATEGORIES
        assert notes.strip()
        assert valid_point.strip() or validity == "not_valid"


# -- the rules the app enforces -------------------------------------------------------------


def test_every_reply_went_out_after_its_cooloff(demo: Database, conn: sqlite3.Connection) -> None:
    store = CommentStore(demo, conn)
    settings = CoolOffSettings()
    for comment_id, _, _, sent_at in _sent(conn):
        comment = store.get(comment_id)
        started, ends = (
            parse_iso(t)
            for t in conn.execute(
                "SELECT started_at, ends_at FROM cooloffs WHERE comment_id = ?", (comment_id,)
            ).fetchone()
        )
        assert timedelta(minutes=20) <= started - comment.created_at <= timedelta(hours=3)
        assert ends - started == timedelta(minutes=settings.minutes_for(comment.severity) or 0)
        assert sent_at >= ends
        assert comment.cooloff_ends_at == ends


def test_response_times_range_from_minutes_to_days(
    demo: Database, conn: sqlite3.Connection
) -> None:
    store = CommentStore(demo, conn)
    waits = []
    for comment_id in {cid for cid, *_ in _sent(conn)}:
        comment = store.get(comment_id)
        assert comment.replied_at is not None
        waits.append(comment.replied_at - comment.created_at)
    assert min(waits) < timedelta(hours=1)
    assert max(waits) > timedelta(days=1.5)


def test_channels_keep_to_each_platforms_rules(demo: Database, conn: sqlite3.Connection) -> None:
    store = CommentStore(demo, conn)
    private_sent: dict[int, int] = {}
    channels = set()
    for comment_id, channel, _, sent_at in _sent(conn):
        comment = store.get(comment_id)
        channels.add(channel)
        if channel != "private":
            continue
        assert comment.platform not in (Platform.GOOGLE, Platform.YOUTUBE)
        if comment.platform in (Platform.FACEBOOK, Platform.INSTAGRAM):
            assert sent_at - comment.created_at <= PRIVATE_WINDOW
            private_sent[comment_id] = private_sent.get(comment_id, 0) + 1
    assert channels == {"public", "private", "email"}
    assert all(count == 1 for count in private_sent.values())


def test_every_reply_passes_the_tone_check(demo: Database, conn: sqlite3.Connection) -> None:
    store = CommentStore(demo, conn)
    ledger = DiscountLedger(demo, conn)
    for comment_id, channel, text, _ in _sent(conn):
        comment = store.get(comment_id)
        validity = conn.execute(
            "SELECT validity FROM assessments WHERE comment_id = ?", (comment_id,)
        ).fetchone()[0]
        offered = any(
            d.kind not in (CompensationKind.NONE, CompensationKind.APOLOGY)
            for d in ledger.for_comment(comment_id)
        )
        flags = check_tone(
            text,
            comment_text=comment.text,
            channel=channel,
            complaint_valid=validity,
            compensation_offered=offered,
        )
        assert blocking_flags(flags) == [], (comment.author, text)
        # The demo's replies are meant as examples: nothing in them is worth a second look.
        assert flags == [], (comment.author, [f.kind.value for f in flags])


def test_statuses_and_their_history_agree(demo: Database, conn: sqlite3.Connection) -> None:
    store = CommentStore(demo, conn)
    first_sent: dict[int, datetime] = {}
    for comment_id, _, _, sent_at in _sent(conn):
        first_sent.setdefault(comment_id, sent_at)
    for comment_id, replied in first_sent.items():
        comment = store.get(comment_id)
        assert comment.status in (Status.REPLIED, Status.RESOLVED)
        assert comment.replied_at == replied
        changes = store.history(comment_id)
        if changes[0].new is Status.COOLING_OFF:  # the pause started: that is history too
            assert changes[0].old is Status.NEW and changes[0].at < replied
            changes = changes[1:]
        assert changes[0].old is Status.COOLING_OFF and changes[0].new is Status.REPLIED
        assert changes[0].at == replied
        assert changes[-1].new is comment.status
        if comment.status is Status.RESOLVED:
            assert changes[-1].old is Status.REPLIED and changes[-1].at > replied


def test_nothing_is_dated_after_now(demo: Database, conn: sqlite3.Connection) -> None:
    moments = [
        *conn.execute("SELECT started_at FROM cooloffs"),
        *conn.execute("SELECT ends_at FROM cooloffs"),
        *conn.execute("SELECT updated_at FROM assessments"),
        *conn.execute("SELECT sent_at FROM replies"),
        *conn.execute("SELECT created_at FROM discounts"),
        *conn.execute("SELECT redeemed_at FROM discounts WHERE redeemed_at IS NOT NULL"),
        *conn.execute("SELECT created_at FROM outcomes"),
        *conn.execute("SELECT changed_at FROM status_changes"),
    ]
    assert moments and all(parse_iso(m) <= NOW for (m,) in moments)
    # Every draft was sent, so none is left behind.
    assert conn.execute("SELECT count(*) FROM reply_drafts").fetchone()[0] == 0


# -- offers and outcomes -------------------------------------------------------------------


def test_offers_belong_to_replies_that_were_sent(demo: Database, conn: sqlite3.Connection) -> None:
    ledger = DiscountLedger(demo, conn)
    offers = ledger.list()
    sent = {(cid, at) for cid, _, _, at in _sent(conn)}
    code = re.compile(rf"FD-[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}")
    for offer in offers:
        assert offer.comment_id is not None
        assert (offer.comment_id, offer.created_at) in sent  # stored with the sent reply
        if offer.kind in (
            CompensationKind.PERCENT,
            CompensationKind.FIXED,
            CompensationKind.FREE_ITEM,
        ):
            assert offer.code is not None and code.fullmatch(offer.code)
        else:
            assert offer.code is None
        if offer.kind in (CompensationKind.FIXED, CompensationKind.REFUND):
            assert offer.currency == "GBP" and offer.value is not None
        if offer.status is DiscountStatus.REDEEMED:
            assert offer.redeemed_at is not None
            assert offer.created_at < offer.redeemed_at <= NOW
            assert offer.expires_on is None or offer.redeemed_at.date() <= offer.expires_on
        # What is stored is what the ledger works out (expired codes are written down).
        stored = conn.execute("SELECT status FROM discounts WHERE id = ?", (offer.id,)).fetchone()
        assert stored[0] == offer.status.value
    assert {o.kind for o in offers} == set(CompensationKind) - {CompensationKind.NONE}
    assert {o.status for o in offers} == set(DiscountStatus)


def test_outcomes_tell_what_became_of_the_customers(
    demo: Database, conn: sqlite3.Connection
) -> None:
    outcomes = Outcomes(demo, conn)
    store = CommentStore(demo, conn)
    today = NOW.astimezone().date()
    answered = {cid for cid, *_ in _sent(conn)}
    seen = set()
    for (comment_id,) in conn.execute("SELECT DISTINCT comment_id FROM outcomes"):
        assert comment_id in answered
        comment = store.get(comment_id)
        for record in outcomes.history(comment_id):
            seen.add(record.outcome)
            assert record.note
            assert record.decided_on is not None
            assert comment.created_at.astimezone().date() <= record.decided_on <= today
            assert record.follow_up_on is None or record.follow_up_on >= record.decided_on
    assert seen == set(Outcome)
    due = outcomes.due(today)
    assert 1 <= len(due) <= 2 and all(d.follow_up_on == today for d in due)
    # Some follow-ups are for later, so the view shows only what is due.
    later = conn.execute(
        "SELECT count(*) FROM outcomes WHERE follow_up_on > ?", (today.isoformat(),)
    )
    assert later.fetchone()[0] >= 1


def test_the_report_for_the_last_90_days_has_something_in_every_section(
    demo: Database, conn: sqlite3.Connection
) -> None:
    end = NOW.date()
    start = end - timedelta(days=89)
    complaints = load_complaints(conn, ReportFilter(start, end), UTC)
    report = build_report(complaints, start=start, end=end, now=NOW, tz=UTC)

    assert report.received == len(_complaints(demo, conn))
    assert report.response_rate.part > 0 and report.response_rate.part < report.received
    assert report.first_response_median is not None and report.cooloff_wait_median is not None
    assert report.taken_private.part > 0
    assert report.resolution_rate.part > 0
    assert report.offered and report.redeemed and report.compensated_complaints > 0
    assert report.average_per_case["GBP"] > 0
    assert report.customers_won_back > 0 and report.cost_per_recovered_customer
    assert all(report.validity[v] > 0 for v in ("valid", "partly", "not_valid", "not_assessed"))
    assert report.top_categories and report.top_categories[0].valid_points
    assert report.overdue_complaints


def test_a_complaints_whole_story_can_be_read_back(
    demo: Database, conn: sqlite3.Connection
) -> None:
    stories = [History(demo, conn).story(cid) for cid in {cid for cid, *_ in _sent(conn)}]
    full = [s for s in stories if len(s.replies) > 1 and s.offers and s.outcomes]
    assert full
    for story in stories:
        assert story.wait_kept is not None and story.wait_kept >= timedelta(minutes=15)
        assert story.assessment.validity is not None


# -- customers -----------------------------------------------------------------------------


def test_one_customer_on_two_platforms_and_one_under_two_names(
    tmp_path: Path,
) -> None:
    db = _seeded(tmp_path / "home")
    conn = db.connect()
    try:
        customers = Customers(db, conn)
        assert customers.get("Priya Shah").platforms == (Platform.FACEBOOK, Platform.GOOGLE)
        tom = customers.get("Tom Baker")
        assert tom.platforms == (Platform.FACEBOOK,)  # "tombakes" is not known to be him
        assert customers.get("tombakes").platforms == (Platform.INSTAGRAM,)
        customers.merge("tombakes", "Tom Baker")
        assert customers.get("tombakes").platforms == (Platform.FACEBOOK, Platform.INSTAGRAM)
    finally:
        conn.close()


# -- the same every time ---------------------------------------------------------------------


def test_seeding_is_deterministic_for_a_fixed_clock(tmp_path: Path) -> None:
    dumps = []
    for name in ("one", "two"):
        db = _seeded(tmp_path / name)
        conn = db.connect()
        try:
            dumps.append(list(conn.iterdump()))
        finally:
            conn.close()
    assert dumps[0] == dumps[1]


def test_seeding_again_adds_no_history(tmp_path: Path) -> None:
    db = _seeded(tmp_path / "home")
    tables = ("cooloffs", "assessments", "replies", "discounts", "outcomes", "status_changes")
    conn = db.connect()
    try:
        before = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        assert seed_sample_inbox(db, _clock) == 0
        after = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()
    assert after == before


# A tag (<b>, </i>, <br/>, <a href=…>) or an entity (&amp;, &#39;): demo text is what a
# customer typed, so markup in it would show literally, as it would from a real platform.
_MARKUP = re.compile(r"</?\s*[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>|&(#\d+|#x[0-9a-fA-F]+|[a-z]+);")


def test_no_demo_text_contains_html(demo: Database, conn: sqlite3.Connection) -> None:
    """Issue 12, item 10: '<b>Worst</b> carrot cake' showed its tags; the sample was wrong."""
    from importlib import resources

    found = []
    files = resources.files("feedback_desk.resources")
    samples = [files / "sample_inbox.json", files / "saved_replies.json"]
    samples += list((files / "samples").iterdir())
    for sample in samples:
        text = sample.read_bytes().decode("utf-8", errors="replace")  # one is Windows-1252
        for number, line in enumerate(text.splitlines(), 1):
            if _MARKUP.search(line):
                found.append(f"{sample.name}:{number}: {line.strip()[:80]}")
    for table, column in (
        ("comments", "text"),
        ("comments", "author"),
        ("replies", "text"),
        ("assessments", "valid_point"),
        ("assessments", "notes"),
        ("outcomes", "note"),
        ("discounts", "item"),
    ):
        for (text,) in conn.execute(f"SELECT {column} FROM {table}"):
            if text and _MARKUP.search(str(text)):
                found.append(f"{table}.{column}: {str(text)[:80]}")
    assert found == []
