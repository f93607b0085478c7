"""The data home: which folder is used, and the demo inbox."""

from __future__ import annotations

import json
import stat
import sys
import tempfile
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from feedback_desk.core.errors import UserFacingError
from feedback_desk.core.model import parse_iso
from feedback_desk.demo import make_demo_home, seed_sample_inbox
from feedback_desk.home import HOME_ENV, DataHome
from feedback_desk.store import open_database
from feedback_desk.store.comments import CommentStore, InboxFilter

if TYPE_CHECKING:
    from conftest import FakeClock


@pytest.fixture
def default_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the platform default (XDG on Linux) into tmp_path and clear the env override."""
    monkeypatch.delenv(HOME_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "feedback-desk"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout is Linux's")
def test_default_is_the_platform_data_folder(default_data_dir: Path) -> None:
    assert DataHome.resolve().root == default_data_dir.resolve()
    assert DataHome.resolve(None).root == default_data_dir.resolve()


def test_env_variable_beats_the_default(
    default_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "from-env"))
    assert DataHome.resolve().root == (tmp_path / "from-env").resolve()


def test_option_beats_the_env_variable(
    default_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "from-env"))
    assert (
        DataHome.resolve(str(tmp_path / "from-option")).root == (tmp_path / "from-option").resolve()
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout is Linux's")
def test_an_empty_env_variable_is_ignored(
    default_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV, "")
    assert DataHome.resolve().root == default_data_dir.resolve()


def test_home_paths_are_absolute_and_expand_the_tilde(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert DataHome.resolve("~/desk").root == (tmp_path / "desk").resolve()
    assert DataHome.resolve("relative/dir").root == (tmp_path / "relative" / "dir").resolve()


def test_prepare_makes_private_folders(tmp_path: Path) -> None:
    home = DataHome(tmp_path / "new-home")
    home.prepare()
    assert home.root.is_dir()
    assert home.logs_dir == home.root / "logs"
    assert home.logs_dir.is_dir()
    assert stat.S_IMODE(home.root.stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE(home.logs_dir.stat().st_mode) & 0o077 == 0


def test_open_database_puts_the_file_in_the_home(tmp_path: Path, clock: FakeClock) -> None:
    home = DataHome(tmp_path / "h")
    db = home.open_database(clock)
    assert db.path == tmp_path / "h" / "feedback.db"
    assert db.clock is clock


def test_a_home_that_is_a_file_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserFacingError) as caught:
        DataHome(blocker).prepare()
    assert str(blocker) in str(caught.value)
    assert "--home" in str(caught.value)


# -- the demo ---------------------------------------------------------------------------------


def _sample() -> list[dict[str, object]]:
    data = resources.files("feedback_desk.resources").joinpath("sample_inbox.json").read_bytes()
    document = json.loads(data)
    return document if isinstance(document, list) else document["comments"]


@pytest.fixture
def demo_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """make_demo_home uses tempfile.mkdtemp: keep its throwaway home inside tmp_path."""
    where = tmp_path / "tmp"
    where.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(where))
    return where


def test_the_sample_inbox_ships_and_is_importable() -> None:
    sample = _sample()
    assert len(sample) >= 10
    platforms = {item["platform"] for item in sample}
    assert len(platforms) >= 2


def test_make_demo_home_seeds_the_sample_ending_an_hour_ago(
    demo_tmp: Path, clock: FakeClock
) -> None:
    home = make_demo_home(clock)
    assert home.root.parent == demo_tmp
    assert home.root.name.startswith("feedback-desk-demo-")

    db = open_database(home.root, clock)
    conn = db.connect()
    try:
        comments = CommentStore(db, conn).comments(InboxFilter())
    finally:
        conn.close()

    sample = _sample()
    assert len(comments) == len(sample)
    newest = max(c.created_at for c in comments)
    assert newest == clock.now - timedelta(hours=1)
    assert all(c.created_at <= clock.now for c in comments)
    # The sample's spacing is kept: the oldest is as far before the newest as in the file.
    sample_times = [parse_iso(str(item["created_at"])) for item in sample]
    span = max(sample_times) - min(sample_times)
    assert newest - min(c.created_at for c in comments) == span
    assert {c.author for c in comments} == {str(item["author"]) for item in sample}


def test_the_demo_inbox_shows_problems_first(demo_tmp: Path, clock: FakeClock) -> None:
    home = make_demo_home(clock)
    db = open_database(home.root, clock)
    conn = db.connect()
    try:
        store = CommentStore(db, conn)
        counts = store.count_by_severity(InboxFilter())
        first = store.page(InboxFilter(), limit=1)[0]
    finally:
        conn.close()
    # A demo that shows a real inbox: something to answer, and some praise too.
    assert counts[first.severity] > 0
    assert first.severity.rank <= 1
    assert sum(1 for s, n in counts.items() if n > 0) >= 3


def test_seeding_twice_adds_nothing(tmp_path: Path, clock: FakeClock) -> None:
    db = open_database(tmp_path / "h", clock)
    first = seed_sample_inbox(db, clock)
    assert first == len(_sample())
    assert seed_sample_inbox(db, clock) == 0
