"""Packaging: the desktop files and metainfo validate, the app id is the same everywhere,
a wheel holds the resources, and (marked `bundle`) the PyInstaller bundle built by
packaging/build.sh starts without the checkout: --version, an import, a PDF report and the
demo window offscreen."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from feedback_desk import __version__, app

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.feedbackdesk.FeedbackDesk"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
BUNDLE = ROOT / "dist" / "feedback-desk" / "feedback-desk"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {_PACKAGE_OF[name]})")
    return path


_PACKAGE_OF = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def test_desktop_file_validates() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_app_id_everywhere() -> None:
    assert app.APP_ID == APP_ID
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("icon") == APP_ID
    assert f"Icon={APP_ID}\n" in DESKTOP.read_text()
    assert f'APP_ID = "{APP_ID}"' in (PACKAGING / "feedback-desk.spec").read_text()
    assert f"APP_ID={APP_ID}" in (PACKAGING / "build.sh").read_text()


def test_metainfo_describes_this_release_and_its_screenshots_exist() -> None:
    component = ET.parse(METAINFO).getroot()
    versions = [r.get("version") for r in component.iter("release")]
    assert versions and versions[0] == __version__
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert pyproject["project"]["version"] == __version__
    images = [i.text or "" for i in component.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://"), url
        relative = url.split(f"/v{__version__}/", 1)[1]  # tagged: a stable address
        assert (ROOT / relative).is_file(), relative
    assert component.find("content_rating") is not None


def test_icon_set_has_every_size() -> None:
    hicolor = PACKAGING / "icons" / "hicolor"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (PACKAGING / "icons" / "feedback-desk.ico").is_file()
    assert (PACKAGING / "icons" / "feedback-desk.icns").is_file()


def test_third_party_notices_name_every_licence_that_needs_it() -> None:
    notices = (PACKAGING / "THIRD-PARTY-NOTICES.txt").read_text()
    for needed in (
        "LGPL-3.0",
        "download.qt.io",
        "keyring",
        "requests",
        "Apache-2.0",
        "vaderSentiment",
        "platformdirs",
        "charset-normalizer",
        "certifi",
        "MPL-2.0",
    ):
        assert needed in notices, needed


def test_demo_button_starts_a_frozen_app_as_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    assert app.demo_command() == [sys.executable, "-m", "feedback_desk", "--demo"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert app.demo_command() == [sys.executable, "--demo"]


@pytest.mark.slow
def test_wheel_holds_the_resources(tmp_path: Path) -> None:
    # Without the wheel package in .venv, pip builds in an isolated environment instead.
    isolation = [] if importlib.util.find_spec("wheel") is None else ["--no-build-isolation"]
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", *isolation,
         "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "__init__.py",
        "sample_inbox.json",
        "icons/app.svg",
        "help/connecting.html",
        "help/guide_de.html",
        "translations/feedback_desk_de.qm",
        "translations/feedback_desk_en.qm",
        "saved_replies_de.json",
        "harsh_words_de.txt",
        "tone_phrases.json",
        "demo_stories.json",
    ):
        assert f"feedback_desk/resources/{name}" in names, name


# -- the bundle ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def bundle() -> Path:
    """Built once per test run, without PyInstaller's cache (about 20 s here)."""
    if importlib.util.find_spec("PyInstaller") is None and os.geteuid() != 0:
        pytest.skip("PyInstaller is not in .venv: .venv/bin/python -m pip install pyinstaller")
    started = time.monotonic()
    result = subprocess.run(
        ["bash", str(PACKAGING / "build.sh"), "--bundle-only"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return BUNDLE


def _run(bundle: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "FEEDBACK_DESK"))
    }
    environment.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), **env)
    return subprocess.run(
        [str(bundle), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=home,  # not the checkout
    )


@pytest.mark.bundle
def test_bundle_starts_without_the_checkout(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data = str(tmp_path / "data")

    version = _run(bundle, home, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"feedback-desk {__version__}"

    sample = ROOT / "resources" / "samples" / "trustpilot-reviews.csv"
    imported = _run(bundle, home, "--home", data, "import", str(sample))
    assert imported.returncode == 0, imported.stderr
    assert "3 new comments" in imported.stdout

    pdf = tmp_path / "report.pdf"
    report = _run(
        bundle, home, "--home", data, "report", "--from", "2026-01-01", "--to", "2026-12-31",
        "--out", str(pdf),
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-"

    # The demo button's command in a frozen app: the window opens, then closes by itself.
    started = time.monotonic()
    demo = _run(bundle, home, "--demo", FEEDBACK_DESK_QUIT_AFTER="1.5")
    assert demo.returncode == 0, demo.stderr
    assert "Traceback" not in demo.stderr
    assert time.monotonic() - started >= 1.5  # it stayed open until the timer


@pytest.mark.bundle
def test_bundle_holds_resources_lexicon_and_keyring_backends(bundle: Path) -> None:
    from PyInstaller.archive.readers import ZlibArchiveReader

    internal = bundle.parent / "_internal"
    assert (internal / "feedback_desk" / "resources" / "sample_inbox.json").is_file()
    for name in ("tone_phrases.json", "demo_stories.json"):  # the tone check's lists, the demo
        assert (internal / "feedback_desk" / "resources" / name).is_file(), name
    assert (internal / "vaderSentiment" / "vader_lexicon.txt").is_file()
    (keyring_metadata,) = internal.glob("keyring-*.dist-info")
    assert "keyring.backends.SecretService" in (keyring_metadata / "entry_points.txt").read_text()
    modules = ZlibArchiveReader(str(ROOT / "build/pyinstaller/feedback-desk/PYZ-00.pyz")).toc
    assert "keyring.backends.SecretService" in modules
    assert "secretstorage" in modules
    assert (internal / "THIRD-PARTY-NOTICES.txt").is_file()
    # The interface in German: ours, and Qt's own words ("Abbrechen") beside it.
    translations = internal / "feedback_desk" / "resources" / "translations"
    assert (translations / "feedback_desk_de.qm").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_de.qm").is_file()
    # Trimmed: none of the Qt parts the app never loads.
    qt_libs = {p.name for p in (internal / "PySide6" / "Qt" / "lib").glob("libQt6*")}
    for unused in ("Qml", "Quick", "Pdf", "WebEngineCore", "VirtualKeyboard"):
        assert not any(name.startswith(f"libQt6{unused}.") for name in qt_libs), unused
    # Kept: the local socket that keeps the app to one window per data folder.
    assert any(name.startswith("libQt6Network.") for name in qt_libs)


# Registers a bundle's fonts folder as the frozen app does; prints family:writing systems.
_REGISTER_FONTS = """
import sys
from pathlib import Path
from PySide6.QtGui import QFontDatabase, QGuiApplication
from feedback_desk.ui.fonts import add_bundled_fonts
app = QGuiApplication([])
for family in add_bundled_fonts(Path(sys.argv[1])):
    print(family + ":" + ",".join(w.name for w in QFontDatabase.writingSystems(family)))
"""


@pytest.mark.bundle
def test_bundle_carries_fallback_fonts_for_cjk_arabic_and_hebrew(bundle: Path) -> None:
    """The .tar.gz goes to systems that may have a Latin font only: the bundle brings its
    own (packaging/feedback-desk.spec copies them; ui/fonts.py registers them when frozen)."""
    internal = bundle.parent / "_internal"
    folder = internal / "fonts"
    names = {p.name for p in folder.iterdir()}
    assert {
        "wqy-microhei.ttc",
        "NotoSansArabic-Regular.ttf",
        "NotoSansHebrew-Regular.ttf",
    } <= names
    assert sum(p.stat().st_size for p in folder.iterdir()) < 7_000_000  # no 19 MB CJK font
    assert "WenQuanYi Micro Hei" in (internal / "THIRD-PARTY-NOTICES.txt").read_text()
    result = subprocess.run(
        [sys.executable, "-c", _REGISTER_FONTS, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    covers = {
        family: set(systems.split(","))
        for family, systems in (line.split(":", 1) for line in result.stdout.splitlines())
    }
    assert {"SimplifiedChinese", "Japanese", "Korean"} <= covers["WenQuanYi Micro Hei"]
    assert "Arabic" in covers["Noto Sans Arabic"]
    assert "Hebrew" in covers["Noto Sans Hebrew"]
