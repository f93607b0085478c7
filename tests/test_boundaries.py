"""The layers stay apart: core/ and store/ never import Qt, and the command line is Qt-free."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import feedback_desk

PACKAGE = Path(feedback_desk.__file__).parent
QT_MODULES = ("PySide6", "shiboken6")
QT_FREE_LAYERS = ("core", "store")


def _imported_modules(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.append(node.args[0].value)
    return names


def _is_qt(module: str) -> bool:
    return any(module == qt or module.startswith(qt + ".") for qt in QT_MODULES)


def _layer_files() -> list[Path]:
    return sorted(f for layer in QT_FREE_LAYERS for f in (PACKAGE / layer).rglob("*.py"))


def test_the_layers_exist() -> None:
    files = {f.relative_to(PACKAGE).as_posix() for f in _layer_files()}
    assert {"core/model.py", "core/triage.py", "store/database.py", "store/comments.py"} <= files


@pytest.mark.parametrize("path", _layer_files(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_core_and_store_do_not_import_qt(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    offending = [m for m in _imported_modules(tree) if _is_qt(m)]
    assert offending == [], f"{path.relative_to(PACKAGE)} imports {offending}"


def test_the_checker_itself_spots_qt_imports() -> None:
    source = (
        "import PySide6\n"
        "from PySide6.QtCore import QObject\n"
        "import shiboken6 as s\n"
        "import importlib\n"
        "importlib.import_module('PySide6.QtGui')\n"
        "import PySide6_fake\n"
    )
    found = [m for m in _imported_modules(ast.parse(source)) if _is_qt(m)]
    assert found == ["PySide6", "PySide6.QtCore", "shiboken6", "PySide6.QtGui"]


def test_the_command_line_loads_without_qt() -> None:
    code = (
        "import feedback_desk.cli, feedback_desk.core.triage, feedback_desk.store\n"
        "import feedback_desk.sources.file_import, feedback_desk.store.comments\n"
        "import feedback_desk.store.imports, feedback_desk.home\n"
        "import sys\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_a_command_runs_without_loading_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from feedback_desk import cli\n"
        "code = cli.main(['--home', sys.argv[1], 'comments', '--json'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert code == 0 and not qt, (code, qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "home")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


# SQL lives in store/: the window's modules (ui/, app.py, the demo) ask the stores.
SQL_STATEMENT = re.compile(
    r"^\s*(SELECT\b.*\bFROM\b|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b"
    r"|DELETE\s+FROM\b|PRAGMA\s+\w+|(CREATE|DROP)\s+(TABLE|INDEX|TRIGGER|VIEW)\b"
    r"|(BEGIN|COMMIT|ROLLBACK)\b\s*\w*\s*$)",
    re.DOTALL,
)
RUNS_SQL = {"execute", "executemany", "executescript"}


def _sql_in(tree: ast.AST) -> list[str]:
    """What in a module runs SQL: a call of a connection's or cursor's execute methods, or a
    string (not a docstring) that reads as an SQL statement."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    found: list[str] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in RUNS_SQL
        ):
            found.append(f"line {node.lineno}: .{node.func.attr}(…)")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and SQL_STATEMENT.match(node.value)
        ):
            found.append(f"line {node.lineno}: {node.value.strip()[:40]!r}")
    return sorted(found, key=lambda f: int(f.split()[1].rstrip(":")))


def _window_files() -> list[Path]:
    return sorted([*(PACKAGE / "ui").rglob("*.py"), PACKAGE / "app.py", PACKAGE / "demo.py"])


@pytest.mark.parametrize("path", _window_files(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_the_window_runs_no_sql_of_its_own(path: Path) -> None:
    found = _sql_in(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    assert found == [], f"{path.relative_to(PACKAGE)} runs SQL: {found} (move it into store/)"


def test_the_sql_checker_itself_spots_sql() -> None:
    source = (
        '"""PRAGMA quick_check, in a docstring, is words."""\n'
        "conn.execute(query)\n"
        "cur.executemany(q, rows)\n"
        "QUERY = 'SELECT id FROM comments WHERE id = ?'\n"
        "label = 'Select all comments from this shop'\n"
        "text = 'Update the account'\n"
        "ADD = 'INSERT OR IGNORE INTO outbox (id) VALUES (?)'\n"
    )
    found = _sql_in(ast.parse(source))
    assert [f.split(":")[0] for f in found] == ["line 2", "line 3", "line 4", "line 7"]
