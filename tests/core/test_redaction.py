"""Secret values, once held, are hidden from every message, log line and exception."""

from __future__ import annotations

import logging
import sys

from feedback_desk.core.errors import PlatformRefused
from feedback_desk.core.redaction import RedactingFilter, redact, remember_secret

TOKEN = "EAAredactionTestToken123"
REFRESH = "1//0redaction-test/refresh+token"


def test_a_remembered_value_is_hidden_wherever_it_appears() -> None:
    remember_secret(TOKEN, REFRESH)
    assert redact(f"Cannot parse access token: {TOKEN}.") == "Cannot parse access token: [hidden]."
    assert TOKEN not in redact(f"({TOKEN})") and REFRESH not in redact(f"x{REFRESH}y")
    assert "%2F%2F0redaction-test" not in redact("refresh=1%2F%2F0redaction-test%2Frefresh%2Btoken")
    assert redact("access_token=abc&x=1") == "access_token=[hidden]&x=1"  # patterns still


def test_short_values_are_not_hidden_so_words_stay() -> None:
    remember_secret("shop", "12345", "", None)
    assert redact("the shop 12345 answered") == "the shop 12345 answered"


def test_user_facing_errors_never_carry_a_remembered_secret() -> None:
    remember_secret(TOKEN)
    error = PlatformRefused(f"Facebook refused: invalid token {TOKEN}", "Shop")
    assert TOKEN not in str(error) and TOKEN not in error.message and TOKEN not in repr(error)


def test_the_log_filter_hides_secrets_in_arguments_and_tracebacks() -> None:
    remember_secret(TOKEN)
    try:
        raise ValueError(f"bad token {TOKEN}")
    except ValueError:
        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "failed with %s", (TOKEN,), exc_info=True
        )
        record.exc_info = sys.exc_info()
    assert RedactingFilter().filter(record)
    line = logging.Formatter().format(record)
    assert "failed with [hidden]" in line and "ValueError" in line
    assert TOKEN not in line
