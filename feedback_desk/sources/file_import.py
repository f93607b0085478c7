"""Reading CSV and JSON exports into comments, all-or-nothing.

A file is read row by row into a staging file (store/imports.py), then published into the
inbox in short transactions; if any row is bad, or the file repeats an id, nothing reaches
the inbox and the message lists every bad row with its number and reason.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import itertools
import json
import os
import stat
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol, TextIO

from ..core.errors import ImportFileError
from ..core.model import NewComment, Platform, broken_character, parse_iso
from ..core.replies import EMAIL_ADDRESS
from ..core.triage import Scorer, Triage, TriagePool
from ..store import Database
from ..store.imports import ImportResult, store_import

REQUIRED = ("platform", "author", "text", "created_at")
KNOWN = (*REQUIRED, "external_id", "url", "rating", "email")
IMPORTABLE_PLATFORMS = tuple(Platform)
MAX_LISTED_PROBLEMS = 25


SNIFF_BYTES = 65536
EARLIEST_YEAR, LATEST_YEAR = 1990, 2200  # outside this, a date is a typo or a broken export


class ExportFile:
    """One export, read row by row so a million-row file never sits in memory at once.

    Iterate `comments()` to get the good rows; afterwards `raise_if_bad()` raises an
    ImportFileError listing every bad row. Callers stage the rows and call `raise_if_bad()`
    before publishing any, which makes the import all-or-nothing.
    """

    def __init__(
        self, name: str, sha256: str, kind: str, opener: Callable[[], TextSource], size: int
    ) -> None:
        self.name = name
        self.size = size
        self.sha256 = sha256
        self.kind = kind  # "csv" or "json"
        self._open = opener
        self.total = 0
        self.problems: list[str] = []

    @property
    def label(self) -> str:
        return "row" if self.kind == "csv" else "item"

    def comments(self) -> Iterator[NewComment]:
        self.total = 0
        self.problems = []
        with self._open() as source:
            records = (
                _csv_records(source, self.name)
                if self.kind == "csv"
                else (_json_records(source.read(), self.name))
            )
            for number, record in records:
                self.total += 1
                try:
                    yield _comment(record)
                except ValueError as error:
                    self.problems.append(f"  {self.label} {number}: {error}")

    def raise_if_bad(self) -> None:
        if self.total == 0:
            raise ImportFileError(f"{self.name} holds no comments.")
        if self.problems:
            shown = self.problems[:MAX_LISTED_PROBLEMS]
            if len(self.problems) > len(shown):
                shown.append(f"  ...and {len(self.problems) - len(shown)} more")
            count = len(self.problems)
            raise ImportFileError(
                f"{self.name} was not imported: {count} of {self.total} {self.label}s "
                f"{'is' if count == 1 else 'are'} not valid. Nothing was changed.",
                shown,
            )


# Past these sizes an export is refused before it is read: a CSV is read row by row, but a
# JSON export is parsed whole in memory (several times its size).
MAX_IMPORT_BYTES = 1 << 30
MAX_JSON_BYTES = 256 << 20


def open_export(path: Path) -> ExportFile:
    """Check that `path` is a readable CSV or JSON export and get ready to read it.

    Only a regular file is read: a pipe or a device (/dev/zero, /dev/stdin from a
    terminal, a FIFO, <(command)) is refused before it is opened, so nothing waits on a
    writer or reads forever; the file is opened non-blocking and checked again after
    opening, and never more than MAX_IMPORT_BYTES of it is read.
    """
    name = _display_name(path)
    try:
        identity = _regular_file_stat(path, os.stat(path))
        digest = hashlib.sha256()
        with _open_regular(path, identity) as handle:
            head = handle.read(SNIFF_BYTES)
            digest.update(head)
            read = len(head)
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                read += len(chunk)
                if read > MAX_IMPORT_BYTES:
                    raise _too_big(path, read, MAX_IMPORT_BYTES)
                digest.update(chunk)
    except FileNotFoundError:
        raise ImportFileError(f"There is no file at {path}.") from None
    except PermissionError:
        raise ImportFileError(f"{path} cannot be read: permission denied.") from None
    except OSError as error:
        raise ImportFileError(f"{path} cannot be read: {error.strerror}.") from None
    kind = _kind(head, name)
    if kind == "json" and read > MAX_JSON_BYTES:
        raise _too_big(path, read, MAX_JSON_BYTES, "JSON ")

    def opener() -> TextSource:
        try:
            raw = _open_regular(path, identity)
        except OSError as error:
            raise ImportFileError(f"{path} cannot be read: {error.strerror}.") from None
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        return _Utf8Errors(text, name)

    return ExportFile(name, digest.hexdigest(), kind, opener, read)


def _display_name(path: Path) -> str:
    """The file's name in messages; the whole path for /dev/stdin, /dev/fd/63 and the like,
    whose bare name ("stdin", "63") says nothing."""
    text = str(path)
    if text.startswith(("/dev/", "/proc/")):
        return text
    return path.name


def _regular_file_stat(path: Path, info: os.stat_result) -> tuple[int, int]:
    """Refuse anything but a regular file, saying what it is; its (device, inode)."""
    mode = info.st_mode
    if stat.S_ISREG(mode):
        if info.st_size > MAX_IMPORT_BYTES:
            raise _too_big(path, info.st_size, MAX_IMPORT_BYTES)
        return info.st_dev, info.st_ino
    if stat.S_ISDIR(mode):
        raise ImportFileError(f"{path} is a folder, not an export file.")
    if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        what = "a pipe" if stat.S_ISFIFO(mode) else "a socket"
        raise ImportFileError(
            f"{path} is {what} (another program's output), not an export file. Save the "
            "export to a file and import that file."
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise ImportFileError(
            f"{path} is a device, not an export file. Choose the CSV or JSON file the "
            "platform exported."
        )
    raise ImportFileError(f"{path} is not a regular file, so it cannot be imported.")


def _open_regular(path: Path, identity: tuple[int, int]) -> io.BufferedReader:
    """Open without blocking (a FIFO swapped in after the check must not hang us) and
    check that it is still the regular file that was checked."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if (info.st_dev, info.st_ino) != identity:
            _regular_file_stat(path, info)  # says what it is now, if it is no file
            raise ImportFileError(f"{path} was replaced while it was being read. Try again.")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return open(fd, "rb")  # the caller closes it


def _too_big(path: Path, size: int, limit: int, kind: str = "") -> ImportFileError:
    return ImportFileError(
        f"{path} is too big to import ({size / 1e6:,.0f} MB; Feedback Desk reads {kind}"
        f"exports of up to {limit / 1e6:,.0f} MB). Export a shorter period, or split the "
        "file, and import each part."
    )


def export_from_bytes(data: bytes, name: str = "the file") -> ExportFile:
    kind = _kind(data[:SNIFF_BYTES], name)
    text = _decode(data, name)
    return ExportFile(
        name,
        hashlib.sha256(data).hexdigest(),
        kind,
        lambda: io.StringIO(text, newline=""),
        len(data),
    )


def parse_export(data: bytes, name: str = "the file") -> list[NewComment]:
    """A whole export held in memory, checked: the good comments, or ImportFileError."""
    export = export_from_bytes(data, name)
    comments = list(export.comments())
    export.raise_if_bad()
    return comments


def _kind(head: bytes, name: str) -> str:
    if b"\x00" in head[:8192]:
        raise ImportFileError(
            f"{name} looks like a binary file (a spreadsheet or an image?), not a CSV or "
            "JSON export. Save it as CSV (UTF-8) and import that."
        )
    text = head.decode("utf-8-sig", errors="ignore").lstrip()
    suffix = Path(name).suffix.lower()
    if suffix == ".json" or (suffix != ".csv" and text[:1] in ("[", "{")):
        return "json"
    if suffix == ".csv" or _looks_like_csv(text):
        return "csv"
    raise ImportFileError(
        f"{name} is neither a CSV nor a JSON export. Expected a CSV file with a header "
        f"row ({', '.join(REQUIRED)}) or a JSON list of objects with those keys."
    )


class TextSource(Protocol):
    """What an export is read from: an open text file or a string buffer."""

    def __enter__(self) -> TextSource: ...
    def __exit__(self, *exc: Any) -> Any: ...
    def __iter__(self) -> Iterator[str]: ...
    def read(self) -> str: ...


class _Utf8Errors:
    """A text file whose decoding errors name the file instead of a byte offset riddle."""

    def __init__(self, inner: TextIO, name: str) -> None:
        self._inner = inner
        self._name = name

    def __enter__(self) -> _Utf8Errors:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self._inner
        except UnicodeDecodeError:
            raise _not_utf8(self._name) from None

    def read(self) -> str:
        try:
            return self._inner.read()
        except UnicodeDecodeError:
            raise _not_utf8(self._name) from None


def _not_utf8(name: str) -> ImportFileError:
    return ImportFileError(f"{name} is not UTF-8 text. Save it as CSV UTF-8 or JSON and try again.")


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _not_utf8(name) from None


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
    except (RecursionError, ValueError):  # absurd nesting, numbers of thousands of digits
        raise ImportFileError(f"{name} is not a JSON export Feedback Desk can read.") from None
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


def _delimiter(sample: str) -> str:
    """Comma, semicolon or tab: whichever splits the header row into the most columns."""
    header = sample.splitlines()[0] if sample else ""
    return max((",", ";", "\t"), key=lambda d: (header.count(d), d == ","))


def _csv_records(source: TextSource, name: str) -> Iterator[tuple[int, Any]]:
    csv.field_size_limit(64 * 1024 * 1024)
    lines = iter(source)
    head: list[str] = []
    for line in lines:
        head.append(line)
        if sum(map(len, head)) >= SNIFF_BYTES:
            break
    sample = "".join(head)
    # Only the delimiter is guessed; quoting stays standard (doubled quotes), because the
    # sniffer misjudges that whenever a quoted cell holds both "" and a comma.
    reader = csv.reader(itertools.chain(head, lines), csv.excel, delimiter=_delimiter(sample))
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
    number = 0
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFileError(
                f"{name} is not a readable CSV file near line {reader.line_num}: {error}."
            ) from None
        if not any(v.strip() for v in values):
            continue  # blank line
        number += 1
        if len(values) > len(columns):
            problem = f"has {len(values)} cells but the header has {len(columns)}"
            yield number, ValueError(problem)
            continue
        yield number, dict(zip(columns, values, strict=False))


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
    if not EARLIEST_YEAR <= created_at.year <= LATEST_YEAR:
        raise ValueError(
            f"created_at {str(fields['created_at'])[:40]!r} is not a plausible date for a comment"
        )
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
    email = None if _blank(fields.get("email")) else _string(fields["email"], "email").strip()
    if email is not None and not EMAIL_ADDRESS.fullmatch(email):
        raise ValueError(f"email {email[:60]!r} is not an e-mail address (like ann@example.com)")
    return NewComment(platform, external_id, author, text, created_at, url, rating, email=email)


def identity_hash(platform: Platform, author: str, text: str, created_at: str) -> str:
    """A stable id for rows without one, so importing the same export twice adds nothing."""
    digest = hashlib.sha256("\x1f".join((platform.value, author, text, created_at)).encode())
    return "sha256:" + digest.hexdigest()[:40]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _string(value: object, key: str) -> str:
    if isinstance(value, str):
        broken = broken_character(value)
        if broken is not None:
            raise ValueError(
                f"{key} holds a broken character (a lone \\u{ord(broken):04x} "
                "escape, half of a pair): the export is damaged"
            )
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
    except (ValueError, OverflowError):
        raise ValueError(f"rating {shown!r} is not a number from 1 to 5") from None
    if not number.is_integer():
        raise ValueError(f"rating {shown!r} is not a whole number from 1 to 5")
    if not 1 <= number <= 5:
        raise ValueError(f"rating {int(number)} is outside 1 to 5")
    return int(number)


# Past this size, scoring moves to a helper process (starting one costs about a second).
PARALLEL_TRIAGE_BYTES = 8 * 1024 * 1024


def import_export(db: Database, export: ExportFile, triage: Triage) -> ImportResult:
    """Read `export` into the database: all of it, or (on any bad row) none of it. Other
    writers are never locked out for more than a fraction of a second (store/imports.py)."""
    with contextlib.ExitStack() as stack:
        scorer: Scorer = triage
        if export.size >= PARALLEL_TRIAGE_BYTES:
            scorer = stack.enter_context(TriagePool())
        conn = db.connect()
        stack.callback(conn.close)
        return store_import(
            db,
            conn,
            export.name,
            export.sha256,
            export.comments(),
            scorer,
            export.raise_if_bad,
            label=export.label,
        )
    raise AssertionError("unreachable")  # pragma: no cover
