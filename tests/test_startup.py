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
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
        env={**os.environ, "FEEDBACK_DESK_HOME": "/nonexistent/never-opened"},
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
