"""Words the owner reads, written in Qt-free code: marked for Qt's translation tools and
translated by whatever the composition root installs.

Code outside ui/ cannot call QObject.tr(). It calls `translate(context, text)` instead;
`pyside6-lupdate` finds those calls (and `QT_TRANSLATE_NOOP` marks for texts kept in
tables) just as it finds tr(), so the words land in the same .ts files. The app installs
QCoreApplication.translate at start-up; until then (tests, the command line) texts stay as
written, with `%n` filled in and "(s)" made singular or plural.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, text, disambiguation, n) -> the text in the interface language
Translator = Callable[[str, str, str | None, int], str]


def _as_written(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """English as the code writes it; a plural is written "%Ln complaint(s)" (Qt's way: %Ln
    is the count with thousands grouped, %n without)."""
    if n < 0:
        return text
    shown = text.replace("%Ln", f"{n:,}").replace("%n", str(n))
    return shown.replace("(s)", "" if n == 1 else "s")


_translator: Translator = _as_written


def install(translator: Translator | None) -> None:
    """Use `translator` from now on (None: texts as written again)."""
    global _translator
    _translator = translator or _as_written


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface language. Give `n` for a text with `%n` that has plurals."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text kept in a table for translation; translate it where it is shown."""
    return text
