"""What every sign-in shares: the contract the Accounts dialog and the command line use
(SignIn, SignInPrompt, Candidate, SignInFailed), connecting and reconnecting accounts, and
the authorization code + PKCE + state flow with its loopback redirect."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests

from ...core.clock import Clock
from ...core.errors import (
    AccountProblem,
    Cancelled,
    Offline,
    PlatformProblem,
    UserFacingError,
)
from ...core.model import Platform
from ...core.redaction import remember_secret
from ...core.texts import translate
from ...secrets import CredentialStore
from ...store.accounts import Account, AccountState, AccountStore
from ...store.database import Database
from ..http import PlatformHttp, Policy
from .listener import LoopbackListener, stopped

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 300.0  # seconds a sign-in waits for the owner
TICK = 0.1  # seconds between looks at the Cancel button
MAX_PAGES = 20  # pages of any list read after signing in
ACCOUNT_NAME_LIMIT = 60


class SignInFailed(UserFacingError):
    """The sign-in ended without something to connect: denied consent, a wrong state, a
    timeout, a missing permission, a closed browser. One clear sentence; nothing stored."""


@dataclass(frozen=True)
class SignInPrompt:
    url: str  # the page to open in the browser: the sign-in page, or Meta's device page
    user_code: str | None  # device sign-in: the code the owner types there; else None
    expires_at: datetime  # when this sign-in attempt stops waiting


@dataclass(frozen=True)
class Candidate:
    """One thing the owner may connect after signing in."""

    platform: Platform
    ident: str  # page id / "accounts/1/locations/2" / channel id / mastodon acct
    name: str  # human name ("Juniper & Rye")
    detail: str  # plain words for the picker
    suggested_name: str  # an account name unique among existing accounts


class SignIn:
    """One sign-in attempt. Every method but `close()` runs on a worker thread."""

    platform: Platform

    def __init__(self, platform: Platform, clock: Clock, taken: set[str]) -> None:
        self.platform = platform
        self._clock = clock
        self._taken = taken
        self._stop = threading.Event()  # Cancel, or close(): ends every wait and request
        self._http = PlatformHttp(
            platform.label,
            f"{platform.label} sign-in",
            policy=Policy(attempts=3, call_deadline=60.0, deadline=30.0),
            clock=clock,
            cancel=self._stop,
        )
        self._signed_in = False
        self._candidates: list[Candidate] | None = None
        self._secrets: dict[str, dict[str, str]] = {}  # candidate ident -> its secret
        self._settings: dict[str, dict[str, str]] = {}  # candidate ident -> its settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.platform.value})"

    # -- the contract ------------------------------------------------------------------------

    def start(self) -> SignInPrompt:
        raise NotImplementedError

    def wait(self, cancel: threading.Event, timeout: float | None = None) -> None:
        """Block until signed in. SignInFailed (denied, wrong state, timeout, missing
        permission) or Cancelled (the `cancel` event, checked every TICK seconds)."""
        until = time.monotonic() + (DEFAULT_TIMEOUT if timeout is None else max(timeout, 0.0))
        with self._watching(cancel), self._in_words():
            self._wait(until)
        self._signed_in = True

    def candidates(self) -> list[Candidate]:
        """What the signed-in owner may connect. SignInFailed when there is nothing (saying
        what the owner must have), so a picker is never empty."""
        if not self._signed_in:
            raise SignInFailed(
                translate("SignIn", "Sign in first; nothing can be listed before that.")
            )
        if self._candidates is None:
            with self._in_words():
                found = self._list()
            if not found:
                raise SignInFailed(self._nothing_to_connect())
            self._candidates = with_suggested_names(found, self._taken)
        return list(self._candidates)

    def connect(
        self,
        db: Database,
        conn: sqlite3.Connection,
        credentials: CredentialStore,
        picked: Sequence[Candidate],
        names: Mapping[str, str] | None = None,
    ) -> list[Account]:
        """Store the picked candidates as accounts: settings in the database, tokens only in
        the keyring. All or nothing. `names` maps a candidate's ident to its account name
        (default: its suggested name)."""
        from ..registry import check_settings

        offered = self.candidates()
        accounts = AccountStore(db, conn)
        existing = accounts.all()
        taken = {a.name.casefold() for a in existing}
        plan: list[tuple[Candidate, str, dict[str, str]]] = []
        for candidate in picked:
            if candidate not in offered:
                raise SignInFailed(
                    translate("SignIn", "{name} is not something this sign-in may connect.").format(
                        name=candidate.name
                    )
                )
            name = ((names or {}).get(candidate.ident) or candidate.suggested_name).strip()
            if name.casefold() in taken:
                raise AccountProblem(
                    translate(
                        "SignIn", "There is already an account named {name}. Choose another name."
                    ).format(name=repr(name))
                )
            for account in existing:
                if account.platform is candidate.platform and self._same(account, candidate):
                    raise AccountProblem(
                        translate(
                            "SignIn",
                            "{name} is already connected as the account {account}. Use "
                            "Reconnect on it instead.",
                        ).format(name=candidate.name, account=repr(account.name))
                    )
            taken.add(name.casefold())
            settings = check_settings(candidate.platform, self._settings[candidate.ident])
            plan.append((candidate, name, settings))
        if not plan:
            raise AccountProblem(translate("SignIn", "Nothing was picked to connect."))
        credentials.describe()  # refuse an unsafe keyring before storing anything
        added: list[Account] = []
        try:
            for candidate, name, settings in plan:
                account = accounts.add(name, candidate.platform, settings)
                added.append(account)
                credentials.save(account.name, self._secrets[candidate.ident])
        except BaseException:
            for account in added:  # all or nothing
                with contextlib.suppress(Exception):
                    credentials.delete(account.name)
                with contextlib.suppress(Exception):
                    accounts.remove(account.name)
            raise
        log.info("%s sign-in connected %d account(s)", self.platform.label, len(added))
        return added

    def reconnect(
        self,
        db: Database,
        conn: sqlite3.Connection,
        credentials: CredentialStore,
        account_name: str,
    ) -> Account:
        """New tokens for an existing account (matched by its ids), after `wait()`.
        SignInFailed when the owner signed in as someone who cannot manage it."""
        from ..registry import check_settings

        accounts = AccountStore(db, conn)
        account = accounts.get(account_name)
        if account.platform is not self.platform:
            raise SignInFailed(
                translate(
                    "SignIn",
                    "The account {account} is a {platform} account; this sign-in was with "
                    "{signed_in}.",
                ).format(
                    account=repr(account.name),
                    platform=account.platform.label,
                    signed_in=self.platform.label,
                )
            )
        match = next((c for c in self.candidates() if self._same(account, c)), None)
        if match is None:
            raise SignInFailed(
                translate(
                    "SignIn",
                    "The {platform} sign-in you used cannot manage the account {account}. Sign "
                    "in as the person who manages it.",
                ).format(platform=self.platform.label, account=repr(account.name))
            )
        settings = check_settings(
            self.platform, {**account.settings, **self._settings[match.ident]}
        )
        credentials.describe()
        credentials.save(account.name, self._secrets[match.ident])
        accounts.replace_settings(account.name, settings)
        accounts.set_state(account.name, AccountState.OK)
        log.info("%s sign-in reconnected account %s", self.platform.label, account.name)
        return accounts.get(account.name)

    def close(self) -> None:
        """Stop listening and waiting. Idempotent; safe from any thread."""
        self._stop.set()
        self._close()

    # -- for the platforms ------------------------------------------------------------------

    def _wait(self, until: float) -> None:
        raise NotImplementedError

    def _list(self) -> list[Candidate]:
        raise NotImplementedError

    def _same(self, account: Account, candidate: Candidate) -> bool:
        raise NotImplementedError

    def _nothing_to_connect(self) -> str:
        raise NotImplementedError

    def _close(self) -> None:
        pass

    def _offer(
        self, candidate: Candidate, settings: dict[str, str], secret: dict[str, str]
    ) -> Candidate:
        remember_secret(*secret.values())
        self._settings[candidate.ident] = settings
        self._secrets[candidate.ident] = secret
        return candidate

    def _timed_out(self, seconds: float) -> SignInFailed:
        return SignInFailed(
            translate(
                "SignIn",
                "No answer came from the {platform} sign-in within {duration}, so it was "
                "stopped and nothing was stored. Start again and finish signing in in the "
                "browser.",
            ).format(platform=self.platform.label, duration=_duration(seconds))
        )

    @contextlib.contextmanager
    def _watching(self, cancel: threading.Event) -> Iterator[None]:
        """While a wait runs, the owner's `cancel` also stops requests in flight."""
        done = threading.Event()

        def watch() -> None:
            while not done.is_set():
                if cancel.wait(TICK):
                    self._stop.set()
                    return

        watcher = threading.Thread(target=watch, name="sign-in cancel", daemon=True)
        watcher.start()
        try:
            if cancel.is_set():
                self._stop.set()
            if self._stop.is_set():
                raise Cancelled(stopped())
            yield
        finally:
            done.set()
            watcher.join(timeout=1)

    @contextlib.contextmanager
    def _in_words(self) -> Iterator[None]:
        """A platform problem during sign-in is a sign-in failure, said as one sentence."""
        try:
            yield
        except (SignInFailed, AccountProblem):
            raise
        except Cancelled:
            raise Cancelled(stopped()) from None
        except Offline:
            if self._stop.is_set():
                raise Cancelled(stopped()) from None
            raise SignInFailed(
                translate(
                    "SignIn",
                    "Could not reach {platform} to sign in; check the internet connection "
                    "(and, for Mastodon, the server's address) and try again. Nothing was "
                    "stored.",
                ).format(platform=self.platform.label)
            ) from None
        except PlatformProblem as problem:
            raise SignInFailed(
                translate(
                    "SignIn", "The {platform} sign-in could not be finished: {problem}"
                ).format(platform=self.platform.label, problem=_without_account(str(problem)))
            ) from None

    def _get(self, url: str, interpret: Any, **params: Any) -> dict[str, Any]:
        body = self._http.call("GET", url, interpret, params=params or None)
        if not isinstance(body, dict):
            raise SignInFailed(
                translate(
                    "SignIn",
                    "{platform} answered in an unexpected shape while listing what you manage. "
                    "Try again later.",
                ).format(platform=self.platform.label)
            )
        return body


class LoopbackSignIn(SignIn):
    """Authorization code + PKCE (S256) + state, with the redirect on 127.0.0.1."""

    def __init__(self, platform: Platform, clock: Clock, taken: set[str]) -> None:
        super().__init__(platform, clock, taken)
        self._state = secrets.token_urlsafe(24)
        self._verifier = secrets.token_urlsafe(64)  # 86 characters, RFC 7636's 43-128
        remember_secret(self._verifier)
        self._listener = LoopbackListener(self._state, platform.label)
        self._redirect_uri = ""
        self._started = False

    def _challenge(self) -> str:
        digest = hashlib.sha256(self._verifier.encode("ascii")).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def _listen(self) -> str:
        if self._stop.is_set():
            raise Cancelled(stopped())
        if self._started:
            raise SignInFailed(
                translate("SignIn", "This sign-in was already started; start a new one.")
            )
        self._started = True
        self._redirect_uri = self._listener.start()
        return self._redirect_uri

    def _wait(self, until: float) -> None:
        if not self._started:
            raise SignInFailed(translate("SignIn", "The sign-in was not started."))
        seconds = until - time.monotonic()
        try:
            answer = self._listener.wait(self._stop, until)
        finally:
            self._listener.close()  # one answer is all a sign-in takes
        if answer is None:
            raise self._timed_out(seconds)
        if not answer.state_ok:
            raise SignInFailed(
                translate(
                    "SignIn",
                    "The answer that came back from the {platform} sign-in was not for the "
                    "sign-in Feedback Desk started (its state did not match), so it was refused "
                    "and nothing was stored. Start again.",
                ).format(platform=self.platform.label)
            )
        if answer.error:
            if answer.error == "access_denied":
                raise SignInFailed(
                    translate(
                        "SignIn",
                        "You did not allow Feedback Desk to use your {platform} account, so "
                        "nothing was connected.",
                    ).format(platform=self.platform.label)
                )
            said = answer.error_description or answer.error
            raise SignInFailed(
                translate("SignIn", "The {platform} sign-in ended with an error: {error}").format(
                    platform=self.platform.label, error=said[:200]
                )
            )
        if not answer.code:
            raise SignInFailed(
                translate(
                    "SignIn", "The {platform} sign-in came back without a code. Start again."
                ).format(platform=self.platform.label)
            )
        self._exchange(answer.code, answer.scope)

    def _exchange(self, code: str, scope: str | None) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        self._listener.close()


def taken_names(conn: sqlite3.Connection | None) -> set[str]:
    if conn is None:
        return set()
    rows = conn.execute("SELECT name FROM accounts").fetchall()
    return {str(row[0]).casefold() for row in rows}


def with_suggested_names(found: list[Candidate], taken: set[str]) -> list[Candidate]:
    """Each candidate with an account name nobody has yet (nor another candidate)."""
    used = set(taken)
    named: list[Candidate] = []
    for candidate in found:
        base = " ".join(candidate.suggested_name.split())[:ACCOUNT_NAME_LIMIT] or "Account"
        choices = [base, f"{base} ({candidate.platform.label})"[:ACCOUNT_NAME_LIMIT]]
        choices += [f"{base[: ACCOUNT_NAME_LIMIT - 4]} {n}" for n in range(2, 100)]
        name = next(c for c in choices if c.casefold() not in used)
        used.add(name.casefold())
        named.append(
            Candidate(candidate.platform, candidate.ident, candidate.name, candidate.detail, name)
        )
    return named


def objects_in(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def plain_text(value: Any) -> str | None:
    if isinstance(value, str | int) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text[:200] or None
    return None


def address_words(value: Any) -> str:
    if not isinstance(value, dict):
        return ""
    lines = [str(x) for x in value.get("addressLines") or [] if isinstance(x, str)]
    for key in ("locality", "postalCode"):
        if isinstance(value.get(key), str):
            lines.append(value[key])
    return ", ".join(" ".join(line.split()) for line in lines if line.strip())[:200]


def bounded_seconds(value: Any, default: float, *, low: float, high: float) -> float:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return default
    if seconds != seconds:  # NaN
        return default
    return min(max(seconds, low), high)


def rebased(url: str, base: str) -> str:
    """`url` with the scheme and host of `base` (keeping its path and query)."""
    parts, new = urlsplit(url), urlsplit(base)
    return urlunsplit((new.scheme, new.netloc, parts.path, parts.query, ""))


def same_host(url: str, base: str) -> bool:
    a, b = urlsplit(url), urlsplit(base)
    return (a.scheme, a.netloc) == (b.scheme, b.netloc)


def graph_error_words(body: Any, response: requests.Response) -> str:
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        said = plain_text(error.get("error_user_msg")) or plain_text(error.get("message"))
        if said:
            return said
    return f"HTTP {response.status_code}"


def _without_account(message: str) -> str:
    """A platform problem's sentence without the sign-in's stand-in account name."""
    return message.replace(" for account ", " for ").strip()


def _duration(seconds: float) -> str:
    # The count is a name, not an expression: pyside6-lupdate drops a text counted by one.
    if seconds >= 90:
        minutes = round(seconds / 60)
        return translate("SignIn", "%Ln minute(s)", None, minutes)
    whole = round(max(seconds, 0))
    return translate("SignIn", "%Ln second(s)", None, whole)
