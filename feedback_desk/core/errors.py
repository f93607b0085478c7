"""Errors a shop owner can act on.

Anything raised as a `UserFacingError` is the environment's or the input's fault and is
shown as one plain sentence; anything else is a bug and gets a traceback in the log.
"""

from __future__ import annotations

from .redaction import redact


class UserFacingError(Exception):
    """An error whose message is written for the shop owner, not for a developer."""

    def __init__(self, message: str) -> None:
        message = redact(message)  # a platform's words may quote a token back
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


class KeyringProblem(UserFacingError):
    """The system keyring cannot keep the shop's passwords and tokens safely."""


class KeyringLocked(KeyringProblem):
    pass


class MissingSecret(UserFacingError):
    pass


class AccountProblem(UserFacingError):
    """An account name or its settings are not usable."""


class PlatformProblem(UserFacingError):
    """A platform could not be reached or refused what we asked. `account` names whose."""

    def __init__(self, message: str, account: str | None = None) -> None:
        super().__init__(message)
        self.account = account


class Offline(PlatformProblem):
    pass


class DeliveryUnknown(Offline):
    """A request that changes something (a reply) broke off without a clear answer: it may
    have reached the platform. It is never sent again blindly; the platform is asked first."""


class RateLimited(PlatformProblem):
    """The platform asked us to slow down; `retry_at` says when to try again (UTC)."""

    def __init__(self, message: str, retry_at: object = None, account: str | None = None) -> None:
        super().__init__(message, account)
        self.retry_at = retry_at


class TokenExpired(PlatformProblem):
    """The account's token was expired or revoked: the owner must reconnect it."""


class PlatformRefused(PlatformProblem):
    """The platform answered with an error of its own (permissions, policy, limits)."""


class MalformedPayload(PlatformProblem):
    """The platform answered with something that is not what its documentation promises."""


class AlreadyReplied(PlatformRefused):
    """The platform allows one reply of this kind and already has one."""


class Cancelled(UserFacingError):
    """The owner stopped the work (Stop syncing, or closing the window) while it waited or
    talked to a platform."""

    def __init__(self, message: str = "Stopped, as asked; what was read so far is kept.") -> None:
        super().__init__(message)
