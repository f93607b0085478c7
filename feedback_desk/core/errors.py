"""Errors a shop owner can act on.

Anything raised as a `UserFacingError` is the environment's or the input's fault and is
shown as one plain sentence; anything else is a bug and gets a traceback in the log.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message is written for the shop owner, not for a developer."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseError(UserFacingError):
    """The comment database cannot be used as it is."""


class DatabaseLocked(DatabaseError):
    pass


class DatabaseCorrupt(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseReadOnly(DatabaseError):
    pass


class DiskFull(DatabaseError):
    pass


class ImportFileError(UserFacingError):
    """An import file that cannot be read or has bad rows; nothing was imported."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = list(problems or [])
        full = message if not self.problems else message + "\n" + "\n".join(self.problems)
        super().__init__(full)
        self.summary = message


class NotFound(UserFacingError):
    pass
