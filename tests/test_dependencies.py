"""The dependencies fit: only PySide6-Essentials, ranges that exclude known-bad releases, and a
constraints file whose exact versions lie inside those ranges.

PySide6-Addons (about 440 MB installed) holds QtCharts, QtPdf, QtMultimedia, QtWebEngine…;
the app needs none of them. If a change imports one, the first test says which, and where.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("feedback_desk", "scripts", "tests", "bench")


def essentials_modules() -> set[str]:
    """The PySide6 modules the PySide6-Essentials wheel installs, from its RECORD."""
    files = importlib.metadata.files("PySide6-Essentials") or []
    found = set()
    for file in files:
        match = re.fullmatch(r"PySide6/(Qt\w+)\.(abi3\.so|pyd|.*\.so)", str(file))
        if match:
            found.add(match.group(1))
    return found


def pyside_imports() -> dict[str, list[str]]:
    """Every PySide6 module imported anywhere in the source, with where."""
    found: dict[str, list[str]] = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(), str(path))
            for node in ast.walk(tree):
                names: list[str] = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    if node.module == "PySide6":
                        names = [f"PySide6.{alias.name}" for alias in node.names]
                    else:
                        names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                for name in names:
                    parts = name.split(".")
                    if parts[0] == "PySide6" and len(parts) > 1:
                        where = f"{path.relative_to(ROOT)}:{node.lineno}"
                        found.setdefault(parts[1], []).append(where)
    return found


def test_essentials_is_what_it_was_measured_to_be() -> None:
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtNetwork", "QtTest"} <= essentials_modules()


def test_the_source_imports_no_pyside6_module_from_addons() -> None:
    essentials = essentials_modules()
    imports = pyside_imports()
    assert imports, "found no PySide6 import at all: the scan is broken"
    outside = {module: places for module, places in imports.items() if module not in essentials}
    assert outside == {}, (
        "these PySide6 modules are in PySide6-Addons, which Feedback Desk does not depend on"
        f" (about 440 MB): {outside}"
    )


def test_loading_every_module_of_the_app_loads_no_pyside6_addons_module() -> None:
    # Catches imports the scan above cannot see (importlib, a Qt module loading another).
    code = (
        "import importlib, pkgutil, sys, feedback_desk\n"
        "for m in pkgutil.walk_packages(feedback_desk.__path__, 'feedback_desk.'):\n"
        "    if not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "print('\\n'.join(sorted(n.split('.')[1] for n in sys.modules"
        " if n.startswith('PySide6.Qt'))))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded = {line.split(".")[0] for line in result.stdout.split()}
    assert {"QtCore", "QtWidgets"} <= loaded
    assert loaded - essentials_modules() == set()


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def requirements() -> list[Requirement]:
    project = pyproject()["project"]
    extras = project["optional-dependencies"]
    found = [Requirement(text) for text in project["dependencies"]]
    found += [Requirement(text) for text in extras["test"]]
    return found


def constraints() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt pins exact versions only: {line!r}"
            pins[canonicalize_name(name)] = Version(version)
    return pins


def test_pyproject_depends_on_essentials_only_and_never_on_6_12_0() -> None:
    names = {canonicalize_name(r.name): r for r in requirements()}
    assert "pyside6-addons" not in names
    assert "pyside6" not in names  # the meta-package pulls Addons in
    essentials = names["pyside6-essentials"].specifier
    assert not essentials.contains("6.12.0")
    assert essentials.contains("6.11.3")
    assert not essentials.contains("7.0.0")


@pytest.mark.parametrize("requirement", requirements(), ids=lambda r: r.name)
def test_constraints_pin_each_requirement_inside_its_range(requirement: Requirement) -> None:
    pins = constraints()
    name = canonicalize_name(requirement.name)
    assert name in pins, f"constraints.txt does not pin {requirement.name}"
    assert requirement.specifier.contains(pins[name], prereleases=True)


def test_constraints_hold_no_addons_and_no_known_bad_qt() -> None:
    pins = constraints()
    assert "pyside6-addons" not in pins
    assert pins["pyside6-essentials"] != Version("6.12.0")
    assert pins["shiboken6"] == pins["pyside6-essentials"]
