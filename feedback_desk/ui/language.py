"""The interface language: the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) unless
Settings names one, loaded from the compiled translations in resources/translations.

Two pseudo-languages exist for looking at the interface, not for owners: `en_XA` makes
every text longer and accented (what does not fit, or was never translated, shows), and
`ar_XB` lays the window out right to left. Choose one with LANGUAGE=en_XA.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from ..core import texts
from ..core.data_files import resource_folder

log = logging.getLogger(__name__)

LANGUAGE_KEY = "interface/language"
SYSTEM = "system"  # the setting's value when the system's language is followed
# The languages the interface ships in, each named in its own words.
SHIPPED = {"en": "English", "de": "Deutsch"}
PSEUDO = ("en_XA", "ar_XB")
_RIGHT_TO_LEFT_PSEUDO = "ar_XB"
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_language(environ: Mapping[str, str]) -> str:
    """The first language in the environment that the interface has, else English."""
    for name in _ENVIRONMENT:
        for entry in environ.get(name, "").split(":"):
            code = _known(entry)
            if code:
                return code
    return "en"


def interface_language(setting: str | None, environ: Mapping[str, str]) -> str:
    """The language to show: the setting's, unless it is "follow the system" (or unknown)."""
    return _known(setting or "") or system_language(environ)


def _known(entry: str) -> str | None:
    tag = entry.split(".")[0].split("@")[0].replace("-", "_")  # de_DE.UTF-8@euro -> de_DE
    if tag in PSEUDO:
        return tag
    code = tag.split("_")[0].lower()
    return code if code in SHIPPED else None


def saved_language(settings: QSettings) -> str:
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value else SYSTEM


_installed: list[QTranslator] = []


def install_language(code: str) -> str:
    """Translate the interface (and Qt's own buttons) into `code` from now on; English
    needs nothing. Returns the language in use: English when the files are missing."""
    app = QCoreApplication.instance()
    assert app is not None, "the application comes first"
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    texts.install(None)
    in_use = "en"
    folder = resource_folder().joinpath("translations")
    for wanted in dict.fromkeys(("en", code)):  # English too: its plurals ("1 complaint")
        ours = QTranslator(app)
        data = folder.joinpath(f"feedback_desk_{wanted}.qm")
        if data.is_file() and ours.load(str(data)):  # a real file: the package is unpacked
            app.installTranslator(ours)
            _installed.append(ours)
            in_use = wanted if in_use == "en" else in_use
        elif wanted != "en":
            log.warning("no translation for %s; the interface stays in English", wanted)
    if code != "en":
        qt = QTranslator(app)  # "Cancel", "Yes", the file dialog ...
        base = code.split("_")[0]
        if qt.load(f"qtbase_{base}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    texts.install(_qt_translate)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code == _RIGHT_TO_LEFT_PSEUDO
            or (
                code not in PSEUDO
                and QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
            )
            else Qt.LayoutDirection.LeftToRight
        )
    log.info("interface language: %s", in_use)
    return in_use


def _qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    shown = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(s)" in shown:  # a plural nobody translated yet: English by the rule
        shown = shown.replace("(s)", "" if n == 1 else "s")
    return shown
