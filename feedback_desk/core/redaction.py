"""Keeping tokens out of anything printed or logged."""

from __future__ import annotations

import logging
import re

_QUERY_SECRET = re.compile(
    r"(access_token|refresh_token|client_secret|id_token|token)=([^&\s\"']+)", re.I
)
_BEARER = re.compile(r"(Bearer\s+)([A-Za-z0-9._~+/=-]+)", re.I)


def redact(text: str) -> str:
    """Hide token values: access_token=... in URLs and Bearer ... in headers."""
    return _BEARER.sub(r"\1[hidden]", _QUERY_SECRET.sub(r"\1=[hidden]", text))


class RedactingFilter(logging.Filter):
    """A logging filter that keeps tokens out of every log line, whoever wrote it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
