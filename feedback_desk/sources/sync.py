"""Bringing an account's comments into the store, a page at a time.

Every page is stored in its own transaction, so stopping (or being killed) at any moment
leaves the database consistent, and the next sync neither loses nor doubles anything.
Comments that disappeared from the platform are kept and marked as removed there, but only
after a complete pass: an interrupted sync never marks anything removed.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from ..core.errors import (
    Cancelled,
    Offline,
    PlatformProblem,
    RateLimited,
    TokenExpired,
    UserFacingError,
)
from ..core.model import NewComment, OwnReply, broken_character
from ..core.redaction import redact
from ..core.texts import translate
from ..core.triage import Scorer
from ..secrets import CredentialStore
from ..store import Database
from ..store.accounts import Account, AccountState, AccountStore
from ..store.comments import CommentStore
from ..store.sync_lock import sync_lock
from .base import Connector, Page

log = logging.getLogger(__name__)

# A complete pass (which also finds comments removed from the platform) at least this often;
# in between, a sync only reads what is new since the last one.
FULL_SYNC_EVERY = timedelta(hours=24)

Progress = Callable[[str, int], None]  # (account name, comments read so far)
ConnectorFactory = Callable[[Account, dict[str, str]], Connector]


@dataclass
class SyncSummary:
    account: str
    new: int = 0
    updated: int = 0
    removed: int = 0
    read: int = 0
    problems: list[str] = field(default_factory=list)
    error: str | None = None
    offline: bool = False
    full: bool = True

    def line(self) -> str:
        text = (
            f"{self.account}: {self.new} new, {self.updated} updated, "
            f"{self.removed} removed, {len(self.problems)} errors"
        )
        return text + (f" — stopped: {self.error}" if self.error else "")


def _newest(current: str | None, candidate: str | None) -> str | None:
    """Cursors are ids or ISO times: longer or, at equal length, greater is newer."""
    if candidate is None:
        return current
    if current is None:
        return candidate
    return max(current, candidate, key=lambda c: (len(c), c))


def sync_account(
    db: Database,
    conn: sqlite3.Connection,
    account: Account,
    connector: Connector,
    scorer: Scorer,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    full: bool | None = None,
) -> SyncSummary:
    summary = SyncSummary(account.name)
    if full is None:
        last_full = account.last_full_sync_at
        full = (
            account.sync_cursor is None
            or last_full is None
            or (db.clock() - last_full >= FULL_SYNC_EVERY)
        )
    summary.full = full
    cursor: str | None = None
    comments = CommentStore(db, conn)
    accounts = AccountStore(db, conn)
    from ..store.outbox import Outbox  # the reply rules load when a sync first runs

    seen: set[str] = set()
    outbox = Outbox(db, conn)
    waiting: list[OwnReply] = []  # the shop's replies whose comment came on a later page
    try:
        for page in connector.pages(None if full else account.sync_cursor):
            if cancelled():
                raise Cancelled
            fetched = _storable(page, account)
            new, updated = comments.store_fetched(fetched, scorer, account.id)
            _conversations(db, conn, fetched)
            waiting += outbox.record_platform_replies(page.own_replies)
            summary.new += new
            summary.updated += updated
            summary.read += len(page.comments)
            summary.problems.extend(page.problems)
            seen.update(c.external_id for c in page.comments)
            cursor = _newest(cursor, page.cursor)
            if progress:
                progress(account.name, summary.read)
    except Cancelled:
        summary.error = translate("Sync", "cancelled; what was read so far is kept")
        return summary
    except TokenExpired as problem:
        accounts.set_state(account.name, AccountState.NEEDS_RECONNECT, str(problem))
        summary.error = str(problem)
        return summary
    except RateLimited as problem:
        accounts.set_state(account.name, AccountState.RATE_LIMITED, str(problem))
        summary.error = str(problem)
        return summary
    except PlatformProblem as problem:
        accounts.set_state(account.name, AccountState.UNREACHABLE, str(problem))
        summary.error = str(problem)
        summary.offline = isinstance(problem, Offline)
        return summary
    outbox.record_platform_replies(waiting)  # those still unmatched answer older comments
    if full and not summary.problems:
        summary.removed = comments.mark_removed(account.id, account.platform, seen)
    accounts.mark_synced(account.name, cursor, full)
    for item in summary.problems:
        log.warning("sync %s: %s", account.name, item)
    return summary


def _storable(page: Page, account: Account) -> list[NewComment]:
    """The page's comments that can be stored; the others are skipped and reported (text
    with a broken character — a lone surrogate — cannot be kept as text)."""
    good = []
    for comment in page.comments:
        if _is_text(comment.author, comment.text, comment.external_id):
            good.append(comment)
        else:
            who = comment.author.encode("utf-8", "replace").decode("utf-8")
            page.problems.append(
                translate(
                    "Sync",
                    "{platform} comment by {author}: its text holds characters that are not "
                    "valid text (a broken emoji?); skipped",
                ).format(platform=account.platform.label, author=who)
            )
    kept = [r for r in page.own_replies if _is_text(r.text, r.external_id)]
    if len(kept) < len(page.own_replies):
        page.problems.append(
            translate(
                "Sync",
                "{platform}: a reply of yours holds characters that are not valid text; skipped",
            ).format(platform=account.platform.label)
        )
        page.own_replies = kept
    return good


def _is_text(*values: str | None) -> bool:
    return all(value is None or broken_character(value) is None for value in values)


def _conversations(db: Database, conn: sqlite3.Connection, fetched: list[NewComment]) -> None:
    """Customers answering inside a complaint's conversation count as complaints too."""
    from ..store.threads import lift_answers

    answers = [c.external_id for c in fetched if c.reply_to_external_id]
    if answers:
        with db.transaction(conn):
            lift_answers(conn, fetched[0].platform.value, answers)


@dataclass
class SyncRun:
    """The result of syncing several accounts."""

    summaries: list[SyncSummary] = field(default_factory=list)
    offline: bool = False
    new_harsh: int = 0  # new complaints still needing a reply (for a notification)
    new_negative: int = 0

    @property
    def failed(self) -> bool:
        return any(s.error for s in self.summaries)


def sync_accounts(
    db: Database,
    credentials: CredentialStore,
    scorer: Scorer,
    only: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    connect: ConnectorFactory | None = None,
    cancel: threading.Event | None = None,
) -> SyncRun:
    """Sync every account (or just `only`) on this thread's own connection. Setting
    `cancel` stops at once, even in the middle of a request or a wait (Cancelled). Only one
    process syncs a data folder at a time: AnotherSyncRunning if another one is."""
    with sync_lock(db.path.parent):
        return _sync_accounts(db, credentials, scorer, only, progress, cancelled, connect, cancel)


def _sync_accounts(
    db: Database,
    credentials: CredentialStore,
    scorer: Scorer,
    only: str | None,
    progress: Progress | None,
    cancelled: Callable[[], bool],
    connect: ConnectorFactory | None,
    cancel: threading.Event | None,
) -> SyncRun:
    from .registry import connector_for

    if cancel is not None:
        cancelled = cancel.is_set

    def make(account: Account, secret: dict[str, str]) -> Connector:
        if connect is not None:
            return connect(account, secret)
        return connector_for(account, secret, clock=db.clock, cancel=cancel)

    run = SyncRun()
    conn = db.connect()
    try:
        accounts = AccountStore(db, conn)
        before = CommentStore(db, conn).newest_id()
        for account in [accounts.get(only)] if only else accounts.all():
            if cancelled():
                break
            try:
                connector = make(account, credentials.load(account.name))
                summary = sync_account(db, conn, account, connector, scorer, progress, cancelled)
            except UserFacingError as problem:
                summary = SyncSummary(account.name, error=str(problem))
            except Exception as problem:  # a bug of ours or a platform's oddity: the others go on
                log.exception("sync %s stopped unexpectedly", account.name)
                if conn.in_transaction:
                    conn.rollback()
                summary = SyncSummary(
                    account.name,
                    error=translate(
                        "Sync",
                        "an unexpected problem stopped this account's sync ({problem}); what "
                        "was read before is kept, the other accounts went on, and the details "
                        "are in the log",
                    ).format(problem=f"{type(problem).__name__}: {redact(str(problem))[:200]}"),
                )
            run.offline = run.offline or summary.offline
            run.summaries.append(summary)
        run.new_harsh, run.new_negative = CommentStore(db, conn).complaints_after(before)
    finally:
        conn.close()
    return run


def check_account(
    db: Database,
    conn: sqlite3.Connection,
    account: Account,
    credentials: CredentialStore,
    connect: ConnectorFactory | None = None,
) -> str:
    """One cheap authenticated call; the account's state records the answer either way."""
    from .registry import connector_for

    accounts = AccountStore(db, conn)
    try:
        secret = credentials.load(account.name)
        connector = (
            connect(account, secret) if connect else connector_for(account, secret, clock=db.clock)
        )
        who = connector.check()
    except TokenExpired as problem:
        accounts.set_state(account.name, AccountState.NEEDS_RECONNECT, str(problem))
        raise
    except RateLimited as problem:
        accounts.set_state(account.name, AccountState.RATE_LIMITED, str(problem))
        raise
    except PlatformProblem as problem:
        accounts.set_state(account.name, AccountState.UNREACHABLE, str(problem))
        raise
    accounts.set_state(account.name, AccountState.OK)
    return who
