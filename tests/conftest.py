"""Shared fixtures: a fake clock, a real SQLite home in tmp_path, comment factories."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings

from feedback_desk.core.model import NewComment, Platform, Severity
from feedback_desk.core.triage import Triage, Verdict
from feedback_desk.store import Database, open_database
from feedback_desk.store.comments import CommentStore

# Real loopback servers for each platform (fake_facebook, fake_mastodon, ...).
pytest_plugins = ["tests.fakes.fixtures"]

# Hypothesis: reproducible runs, no example database and no cache in the repository.
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(tempfile.gettempdir(), "feedback-desk-hypothesis")
)
settings.register_profile("feedback-desk", database=None, deadline=None, derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "feedback-desk"))

# A fixed "now" every test can reason about: Friday 1 May 2026, noon UTC.
NOW = datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC)


@dataclass
class FakeClock:
    """An injectable clock that only moves when a test moves it."""

    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now = self.now + timedelta(**delta)
        return self.now


@dataclass
class TaggedTriage:
    """A triage stand-in with a known answer: the text's "[harsh]"-style tag decides.

    Lets ordering tests control severity exactly instead of relying on VADER's scores.
    """

    default: Severity = Severity.NEUTRAL
    calls: list[tuple[str, int | None]] = field(default_factory=list)

    def assess(self, text: str, rating: int | None = None) -> Verdict:
        self.calls.append((text, rating))
        for severity in Severity:
            if f"[{severity.value}]" in text:
                return Verdict(_SENTIMENT[severity], severity, ())
        return Verdict(_SENTIMENT[self.default], self.default, ())

    def assess_stream(
        self, items: Iterable[tuple[str, int | None]]
    ) -> Iterator[tuple[float, Severity]]:
        for text, rating in items:
            verdict = self.assess(text, rating)
            yield verdict.sentiment, verdict.severity


_SENTIMENT = {
    Severity.HARSH: -0.9,
    Severity.NEGATIVE: -0.5,
    Severity.NEUTRAL: 0.0,
    Severity.POSITIVE: 0.8,
}


@pytest.fixture(scope="session")
def triage() -> Triage:
    """The real triage; building VADER's lexicon once is enough."""
    return Triage()


@pytest.fixture
def tagged_triage() -> TaggedTriage:
    return TaggedTriage()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def db(home: Path, clock: FakeClock) -> Database:
    return open_database(home, clock)


@pytest.fixture
def conn(db: Database) -> Iterator[sqlite3.Connection]:
    connection = db.connect()
    yield connection
    connection.close()


@pytest.fixture
def store(db: Database, conn: sqlite3.Connection) -> CommentStore:
    return CommentStore(db, conn)


MakeComment = Callable[..., NewComment]


@pytest.fixture
def make_comment() -> MakeComment:
    """NewComment with sensible defaults; each call gets a fresh external id."""
    counter = iter(range(1, 1_000_000))

    def make(
        text: str = "The coffee was fine.",
        *,
        platform: Platform = Platform.GOOGLE,
        external_id: str | None = None,
        author: str = "Alex Customer",
        created_at: datetime | None = None,
        url: str | None = None,
        rating: int | None = None,
        account: str | None = None,
    ) -> NewComment:
        number = next(counter)
        return NewComment(
            platform=platform,
            external_id=external_id if external_id is not None else f"ext-{number}",
            author=author,
            text=text,
            created_at=created_at or NOW - timedelta(hours=number),
            url=url,
            rating=rating,
            account=account,
        )

    return make


@pytest.fixture(autouse=True)
def _money_in_the_default_style() -> Iterator[None]:
    """A test that applies a shop's country changes how money is written: undo it."""
    from feedback_desk.core.money import ENGLISH_MONEY, use_money_style

    yield
    use_money_style(ENGLISH_MONEY)


@pytest.fixture(autouse=True)
def _drop_new_log_handlers() -> Iterator[None]:
    """cli.main() adds a file handler to the root logger on every call; close those."""
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


# -- no unexpected warnings in the log --------------------------------------------------------
#
# Any record at WARNING or above from the app's own loggers ("feedback_desk.*") fails the test
# that caused it, unless the test says which messages it expects:
#
#     @pytest.mark.expect_warnings(r"could not be read")
#
# Each pattern (a regular expression searched in the record's message) must match at least
# one record, so a mark that no longer applies is noticed; `optional=True` allows a message
# without requiring it. Qt's own warnings fail a test through pytest-qt (qt_log_level_fail in
# pyproject.toml; per test: @pytest.mark.qt_log_ignore).

APP_LOGGER = "feedback_desk"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "expect_warnings(*patterns, optional=False): the app logs these warnings in this test "
        "(regular expressions searched in each message); any other warning fails it",
    )


class _WarningRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.reported = 0  # the records already reported as unexpected
        self.test_failed = False

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def problems(self, item: pytest.Item, *, at_end: bool) -> list[str]:
        """The unexpected records not reported yet; at the end, also each expected message
        that never came (unless the test failed anyway)."""
        patterns: list[str] = []
        required: list[str] = []
        for mark in item.iter_markers("expect_warnings"):
            patterns += mark.args
            if not mark.kwargs.get("optional", False):
                required += mark.args
        messages = [(r.levelname, r.name, r.getMessage()) for r in self.records]
        problems = [
            f"unexpected {level} from {name}: {message!r}"
            for level, name, message in messages[self.reported :]
            if not any(re.search(pattern, message) for pattern in patterns)
        ]
        self.reported = len(messages)
        if at_end and not self.test_failed:
            problems += [
                f"expected a warning matching {pattern!r}; none was logged"
                for pattern in required
                if not any(re.search(pattern, message) for _, _, message in messages)
            ]
        return problems


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    """A test that logged an unexpected warning fails (rather than erring at teardown)."""
    handler = getattr(item, "_warning_records", None)
    try:
        result = yield
    except BaseException:
        if handler is not None:
            handler.test_failed = True
        raise
    if handler is not None:
        problems = handler.problems(item, at_end=False)
        if problems:
            handler.test_failed = True
            pytest.fail("\n".join(problems), pytrace=False)
    return result


@pytest.fixture(autouse=True)
def _no_unexpected_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    handler = _WarningRecords()
    logger = logging.getLogger(APP_LOGGER)
    logger.addHandler(handler)
    request.node._warning_records = handler
    try:
        yield
    finally:
        logger.removeHandler(handler)
        del request.node._warning_records
    problems = handler.problems(request.node, at_end=True)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# The comment JSON fields DESIGN.md promises, in order.
DESIGN_FIELDS = [
    "id",
    "platform",
    "account",
    "external_id",
    "author",
    "text",
    "created_at",
    "url",
    "rating",
    "sentiment",
    "severity",
    "status",
    "cooloff_ends_at",
    "replied_at",
    "parent_id",
]
