"""The only code that touches the system keyring.

Secrets (access tokens, refresh tokens, client secrets) live in the OS keyring and nowhere
else: never in the database, the logs, argv, exceptions or exports. Keyrings that would
keep them in a plain file, or not at all, are refused with a message that says what to do.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Iterator, Mapping
from typing import Any

from .core.errors import KeyringLocked, KeyringProblem, MissingSecret
from .core.redaction import remember_secrets
from .core.texts import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

SERVICE = "feedback-desk"

# Backends that do not keep a secret safely (or at all).
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

_HOW_TO_FIX = QT_TRANSLATE_NOOP(
    "Secrets",
    "Feedback Desk keeps your platform tokens in the system keyring. On Linux, install and "
    "unlock GNOME Keyring or KWallet (any Secret Service), then try again; on macOS and "
    "Windows the system keyring works as it is.",
)


def _how_to_fix() -> str:
    return translate("Secrets", _HOW_TO_FIX)


class CredentialStore:
    """Reads and writes one JSON secret per account in the system keyring.

    `backend` is for tests; the app uses whatever keyring the system offers. Calls may block
    while the keyring asks to be unlocked, so the window makes them off the GUI thread.

    The system's keyring is looked up once per store (importing keyring's backends and asking
    D-Bus which are there): the window starts that lookup off the GUI thread as soon as it has
    painted, and `known()` then names the keyring without waiting. A lookup asked for while
    one runs waits for it instead of starting a second.
    """

    def __init__(self, backend: Any = None) -> None:
        self._backend = backend
        self._looking = threading.Lock()
        self.lookups = 0  # how many times the system was asked which keyring it has
        self._failure: KeyringProblem | None = None

    # -- which keyring ---------------------------------------------------------------------

    def backend(self) -> Any:
        """The keyring in use, if it is safe; KeyringProblem (saying what to do) if not."""
        if self._backend is None:
            with self._looking:
                if self._backend is None:
                    self._backend = self._look_up()
        return _judged(self._backend)

    def known(self) -> str | KeyringProblem | None:
        """Where secrets are kept (or why they cannot be), if the keyring has been looked up
        already; None while it has not. Never asks the system, so it is safe on the GUI thread."""
        if self._backend is None:
            return self._failure
        try:
            return describe_backend(_judged(self._backend))
        except KeyringProblem as problem:
            return problem

    def _look_up(self) -> Any:
        import keyring

        self.lookups += 1
        try:
            return keyring.get_keyring()
        except Exception:
            self._failure = KeyringProblem(
                translate("Secrets", "No system keyring could be loaded.") + " " + _how_to_fix()
            )
            raise self._failure from None

    def describe(self) -> str:
        """Where secrets are kept, in words for the Accounts dialog and `accounts list`."""
        return describe_backend(self.backend())

    # -- secrets ---------------------------------------------------------------------------

    def save(self, account: str, secret: Mapping[str, str]) -> None:
        remember_secrets(dict(secret))  # hidden from every message from now on
        backend = self.backend()
        with _keyring_errors(_SAVE, account):
            backend.set_password(SERVICE, _key(account), json.dumps(dict(secret)))
        log.info("secret saved in the keyring for account %s", account)

    def load(self, account: str) -> dict[str, str]:
        backend = self.backend()
        with _keyring_errors(_READ, account):
            stored = backend.get_password(SERVICE, _key(account))
        if stored is None:
            raise MissingSecret(
                translate(
                    "Secrets",
                    "The keyring holds no token for account {account!r}. Remove the account "
                    "and add it again.",
                ).format(account=account)
            )
        try:
            value = json.loads(stored)
        except ValueError:
            value = None
        if not isinstance(value, dict):
            raise MissingSecret(
                translate(
                    "Secrets",
                    "The keyring entry for account {account!r} is not one Feedback Desk wrote. "
                    "Remove the account and add it again.",
                ).format(account=account)
            )
        secret = {str(k): str(v) for k, v in value.items()}
        remember_secrets(secret)  # hidden from every message, log line and stored reason
        return secret

    def delete(self, account: str) -> None:
        import keyring.errors

        backend = self.backend()
        # Nothing stored is already the state we want.
        with (
            _keyring_errors(_REMOVE, account),
            contextlib.suppress(keyring.errors.PasswordDeleteError),
        ):
            backend.delete_password(SERVICE, _key(account))
        log.info("secret removed from the keyring for account %s", account)

    # -- the owner's own app registrations ("Use my own app") -------------------------------

    def save_app_secret(self, family: str, secret: Mapping[str, str]) -> None:
        """What the owner calls a secret for their own Google or Meta app."""
        remember_secrets(dict(secret))
        backend = self.backend()
        with _keyring_errors(_SAVE_APP, family):
            backend.set_password(SERVICE, _app_key(family), json.dumps(dict(secret)))
        log.info("own app secret saved in the keyring for %s", family)

    def load_app_secret(self, family: str) -> dict[str, str] | None:
        backend = self.backend()
        with _keyring_errors(_READ_APP, family):
            stored = backend.get_password(SERVICE, _app_key(family))
        if stored is None:
            return None
        try:
            value = json.loads(stored)
        except ValueError:
            return None
        if not isinstance(value, dict):
            return None
        secret = {str(k): str(v) for k, v in value.items()}
        remember_secrets(secret)
        return secret

    def delete_app_secret(self, family: str) -> None:
        import keyring.errors

        backend = self.backend()
        with (
            _keyring_errors(_REMOVE_APP, family),
            contextlib.suppress(keyring.errors.PasswordDeleteError),
        ):
            backend.delete_password(SERVICE, _app_key(family))


def _judged(backend: Any) -> Any:
    """The backend a keyring would use, if it keeps secrets safely; KeyringProblem if not."""
    chosen = _effective(backend)
    module = type(chosen).__module__
    if module.startswith(_REFUSED_MODULES) or _is_plaintext(chosen):
        raise KeyringProblem(
            translate(
                "Secrets", "The keyring found ({keyring}) would not keep secrets safe."
            ).format(keyring=describe_backend(chosen))
            + " "
            + _how_to_fix()
        )
    return chosen


def describe_backend(backend: Any) -> str:
    name = str(getattr(backend, "name", type(backend).__name__))
    module = type(backend).__module__
    if "SecretService" in module:
        return translate("Secrets", "the Secret Service keyring (GNOME Keyring or KWallet)")
    if "kwallet" in module.lower():
        return "KWallet"
    if "macOS" in module or "OS_X" in module:
        return translate("Secrets", "the macOS Keychain")
    if "Windows" in module:
        return translate("Secrets", "Windows Credential Manager")
    return name


def _key(account: str) -> str:
    return f"account:{account}"


def _app_key(family: str) -> str:
    return f"app:{family}"


def _effective(backend: Any) -> Any:
    """A chainer tries its backends in priority order; judge the first one it would use."""
    chained = getattr(backend, "backends", None)
    if chained:
        return next(iter(chained))
    return backend


def _is_plaintext(backend: Any) -> bool:
    return "plaintext" in type(backend).__name__.lower()


# What went wrong doing each thing: (the keyring is locked, the keyring failed).
_SAVE = (
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring is locked, so Feedback Desk could not save the secret for account "
        "{account!r}. Unlock it (log in again, or unlock it in your keyring app) and try "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring failed to save the secret for account {account!r} ({kind}).",
    ),
)
_READ = (
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring is locked, so Feedback Desk could not read the secret for account "
        "{account!r}. Unlock it (log in again, or unlock it in your keyring app) and try "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring failed to read the secret for account {account!r} ({kind}).",
    ),
)
_REMOVE = (
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring is locked, so Feedback Desk could not remove the secret for account "
        "{account!r}. Unlock it (log in again, or unlock it in your keyring app) and try "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring failed to remove the secret for account {account!r} ({kind}).",
    ),
)
_SAVE_APP = (
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring is locked, so Feedback Desk could not save the app secret for account "
        "{account!r}. Unlock it (log in again, or unlock it in your keyring app) and try "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring failed to save the app secret for account {account!r} ({kind}).",
    ),
)
_READ_APP = (
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring is locked, so Feedback Desk could not read the app secret for account "
        "{account!r}. Unlock it (log in again, or unlock it in your keyring app) and try "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring failed to read the app secret for account {account!r} ({kind}).",
    ),
)
_REMOVE_APP = (
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring is locked, so Feedback Desk could not remove the app secret for "
        "account {account!r}. Unlock it (log in again, or unlock it in your keyring app) and try "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Secrets",
        "The system keyring failed to remove the app secret for account {account!r} ({kind}).",
    ),
)


@contextlib.contextmanager
def _keyring_errors(doing: tuple[str, str], account: str) -> Iterator[None]:
    """Turn keyring errors into messages that never carry the secret."""
    import keyring.errors

    try:
        yield
    except keyring.errors.KeyringLocked:
        raise KeyringLocked(translate("Secrets", doing[0]).format(account=account)) from None
    except (keyring.errors.KeyringError, OSError, RuntimeError) as error:
        log.warning("keyring failed (%s) for account %s", type(error).__name__, account)
        raise KeyringProblem(
            translate("Secrets", doing[1]).format(account=account, kind=type(error).__name__)
            + " "
            + _how_to_fix()
        ) from None
