"""The data home: where the database, its backups and the logs live."""

from __future__ import annotations

import dataclasses
import json
import logging
import logging.handlers
import os
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from pathlib import Path

import platformdirs

from .core.clock import Clock, system_clock
from .core.errors import UserFacingError
from .core.model import Severity, Status, parse_iso
from .core.triage import Triage
from .sources.file_import import parse_export
from .store import Database, open_database
from .store.comments import CommentStore, InboxFilter
from .store.imports import store_import

HOME_ENV = "FEEDBACK_DESK_HOME"
APP_NAME = "feedback-desk"
DEMO_FILE = "sample_inbox.json"


@dataclass(frozen=True)
class DataHome:
    root: Path

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @classmethod
    def resolve(cls, option: str | None = None) -> DataHome:
        """--home wins, then FEEDBACK_DESK_HOME, then the platform's usual data folder."""
        chosen = option or os.environ.get(HOME_ENV) or platformdirs.user_data_dir(APP_NAME, False)
        return cls(Path(chosen).expanduser().resolve())

    def prepare(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.logs_dir.mkdir(exist_ok=True, mode=0o700)
        except OSError as error:
            raise UserFacingError(
                f"Cannot use {self.root} as the data folder: {error.strerror}. "
                "Choose another one with --home."
            ) from None
        if not os.access(self.root, os.W_OK):
            raise UserFacingError(
                f"The data folder {self.root} is not writable. Choose another one with --home."
            )

    def open_database(self, clock: Clock = system_clock) -> Database:
        self.prepare()
        return open_database(self.root, clock)


def make_demo_home(clock: Clock = system_clock) -> DataHome:
    """A throwaway home seeded with the sample inbox, its dates moved up to today."""
    home = DataHome(Path(tempfile.mkdtemp(prefix="feedback-desk-demo-")))
    db = home.open_database(clock)
    seed_sample_inbox(db, clock)
    return home


def seed_sample_inbox(db: Database, clock: Clock = system_clock) -> int:
    data = resources.files("feedback_desk.resources").joinpath(DEMO_FILE).read_bytes()
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
        store.set_status([c.id for c in neutrals if c.created_at < month_ago][:2], Status.IGNORED)
        return added
    finally:
        conn.close()


def setup_logging(home: DataHome, verbose: bool = False) -> None:
    """Log to a rotating file in the home; the console only hears about problems."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler = logging.handlers.RotatingFileHandler(
        home.logs_dir / "feedback-desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
