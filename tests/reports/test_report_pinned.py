"""The recovery report's facts, figures and CSV, pinned on a seeded, untidy database.

The hand-computed tests (tests/core/test_report.py, tests/store/test_report_data.py,
tests/reports/test_exports.py) say what each figure means. This one says that nothing
moved: a few hundred complaints with random replies, cool-offs, verdicts, outcomes and
ledger lines (ties, odd timestamp spellings, formula-like notes included) are loaded in
four zones under several filters, and a digest of the loaded facts, of the report (with
weeks in the zone and in each time's own zone) and of the CSV must stay what the code
before the speed work of May 2026 produced.

(Re-pinned twice on purpose, November 2026: when a customer became a name on any
platform, every CSV stayed byte for byte; when the loaded times became UTC, the London
CSVs and figures moved because durations across the clock change in March had been
measured on the wall clock, an hour out; see test_durations_across_a_clock_change. Again
when each complaint's facts and the figures gained "answered in public again in one
conversation": every CSV stayed byte for byte.)

If you change what a figure means on purpose, the hand-computed tests change with it;
then print the new digests with `.venv/bin/python -m tests.reports.test_report_pinned`
and paste them below.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from feedback_desk.core.model import NewComment, Platform
from feedback_desk.core.report import build_report
from feedback_desk.reports.csv_export import write_csv
from feedback_desk.store import open_database
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.report_data import ReportFilter, load_complaints
from tests.conftest import NOW, FakeClock, TaggedTriage

ZONES: dict[str, tzinfo] = {
    "utc": UTC,
    "london": ZoneInfo("Europe/London"),
    "fixed": timezone(timedelta(hours=-5), "EST"),  # what local_zone() hands over
    "kiritimati": ZoneInfo("Pacific/Kiritimati"),
}
START, END = date(2026, 3, 20), date(2026, 4, 30)
FILTERS = {
    "all": ReportFilter(START, END),
    "april": ReportFilter(date(2026, 4, 1), date(2026, 4, 30)),
    "some": ReportFilter(
        START,
        END,
        platforms=frozenset({"google", "facebook"}),
        validities=frozenset({"valid", "not_assessed"}),
    ),
    "outcomes": ReportFilter(START, END, outcomes=frozenset({"won_back", "lost", "none"})),
    "categories": ReportFilter(START, END, categories=frozenset({"Delivery", "staff"})),
}
FOUR_HOURS = timedelta(hours=4)

# case -> (facts, report with weeks in each time's zone, report in the zone, CSV)
PINNED: dict[str, tuple[str, str, str, str]] = {
    "utc-all": (
        "56e37a80ccf9ad08",
        "213308ccd322da26",
        "5ff7afa623536b24",
        "49f4517710071c83",
    ),
    "utc-april": (
        "126917d4ee5e4401",
        "06bcdfc36de1239a",
        "0bf22198fc9a7913",
        "72da298257ea18d4",
    ),
    "utc-some": (
        "1b409cf1b867b3ea",
        "c368c3bfe75fcdd1",
        "52683f0bb3dd5b66",
        "d643cc5e6746dcd2",
    ),
    "utc-outcomes": (
        "3549838206c5bad5",
        "0978a1e1eec45490",
        "1cee601462a4b917",
        "181cd9bb83be27b1",
    ),
    "utc-categories": (
        "ca1d95f8c505f5f0",
        "9d888bc28e2f4165",
        "12c195bbf6cb3955",
        "2bdb8997171c816f",
    ),
    "london-all": (
        "56e37a80ccf9ad08",
        "213308ccd322da26",
        "440b1479db453c50",
        "49f4517710071c83",
    ),
    "london-april": (
        "2c7579b0b277a01d",
        "7e126e9d86cc0e82",
        "62dc02d3bcf2a68d",
        "e29069d49a8f02e5",
    ),
    "london-some": (
        "1b409cf1b867b3ea",
        "c368c3bfe75fcdd1",
        "52683f0bb3dd5b66",
        "d643cc5e6746dcd2",
    ),
    "london-outcomes": (
        "3549838206c5bad5",
        "0978a1e1eec45490",
        "1cee601462a4b917",
        "181cd9bb83be27b1",
    ),
    "london-categories": (
        "ca1d95f8c505f5f0",
        "9d888bc28e2f4165",
        "12c195bbf6cb3955",
        "2bdb8997171c816f",
    ),
    "fixed-all": (
        "e85857deefb46235",
        "035555bcd2392779",
        "292cb0947d812c73",
        "80e65ca2eca9534d",
    ),
    "fixed-april": (
        "a6c61d61da19c804",
        "c3375675ceae373a",
        "a3fd18417cf89f36",
        "ba2fe3c70b97555c",
    ),
    "fixed-some": (
        "0e6017b8b212c0ee",
        "659da50743ca8c2b",
        "4123cb07ec26e3b9",
        "3d7d463d96920de0",
    ),
    "fixed-outcomes": (
        "1227061e83f4fc13",
        "23d122cb5d44e3e2",
        "f7b092df482dcdd0",
        "43dde619128e5e99",
    ),
    "fixed-categories": (
        "87bb3c964a87d896",
        "f085d953ea6c7531",
        "131d6b5545a166fe",
        "d3d7f126590fa29f",
    ),
    "kiritimati-all": (
        "8073936566c280bf",
        "5ac7280a408db05e",
        "fd540c88b79e94b6",
        "6f2cdbad2b5a75ff",
    ),
    "kiritimati-april": (
        "3f9a9a44a8d44fac",
        "841bc9b107e5ac53",
        "474a5752c3c469f9",
        "bc81ffd71ac66d70",
    ),
    "kiritimati-some": (
        "2cd17318924dbfdf",
        "539d7d6c751b9814",
        "c862dca441fa3b4b",
        "7da11cdbf66addcd",
    ),
    "kiritimati-outcomes": (
        "421206287d93cf74",
        "c7db4baf93451541",
        "c1112b13f57e193b",
        "24b5f35d60a41c14",
    ),
    "kiritimati-categories": (
        "ca1d95f8c505f5f0",
        "9d888bc28e2f4165",
        "12c195bbf6cb3955",
        "2bdb8997171c816f",
    ),
}


def _stamp(moment: datetime, rng: random.Random) -> str:
    """Mostly the stored shape (…Z); now and then another spelling parse_iso accepts."""
    text = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    odd = rng.random()
    if odd < 0.03:
        return text + "+00:00"
    if odd < 0.05:
        return text + ".250000Z"
    if odd < 0.06:
        return text.replace("T", " ")  # naive: taken as UTC
    if odd < 0.07:
        return (moment.astimezone(timezone(timedelta(hours=2)))).strftime("%Y-%m-%dT%H:%M:%S+0200")
    return text + "Z"


def seed(home: Path) -> sqlite3.Connection:
    """A database of 400 comments (most of them complaints) with untidy histories."""
    rng = random.Random(20260501)
    db = open_database(home, FakeClock())
    conn = db.connect()
    authors = ["Ann", "Ben", "Cat", "=SUM(A1)", "-2", "+1", "@x", "\tTab", "Dev", "Émile", "Zoë"]
    tags = ["harsh", "negative", "negative", "harsh", "neutral", "positive"]
    created: dict[str, datetime] = {}
    comments = []
    for n in range(400):
        moment = datetime(2026, 3, 15, tzinfo=UTC) + timedelta(seconds=rng.randrange(50 * 86400))
        if n % 50 == 0:  # on a day's edge somewhere
            moment = datetime(2026, 4, 1, tzinfo=UTC) - timedelta(seconds=rng.choice([0, 1]))
        created[f"e{n}"] = moment
        comments.append(
            NewComment(
                platform=rng.choice(list(Platform)),
                external_id=f"e{n}",
                author=rng.choice(authors),
                text=f"[{rng.choice(tags)}] about the shop",
                created_at=moment,
                url=None,
                rating=None,
                account=None,
            )
        )
    CommentStore(db, conn).add_many(comments, TaggedTriage())
    ids = {name: int(i) for name, i in conn.execute("SELECT external_id, id FROM comments")}

    statuses = ["new", "cooling_off", "drafting", "replied", "resolved", "ignored"]
    texts = ["", None, "Late", "late", "  Late  parcel ", "=1+1", "-no", "+call", "Line\ntwo"]
    categories = ["Delivery", "delivery", " Delivery  ", "staff", "price", "", None, "x"]
    states = ["uncertain", "queued", "sending", "sent", "sent", "sent", "failed"]
    kinds = ["none", "apology", "percent", "fixed", "free_item", "refund"]
    outcomes = ["won_back", "resolved", "unhappy", "no_response", "lost"]
    key = 0
    for name, cid in ids.items():
        at = created[name]

        def later(hours: float, at: datetime = at) -> datetime:
            return at + timedelta(seconds=rng.randrange(-600, int(hours * 3600)))

        replied = later(72) if rng.random() < 0.3 else None
        conn.execute(
            "UPDATE comments SET status = ?, replied_at = ? WHERE id = ?",
            (rng.choice(statuses), replied and _stamp(replied, rng), cid),
        )
        tie = _stamp(later(48), rng)
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            key += 1
            state = rng.choice(states)
            sent = (
                (tie if rng.random() < 0.2 else _stamp(later(48), rng)) if state == "sent" else None
            )
            conn.execute(
                """INSERT INTO replies (comment_id, channel, text, state, send_key, created_at,
                       updated_at, sent_at) VALUES (?,?,'Sorry',?,?,?,?,?)""",
                (cid, rng.choice(["public", "private", "email"]), state, f"k{key}", "x", "x", sent),
            )
        if rng.random() < 0.35:
            started = later(24)
            conn.execute(
                "INSERT INTO cooloffs (comment_id, started_at, ends_at) VALUES (?,?,?)",
                (cid, _stamp(started, rng), _stamp(started + timedelta(minutes=30), rng)),
            )
        if rng.random() < 0.7:
            conn.execute(
                """INSERT INTO assessments (comment_id, validity, category, valid_point, notes,
                       updated_at) VALUES (?,?,?,?,?,'2026-05-01T00:00:00Z')""",
                (
                    cid,
                    rng.choice(["valid", "partly", "not_valid", None]),
                    rng.choice(categories),
                    rng.choice(texts),
                    rng.choice(texts),
                ),
            )
        same = _stamp(later(200), rng)
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            decided = later(200)
            conn.execute(
                """INSERT INTO outcomes (comment_id, outcome, decided_on, follow_up_on, note,
                       created_at) VALUES (?,?,?,?,?,?)""",
                (
                    cid,
                    rng.choice(outcomes),
                    rng.choice([None, decided.date().isoformat(), _stamp(decided, rng)]),
                    rng.choice([None, (decided + timedelta(days=7)).date().isoformat()]),
                    None,
                    same if rng.random() < 0.3 else _stamp(decided, rng),
                ),
            )
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 3])):
            kind = rng.choice(kinds)
            conn.execute(
                """INSERT INTO discounts (comment_id, kind, value, currency, status, created_at)
                       VALUES (?,?,?,?,?,?)""",
                (
                    rng.choice([cid] * 9 + [None]),
                    kind,
                    rng.choice([None, "5", "5.00", "12.5", "0.1", "3.333", "500", 7]),
                    rng.choice([None, "GBP", "EUR", "JPY", "CHF"]),
                    rng.choice(["offered", "redeemed", "expired", "declined"]),
                    same if rng.random() < 0.3 else _stamp(later(100), rng),
                ),
            )
    conn.commit()
    return conn


def digests(conn: sqlite3.Connection, folder: Path) -> dict[str, tuple[str, str, str, str]]:
    found = {}
    for zone_name, zone in ZONES.items():
        for filter_name, report_filter in FILTERS.items():
            facts = load_complaints(conn, report_filter, zone)
            start, end = report_filter.start, report_filter.end
            own = build_report(facts, start=start, end=end, now=NOW)
            zoned = build_report(
                facts, start=start, end=end, now=NOW, tz=zone, response_target=FOUR_HOURS
            )
            out = folder / f"{zone_name}-{filter_name}.csv"
            write_csv(out, facts)
            found[f"{zone_name}-{filter_name}"] = (
                _digest(repr(facts).encode()),
                _digest(repr(own).encode()),
                _digest(repr(zoned).encode()),
                _digest(out.read_bytes()),
            )
    return found


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def test_facts_figures_and_csv_are_unchanged(tmp_path: Path) -> None:
    conn = seed(tmp_path / "home")
    try:
        found = digests(conn, tmp_path)
    finally:
        conn.close()
    assert found == PINNED


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        connection = seed(Path(folder) / "home")
        for case, values in digests(connection, Path(folder)).items():
            print(f"    {case!r}: {values!r},")
        connection.close()
