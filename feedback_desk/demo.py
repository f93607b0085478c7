"""The demo inbox: a throwaway data home seeded with the sample comments in resources/,
and the story of what the owner did about the older complaints (`demo_history`)."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from .core.clock import Clock, system_clock
from .core.data_files import resource_folder
from .core.model import Comment, Severity, Status, parse_iso
from .core.triage import Triage
from .demo_history import seed_history
from .home import DataHome
from .sources.file_import import parse_export
from .store import Database
from .store.comments import CommentStore, InboxFilter
from .store.imports import store_import

DEMO_FILE = "sample_inbox.json"


def make_demo_home(clock: Clock = system_clock) -> DataHome:
    """A throwaway home seeded with the sample inbox, its dates moved up to today."""
    home = DataHome(Path(tempfile.mkdtemp(prefix="feedback-desk-demo-")))
    db = home.open_database(clock)
    seed_sample_inbox(db, clock)
    return home


def seed_sample_inbox(db: Database, clock: Clock = system_clock) -> int:
    data = resource_folder().joinpath(DEMO_FILE).read_bytes()
    comments = parse_export(data, DEMO_FILE)
    # Keep the sample's spacing but end it an hour ago, so the demo always looks current.
    newest = max(parse_iso(str(item["created_at"])) for item in json.loads(data))
    shift = (clock() - timedelta(hours=1)) - newest
    moved = [dataclasses.replace(c, created_at=c.created_at + shift) for c in comments]
    conn = db.connect()
    try:
        added = store_import(db, conn, DEMO_FILE, "demo", moved, Triage()).added
        store = CommentStore(db, conn)
        # A lived-in inbox: older praise already dealt with, a couple of questions set aside.
        month_ago = clock() - timedelta(days=30)
        positives = store.comments(InboxFilter(severities=frozenset({Severity.POSITIVE})))
        store.set_status([c.id for c in positives if c.created_at < month_ago], Status.RESOLVED)
        neutrals = store.comments(InboxFilter(severities=frozenset({Severity.NEUTRAL})))
        # The two oldest, whatever their status now: seeding again picks the same two.
        oldest = sorted((c for c in neutrals if c.created_at < month_ago), key=_written)
        store.set_status([c.id for c in oldest[:2]], Status.IGNORED)
        # The older complaints answered, compensated and followed up; the newest left open.
        seed_history(db, conn, clock)
        return added
    finally:
        conn.close()


def _written(comment: Comment) -> tuple[datetime, int]:
    return comment.created_at, comment.id
