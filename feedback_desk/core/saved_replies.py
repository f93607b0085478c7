"""Saved replies: ready-made answers with gaps such as {customer} and {code} to fill in.

A reply without {signature} gets the owner's sign-off at its end when it is used
(core.shop_profile.signed).

The app ships a small set in each interface language (resources/saved_replies.json in
English, saved_replies_de.json in German, ...); the owner's own saved replies
are stored with the rest of their data. A gap is a word in curly braces. Filling never
fails: gaps without a value stay as they are so the owner can see what is left to fill,
and braces anywhere else, in the template or in the values, are left alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .data_files import resource_folder
from .texts import QT_TRANSLATE_NOOP

# The gaps the reply wizard knows how to fill, with what goes in each.
PLACEHOLDERS = {
    "customer": QT_TRANSLATE_NOOP("SavedReplies", "The customer's first name"),
    "shop": QT_TRANSLATE_NOOP("SavedReplies", "Your shop's name"),
    "code": QT_TRANSLATE_NOOP("SavedReplies", "The discount code"),
    "discount": QT_TRANSLATE_NOOP("SavedReplies", "What the discount is worth, e.g. 15% or £5"),
    "signature": QT_TRANSLATE_NOOP(
        "SavedReplies", "How you sign your replies (Settings → Your shop)"
    ),
}


BUILTIN_FILE = "saved_replies.json"  # English; another language's set is saved_replies_<code>.json
_PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}")


@dataclass(frozen=True, slots=True)
class SavedReply:
    title: str  # what the owner picks from the list, e.g. "Sorry your delivery was late"
    text: str  # the reply, with {placeholders}
    builtin: bool = False  # shipped with the app (cannot be edited or deleted)


def builtin_file(language: str = "en") -> str:
    """The file holding the built-in set in `language` ("de", "de_AT"); English when the
    app ships none in that language."""
    folder = resource_folder()
    code = language.split("_")[0].split("-")[0].lower()
    if code and code != "en" and code.isalpha():
        name = f"saved_replies_{code}.json"
        if folder.joinpath(name).is_file():
            return name
    return BUILTIN_FILE


def load_builtin(language: str = "en") -> list[SavedReply]:
    """The saved replies that come with the app, in `language` (English when there is no set
    in it), in the order they are listed."""
    source = resource_folder().joinpath(builtin_file(language))
    return parse(source.read_text(encoding="utf-8"), builtin=True)


def parse(text: str, *, builtin: bool = False) -> list[SavedReply]:
    """Saved replies from their JSON form: {"version": 1, "replies": [{"title", "text"}]}."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ValueError(f"Saved replies are not valid JSON: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("replies"), list):
        raise ValueError('Saved replies need a "replies" list.')
    replies: list[SavedReply] = []
    for number, entry in enumerate(data["replies"], start=1):
        if not isinstance(entry, dict):
            raise ValueError(f"Saved reply {number} is not an object with a title and a text.")
        title, body = entry.get("title"), entry.get("text")
        if not isinstance(title, str) or not title.strip():
            raise ValueError(f"Saved reply {number} has no title.")
        if not isinstance(body, str) or not body.strip():
            raise ValueError(f"Saved reply {number} ({title!r}) has no text.")
        replies.append(SavedReply(title.strip(), body.strip(), builtin))
    return replies


def placeholders(template: str) -> list[str]:
    """The gaps in a template, each once, in the order they first appear."""
    return list(dict.fromkeys(m.group(1).lower() for m in _PLACEHOLDER.finditer(template)))


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with every gap that has a value filled in.

    Names are matched without case ({Customer} is {customer}); a blank value counts as
    missing, so "Hi {customer}," stays visible instead of turning into "Hi ,". Values are
    inserted as they are: braces inside them are never filled in turn.
    """
    known = {name.lower(): value for name, value in values.items() if value.strip()}

    def replace(match: re.Match[str]) -> str:
        return known.get(match.group(1).lower(), match.group(0))

    return _PLACEHOLDER.sub(replace, template)


def missing_placeholders(template: str, values: Mapping[str, str]) -> list[str]:
    """The gaps `fill` would leave open: no value, or a blank one. Empty when all are filled."""
    filled = {name.lower() for name, value in values.items() if value.strip()}
    return [name for name in placeholders(template) if name not in filled]
