"""Reading CSV and JSON exports into comments, all-or-nothing.

A file is checked completely before anything is stored: if any row is bad, nothing is
imported and the message lists every bad row with its number and reason.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.errors import ImportFileError
from ..core.model import NewComment, Platform, parse_iso

REQUIRED = ("platform", "author", "text", "created_at")
KNOWN = (*REQUIRED, "external_id", "url", "rating")
IMPORTABLE_PLATFORMS = tuple(p for p in Platform if p is not Platform.FILE)
MAX_LISTED_PROBLEMS = 25
MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportBatch:
    name: str
    sha256: str
    comments: list[NewComment]


def read_import_file(path: Path) -> ImportBatch:
    """Parse and check a whole export file. Raises ImportFileError naming every problem."""
    name = path.name
    try:
        if path.is_dir():
            raise ImportFileError(f"{path} is a folder, not an export file.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError(f"{name} is larger than 512 MB; split it into smaller files.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"There is no file at {path}.") from None
    except PermissionError:
        raise ImportFileError(f"{path} cannot be read: permission denied.") from None
    except OSError as error:
        raise ImportFileError(f"{path} cannot be read: {error.strerror}.") from None
    return ImportBatch(name, hashlib.sha256(data).hexdigest(), parse_export(data, name))


def parse_export(data: bytes, name: str = "the file") -> list[NewComment]:
    text = _decode(data, name)
    stripped = text.lstrip()
    suffix = Path(name).suffix.lower()
    if suffix == ".json" or (suffix != ".csv" and stripped[:1] in ("[", "{")):
        records = _json_records(text, name)
        label = "item"
    elif suffix == ".csv" or _looks_like_csv(stripped):
        records = _csv_records(text, name)
        label = "row"
    else:
        raise ImportFileError(
            f"{name} is neither a CSV nor a JSON export. Expected a CSV file with a header "
            f"row ({', '.join(REQUIRED)}) or a JSON list of objects with those keys."
        )
    return _check_records(records, name, label)


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise ImportFileError(
            f"{name} looks like a binary file (a spreadsheet or an image?), not a CSV or "
            "JSON export. Save it as CSV (UTF-8) and import that."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            f"{name} is not UTF-8 text (bad byte at position {error.start}). "
            "Save it as CSV UTF-8 or JSON and try again."
        ) from None


def _looks_like_csv(text: str) -> bool:
    header = text.splitlines()[0].lower() if text else ""
    return all(key in header for key in REQUIRED)


def _json_records(text: str, name: str) -> list[tuple[int, Any]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            f"{name} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from None
    if isinstance(document, dict):
        for key in ("comments", "reviews", "items", "data"):
            if isinstance(document.get(key), list):
                document = document[key]
                break
    if not isinstance(document, list):
        raise ImportFileError(
            f'{name} is JSON but not a list of comments. Expected [{{"platform": ..., '
            '"author": ..., "text": ..., "created_at": ...}, ...].'
        )
    return list(enumerate(document, start=1))


def _csv_records(text: str, name: str) -> list[tuple[int, Any]]:
    csv.field_size_limit(64 * 1024 * 1024)
    sample = text[:65536]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(f"{name} is empty.") from None
    except csv.Error as error:
        raise ImportFileError(f"{name} is not a readable CSV file: {error}.") from None
    columns = [h.strip().lower() for h in header]
    missing = [key for key in REQUIRED if key not in columns]
    if missing:
        raise ImportFileError(
            f"{name} has no {', '.join(missing)} column. The header row must name at least "
            f"{', '.join(REQUIRED)} (found: {', '.join(h for h in header if h) or 'nothing'})."
        )
    records: list[tuple[int, Any]] = []
    number = 0
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise ImportFileError(
                f"{name} is not a readable CSV file near line {reader.line_num}: {error}."
            ) from None
        if not any(v.strip() for v in values):
            continue  # blank line
        number += 1
        if len(values) > len(columns):
            records.append(
                (number, ValueError(f"has {len(values)} cells but the header has {len(columns)}"))
            )
            continue
        records.append((number, dict(zip(columns, values, strict=False))))
    return records


def _check_records(records: Iterable[tuple[int, Any]], name: str, label: str) -> list[NewComment]:
    comments: list[NewComment] = []
    problems: list[str] = []
    total = 0
    for number, record in records:
        total += 1
        try:
            comments.append(_comment(record))
        except ValueError as error:
            problems.append(f"  {label} {number}: {error}")
    if total == 0:
        raise ImportFileError(f"{name} holds no comments.")
    if problems:
        shown = problems[:MAX_LISTED_PROBLEMS]
        if len(problems) > len(shown):
            shown.append(f"  ...and {len(problems) - len(shown)} more")
        raise ImportFileError(
            f"{name} was not imported: {len(problems)} of {total} {label}s "
            f"{'is' if len(problems) == 1 else 'are'} not valid. Nothing was changed.",
            shown,
        )
    return comments


def _comment(record: Any) -> NewComment:
    if isinstance(record, ValueError):
        raise record
    if not isinstance(record, Mapping):
        raise ValueError("is not an object with platform, author, text and created_at")
    fields = {str(k).strip().lower(): v for k, v in record.items()}
    missing = [k for k in REQUIRED if _blank(fields.get(k)) and k != "text"]
    if "text" not in fields or fields["text"] is None:
        missing.append("text")
    if missing:
        raise ValueError("missing " + ", ".join(missing))
    platform = _platform(fields["platform"])
    author = _string(fields["author"], "author").strip()
    text = _string(fields["text"], "text")
    try:
        created_at = parse_iso(_string(fields["created_at"], "created_at"))
    except ValueError:
        raise ValueError(
            f"created_at {str(fields['created_at'])[:40]!r} is not an ISO 8601 date-time "
            "(like 2026-05-01T10:00:00Z)"
        ) from None
    rating = _rating(fields.get("rating"))
    if not text.strip() and rating is None:
        raise ValueError("text is empty (only a review with a star rating may have no text)")
    url = None if _blank(fields.get("url")) else _string(fields["url"], "url").strip()
    if url is not None and not url.lower().startswith(("https://", "http://")):
        raise ValueError(f"url {url[:60]!r} is not a web address (must start with https://)")
    external = fields.get("external_id")
    external_id = (
        _string(external, "external_id").strip()
        if not _blank(external)
        else identity_hash(platform, author, text, created_at.isoformat())
    )
    return NewComment(platform, external_id, author, text, created_at, url, rating)


def identity_hash(platform: Platform, author: str, text: str, created_at: str) -> str:
    """A stable id for rows without one, so importing the same export twice adds nothing."""
    digest = hashlib.sha256("\x1f".join((platform.value, author, text, created_at)).encode())
    return "sha256:" + digest.hexdigest()[:40]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _string(value: object, key: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"{key} must be text, not {type(value).__name__}")


def _platform(value: object) -> Platform:
    text = _string(value, "platform").strip().lower()
    try:
        platform = Platform(text)
    except ValueError:
        platform = None
    if platform is None or platform not in IMPORTABLE_PLATFORMS:
        names = ", ".join(p.value for p in IMPORTABLE_PLATFORMS)
        raise ValueError(f"platform {text[:30]!r} is not one of {names}")
    return platform


def _rating(value: object) -> int | None:
    if _blank(value):
        return None
    shown = str(value)[:20]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"rating {shown!r} is not a number from 1 to 5")
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"rating {shown!r} is not a number from 1 to 5") from None
    if not number.is_integer():
        raise ValueError(f"rating {shown!r} is not a whole number from 1 to 5")
    if not 1 <= number <= 5:
        raise ValueError(f"rating {int(number)} is outside 1 to 5")
    return int(number)
