"""The log rotates while the app runs (issue 13, item 5), not only when it starts, and every
new file it opens stays owner-only."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedback_desk import home as home_module
from feedback_desk.home import DataHome, PrivateRotatingFileHandler, log_file, setup_logging


@pytest.fixture
def logging_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DataHome]:
    monkeypatch.setattr(home_module, "LOG_LIMIT", 2_000)  # small files: rotate within a test
    old = os.umask(0)  # as if the owner's shell had umask 000
    data = DataHome(tmp_path / "home")
    data.prepare()
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        yield data
    finally:
        os.umask(old)
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


def test_the_log_rotates_mid_run_keeping_three_private_files(logging_home: DataHome) -> None:
    setup_logging(logging_home)
    kind = PrivateRotatingFileHandler
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, kind)]
    assert handlers[-1].limit == 2_000 and handlers[-1].keep == 3
    log = logging.getLogger("feedback_desk.test")
    for number in range(400):  # about 30 kB: several rotations in one run
        log.info("line %d of a long day at the shop", number)
    names = sorted(p.name for p in logging_home.logs_dir.iterdir())
    assert names == [
        "feedback-desk.log",
        "feedback-desk.log.1",
        "feedback-desk.log.2",
        "feedback-desk.log.3",
    ]
    for path in logging_home.logs_dir.iterdir():
        assert path.stat().st_size <= 2_100, path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert "line 399" in log_file(logging_home).read_text(encoding="utf-8")


def test_setting_up_twice_on_one_home_logs_each_line_once(logging_home: DataHome) -> None:
    setup_logging(logging_home)
    setup_logging(logging_home)
    logging.getLogger("feedback_desk.test").info("only once")
    assert log_file(logging_home).read_text(encoding="utf-8").count("only once") == 1


def test_a_log_that_cannot_be_moved_aside_goes_on_in_the_same_file(
    logging_home: DataHome, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(source: str, target: str) -> None:
        raise PermissionError(13, "Permission denied")

    setup_logging(logging_home)
    monkeypatch.setattr(home_module.os, "replace", refused)
    log = logging.getLogger("feedback_desk.test")
    for number in range(100):  # about 7 kB: past the limit
        log.info("line %d of a long day at the shop", number)
    assert [p.name for p in logging_home.logs_dir.iterdir()] == ["feedback-desk.log"]
    written = log_file(logging_home).read_text(encoding="utf-8")
    assert "line 0 " in written and "line 99 " in written


def test_an_empty_log_is_not_rotated_for_a_long_line(logging_home: DataHome) -> None:
    setup_logging(logging_home)
    log_file(logging_home).write_text("", encoding="utf-8")
    logging.getLogger("feedback_desk.test").info("x" * 3_000)  # longer than a whole file
    assert [p.name for p in logging_home.logs_dir.iterdir()] == ["feedback-desk.log"]
