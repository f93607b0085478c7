"""How long ago, in the list (relative_time) and beside the exact time (age_words): one set
of limits, tested at each edge to the second."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from feedback_desk.ui.formatting import age_words, exact_local_date, relative_time

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("seconds_ago", "listed", "beside"),
    [
        (-301, "date", None),
        (-299, "just now", None),
        (0, "just now", None),
        (59, "just now", None),
        (60, "1 min ago", "1 min ago"),
        (3599, "59 min ago", "59 min ago"),
        (3600, "1 h ago", "1 h ago"),
        (86399, "23 h ago", "23 h ago"),
        (86400, "yesterday", None),
        (2 * 86400 - 1, "yesterday", None),
        (2 * 86400, "2 d ago", "2 d ago"),
        (14 * 86400 - 1, "13 d ago", "13 d ago"),
        (14 * 86400, "date", None),
    ],
)
def test_the_limits(seconds_ago: int, listed: str, beside: str | None) -> None:
    moment = NOW - timedelta(seconds=seconds_ago)
    expected = exact_local_date(moment) if listed == "date" else listed
    assert relative_time(moment, NOW) == expected
    assert age_words(moment, NOW) == beside
