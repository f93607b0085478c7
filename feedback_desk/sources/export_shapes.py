"""The shapes of export files: which of a table's columns holds which field (guessed from
common names in a few languages), and the exports shops have, recognised as they are —
Trustpilot's review export, Google Takeout's Business Profile reviews and Facebook's
"Download your information" comments — each read into records of the app's own fields."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from ..core.model import Platform, iso_utc
from ..core.texts import QT_TRANSLATE_NOOP, translate
from .google_words import ANONYMOUS, STARS

CsvRows = Iterator[tuple[int, "list[str] | ValueError"]]

FIELDS = ("platform", "author", "text", "created_at", "external_id", "url", "rating", "email")
# The fields as the import preview names them; show them through field_label().
FIELD_LABELS = {
    "platform": QT_TRANSLATE_NOOP("Import", "Platform"),
    "author": QT_TRANSLATE_NOOP("Import", "Customer's name"),
    "text": QT_TRANSLATE_NOOP("Import", "Comment or review"),
    "created_at": QT_TRANSLATE_NOOP("Import", "Date"),
    "external_id": QT_TRANSLATE_NOOP("Import", "Id"),
    "url": QT_TRANSLATE_NOOP("Import", "Link"),
    "rating": QT_TRANSLATE_NOOP("Import", "Stars"),
    "email": QT_TRANSLATE_NOOP("Import", "E-mail"),
}


def field_label(field: str) -> str:
    """The field's name in the interface language ("Customer's name")."""
    return translate("Import", FIELD_LABELS[field])


# Column names export tools and spreadsheets use for each field, in a few languages
# (normalized: lowercase, words only). The window's mapping offers the best fit first.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "platform": (
        "platform",
        "source",
        "site",
        "network",
        "channel",
        "quelle",
        "plattform",
        "portal",
        "kanal",
        "plateforme",
        "fuente",
        "plataforma",
        "origine",
        "fonte",
        "bron",
    ),
    "author": (
        "author",
        "name",
        "reviewer",
        "reviewer name",
        "customer",
        "customer name",
        "user",
        "username",
        "display name",
        "consumer name",
        "from",
        "kunde",
        "kundin",
        "kundenname",
        "verfasser",
        "autor",
        "auteur",
        "client",
        "nom",
        "cliente",
        "nombre",
        "klant",
        "naam",
        "utente",
    ),
    "text": (
        "text",
        "comment",
        "review",
        "review text",
        "message",
        "content",
        "body",
        "feedback",
        "kommentar",
        "bewertung",
        "rezension",
        "nachricht",
        "bewertungstext",
        "commentaire",
        "avis",
        "texte",
        "comentario",
        "reseña",
        "opinion",
        "opinión",
        "commento",
        "recensione",
        "opmerking",
        "beoordeling",
        "recensie",
    ),
    "created_at": (
        "created_at",
        "created at",
        "date",
        "created",
        "time",
        "timestamp",
        "posted",
        "datetime",
        "date time",
        "review date",
        "published",
        "datum",
        "zeit",
        "erstellt",
        "erstellt am",
        "zeitpunkt",
        "date de création",
        "fecha",
        "data",
        "datum tijd",
    ),
    "external_id": (
        "external_id",
        "id",
        "review id",
        "comment id",
        "reference",
        "reference id",
        "bewertungs id",
        "nr",
        "nummer",
        "identifiant",
        "referencia",
        "riferimento",
    ),
    "url": ("url", "link", "permalink", "web address", "adresse", "enlace", "lien"),
    "rating": (
        "rating",
        "stars",
        "star rating",
        "score",
        "rate",
        "sterne",
        "punkte",
        "note",
        "étoiles",
        "etoiles",
        "estrellas",
        "puntuación",
        "valoración",
        "stelle",
        "voto",
        "sterren",
        "cijfer",
    ),
    "email": (
        "email",
        "e mail",
        "mail",
        "email address",
        "e mail adresse",
        "courriel",
        "correo",
        "reviewer email",
        "consumer email",
    ),
}


def normalized_column(name: str) -> str:
    """A column name as compared: lowercase words, no BOM, no punctuation."""
    cleaned = "".join(c if c.isalnum() or c == "_" else " " for c in name.replace("\ufeff", ""))
    return " ".join(cleaned.lower().split())


def guess_mapping(columns: Sequence[str]) -> dict[str, str]:
    """The likeliest column for each field, each column used once: a column named exactly
    like a known name first, then one whose words hold a known name ("Review Content")."""
    scored: list[tuple[int, int, str, str]] = []
    for position, column in enumerate(columns):
        words = normalized_column(column)
        if not words:
            continue
        tokens = set(words.split())
        for field, names in COLUMN_NAMES.items():
            best = 0
            for name in names:
                if words == name or words == name.replace(" ", ""):
                    best = max(best, 100)
                elif set(name.split()) <= tokens:
                    best = max(best, 10 * len(name.split()) - len(tokens))
            if best > 0:
                scored.append((best, -position, field, column))
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for _score, _position, field, column in sorted(scored, reverse=True):
        if field not in mapping and column not in taken:
            mapping[field] = column
            taken.add(column)
    return mapping


# Trustpilot's review export (Business: Reviews > Export), by its documented column names.
TRUSTPILOT_COLUMNS = {
    "created_at": ("review created utc", "review created", "created utc"),
    "external_id": ("review id", "reference id", "reference number"),
    "author": ("reviewer name", "consumer name", "name", "display name"),
    "title": ("review title",),
    "content": ("review content", "review text"),
    "rating": ("review stars", "stars"),
    "email": ("reviewer email", "consumer email", "email"),
    "url": ("review url", "link"),
    "reply": ("reply content", "company reply", "reply"),
    "replied_at": ("company reply date utc", "reply date utc", "reply date"),
}
TRUSTPILOT_REVIEW_URL = "https://www.trustpilot.com/reviews/{}"


def trustpilot_records(header: list[str], rows: CsvRows) -> Iterator[tuple[int, Any]]:
    position = {normalized_column(h): i for i, h in reversed(list(enumerate(header)))}
    where: dict[str, int] = {}
    for key, names in TRUSTPILOT_COLUMNS.items():
        for name in names:
            if name in position:
                where[key] = position[name]
                break
    review_id_at = position.get("review id")
    for number, values in rows:
        if isinstance(values, ValueError):
            yield number, values
            continue

        def cell(key: str, row: list[str] = values) -> str:
            index = where.get(key)
            return row[index].strip() if index is not None and index < len(row) else ""

        title, content = cell("title"), cell("content")
        url = cell("url")
        if not url and review_id_at is not None and review_id_at < len(values):
            review_id = values[review_id_at].strip()
            url = TRUSTPILOT_REVIEW_URL.format(review_id) if review_id else ""
        record: dict[str, object] = {
            "platform": "Trustpilot",
            "external_id": cell("external_id"),
            "author": cell("author") or "A Trustpilot reviewer",
            "text": f"{title}\n{content}" if title and content else title or content,
            "created_at": cell("created_at"),
            "rating": cell("rating"),
            "url": url,
            "email": cell("email"),
        }
        if cell("reply"):
            record["_reply"] = (cell("reply"), cell("replied_at") or cell("created_at"))
        yield number, record


def takeout_records(document: Any) -> Iterator[tuple[int, Any]]:
    """Google Takeout's Business Profile reviews: {"reviews": [{"name", "reviewer":
    {"displayName"}, "starRating": "ONE".."FIVE", "comment", "createTime", "updateTime",
    "reviewReply": {"comment", "updateTime"}}]}, the same review objects as the API."""
    for number, item in enumerate(document.get("reviews") or [], start=1):
        if not isinstance(item, dict):
            yield number, ValueError(translate("Import", "is not a review object"))
            continue
        name = item.get("name")
        review_id = item.get("reviewId")
        if not isinstance(review_id, str) or not review_id:
            review_id = name.rsplit("/", 1)[-1] if isinstance(name, str) and name else ""
        given = item.get("reviewer")
        reviewer: dict[str, Any] = given if isinstance(given, dict) else {}
        author = reviewer.get("displayName")
        if not isinstance(author, str) or not author.strip() or reviewer.get("isAnonymous"):
            author = ANONYMOUS
        stars = item.get("starRating")
        record: dict[str, object] = {
            "platform": Platform.GOOGLE.value,
            "external_id": review_id,
            "author": author,
            "text": item.get("comment") if isinstance(item.get("comment"), str) else "",
            "created_at": item.get("createTime") or item.get("updateTime"),
            "rating": STARS.get(str(stars)) if stars is not None else None,
        }
        reply = item.get("reviewReply")
        if isinstance(reply, dict) and isinstance(reply.get("comment"), str):
            record["_reply"] = (reply["comment"], reply.get("updateTime") or record["created_at"])
        yield number, record


def facebook_entry(entry: Any) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("data"), list)
        and any(isinstance(d, dict) and isinstance(d.get("comment"), dict) for d in entry["data"])
    )


_FACEBOOK_TITLE = re.compile(r"^(?P<who>.+?) (?:commented|replied|kommentierte|a commenté)\b")


def facebook_records(document: Any) -> Iterator[tuple[int, Any]]:
    """Facebook's "Download your information" comments: {"comments_v2": [{"timestamp",
    "title", "data": [{"comment": {"timestamp", "comment", "author"}}]}]}. Facebook writes
    the text's UTF-8 bytes as if each were a Latin-1 character: repaired here."""
    if isinstance(document, dict):
        entries = document.get("comments_v2") or document.get("comments") or []
    else:
        entries = document
    number = 0
    for entry in entries:
        number += 1
        if not facebook_entry(entry):
            yield (
                number,
                ValueError(
                    translate("Import", "is not a Facebook comment (no data with a comment)")
                ),
            )
            continue
        title = repair_mojibake(str(entry.get("title") or ""))
        said = _FACEBOOK_TITLE.match(title)
        for item in entry["data"]:
            comment = item.get("comment") if isinstance(item, dict) else None
            if not isinstance(comment, dict):
                continue
            author = comment.get("author")
            when = comment.get("timestamp", entry.get("timestamp"))
            record: dict[str, object] = {
                "platform": Platform.FACEBOOK.value,
                "author": repair_mojibake(author)
                if isinstance(author, str) and author.strip()
                else (said["who"] if said else "A Facebook user"),
                "text": repair_mojibake(comment["comment"])
                if isinstance(comment.get("comment"), str)
                else comment.get("comment"),
                "created_at": _from_epoch(when),
            }
            yield number, record


def repair_mojibake(text: str) -> str:
    """Facebook's exports escape each UTF-8 byte as its own character ("Ã©" for "é"):
    undone when the text reads as UTF-8 that way, kept as it is otherwise."""
    if text.isascii() or any(ord(c) > 0xFF for c in text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return text


def _from_epoch(value: object) -> object:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return iso_utc(datetime.fromtimestamp(value, UTC))
        except (OverflowError, OSError, ValueError):
            return str(value)
    return value
