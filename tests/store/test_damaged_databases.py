"""Damaged databases are never made worse (issue 10, items 12-14): each case starts from a
real Feedback Desk database, damaged the way disks, crashes and other programs damage them."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import feedback_desk.store.database as database_module
from feedback_desk.core.errors import DatabaseCorrupt, DatabaseError, DatabaseTooNew, DiskFull
from feedback_desk.store import open_database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.database import DB_FILE_NAME, MAX_BACKUPS
from feedback_desk.store.schema import LATEST_VERSION

if TYPE_CHECKING:
    from conftest import FakeClock, MakeComment, TaggedTriage

REPO = Path(__file__).resolve().parents[2]


def _real_database(
    home: Path, clock: FakeClock, make_comment: MakeComment, triage: TaggedTriage, n: int = 30
) -> Path:
    db = open_database(home, clock)
    conn = db.connect()
    try:
        CommentStore(db, conn).add_many(
            [make_comment(f"comment number {i} about the coffee") for i in range(n)],
            triage,  # type: ignore[arg-type]
        )
    finally:
        conn.close()
    return db.path


def _set_raw(path: Path, *statements: str) -> None:
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            raw.execute(statement)
    finally:
        raw.close()


# -- 12: a database version that cannot be -------------------------------------------------


def test_a_negative_user_version_is_refused_without_a_backup(
    home: Path, clock: FakeClock, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    path = _real_database(home, clock, make_comment, tagged_triage)
    _set_raw(path, "PRAGMA user_version = -5")
    before = path.read_bytes()
    for _ in range(2):
        with pytest.raises(DatabaseCorrupt) as caught:
            open_database(home, clock)
        message = str(caught.value)
        assert str(path) in message
        assert "version -5" in message
        assert "\n" not in message
    assert not (home / "backups").exists() or list((home / "backups").iterdir()) == []
    assert path.read_bytes() == before


def test_a_newer_database_in_rollback_journal_mode_is_refused_before_any_change(
    home: Path, clock: FakeClock, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    path = _real_database(home, clock, make_comment, tagged_triage)
    _set_raw(path, "PRAGMA journal_mode = DELETE", f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew):
        open_database(home, clock)
    assert path.read_bytes() == before, "the refused file was changed (switched to WAL?)"
    assert not path.with_name(DB_FILE_NAME + "-wal").exists()


# -- 12: an empty file ---------------------------------------------------------------------


def test_a_zero_byte_database_is_kept_aside_and_the_owner_is_told(
    home: Path, clock: FakeClock
) -> None:
    home.mkdir(parents=True)
    (home / DB_FILE_NAME).write_bytes(b"")
    db = open_database(home, clock)
    [notice] = db.notices
    assert str(db.path) in notice
    assert "empty" in notice
    assert "\n" not in notice
    aside = [p for p in home.iterdir() if p.name.startswith("feedback.db.empty-")]
    assert len(aside) == 1
    assert aside[0].name in notice
    assert aside[0].stat().st_size == 0
    # A new, working inbox in its place, and opening it again says nothing.
    conn = db.connect()
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    finally:
        conn.close()
    assert open_database(home, clock).notices == ()


def test_a_new_database_has_no_notice(home: Path, clock: FakeClock) -> None:
    assert open_database(home, clock).notices == ()


# -- 12: flipped bytes: checked before writing ----------------------------------------------


def _flip_pages(path: Path, pages: int = 6, seed: int = 3) -> None:
    """Flip 16 bytes near the start of some pages past the schema (b-tree headers/cells)."""
    data = bytearray(path.read_bytes())
    page = 4096
    rnd = random.Random(seed)
    count = len(data) // page
    for number in rnd.sample(range(3, count), min(pages, count - 3)):
        start = number * page + rnd.randrange(0, 64)
        for i in range(16):
            data[start + i] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.expect_warnings(r"feedback.db failed its check: ")
def test_check_integrity_finds_flipped_bytes_and_says_repair(
    home: Path, clock: FakeClock, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    path = _real_database(home, clock, make_comment, tagged_triage, n=400)
    db = open_database(home, clock)
    db.check_integrity()  # healthy: nothing to say
    _flip_pages(path, pages=8)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(home, clock).check_integrity()
    message = str(caught.value)
    assert str(path) in message
    assert "feedback-desk repair" in message
    assert "\n" not in message
    assert path.read_bytes() == before


# -- 13: backups are whole or absent ---------------------------------------------------------


def _old_database(path: Path, megabytes: int) -> None:
    """A version-0 database with something worth keeping: it is backed up before migrating."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE legacy (id INTEGER PRIMARY KEY, blob BLOB)")
    chunk = os.urandom(64 * 1024)
    raw.executemany("INSERT INTO legacy (blob) VALUES (?)", [(chunk,)] * (megabytes * 16))
    raw.commit()
    raw.close()


def test_leftover_partial_and_empty_backups_are_removed_and_only_the_newest_kept(
    home: Path, clock: FakeClock
) -> None:
    backups = home / "backups"
    backups.mkdir(parents=True)
    (backups / "feedback-v1-20260101-000000.db").write_bytes(b"")  # an old kill's leftover
    (backups / "feedback-v1-20260101-000001.db.partial").write_bytes(b"x" * 100)
    for day in range(1, 6):
        good = backups / f"feedback-v2-202602{day:02d}-000000.db"
        _old_database(good, 0)
    (backups / "notes.txt").write_text("mine")  # not ours: left alone
    _old_database(home / DB_FILE_NAME, 0)
    open_database(home, clock)
    names = sorted(p.name for p in backups.iterdir())
    real = [n for n in names if n.startswith("feedback-v") and n.endswith(".db")]
    assert len(real) == MAX_BACKUPS
    assert "feedback-v0-20260501-120000.db" in real  # the one just made
    assert "feedback-v2-20260205-000000.db" in real
    assert not any(n.endswith(".partial") for n in names)
    assert "notes.txt" in names
    assert all((backups / n).stat().st_size > 0 for n in real)


def _ended(process: subprocess.Popen[bytes], within: float) -> bool:
    """Whether `process` ends within `within` seconds (waiting on it, not sleeping)."""
    try:
        process.wait(timeout=within)
    except subprocess.TimeoutExpired:
        return False
    return True


def test_a_kill_during_the_upgrade_never_leaves_a_partial_backup_under_a_real_name(
    tmp_path: Path,
) -> None:
    original = tmp_path / "original.db"
    _old_database(original, 24)
    script = (
        "import sys; from pathlib import Path; "
        "from feedback_desk.store import open_database; open_database(Path(sys.argv[1]))"
    )
    rnd = random.Random(10)
    killed = 0
    for run in range(10):
        home = tmp_path / f"run{run}"
        home.mkdir()
        shutil.copyfile(original, home / DB_FILE_NAME)
        process = subprocess.Popen(
            [sys.executable, "-c", script, str(home)],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Wait for the backup to begin (a file appears in backups/), then kill at some
        # moment of the copy or the migration after it.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not _ended(process, 0.002):
            if (home / "backups").is_dir() and any((home / "backups").iterdir()):
                break
        if not _ended(process, rnd.uniform(0.0, 0.08)):
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
        backups = home / "backups"
        for backup in backups.iterdir() if backups.exists() else []:
            if not backup.name.endswith(".db"):
                continue
            assert backup.stat().st_size > 0, f"run {run}: empty {backup.name}"
            # What an owner restoring it would do: copy that one file and open it.
            restored = tmp_path / "restored.db"
            shutil.copyfile(backup, restored)
            check = sqlite3.connect(restored)
            try:
                assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                assert check.execute("SELECT count(*) FROM legacy").fetchone()[0] == 24 * 16
            finally:
                check.close()
                restored.unlink()
        # The next start tidies what the kill left and finishes the upgrade.
        open_database(home)
        assert not any(p.name.endswith(".partial") for p in backups.iterdir())
    assert killed >= 6  # the test did kill upgrades, not only let them finish


# -- 14: a full disk -------------------------------------------------------------------------


class _FakeStatvfs:
    def __init__(self, free_blocks: int) -> None:
        self.f_bavail = free_blocks
        self.f_frsize = 4096
        self.f_bsize = 4096


def test_an_io_error_on_a_full_disk_says_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / DB_FILE_NAME
    monkeypatch.setattr(database_module.os, "statvfs", lambda _p: _FakeStatvfs(0))
    error = database_module.translate(sqlite3.OperationalError("disk I/O error"), path)
    assert isinstance(error, DiskFull)
    assert str(path) in str(error)
    assert "full" in str(error)


def test_an_io_error_with_room_left_is_not_called_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / DB_FILE_NAME
    monkeypatch.setattr(database_module.os, "statvfs", lambda _p: _FakeStatvfs(10_000))
    error = database_module.translate(sqlite3.OperationalError("disk I/O error"), path)
    assert not isinstance(error, DiskFull)
    assert type(error) is DatabaseError
    assert str(path) in str(error)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (tmpfs); needs root, else the test is skipped."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    yield mount
    if subprocess.run(["umount", str(mount)], check=False).returncode != 0:
        subprocess.run(["umount", "-l", str(mount)], check=False)
    assert not os.path.ismount(mount), "something still holds a file open on the full disk"


def test_reading_on_a_disk_filled_to_the_last_block_says_the_disk_is_full(
    tiny_disk: Path, clock: FakeClock, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    home = tiny_disk / "home"
    _real_database(home, clock, make_comment, tagged_triage, n=50)
    # The app closed: no -wal/-shm now. Then something else fills the disk to the last block.
    descriptor = os.open(tiny_disk / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        while os.write(descriptor, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(descriptor)
    assert os.statvfs(tiny_disk).f_bavail == 0
    with pytest.raises(DiskFull) as caught:
        db = open_database(home, clock)
        conn = db.connect()
        try:
            CommentStore(db, conn).comments(InboxFilter())
        finally:
            conn.close()
    assert "full" in str(caught.value)
    assert str(home / DB_FILE_NAME) in str(caught.value)


# -- repair ------------------------------------------------------------------------------------


def _every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    raw = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'comments_fts%'"
            )
        ]
        return {n: raw.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    finally:
        raw.close()


def test_repairing_a_lived_in_database_saves_every_row_of_every_table(
    home: Path, clock: FakeClock
) -> None:
    from feedback_desk.demo import seed_sample_inbox
    from feedback_desk.store.repair import repair

    db = open_database(home, clock)
    seed_sample_inbox(db, clock)
    before = _every_row(db.path)
    assert len(before["replies"]) > 0 and len(before["discounts"]) > 0
    schema = sqlite3.connect(db.path).execute("SELECT sql FROM sqlite_master ORDER BY name")
    result = repair(home, clock)
    assert _every_row(db.path) == before
    assert result.unreadable_rows == 0 and result.failed_tables == []
    assert result.saved["comments"] == len(before["comments"])
    again = sqlite3.connect(db.path)
    try:
        assert again.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == list(
            schema
        )
        assert again.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert again.execute("INSERT INTO comments_fts(comments_fts) VALUES('integrity-check')")
        # The search index's own settings are in a table the repair does not copy.
        assert again.execute(
            "SELECT v FROM comments_fts_config WHERE k = 'automerge'"
        ).fetchone() == (8,)
    finally:
        again.close()
    conn = open_database(home, clock).connect()
    try:
        found = CommentStore(db, conn).comments(InboxFilter(search="coffee"))
        assert found
    finally:
        conn.close()


def test_repair_of_a_damaged_file_keeps_it_and_saves_the_readable_rows(
    home: Path, clock: FakeClock, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    from feedback_desk.store.repair import repair

    path = _real_database(home, clock, make_comment, tagged_triage, n=3000)
    _flip_pages(path, pages=12)
    damaged_bytes = path.read_bytes()
    result = repair(home, clock)
    assert result.damaged_copy.read_bytes() == damaged_bytes
    assert 2000 < result.saved["comments"] <= 3000
    assert "Repaired: saved" in result.summary() and "\n" not in result.summary()
    open_database(home, clock).check_integrity()


def test_repair_is_refused_while_another_program_writes(
    home: Path, clock: FakeClock, make_comment: MakeComment, tagged_triage: TaggedTriage
) -> None:
    from feedback_desk.core.errors import DatabaseLocked
    from feedback_desk.store.repair import repair

    path = _real_database(home, clock, make_comment, tagged_triage)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLocked):
            repair(home, clock)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not (home / "backups").exists()


def test_an_interrupted_first_start_leaves_no_empty_database_behind(
    home: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_migrate = database_module._migrate

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # as if the process died while making the tables

    monkeypatch.setattr(database_module, "_migrate", killed)
    with pytest.raises(KeyboardInterrupt):
        open_database(home, clock)
    assert not (home / DB_FILE_NAME).exists()  # no 0-byte file for the next start to find
    monkeypatch.setattr(database_module, "_migrate", real_migrate)
    db = open_database(home, clock)
    assert db.notices == ()
    assert sorted(p.name for p in home.iterdir()) == [DB_FILE_NAME]
