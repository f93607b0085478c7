"""Errors before the window opens (issue 13, item 5) reach the owner in a dialog, as well as
stderr and the log: an owner who started the app from a menu has no terminal."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from feedback_desk import app
from feedback_desk.core.errors import UserFacingError
from feedback_desk.home import DataHome, log_file


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Dialogs run with exec() are recorded instead of waiting for a click."""
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


@pytest.fixture
def restore_logging():  # type: ignore[no-untyped-def]
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


@pytest.mark.usefixtures("restore_logging")
@pytest.mark.expect_warnings(r"^cannot start: Feedback Desk could not open its window")
def test_a_failure_building_the_window_is_shown_logged_and_printed(
    monkeypatch: pytest.MonkeyPatch,
    shown: list[QMessageBox],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "home"
    real_window = app.MainWindow

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("forced failure while building the window")

    monkeypatch.setattr(app, "MainWindow", broken)
    assert app.run_window(str(home)) == 1
    monkeypatch.setattr(app, "MainWindow", real_window)
    (box,) = shown
    assert box.objectName() == "startFailedDialog"
    assert box.windowTitle() == "Feedback Desk cannot start"
    assert "could not open its window" in box.text()
    assert "forced failure while building the window" in box.detailedText()
    err = capsys.readouterr().err
    assert "could not open its window" in err and "forced failure" in err
    logged = log_file(DataHome(home)).read_text(encoding="utf-8")
    assert "cannot start" in logged and "forced failure" in logged


@pytest.mark.usefixtures("restore_logging")
@pytest.mark.expect_warnings(r"^cannot start: The keyring refused: unlock it and start again.$")
def test_an_environment_problem_is_one_sentence_in_the_dialog(
    monkeypatch: pytest.MonkeyPatch,
    shown: list[QMessageBox],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise UserFacingError("The keyring refused: unlock it and start again.")

    monkeypatch.setattr(app, "build_window", refused)
    assert app.run_window(str(tmp_path / "home")) == 1
    (box,) = shown
    assert box.text() == "The keyring refused: unlock it and start again."
    assert box.detailedText() == ""
    assert "feedback-desk: The keyring refused" in capsys.readouterr().err


@pytest.mark.expect_warnings(r"^cannot start: Cannot use .* as the data folder: Not a directory")
def test_an_unusable_data_folder_is_shown(
    shown: list[QMessageBox], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert app.run_window(str(blocker / "home")) == 1
    (box,) = shown
    assert "Cannot use" in box.text() and "--home" in box.text()
    assert "Cannot use" in capsys.readouterr().err


@pytest.mark.usefixtures("restore_logging")
@pytest.mark.expect_warnings(r"^The settings file .*settings.ini was damaged")
def test_a_damaged_settings_file_is_put_aside_and_said(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = DataHome(tmp_path / "home")
    home.prepare()
    home.settings_file.write_bytes(b"\x00\xff[General\n=bad\x00\x01\n[[[\n")
    window = app.build_window(home)
    qtbot.addWidget(window)
    notice = window.findChild(QMessageBox, "openingNotice")
    assert notice is not None and "was damaged" in notice.text()
    assert (home.root / "settings.ini.damaged").read_bytes().startswith(b"\x00\xff")
    assert home.settings_file.read_bytes() == b""
    notice.close()


def test_no_display_is_said_without_trying_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    problem = app.no_display()
    assert problem is not None and "no screen" in problem
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert app.no_display() is None
