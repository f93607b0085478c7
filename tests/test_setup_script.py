"""scripts/setup.sh's package check, run against fake dpkg-query and apt-cache.

Ubuntu 24.04 (and Debian 13) renamed libglib2.0-0 to libglib2.0-0t64; a check for the old name
alone told everyone there to install a package that no longer exists, forever.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "system-packages.sh"

FAKE_DPKG_QUERY = """#!/bin/bash
# dpkg-query -W -f=FORMAT PACKAGE
for p in $FAKE_INSTALLED; do
  if [ "$p" = "${@: -1}" ]; then echo "install ok installed"; exit 0; fi
done
echo "dpkg-query: no packages found matching ${@: -1}" >&2; exit 1
"""
FAKE_APT_CACHE = """#!/bin/bash
# apt-cache policy PACKAGE
for p in $FAKE_CANDIDATES; do
  if [ "$p" = "$2" ]; then printf '%s:\\n  Installed: (none)\\n  Candidate: 1.0\\n' "$2"; exit 0; fi
done
printf '%s:\\n  Installed: (none)\\n  Candidate: (none)\\n' "$2"
"""


def all_packages(extra: str = "") -> list[str]:
    listed = subprocess.run(
        ["bash", "-c", f'source "{SCRIPT}"; printf "%s\\n" "${{SYSTEM_PACKAGES[@]}}" {extra}'],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return listed


def missing(tmp_path: Path, installed: list[str], candidates: list[str]) -> list[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, body in (("dpkg-query", FAKE_DPKG_QUERY), ("apt-cache", FAKE_APT_CACHE)):
        (bin_dir / name).write_text(body)
        (bin_dir / name).chmod(0o755)
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "FAKE_INSTALLED": " ".join(installed),
        "FAKE_CANDIDATES": " ".join(candidates),
    }
    result = subprocess.run(
        ["bash", str(SCRIPT)], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout.split()


def everything_but_glib() -> list[str]:
    return [p for need in all_packages() for p in need.split("|") if "glib" not in p]


@pytest.mark.parametrize("glib", ["libglib2.0-0", "libglib2.0-0t64"])
def test_either_glib_name_counts_as_installed(tmp_path: Path, glib: str) -> None:
    assert missing(tmp_path, [*everything_but_glib(), glib], []) == []


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        (["libglib2.0-0t64"], "libglib2.0-0t64"),  # Ubuntu 24.04, Debian 13
        (["libglib2.0-0"], "libglib2.0-0"),  # Debian 12, Ubuntu 22.04
    ],
)
def test_the_name_to_install_is_the_one_apt_has(
    tmp_path: Path, candidates: list[str], expected: str
) -> None:
    assert missing(tmp_path, everything_but_glib(), candidates) == [expected]


def test_a_missing_package_is_reported_and_an_installed_one_is_not(tmp_path: Path) -> None:
    installed = [p for p in everything_but_glib() if p != "xvfb"] + ["libglib2.0-0"]
    assert missing(tmp_path, installed, ["xvfb"]) == ["xvfb"]


def test_the_tests_flag_adds_the_spreadsheet_and_the_desktop_file_validators() -> None:
    script = f'source "{SCRIPT}"; printf "%s\\n" "${{TEST_PACKAGES[@]}}"'
    listed = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
    assert listed.stdout.split() == ["gnumeric", "desktop-file-utils", "appstream"]


@pytest.mark.skipif(
    not Path("/usr/bin/dpkg-query").exists(), reason="not a Debian or Ubuntu system"
)
def test_on_this_machine_the_check_runs_against_the_real_dpkg() -> None:
    # Whatever it reports, every name it prints is one apt can install here.
    result = subprocess.run(
        ["bash", str(SCRIPT)], capture_output=True, text=True, env=dict(os.environ), check=True
    )
    assert "|" not in result.stdout


def test_an_older_python_is_refused_with_the_way_to_get_a_newer_one(tmp_path: Path) -> None:
    installed = [p for need in all_packages() for p in need.split("|")] + [
        "gnumeric",
        "desktop-file-utils",
        "appstream",
    ]
    missing(tmp_path, installed, [])  # writes the fake dpkg-query and apt-cache
    python310 = tmp_path / "bin" / "python3.10"
    python310.write_text(
        '#!/bin/bash\nif [ "$1" = --version ]; then echo "Python 3.10.12"; exit 0; fi\nexit 1\n'
    )
    python310.chmod(0o755)
    env = {
        "PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin",
        "FAKE_INSTALLED": " ".join(installed),
        "PYTHON": str(python310),
    }
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh")], capture_output=True, text=True, env=env
    )
    assert result.returncode == 1
    assert "needs Python 3.11 or newer" in result.stderr
    assert "Python 3.10.12" in result.stderr
    assert "deadsnakes" in result.stderr and "PYTHON=python3.12" in result.stderr
    assert "Creating the virtualenv" not in result.stdout
