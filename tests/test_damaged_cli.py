"""The command line on damaged copies of a real database (issue 10, item 12): one line, the
file named, exit 1, no traceback, and nothing written into a damaged file."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from feedback_desk.store.database import DB_FILE_NAME
from tests.test_cli import ROWS, _assert_clean_failure, _write_csv, run


def _big_rows(n: int) -> list[dict[str, str]]:
    words = [
        "coffee",
        "cake",
        "staff",
        "friendly",
        "rude",
        "cold",
        "slow",
        "lovely",
        "bread",
        "queue",
        "wait",
        "price",
    ]
    rnd = random.Random(5)
    return [
        {
            "platform": "google",
            "external_id": f"b{i}",
            "author": f"Author {i}",
            "text": " ".join(rnd.choice(words) for _ in range(12)) + f" number {i}",
            "created_at": f"2026-04-{1 + i % 28:02d}T10:00:00Z",
            "url": "",
            "rating": "",
        }
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def real_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real database made by the app itself: 2,000 comments imported."""
    where = tmp_path_factory.mktemp("real")
    home = where / "home"
    result = run(home, "import", str(_write_csv(where / "big.csv", _big_rows(2000))))
    assert result.returncode == 0, result.stderr
    return home


@pytest.fixture
def home(real_home: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "home"
    copy.mkdir()
    (copy / DB_FILE_NAME).write_bytes((real_home / DB_FILE_NAME).read_bytes())
    return copy


def _flip_btree_pages(path: Path, pages: int = 6) -> None:
    data = bytearray(path.read_bytes())
    rnd = random.Random(3)
    for number in rnd.sample(range(20, len(data) // 4096), pages):
        start = number * 4096 + rnd.randrange(0, 32)
        for i in range(16):
            data[start + i] ^= 0xFF
    path.write_bytes(bytes(data))


def _one_line(stderr: str) -> None:
    assert len(stderr.strip().splitlines()) == 1, stderr


def test_import_into_a_damaged_file_is_refused_and_writes_nothing(
    home: Path, tmp_path: Path
) -> None:
    path = home / DB_FILE_NAME
    _flip_btree_pages(path)
    before = path.read_bytes()
    result = run(home, "import", str(_write_csv(tmp_path / "new.csv", ROWS)))
    _assert_clean_failure(result)
    _one_line(result.stderr)
    assert str(path) in result.stderr
    assert "feedback-desk repair" in result.stderr
    assert path.read_bytes() == before


def test_a_report_over_text_with_flipped_bytes_fails_in_one_line(
    home: Path, tmp_path: Path
) -> None:
    path = home / DB_FILE_NAME
    data = path.read_bytes()
    assert data.count(b"Author 1") > 100  # only the comments rows hold it capitalised
    path.write_bytes(data.replace(b"Author 1", b"\xff\xfethor 1"))
    result = run(
        home,
        "report",
        "--from",
        "2026-04-01",
        "--to",
        "2026-04-30",
        "--out",
        str(tmp_path / "r.csv"),
    )
    _assert_clean_failure(result)
    _one_line(result.stderr)
    assert str(path) in result.stderr


def test_a_damaged_search_index_is_rebuilt_and_the_search_answers(home: Path) -> None:
    path = home / DB_FILE_NAME
    expected = run(home, "comments", "--search", "number 1234", "--json")
    assert expected.returncode == 0
    raw = sqlite3.connect(path)
    raw.execute("DELETE FROM comments_fts_data WHERE id > 1")  # its structure record too
    raw.commit()
    raw.close()
    result = run(home, "comments", "--search", "number 1234", "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    _one_line(result.stderr)
    assert "search index" in result.stderr and "rebuilt" in result.stderr
    assert result.stdout == expected.stdout
    again = run(home, "comments", "--search", "coffee", "--limit", "3")
    assert again.returncode == 0 and again.stderr == ""


def test_a_garbled_search_index_is_rebuilt_too(home: Path) -> None:
    raw = sqlite3.connect(home / DB_FILE_NAME)
    raw.execute("UPDATE comments_fts_data SET block = randomblob(length(block)) WHERE id > 10")
    raw.commit()
    raw.close()
    result = run(home, "comments", "--search", "coffee", "--limit", "2")
    assert result.returncode == 0, result.stderr
    assert "rebuilt" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_a_negative_version_fails_every_command_cleanly_without_a_backup(home: Path) -> None:
    raw = sqlite3.connect(home / DB_FILE_NAME)
    raw.execute("PRAGMA user_version = -5")
    raw.close()
    for args in (["comments"], ["show", "1"]):
        result = run(home, *args)
        _assert_clean_failure(result)
        _one_line(result.stderr)
        assert "version -5" in result.stderr
    assert not (home / "backups").exists()


def test_a_zero_byte_database_is_said_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / DB_FILE_NAME).write_bytes(b"")
    result = run(home, "comments")
    assert result.returncode == 0, result.stderr
    _one_line(result.stderr)
    assert "empty file (0 bytes)" in result.stderr
    assert "No comments yet" in result.stdout
    assert run(home, "comments").stderr == ""


def test_repair_saves_what_can_be_read_and_keeps_the_damaged_file(
    home: Path, tmp_path: Path
) -> None:
    path = home / DB_FILE_NAME
    _flip_btree_pages(path, pages=10)
    damaged = path.read_bytes()
    result = run(home, "repair")
    assert result.returncode == 0, result.stderr
    assert "Repaired: saved" in result.stdout
    kept = list((home / "backups").glob("feedback-damaged-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert str(kept[0]) in result.stdout
    saved = int(result.stdout.split("saved ")[1].split(" comments")[0])
    assert 1000 < saved <= 2000
    listed = run(home, "comments", "--json")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count('"external_id"') == saved
    searched = run(home, "comments", "--search", "coffee", "--limit", "1")
    assert searched.returncode == 0 and searched.stderr == ""
    # Writing works again, into the new file.
    assert run(home, "import", str(_write_csv(tmp_path / "new.csv", ROWS))).returncode == 0


def test_repair_of_a_file_that_is_no_database_says_so_and_changes_nothing(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    junk = b"shopping list\n" * 300
    (home / DB_FILE_NAME).write_bytes(junk)
    result = run(home, "repair")
    _assert_clean_failure(result)
    _one_line(result.stderr)
    assert str(home / DB_FILE_NAME) in result.stderr
    assert "left as it is" in result.stderr
    assert (home / DB_FILE_NAME).read_bytes() == junk
