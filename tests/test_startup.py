"""What starting imports: `--version` and `--help` answer without Qt or the app's modules,
and the window's first paint comes before the work it does not show (the timings
themselves are bench/startup.py's)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from feedback_desk import __version__

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(args: list[str]) -> tuple[str, set[str]]:
    """Run the command line in a fresh interpreter; its output and the modules it loaded."""
    code = (
        "import sys\n"
        "from feedback_desk.cli import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('MODULES', ' '.join(sorted(sys.modules)))\n"
    )
    return _run_and_list_modules(code, {"FEEDBACK_DESK_HOME": "/nonexistent/never-opened"}, 60)


def _run_and_list_modules(code: str, env: dict[str, str], timeout: int) -> tuple[str, set[str]]:
    """Run `code` (which prints MODULES and the loaded modules' names last) in a fresh
    interpreter with `env` added; what it printed before, and the modules."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=ROOT,
        env={**os.environ, **env},
    )
    assert result.returncode == 0, result.stderr
    out, _, modules = result.stdout.rpartition("MODULES ")
    return out, set(modules.split())


def test_version_imports_neither_qt_nor_the_app() -> None:
    out, modules = _modules_after(["--version"])
    assert out.strip() == f"feedback-desk {__version__}"
    ours = {m for m in modules if m.startswith("feedback_desk")}
    assert ours == {"feedback_desk", "feedback_desk.cli"}
    assert not {m for m in modules if m.startswith(("PySide6", "shiboken6"))}
    assert "argparse" not in modules and "sqlite3" not in modules


def test_help_imports_no_qt_no_database_no_triage() -> None:
    out, modules = _modules_after(["--help"])
    assert "usage: feedback-desk" in out and "import" in out
    assert not {m for m in modules if m.startswith(("PySide6", "shiboken6"))}
    for heavy in (
        "sqlite3",
        "feedback_desk.core.triage",
        "feedback_desk.store",
        "feedback_desk.home",
        "feedback_desk.sources.file_import",
        "requests",
    ):
        assert heavy not in modules, heavy


def test_version_after_other_options_is_still_argparses() -> None:
    out, modules = _modules_after(["--home", "/nonexistent", "--version"])
    assert out.strip() == f"feedback-desk {__version__}"
    assert not {m for m in modules if m.startswith(("PySide6", "shiboken6"))}


def test_the_console_script_answers_version() -> None:
    script = Path(sys.executable).with_name("feedback-desk")
    if not script.exists():  # an environment without the installed entry point
        return
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == f"feedback-desk {__version__}"


def test_the_first_paint_needs_no_compensation_assessments_or_decimal(tmp_path: Path) -> None:
    """What the first paint does not show is not imported before it: the offers' classes
    (core.compensation, with decimal) and the assessments (with the saved replies and the
    pauses) come after it, as the windows that use them are opened or warmed up."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from feedback_desk.app import build_window\n"
        "from pathlib import Path\n"
        "from feedback_desk.home import DataHome\n"
        "app = QApplication([])\n"
        "class AtPaint(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Paint:\n"
        "            print('MODULES', ' '.join(sorted(sys.modules)), flush=True)\n"
        "            watched.removeEventFilter(self)\n"
        "            app.quit()\n"
        "        return False\n"
        f"window = build_window(DataHome(Path({str(tmp_path / 'home')!r})), starting=True)\n"
        "watch = AtPaint()\n"
        "window.installEventFilter(watch)\n"
        "window.show()\n"
        "app.exec()\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "FEEDBACK_DESK_NO_ASSISTANT": "1"}
    _, loaded = _run_and_list_modules(code, env, 120)
    assert "feedback_desk.ui.main_window" in loaded  # the scan saw the window's modules
    for later in (
        "feedback_desk.core.compensation",
        "decimal",
        "feedback_desk.store.assessments",
        "feedback_desk.core.saved_replies",
        "feedback_desk.core.cooloff",
        "feedback_desk.store.outcomes",
        "logging.handlers",
        "socket",
        "feedback_desk.ui.help_menu",  # the Help menu's entries come just after it
    ):
        assert later not in loaded, later
