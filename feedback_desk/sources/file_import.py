"""Reading CSV and JSON exports into comments, all-or-nothing.

A file is read row by row into a staging file (store/imports.py), then published into the
inbox in short transactions; if any row is bad, or the file repeats an id, nothing reaches
the inbox and the message lists every bad row with its number and reason.

Real files are read as they are: the encoding is found (UTF-8 first, UTF-16 by its BOM,
otherwise charset-normalizer), dates in local forms are read with the order the whole file
settles on (core/dates.py), a table with other columns is read through the owner's mapping
(remembered per header, store/import_memory.py), and known exports by their shape
(export_shapes.py). What the owner must still say is refused with a message naming it.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import dataclasses
import enum
import hashlib
import io
import itertools
import json
import os
import re
import stat
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, Protocol, TextIO

from ..core.dates import AmbiguousDates, DateOrder, DateOrderVote, parse_local_datetime
from ..core.errors import ImportFileError
from ..core.model import (
    MAX_PLATFORM_NAME,
    NewComment,
    OwnReply,
    Platform,
    broken_character,
)
from ..core.replies import EMAIL_ADDRESS
from ..core.texts import QT_TRANSLATE_NOOP, translate
from ..core.triage import Scorer, Triage, TriagePool
from ..store import Database
from ..store.imports import ImportResult, store_import
from .export_shapes import (
    FIELDS,
    CsvRows,
    facebook_entry,
    facebook_records,
    guess_mapping,
    normalized_column,
    takeout_records,
    trustpilot_records,
)
from .google_words import STARS

REQUIRED = ("platform", "author", "text", "created_at")
KNOWN = (*REQUIRED, "external_id", "url", "rating", "email")
MAX_LISTED_PROBLEMS = 25


SNIFF_BYTES = 65536
EARLIEST_YEAR, LATEST_YEAR = 1990, 2200  # outside this, a date is a typo or a broken export


class Shape(enum.StrEnum):
    """What kind of file an export is: the app's own columns, a known platform's export,
    or a table of other columns the owner maps."""

    OWN = "own"
    MAPPED = "mapped"
    TRUSTPILOT = "trustpilot"
    GOOGLE_TAKEOUT = "google-takeout"
    FACEBOOK = "facebook"

    @property
    def description(self) -> str | None:
        label = _SHAPE_DESCRIPTIONS.get(self)
        return None if label is None else translate("Import", label)


_SHAPE_DESCRIPTIONS = {
    Shape.TRUSTPILOT: QT_TRANSLATE_NOOP("Import", "a Trustpilot review export"),
    Shape.GOOGLE_TAKEOUT: QT_TRANSLATE_NOOP(
        "Import", "Google Business Profile reviews from Google Takeout"
    ),
    Shape.FACEBOOK: QT_TRANSLATE_NOOP("Import", "a Facebook comments download"),
}


@dataclass(frozen=True)
class ImportOptions:
    """What the owner said about a file: how its columns map (None: nothing said, so a file
    that needs a mapping is refused with a suggestion), the one platform of a file without a
    platform column, the order of its dates, and the time zone of times written without one
    (None: this computer's)."""

    mapping: Mapping[str, str] | None = None  # field -> the file's column
    platform: str | None = None
    dates: DateOrder | None = None
    zone: tzinfo | None = None


class NeedsMapping(ImportFileError):
    """A CSV whose columns are not the app's own, and nobody said how they map."""

    def __init__(self, message: str, columns: list[str], guess: dict[str, str]) -> None:
        super().__init__(message)
        self.columns = columns
        self.guess = guess


class DatesAmbiguous(ImportFileError):
    """Every numeric date in the file could be day-first or month-first."""


class ExportFile:
    """One export, read row by row so a million-row file never sits in memory at once.

    Iterate `comments()` to get the good rows; afterwards `raise_if_bad()` raises an
    ImportFileError listing every bad row. Callers stage the rows and call `raise_if_bad()`
    before publishing any, which makes the import all-or-nothing. `prepare()` first checks
    what the owner must say (a mapping, the date order) and refuses, naming it, when unsaid.
    """

    def __init__(
        self,
        name: str,
        sha256: str,
        kind: str,
        opener: Callable[[], TextSource],
        size: int,
        encoding: str = "utf-8-sig",
    ) -> None:
        self.name = name
        self.size = size
        self.sha256 = sha256
        self.kind = kind  # "csv" or "json"
        self.encoding = encoding
        self._open = opener
        self.total = 0
        self.problems: list[str] = []
        self.options = ImportOptions()
        self.replies: list[OwnReply] = []  # replies the shop made on the platform, if given
        self.mapping: dict[str, str] = {}  # the mapping in use (a MAPPED file)
        self._shape: Shape | None = None
        self._header: list[str] = []
        self._order: DateOrder | None = None
        self._prepared = False
        self._document: Any = None  # a JSON export, parsed

    @property
    def label(self) -> str:
        return "row" if self.kind == "csv" else "item"

    @property
    def encoding_label(self) -> str:
        return encoding_label(self.encoding)

    @property
    def shape(self) -> Shape:
        if self._shape is None:
            self._inspect()
        assert self._shape is not None
        return self._shape

    @property
    def header(self) -> list[str]:
        """A CSV's column names as written (empty for JSON)."""
        self.shape  # noqa: B018 (reads the header)
        return list(self._header)

    @property
    def date_order(self) -> DateOrder | None:
        return self._order

    def notes(self) -> tuple[str, ...]:
        """What the owner should know about how the file was read."""
        said: list[str] = []
        if self.shape.description:
            said.append(
                translate("Import", "Recognised as {shape}.").format(shape=self.shape.description)
            )
        if self.encoding_label != "UTF-8":
            said.append(
                translate("Import", "Read as {encoding}.").format(encoding=self.encoding_label)
            )
        if self._order is DateOrder.DAY_FIRST:
            said.append(
                translate("Import", "Dates read day-first (like {example}).").format(
                    example=self._order.example
                )
            )
        elif self._order is DateOrder.MONTH_FIRST:
            said.append(
                translate("Import", "Dates read month-first (like {example}).").format(
                    example=self._order.example
                )
            )
        return tuple(said)

    def _inspect(self) -> None:
        with self._open() as source:
            if self.kind == "csv":
                header, _rows = _csv_rows(source, self.name)
                self._header = header
                self._shape = _csv_shape(header)
            else:
                self._document = _json_document(source.read(), self.name)
                self._shape = _json_shape(self._document)

    def preview(self, limit: int = 8) -> list[list[str]]:
        """The first rows of a CSV, as written (for the mapping preview)."""
        rows: list[list[str]] = []
        if self.kind != "csv":
            return rows
        with self._open() as source:
            _header, numbered = _csv_rows(source, self.name)
            for _number, values in numbered:
                if isinstance(values, ValueError):
                    continue
                rows.append(values)
                if len(rows) >= limit:
                    break
        return rows

    def guessed_mapping(self) -> dict[str, str]:
        return guess_mapping(self.header)

    def prepare(self, options: ImportOptions | None = None) -> None:
        """Decide how to read the file with what the owner said; refuses with a clear
        message when a mapping, a field or the date order is still needed."""
        if options is not None:
            self.options = options
        shape = self.shape
        if shape is Shape.MAPPED:
            self.mapping = self._resolved_mapping()
        self._order = self.options.dates or self._vote()
        self._prepared = True

    def _resolved_mapping(self) -> dict[str, str]:
        given = self.options.mapping
        guess = self.guessed_mapping()
        columns = self.header
        lowered = [c.strip().lower() for c in columns]
        if given is None and all(c in KNOWN or not c for c in lowered):
            # The app's own columns, one missing (the platform may be given for the file).
            missing = [
                k
                for k in REQUIRED
                if k not in lowered and not (k == "platform" and self.options.platform)
            ]
            if missing:
                raise ImportFileError(
                    translate(
                        "Import",
                        "{name} has no {missing} column. The header row must name at least "
                        "{required} (found: {found}).",
                    ).format(
                        name=self.name,
                        missing=", ".join(missing),
                        required=", ".join(REQUIRED),
                        found=", ".join(h for h in columns if h)
                        or translate("Import", "nothing", "no columns found"),
                    )
                )
            return {c.strip().lower(): c for c in columns if c.strip().lower() in KNOWN}
        if given is None:
            suggested = " ".join(f"--map {f}={_quoted(c)}" for f, c in guess.items())
            flags = (": " + suggested if suggested else " with --map FIELD=COLUMN") + (
                "" if "platform" in guess else " --platform NAME"
            )
            raise NeedsMapping(
                translate(
                    "Import",
                    "{name}'s columns are not Feedback Desk's own ({columns}). Say which "
                    "column holds what{flags}.",
                ).format(
                    name=self.name,
                    columns=", ".join(c for c in columns if c)
                    or translate("Import", "none", "no columns"),
                    flags=flags,
                ),
                columns,
                guess,
            )
        by_name = {normalized_column(c): c for c in columns}
        mapping: dict[str, str] = {}
        for field, column in given.items():
            if field not in FIELDS:
                raise ImportFileError(
                    translate(
                        "Import", "{field} is not a field Feedback Desk imports ({fields})."
                    ).format(field=repr(field), fields=", ".join(FIELDS))
                )
            if not column:
                continue
            found = by_name.get(normalized_column(column))
            if found is None:
                raise ImportFileError(
                    translate(
                        "Import",
                        "{name} has no column {column} (for {field}). Its columns: {columns}.",
                    ).format(
                        name=self.name,
                        column=repr(column),
                        field=field,
                        columns=", ".join(c for c in columns if c),
                    )
                )
            mapping[field] = found
        used = set(mapping.values())
        for field, column in guess.items():
            if field not in mapping and field not in given and column not in used:
                if field == "platform" and self.options.platform:
                    continue
                mapping[field] = column
                used.add(column)
        missing = [
            f
            for f in REQUIRED
            if f not in mapping and not (f == "platform" and self.options.platform)
        ]
        if missing:
            fix = " --platform NAME" if missing == ["platform"] else ""
            text = (
                translate(
                    "Import",
                    "{name}: no column is chosen for {missing}. Its columns: {columns}. Choose "
                    "with --map FIELD=COLUMN{fix} or --platform NAME.",
                )
                if "platform" in missing and not fix
                else translate(
                    "Import",
                    "{name}: no column is chosen for {missing}. Its columns: {columns}. Choose "
                    "with --map FIELD=COLUMN{fix}.",
                )
            )
            raise ImportFileError(
                text.format(
                    name=self.name,
                    missing=", ".join(missing),
                    columns=", ".join(c for c in columns if c),
                    fix=fix,
                )
            )
        return mapping

    def _vote(self) -> DateOrder | None:
        """The file's date order, decided from all of its dates; None when none needs one."""
        vote = DateOrderVote()
        seen = 0
        with self._open() as source:
            for _number, record in self._records(source):
                if isinstance(record, Mapping):
                    lowered = {str(k).strip().lower(): v for k, v in record.items()}
                    value = lowered.get("created_at")
                    if isinstance(value, str):
                        vote.add(value)
                        seen += 1
                        numeric = vote.day_first or vote.month_first or vote.undecided
                        if seen >= 200 and not numeric:
                            break  # no numeric dates (ISO, month names): nothing to decide
        try:
            return vote.order()
        except AmbiguousDates:
            raise DatesAmbiguous(
                translate(
                    "Import",
                    "The dates in {name} are ambiguous: each could be day-first or "
                    "month-first (is 03/04/2026 the 3rd of April or March 4th?). Say which with "
                    "--dates day-first or --dates month-first.",
                ).format(name=self.name)
            ) from None

    def _records(self, source: TextSource) -> Iterator[tuple[int, Any]]:
        """(number, record) for each row or item: a dict of the app's fields (or a
        ValueError for a row that cannot even be split)."""
        shape = self.shape
        if self.kind == "csv":
            header, rows = _csv_rows(source, self.name)
            if shape is Shape.OWN:
                columns = [h.strip().lower() for h in header]
                for number, values in rows:
                    yield (
                        number,
                        (
                            values
                            if isinstance(values, ValueError)
                            else _Fields(zip(columns, values, strict=False))
                        ),
                    )
            elif shape is Shape.TRUSTPILOT:
                yield from trustpilot_records(header, rows)
            else:
                yield from _mapped_records(header, rows, self.mapping, self.options.platform)
            return
        # Parsed once for its shape, its dates and its comments (a JSON export is read whole).
        document = self._document
        if document is None:
            document = self._document = _json_document(source.read(), self.name)
        if shape is Shape.GOOGLE_TAKEOUT:
            yield from takeout_records(document)
        elif shape is Shape.FACEBOOK:
            yield from facebook_records(document)
        else:
            yield from _json_records(document, self.name)

    def comments(self) -> Iterator[NewComment]:
        if not self._prepared:
            self.prepare()
        self.total = 0
        self.problems = []
        self.replies = []
        zone = UTC if self.shape is Shape.TRUSTPILOT else self.options.zone
        own_iso_is_utc = self.shape is not Shape.MAPPED
        with self._open() as source:
            for number, record in self._records(source):
                self.total += 1
                try:
                    comment = _comment(record, self._order, zone, own_iso_is_utc)
                    reply = _reply_of(record, comment)
                except ValueError as error:
                    where = (
                        translate("Import", "  row {number}: {problem}")
                        if self.kind == "csv"
                        else translate("Import", "  item {number}: {problem}")
                    )
                    self.problems.append(where.format(number=number, problem=error))
                    continue
                if reply is not None:
                    self.replies.append(reply)
                yield comment
        self._document = None  # read: its memory goes

    def raise_if_bad(self) -> None:
        if self.total == 0:
            raise ImportFileError(
                translate("Import", "{name} holds no comments.").format(name=self.name)
            )
        if self.problems:
            shown = self.problems[:MAX_LISTED_PROBLEMS]
            if len(self.problems) > len(shown):
                shown.append(
                    translate("Import", "  ...and {count} more").format(
                        count=len(self.problems) - len(shown)
                    )
                )
            count = len(self.problems)
            raise ImportFileError(
                _not_imported(self.kind == "csv", count).format(
                    name=self.name, count=count, total=self.total
                ),
                shown,
            )


def _not_imported(rows: bool, count: int) -> str:
    """The first line of a refused import: `count` of the file's rows (or items) are bad.
    English says "is" for one and "are" for more, so each is a text of its own."""
    if rows and count == 1:
        return translate(
            "Import",
            "{name} was not imported: {count} of {total} rows is not valid. Nothing was changed.",
        )
    if rows:
        return translate(
            "Import",
            "{name} was not imported: {count} of {total} rows are not valid. Nothing was changed.",
        )
    if count == 1:
        return translate(
            "Import",
            "{name} was not imported: {count} of {total} items is not valid. Nothing was changed.",
        )
    return translate(
        "Import",
        "{name} was not imported: {count} of {total} items are not valid. Nothing was changed.",
    )


def _quoted(column: str) -> str:
    return column if column.replace("_", "").isalnum() else '"' + column.replace('"', '\\"') + '"'


# Past these sizes an export is refused before it is read: a CSV is read row by row, but a
# JSON export is parsed whole in memory (several times its size).
MAX_IMPORT_BYTES = 1 << 30
MAX_JSON_BYTES = 256 << 20


def open_export(path: Path) -> ExportFile:
    """Check that `path` is a readable CSV or JSON export and get ready to read it.

    Only a regular file is read: a pipe or a device (/dev/zero, /dev/stdin from a
    terminal, a FIFO, <(command)) is refused before it is opened, so nothing waits on a
    writer or reads forever; the file is opened non-blocking and checked again after
    opening, and never more than MAX_IMPORT_BYTES of it is read. Its encoding is found on
    the way: UTF-8 (checked over the whole file), UTF-16 with a BOM, or else what
    charset-normalizer finds around the first byte that is not UTF-8.
    """
    name = _display_name(path)
    try:
        identity = _regular_file_stat(path, os.stat(path))
        digest = hashlib.sha256()
        utf8 = codecs.getincrementaldecoder("utf-8")()
        not_utf8_at: int | None = None
        sample = b""
        with _open_regular(path, identity) as handle:
            head = handle.read(SNIFF_BYTES)
            digest.update(head)
            read = len(head)
            utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
            if not utf16 and b"\x00" in head[:8192]:
                raise _binary(name)
            chunk = head
            wrote_utf8 = False  # non-ASCII UTF-8 before a bad byte: a damaged file, not legacy
            while chunk:
                if not_utf8_at is None and not utf16:
                    try:
                        wrote_utf8 = wrote_utf8 or not utf8.decode(chunk).isascii()
                    except UnicodeDecodeError as error:
                        not_utf8_at = read - len(chunk) + error.start
                        before = chunk[: error.start]
                        wrote_utf8 = wrote_utf8 or not before.decode("utf-8", "ignore").isascii()
                        sample = chunk[max(0, error.start - SNIFF_BYTES // 2) :][:SNIFF_BYTES]
                chunk = handle.read(1 << 20)
                read += len(chunk)
                if read > MAX_IMPORT_BYTES:
                    raise _too_big(path, read, MAX_IMPORT_BYTES)
                digest.update(chunk)
            if not_utf8_at is None and not utf16:
                try:
                    utf8.decode(b"", final=True)
                except UnicodeDecodeError:
                    not_utf8_at, sample = read, head[-SNIFF_BYTES:]
    except FileNotFoundError:
        raise ImportFileError(
            translate("Import", "There is no file at {path}.").format(path=path)
        ) from None
    except PermissionError:
        raise ImportFileError(
            translate("Import", "{path} cannot be read: permission denied.").format(path=path)
        ) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    encoding = "utf-16" if utf16 else "utf-8-sig"
    if not_utf8_at is not None and wrote_utf8:
        raise _mixed(name)
    if not_utf8_at is not None:
        encoding = detect_encoding(head if not_utf8_at < SNIFF_BYTES else head + sample, name)
    kind = _kind(head, name, encoding)
    if kind == "json" and read > MAX_JSON_BYTES:
        raise _too_big(path, read, MAX_JSON_BYTES, "JSON ")

    def opener() -> TextSource:
        try:
            raw = _open_regular(path, identity)
        except OSError as error:
            raise _unreadable(path, error) from None
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        return _DecodeErrors(text, name, encoding)

    return ExportFile(name, digest.hexdigest(), kind, opener, read, encoding)


def _unreadable(path: Path, error: OSError) -> ImportFileError:
    return ImportFileError(
        translate("Import", "{path} cannot be read: {reason}.").format(
            path=path, reason=error.strerror
        )
    )


# Encodings a shop's export may be in when it is not UTF-8, for charset-normalizer to weigh.
LEGACY_ENCODINGS = (
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1257",
    "mac_roman",
    "cp850",
    "cp437",
    "shift_jis",
    "gb18030",
    "big5",
    "euc_kr",
)
# Where one decoding reads the same as several, the likeliest for a shop's spreadsheet.
PREFERRED_ENCODINGS = ("cp1252", "latin_1")
_ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf_8": "UTF-8",
    "utf-16": "UTF-16",
    "utf_16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin_1": "Latin-1 (ISO 8859-1)",
    "iso8859_15": "Latin-9 (ISO 8859-15)",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "iso8859_2": "Latin-2 (ISO 8859-2)",
    "mac_roman": "Mac Roman",
    "shift_jis": "Shift JIS",
}


def encoding_label(codec: str) -> str:
    return _ENCODING_LABELS.get(codec.lower(), codec.upper().replace("_", "-"))


def detect_encoding(sample: bytes, name: str) -> str:
    """The encoding of text that is not UTF-8, found by charset-normalizer; Windows-1252
    when it reads the sample the same as the one found best (most Western spreadsheets)."""
    from charset_normalizer import from_bytes

    results = from_bytes(sample, cp_isolation=list(LEGACY_ENCODINGS))
    best = results.best()
    if best is None:
        raise ImportFileError(
            translate(
                "Import",
                "{name} is not text in an encoding Feedback Desk recognises. Save it as CSV "
                "UTF-8 and try again.",
            ).format(name=name)
        )
    for preferred in PREFERRED_ENCODINGS:
        for match in results:
            if preferred in match.could_be_from_charset and match.chaos <= best.chaos + 0.02:
                return preferred
    return str(best.encoding)


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
        raise ImportFileError(
            translate("Import", "{path} is a folder, not an export file.").format(path=path)
        )
    if stat.S_ISFIFO(mode):
        raise ImportFileError(
            translate(
                "Import",
                "{path} is a pipe (another program's output), not an export file. Save the "
                "export to a file and import that file.",
            ).format(path=path)
        )
    if stat.S_ISSOCK(mode):
        raise ImportFileError(
            translate(
                "Import",
                "{path} is a socket (another program's output), not an export file. Save the "
                "export to a file and import that file.",
            ).format(path=path)
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise ImportFileError(
            translate(
                "Import",
                "{path} is a device, not an export file. Choose the CSV or JSON file the "
                "platform exported.",
            ).format(path=path)
        )
    raise ImportFileError(
        translate("Import", "{path} is not a regular file, so it cannot be imported.").format(
            path=path
        )
    )


def _open_regular(path: Path, identity: tuple[int, int]) -> io.BufferedReader:
    """Open without blocking (a FIFO swapped in after the check must not hang us) and
    check that it is still the regular file that was checked."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if (info.st_dev, info.st_ino) != identity:
            _regular_file_stat(path, info)  # says what it is now, if it is no file
            raise ImportFileError(
                translate(
                    "Import", "{path} was replaced while it was being read. Try again."
                ).format(path=path)
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return open(fd, "rb")  # the caller closes it


def _too_big(path: Path, size: int, limit: int, kind: str = "") -> ImportFileError:
    text = (
        translate(
            "Import",
            "{path} is too big to import ({size} MB; Feedback Desk reads JSON exports of up to "
            "{limit} MB). Export a shorter period, or split the file, and import each part.",
        )
        if kind
        else translate(
            "Import",
            "{path} is too big to import ({size} MB; Feedback Desk reads exports of up to "
            "{limit} MB). Export a shorter period, or split the file, and import each part.",
        )
    )
    return ImportFileError(
        text.format(path=path, size=f"{size / 1e6:,.0f}", limit=f"{limit / 1e6:,.0f}")
    )


def export_from_bytes(data: bytes, name: str = "the file") -> ExportFile:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in data[:8192]:
        raise _binary(name)
    else:
        try:
            data.decode("utf-8")
            encoding = "utf-8-sig"
        except UnicodeDecodeError as error:
            if not data[: error.start].decode("utf-8", "ignore").isascii():
                raise _mixed(name) from None
            start = max(0, error.start - SNIFF_BYTES // 2)
            encoding = detect_encoding(data[start : start + SNIFF_BYTES], name)
    kind = _kind(data[:SNIFF_BYTES], name, encoding)
    text = _decode(data, name, encoding)
    return ExportFile(
        name,
        hashlib.sha256(data).hexdigest(),
        kind,
        lambda: io.StringIO(text, newline=""),
        len(data),
        encoding,
    )


def parse_export(
    data: bytes, name: str = "the file", options: ImportOptions | None = None
) -> list[NewComment]:
    """A whole export held in memory, checked: the good comments, or ImportFileError."""
    export = export_from_bytes(data, name)
    export.prepare(options)
    comments = list(export.comments())
    export.raise_if_bad()
    return comments


def _kind(head: bytes, name: str, encoding: str = "utf-8-sig") -> str:
    if encoding != "utf-16" and b"\x00" in head[:8192]:
        raise _binary(name)
    if encoding == "utf-16" and len(head) % 2:
        head = head[:-1]
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    suffix = Path(name).suffix.lower()
    if suffix == ".json" or (suffix != ".csv" and text[:1] in ("[", "{")):
        return "json"
    if suffix in (".csv", ".tsv") or _looks_like_csv(text):
        return "csv"
    raise ImportFileError(
        translate(
            "Import",
            "{name} is neither a CSV nor a JSON export. Expected a CSV file with a header "
            "row ({required}) or a JSON list of objects with those keys.",
        ).format(name=name, required=", ".join(REQUIRED))
    )


def _mixed(name: str) -> ImportFileError:
    return ImportFileError(
        translate(
            "Import",
            "{name} is not UTF-8 text: it starts as UTF-8 but holds bytes that are not UTF-8 "
            "further on (two encodings mixed). Save it again as CSV UTF-8 and try again.",
        ).format(name=name)
    )


def _binary(name: str) -> ImportFileError:
    return ImportFileError(
        translate(
            "Import",
            "{name} looks like a binary file (a spreadsheet or an image?), not a CSV or "
            "JSON export. Save it as CSV (UTF-8) and import that.",
        ).format(name=name)
    )


class TextSource(Protocol):
    """What an export is read from: an open text file or a string buffer."""

    def __enter__(self) -> TextSource: ...
    def __exit__(self, *exc: Any) -> Any: ...
    def __iter__(self) -> Iterator[str]: ...
    def read(self) -> str: ...


class _DecodeErrors:
    """A text file whose decoding errors name the file instead of a byte offset riddle."""

    def __init__(self, inner: TextIO, name: str, encoding: str) -> None:
        self._inner = inner
        self._name = name
        self._encoding = encoding

    def __enter__(self) -> _DecodeErrors:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self._inner
        except UnicodeDecodeError:
            raise _not_readable(self._name, self._encoding) from None

    def read(self) -> str:
        try:
            return self._inner.read()
        except UnicodeDecodeError:
            raise _not_readable(self._name, self._encoding) from None


def _not_readable(name: str, encoding: str) -> ImportFileError:
    label = encoding_label(encoding)
    if label == "UTF-8":
        return ImportFileError(
            translate(
                "Import", "{name} is not UTF-8 text. Save it as CSV UTF-8 or JSON and try again."
            ).format(name=name)
        )
    return ImportFileError(
        translate(
            "Import",
            "{name} cannot be read as {encoding} (it mixes encodings). Save it as CSV UTF-8 "
            "and try again.",
        ).format(name=name, encoding=label)
    )


def _decode(data: bytes, name: str, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _not_readable(name, encoding) from None


def _looks_like_csv(text: str) -> bool:
    header = text.splitlines()[0] if text else ""
    cells = [c for c in re.split(r"[,;\t]", header) if c.strip()]
    return len(cells) >= 3 and len(header) < 4000


def _json_document(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            translate(
                "Import", "{name} is not valid JSON: {reason} at line {line}, column {column}."
            ).format(name=name, reason=error.msg, line=error.lineno, column=error.colno)
        ) from None
    except (RecursionError, ValueError):  # absurd nesting, numbers of thousands of digits
        raise ImportFileError(
            translate("Import", "{name} is not a JSON export Feedback Desk can read.").format(
                name=name
            )
        ) from None


def _json_shape(document: Any) -> Shape:
    if isinstance(document, dict):
        if isinstance(document.get("comments_v2"), list):
            return Shape.FACEBOOK
        reviews = document.get("reviews")
        if isinstance(reviews, list) and any(
            isinstance(r, dict) and ("starRating" in r or "reviewer" in r) for r in reviews[:50]
        ):
            return Shape.GOOGLE_TAKEOUT
        comments = document.get("comments")
        if isinstance(comments, list) and any(facebook_entry(c) for c in comments[:50]):
            return Shape.FACEBOOK
    if isinstance(document, list) and document and all(facebook_entry(c) for c in document[:50]):
        return Shape.FACEBOOK
    return Shape.OWN


def _json_records(document: Any, name: str) -> list[tuple[int, Any]]:
    if isinstance(document, dict):
        for key in ("comments", "reviews", "items", "data"):
            if isinstance(document.get(key), list):
                document = document[key]
                break
    if not isinstance(document, list):
        raise ImportFileError(
            translate(
                "Import", "{name} is JSON but not a list of comments. Expected {example}."
            ).format(
                name=name,
                example='[{"platform": ..., "author": ..., "text": ..., "created_at": ...}, ...]',
            )
        )
    return list(enumerate(document, start=1))


def _delimiter(sample: str) -> str:
    """Comma, semicolon or tab: whichever splits the header row into the most columns."""
    header = sample.splitlines()[0] if sample else ""
    return max((",", ";", "\t"), key=lambda d: (header.count(d), d == ","))


def _csv_rows(source: TextSource, name: str) -> tuple[list[str], CsvRows]:
    """The header's cells and the numbered rows after it (blank lines skipped; a row with
    more cells than the header is a ValueError in its place)."""
    csv.field_size_limit(64 * 1024 * 1024)
    lines = iter(source)
    head: list[str] = []
    for line in lines:
        head.append(line)
        if sum(map(len, head)) >= SNIFF_BYTES:
            break
    sample = "".join(head).lstrip("\ufeff")
    if head:
        head[0] = head[0].lstrip("\ufeff")
    # Only the delimiter is guessed; quoting stays standard (doubled quotes), because the
    # sniffer misjudges that whenever a quoted cell holds both "" and a comma.
    reader = csv.reader(itertools.chain(head, lines), csv.excel, delimiter=_delimiter(sample))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise ImportFileError(translate("Import", "{name} is empty.").format(name=name)) from None
    except csv.Error as error:
        raise ImportFileError(
            translate("Import", "{name} is not a readable CSV file: {reason}.").format(
                name=name, reason=error
            )
        ) from None

    def rows() -> CsvRows:
        number = 0
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise ImportFileError(
                    translate(
                        "Import", "{name} is not a readable CSV file near line {line}: {reason}."
                    ).format(name=name, line=reader.line_num, reason=error)
                ) from None
            if not any(map(str.strip, values)):
                continue  # blank line
            number += 1
            if len(values) > len(header):
                problem = translate(
                    "Import", "has {cells} cells but the header has {columns}"
                ).format(cells=len(values), columns=len(header))
                yield number, ValueError(problem)
                continue
            yield number, values

    return header, rows()


def _csv_shape(header: list[str]) -> Shape:
    columns = {normalized_column(h) for h in header}
    lowered = {h.strip().lower() for h in header}
    if all(key in lowered for key in REQUIRED):
        return Shape.OWN
    if "review stars" in columns and ({"review content", "review title"} & columns):
        return Shape.TRUSTPILOT
    return Shape.MAPPED


def _mapped_records(
    header: list[str], rows: CsvRows, mapping: Mapping[str, str], platform: str | None
) -> Iterator[tuple[int, Any]]:
    where = {field: header.index(column) for field, column in mapping.items()}
    for number, values in rows:
        if isinstance(values, ValueError):
            yield number, values
            continue
        record: dict[str, object] = {
            field: values[index] if index < len(values) else "" for field, index in where.items()
        }
        if platform and _blank(record.get("platform")):
            record["platform"] = platform
        yield number, record


class _Fields(dict[str, Any]):
    """A record whose keys are already the app's field names, stripped and lower-case (a
    row of a file in the app's own CSV shape): _comment uses it as it is."""


def _comment(
    record: Any,
    order: DateOrder | None = None,
    zone: tzinfo | None = None,
    iso_naive_is_utc: bool = True,
) -> NewComment:
    fields: dict[str, Any]
    if type(record) is _Fields:
        fields = record
    elif isinstance(record, ValueError):
        raise record
    elif not isinstance(record, Mapping):
        raise ValueError(
            translate("Import", "is not an object with platform, author, text and created_at")
        )
    else:
        fields = {str(k).strip().lower(): v for k, v in record.items()}
    missing = [k for k in REQUIRED if _blank(fields.get(k)) and k != "text"]
    if "text" not in fields or fields["text"] is None:
        missing.append("text")
    if missing:
        raise ValueError(translate("Import", "missing {fields}").format(fields=", ".join(missing)))
    platform = _platform(fields["platform"])
    author = _string(fields["author"], "author").strip()
    text = _string(fields["text"], "text")
    created_at = _created_at(fields["created_at"], order, zone, iso_naive_is_utc)
    rating = _rating(fields.get("rating"))
    if not text.strip() and rating is None:
        raise ValueError(
            translate("Import", "text is empty (only a review with a star rating may have no text)")
        )
    url = None if _blank(fields.get("url")) else _string(fields["url"], "url").strip()
    if url is not None and not url.lower().startswith(("https://", "http://")):
        raise ValueError(
            translate("Import", "url {url} is not a web address (must start with https://)").format(
                url=repr(url[:60])
            )
        )
    external = fields.get("external_id")
    external_id = (
        _string(external, "external_id").strip()
        if not _blank(external)
        else identity_hash(platform, author, text, created_at.isoformat())
    )
    email = None if _blank(fields.get("email")) else _string(fields["email"], "email").strip()
    if email is not None and not EMAIL_ADDRESS.fullmatch(email):
        raise ValueError(
            translate(
                "Import", "email {email} is not an e-mail address (like ann@example.com)"
            ).format(email=repr(email[:60]))
        )
    return NewComment(platform, external_id, author, text, created_at, url, rating, email=email)


def _created_at(
    value: object, order: DateOrder | None, zone: tzinfo | None, iso_naive_is_utc: bool
) -> datetime:
    written = _string(value, "created_at")
    try:
        created_at = parse_local_datetime(written, order, zone, naive_iso_is_utc=iso_naive_is_utc)
    except AmbiguousDates:
        shown = written.strip()[:40]
        raise ValueError(
            translate(
                "Import",
                "created_at {date} could be day-first or month-first; say which "
                "(--dates day-first or --dates month-first)",
            ).format(date=repr(shown))
        ) from None
    except ValueError:
        shown = written.strip()[:40]
        raise ValueError(
            translate(
                "Import",
                "created_at {date} is not a date (like 2026-05-01T10:00:00Z, 01/05/2026 "
                "10:00 or 1 May 2026)",
            ).format(date=repr(shown))
        ) from None
    if not EARLIEST_YEAR <= created_at.year <= LATEST_YEAR:
        raise ValueError(
            translate("Import", "created_at {date} is not a plausible date for a comment").format(
                date=repr(written.strip()[:40])
            )
        )
    return created_at


def _reply_of(record: Any, comment: NewComment) -> OwnReply | None:
    """The shop's reply an export carries with the review (Takeout, Trustpilot), as a reply
    made on the platform."""
    if not isinstance(record, Mapping) or "_reply" not in record:
        return None
    text, when = record["_reply"]
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        replied = parse_local_datetime(str(when), None, UTC) if when else comment.created_at
    except ValueError:
        replied = comment.created_at
    return OwnReply(
        platform=comment.platform,
        external_id=f"{comment.external_id}/reply",
        answers_external_id=comment.external_id,
        text=text.strip(),
        created_at=replied,
    )


def identity_hash(platform: Platform, author: str, text: str, created_at: str) -> str:
    """A stable id for rows without one, so importing the same export twice adds nothing."""
    digest = hashlib.sha256("\x1f".join((platform.value, author, text, created_at)).encode())
    return "sha256:" + digest.hexdigest()[:40]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _string(value: object, key: str) -> str:
    if isinstance(value, str):
        if value.isascii():  # the usual case: nothing in it can be broken
            return value
        broken = broken_character(value)
        if broken is not None:
            raise ValueError(
                translate(
                    "Import",
                    "{field} holds a broken character (a lone {escape} escape, half of a "
                    "pair): the export is damaged",
                ).format(field=key, escape=f"\\u{ord(broken):04x}")
            )
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValueError(
        translate("Import", "{field} must be text, not {kind}").format(
            field=key, kind=type(value).__name__
        )
    )


_CONNECTED = {platform.value: platform for platform in Platform}


def _platform(value: object) -> Platform:
    """Any platform name: the five Feedback Desk connects to, or another kept as written."""
    text = _string(value, "platform").strip()
    connected = _CONNECTED.get(text)  # the usual case, without the enum's own look-up
    if connected is not None:
        return connected
    try:
        return Platform(text)
    except ValueError:
        raise ValueError(
            translate(
                "Import", "platform {name} is not a platform name (at most {limit} characters)"
            ).format(name=repr(text[:60]), limit=MAX_PLATFORM_NAME)
        ) from None


_PLAIN_STARS = {str(n): n for n in range(1, 6)}
_STAR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_RATING = re.compile(
    r"(?P<n>\d+(?:[.,]\d+)?)\s*(?:/\s*5|of 5|von 5|sur 5|de 5|"
    r"stars?|sterne?|étoiles?|etoiles?|estrellas?|stelle|sterren|★)?",
    re.IGNORECASE,
)


def _rating(value: object) -> int | None:
    """Stars as files write them: 4, "4", "4.0", "4,0", "4/5", "4 stars", "★★★★☆", "FOUR"."""
    if isinstance(value, str) and value in _PLAIN_STARS:  # the usual case, first
        return _PLAIN_STARS[value]
    if _blank(value):
        return None
    shown = str(value)[:20]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(_not_a_rating(shown))
    if isinstance(value, str):
        written = value.strip()
        if written.upper() in STARS:
            return STARS[written.upper()]
        if written.lower() in _STAR_WORDS:
            return _STAR_WORDS[written.lower()]
        if written and set(written) <= {"★", "☆"}:
            value = written.count("★")
        else:
            found = _RATING.fullmatch(written)
            value = found["n"].replace(",", ".") if found else written
    try:
        number = float(value)
    except (ValueError, OverflowError):
        raise ValueError(_not_a_rating(shown)) from None
    if not number.is_integer():
        raise ValueError(
            translate("Import", "rating {rating} is not a whole number from 1 to 5").format(
                rating=repr(shown)
            )
        )
    if not 1 <= number <= 5:
        raise ValueError(
            translate("Import", "rating {rating} is outside 1 to 5").format(rating=int(number))
        )
    return int(number)


def _not_a_rating(shown: str) -> str:
    return translate("Import", "rating {rating} is not a number from 1 to 5").format(
        rating=repr(shown)
    )


# Past this size, scoring moves to a helper process (starting one costs about a second).
PARALLEL_TRIAGE_BYTES = 8 * 1024 * 1024


def import_export(
    db: Database,
    export: ExportFile,
    triage: Triage,
    options: ImportOptions | None = None,
    *,
    remember: bool = True,
) -> ImportResult:
    """Read `export` into the database: all of it, or (on any bad row) none of it. Other
    writers are never locked out for more than a fraction of a second (store/imports.py).

    A file whose columns are not the app's own is read with `options.mapping`, or the
    mapping the owner chose for the same header before; after a good import the mapping
    used is remembered for that header (`remember`). The replies a known export carries
    are recorded as replies made on the platform."""
    from ..store.import_memory import load_mapping, remember_platform_names, save_mapping
    from ..store.outbox import Outbox

    options = options or ImportOptions()
    with contextlib.ExitStack() as stack:
        conn = db.connect()
        stack.callback(conn.close)
        if export.shape is Shape.MAPPED and options.mapping is None:
            remembered = load_mapping(conn, export.header)
            if remembered is not None:
                options = _options_from_memory(remembered, options)
        export.prepare(options)
        scorer: Scorer | TriagePool = triage
        if export.size >= PARALLEL_TRIAGE_BYTES:
            scorer = stack.enter_context(TriagePool(local=triage))
        platforms: set[Platform] = set()

        def comments() -> Iterator[NewComment]:
            for comment in export.comments():
                platforms.add(comment.platform)
                yield comment

        result = store_import(
            db,
            conn,
            export.name,
            export.sha256,
            comments(),
            scorer,
            export.raise_if_bad,
            label=export.label,
        )
        remember_platform_names(db, conn, platforms)
        if export.replies:
            Outbox(db, conn).record_platform_replies(export.replies)
        if remember and export.shape is Shape.MAPPED:
            save_mapping(db, conn, export.header, mapping_memory(export))
        return dataclasses.replace(result, notes=export.notes())
    raise AssertionError("unreachable")  # pragma: no cover


def mapping_memory(export: ExportFile) -> dict[str, str]:
    """What is remembered for a header: each field's column, the fixed platform
    ("=platform"), the date order ("=dates")."""
    memory = {field: export.mapping.get(field, "") for field in FIELDS}  # "": none, on purpose
    if export.options.platform and not memory["platform"]:
        memory["=platform"] = export.options.platform
    if export.date_order is not None:
        memory["=dates"] = export.date_order.value
    return memory


def _options_from_memory(memory: Mapping[str, str], options: ImportOptions) -> ImportOptions:
    fields = {k: v for k, v in memory.items() if not k.startswith("=")}
    dates = options.dates
    if dates is None and memory.get("=dates") in {o.value for o in DateOrder}:
        dates = DateOrder(memory["=dates"])
    return dataclasses.replace(
        options,
        mapping=fields,
        platform=options.platform or memory.get("=platform"),
        dates=dates,
    )


@dataclass
class ImportPlan:
    """What the window shows before importing a file: how it will be read, and whether the
    owner must say something first (the columns of a foreign table, the date order)."""

    export: ExportFile
    options: ImportOptions
    preview: list[list[str]]
    mapping: dict[str, str]  # field -> column: remembered, else guessed
    remembered: bool
    dates_ambiguous: bool

    @property
    def needs_preview(self) -> bool:
        return self.export.shape is Shape.MAPPED or self.dates_ambiguous


def plan_import(db: Database, path: Path, zone: tzinfo | None = None) -> ImportPlan:
    """Open `path` and find out what the owner must decide before it can be imported."""
    from ..store.import_memory import load_mapping

    export = open_export(path)
    options = ImportOptions(zone=zone)
    remembered = None
    if export.shape is Shape.MAPPED:
        conn = db.connect()
        try:
            remembered = load_mapping(conn, export.header)
        finally:
            conn.close()
        if remembered is not None:
            options = _options_from_memory(remembered, options)
        else:
            guess = export.guessed_mapping()
            options = dataclasses.replace(options, mapping=guess)
    mapping = dict(options.mapping or {})
    ambiguous = False
    try:
        export.prepare(options)
        if export.shape is Shape.MAPPED:
            mapping = dict(export.mapping)
    except DatesAmbiguous:
        ambiguous = True
    except ImportFileError:
        if export.shape is not Shape.MAPPED:
            raise  # the app's own columns, one missing: nothing to choose
    preview = export.preview() if export.kind == "csv" else []
    return ImportPlan(export, options, preview, mapping, remembered is not None, ambiguous)
