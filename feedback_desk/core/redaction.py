"""Keeping tokens out of anything printed, logged or stored.

Two nets: patterns (`access_token=...` in URLs, `Bearer ...` in headers) catch tokens this
process never held, and the values themselves catch everything else. Every secret value
Feedback Desk holds (a token read from the keyring, a refresh token, a client secret, an
access token bought with it) is remembered here for the life of the process, so a platform
error that quotes one ("Cannot parse access token: EAA...") is hidden wherever it goes:
messages, log lines, exception text, stored reasons.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

HIDDEN = "[hidden]"
# Shorter values are not hidden: they are not real tokens, and hiding them would mask words.
SHORTEST_SECRET = 8

_QUERY_SECRET = re.compile(
    r"(access_token|refresh_token|client_secret|id_token|token)=([^&\s\"']+)", re.I
)
_BEARER = re.compile(r"(Bearer\s+)([A-Za-z0-9._~+/=-]+)", re.I)

_lock = threading.Lock()
_known: set[str] = set()
_longest_first: tuple[str, ...] = ()


def remember_secret(*values: str | None) -> None:
    """Hide these values from now on (with their URL-encoded forms). Safe from any thread."""
    global _longest_first
    forms = set(_forms(v for v in values if v))
    with _lock:
        if forms <= _known:
            return
        _known.update(forms)
        _longest_first = tuple(sorted(_known, key=len, reverse=True))


def remember_secrets(secret: dict[str, str]) -> None:
    """Every value of an account's secret (as the keyring keeps it)."""
    remember_secret(*secret.values())


def _forms(values: Iterable[str]) -> Iterable[str]:
    for value in values:
        value = value.strip()
        if len(value) < SHORTEST_SECRET:
            continue
        yield value
        yield from {quote(value, safe=""), quote_plus(value)} - {value}


def redact(text: str) -> str:
    """Hide every secret value this process holds, then access_token=... and Bearer ...."""
    for value in _longest_first:
        if value in text:
            text = text.replace(value, HIDDEN)
    return _BEARER.sub(rf"\1{HIDDEN}", _QUERY_SECRET.sub(rf"\1={HIDDEN}", text))


class RedactingFilter(logging.Filter):
    """A logging filter that keeps tokens out of every log line, whoever wrote it: the
    message, and the text of an exception or stack logged with it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
