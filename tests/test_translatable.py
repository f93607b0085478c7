"""Every text the interface shows goes through Qt's translation.

Static half (the pseudo-locale walk in tests/ui is the other): in ui/ and the composition
root, a call that puts words on screen (setText, QLabel(...), setToolTip, a message box
...) may not be handed a bare string, an f-string or a concatenation; it needs tr(),
translate() or a QT_TRANSLATE_NOOP'd table. A line that truly shows no words (a brand
name, a URL) says so with `# untranslated: why`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "feedback_desk"
FILES = sorted([*(ROOT / "ui").rglob("*.py"), ROOT / "app.py"])

# Methods and constructors whose string arguments reach the screen.
VISIBLE = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "showMessage",
    "setTitle",
    "setSubTitle",
    "setButtonText",
    "setLabelText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setInformativeText",
    "setDetailedText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setTabText",
    "setTabToolTip",
    "addTab",
    "insertTab",
    "addAction",
    "addMenu",
    "addItem",
    "addItems",
    "insertItem",
    "addRow",
    "insertRow",
    "addButton",
    "setHtml",
    "setPlainText",
    "setCancelButtonText",
    "setOkButtonText",
    "setItemText",
    "warning",
    "information",
    "critical",
    "question",
    "about",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QMessageBox",
    "QCommandLinkButton",
}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _shows_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(WORDS.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_shows_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _shows_words(node.left) or _shows_words(node.right)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join", "strip")  # "Hello {x}".format(...)
    ):
        return _shows_words(node.func.value)
    if isinstance(node, ast.IfExp):
        return _shows_words(node.body) or _shows_words(node.orelse)
    return False


def _is_log(func: ast.expr) -> bool:
    """log.warning(...) writes the log, in English, not a message box."""
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("log", "logger", "logging")
    )


def untranslated(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        if name not in VISIBLE or _is_log(node.func):
            continue
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            if _shows_words(argument):
                marked = any(
                    "# untranslated:" in lines[n - 1]
                    for n in range(node.lineno, (node.end_lineno or node.lineno) + 1)
                )
                if not marked:
                    found.append(f"{path.relative_to(ROOT.parent)}:{argument.lineno}: {name}")
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_visible_words_go_through_translation(path: Path) -> None:
    assert untranslated(path) == []


def test_the_check_finds_a_bare_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label.setText("Hello there")\n'
        'button = QPushButton(f"Send to {name}")\n'
        'label.setText(self.tr("Fine"))\n'
        'box.setWindowTitle("Feedback Desk")  # untranslated: the app\'s name\n'
        'label.setText("Sent " + when)\n',
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path / "pkg"
    try:
        assert [line.split(": ")[0].rsplit(":", 1)[1] for line in untranslated(sample)] == [
            "1",
            "2",
            "5",
        ]
    finally:
        ROOT = saved
