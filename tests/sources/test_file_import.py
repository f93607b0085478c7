"""Reading CSV and JSON exports: every shape of real file, and every way one can be bad."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback_desk.core.errors import ImportFileError
from feedback_desk.core.model import NewComment, Platform
from feedback_desk.core.triage import Triage
from feedback_desk.sources.file_import import (
    identity_hash,
    import_export,
    open_export,
    parse_export,
)
from feedback_desk.store import Database, open_database
from feedback_desk.store.comments import CommentStore, InboxFilter

HEADER = ["platform", "external_id", "author", "text", "created_at", "url", "rating"]


def _csv(rows: list[dict[str, object]], delimiter: str = ",", header: list[str] = HEADER) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=header, delimiter=delimiter)
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue().encode("utf-8")


def _row(**overrides: object) -> dict[str, object]:
    row: dict[str, object] = {
        "platform": "google",
        "external_id": "r-1",
        "author": "Marta Sousa",
        "text": "The coffee was cold.",
        "created_at": "2026-04-30T09:15:00Z",
        "url": "https://maps.google.com/r/1",
        "rating": "2",
    }
    row.update(overrides)
    return row


def _one(data: bytes, name: str) -> NewComment:
    comments = parse_export(data, name)
    assert len(comments) == 1
    return comments[0]


# -- good files -------------------------------------------------------------------------------


def test_csv_basic() -> None:
    comment = _one(_csv([_row()]), "export.csv")
    assert comment == NewComment(
        platform=Platform.GOOGLE,
        external_id="r-1",
        author="Marta Sousa",
        text="The coffee was cold.",
        created_at=datetime(2026, 4, 30, 9, 15, tzinfo=UTC),
        url="https://maps.google.com/r/1",
        rating=2,
    )


def test_json_basic() -> None:
    data = json.dumps([_row(rating=2)]).encode()
    assert _one(data, "export.json") == _one(_csv([_row()]), "export.csv")


def test_json_object_with_a_comments_list() -> None:
    data = json.dumps({"exported": "2026-05-01", "comments": [_row(), _row(external_id="r-2")]})
    comments = parse_export(data.encode(), "export.json")
    assert [c.external_id for c in comments] == ["r-1", "r-2"]


def test_format_is_recognised_without_a_telling_name() -> None:
    assert _one(json.dumps([_row()]).encode(), "the file").external_id == "r-1"
    assert _one(_csv([_row()]), "download").external_id == "r-1"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
@pytest.mark.parametrize("kind", ["csv", "json"])
def test_utf8_with_and_without_bom(bom: bytes, kind: str) -> None:
    row = _row(author="Zoë Ünlü", text="Très bon café — ☕ 😀 👍🏽")
    data = _csv([row]) if kind == "csv" else json.dumps([row], ensure_ascii=False).encode()
    comment = _one(bom + data, f"export.{kind}")
    assert comment.author == "Zoë Ünlü"
    assert comment.text == "Très bon café — ☕ 😀 👍🏽"
    assert comment.platform is Platform.GOOGLE


def test_right_to_left_text_is_kept_exactly() -> None:
    text = "השירות היה איטי מאוד\u200f — الخدمة كانت بطيئة جدا"
    comment = _one(_csv([_row(author="דנה", text=text)]), "rtl.csv")
    assert comment.text == text
    assert comment.author == "דנה"


def test_html_looking_text_is_kept_verbatim() -> None:
    text = '<b>Worst</b> cake <script>alert("x")</script> &amp; <a href="x">link</a>'
    assert _one(_csv([_row(text=text)]), "x.csv").text == text
    assert _one(json.dumps([_row(text=text)]).encode(), "x.json").text == text


def test_a_100_kb_comment() -> None:
    text = ("A very long complaint about the bakery, with details. " * 2000)[:100_000]
    assert len(text) == 100_000
    assert _one(_csv([_row(text=text)]), "x.csv").text == text
    assert _one(json.dumps([_row(text=text)]).encode(), "x.json").text == text


def test_quoted_newlines_in_csv() -> None:
    text = "First line, with a comma;\r\nsecond line\nthird line"
    data = _csv([_row(text=text), _row(external_id="r-2", text="next row")])
    comments = parse_export(data, "x.csv")
    assert [c.text for c in comments] == [text, "next row"]


def test_quotes_inside_a_field_in_csv() -> None:
    texts = ['Wow, "great" service', 'So "fresh"\nnot', 'He said "no"']
    comments = parse_export(
        _csv([_row(external_id=str(i), text=t) for i, t in enumerate(texts)]), "x.csv"
    )
    assert [c.text for c in comments] == texts


# Standard CSV (doubled quotes) must come back exactly, even where csv.Sniffer guesses
# wrong: a quoted cell holding both a doubled quote and a comma or a newline.
@pytest.mark.parametrize(
    "text",
    [
        'The "fresh" bread, sure',
        'Cold coffee.\nThe "barista" ignored me',
        'First line,\nsecond "quoted" line;\r\nthird line',
    ],
)
def test_standard_csv_quoting_is_read_back_exactly(text: str) -> None:
    comments = parse_export(_csv([_row(text=text), _row(external_id="r-2")]), "x.csv")
    assert [c.text for c in comments] == [text, "The coffee was cold."]


def test_semicolon_delimited_csv() -> None:
    rows = [_row(text="Cold, bitter, late."), _row(external_id="r-2", text="Fine, thanks")]
    comments = parse_export(_csv(rows, delimiter=";"), "excel.csv")
    assert [c.text for c in comments] == ["Cold, bitter, late.", "Fine, thanks"]
    assert comments[0].rating == 2


def test_tab_delimited_csv() -> None:
    comments = parse_export(_csv([_row()], delimiter="\t"), "export.csv")
    assert comments[0].author == "Marta Sousa"


def test_header_names_are_case_and_space_insensitive_and_extra_columns_ignored() -> None:
    data = (
        b" Platform ,AUTHOR,Text,Created_At,likes\n"
        b"facebook,Sam,Lovely,2026-04-01T10:00:00+0000,12\n"
    )
    comment = _one(data, "x.csv")
    assert comment.platform is Platform.FACEBOOK
    assert comment.author == "Sam"
    assert comment.created_at == datetime(2026, 4, 1, 10, tzinfo=UTC)
    assert comment.rating is None
    assert comment.url is None


def test_blank_lines_are_skipped() -> None:
    data = _csv([_row()]) + b"\r\n\r\n,,,,,,\r\n"
    assert len(parse_export(data, "x.csv")) == 1


def test_times_are_converted_to_utc() -> None:
    comment = _one(_csv([_row(created_at="2026-04-30T11:15:00+02:00")]), "x.csv")
    assert comment.created_at == datetime(2026, 4, 30, 9, 15, tzinfo=UTC)


def test_platform_names_are_case_insensitive() -> None:
    assert _one(_csv([_row(platform=" YouTube ")]), "x.csv").platform is Platform.YOUTUBE


def test_a_review_may_have_stars_and_no_text() -> None:
    comment = _one(_csv([_row(text="", rating="5")]), "x.csv")
    assert comment.text == ""
    assert comment.rating == 5


# -- identity ---------------------------------------------------------------------------------


def test_missing_external_id_gets_a_stable_hash() -> None:
    rows = [_row(external_id=""), _row(external_id="", text="Other text")]
    first = parse_export(_csv(rows), "x.csv")
    again = parse_export(_csv(rows), "x.csv")
    assert [c.external_id for c in first] == [c.external_id for c in again]
    assert first[0].external_id != first[1].external_id
    assert first[0].external_id.startswith("sha256:")
    assert first[0].external_id == identity_hash(
        Platform.GOOGLE,
        "Marta Sousa",
        "The coffee was cold.",
        datetime(2026, 4, 30, 9, 15, tzinfo=UTC).isoformat(),
    )


def test_hash_identity_ignores_how_the_time_was_written() -> None:
    a = _one(_csv([_row(external_id="", created_at="2026-04-30T09:15:00Z")]), "x.csv")
    b = _one(_csv([_row(external_id="", created_at="2026-04-30T11:15:00+02:00")]), "x.csv")
    c = _one(json.dumps([{k: v for k, v in _row().items() if k != "external_id"}]).encode(), "y")
    assert a.external_id == b.external_id == c.external_id


def test_hash_identity_depends_on_every_required_field() -> None:
    base = _one(_csv([_row(external_id="")]), "x.csv").external_id
    for change in (
        {"platform": "facebook"},
        {"author": "Someone Else"},
        {"text": "The coffee was cold!"},
        {"created_at": "2026-04-30T09:15:01Z"},
    ):
        other = _one(_csv([_row(external_id="", **change)]), "x.csv").external_id
        assert other != base, change


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return open_database(tmp_path / "home", lambda: datetime(2026, 5, 1, tzinfo=UTC))


def _count(db: Database, table: str) -> int:
    conn = db.connect()
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_importing_twice_adds_nothing(tmp_path: Path, database: Database, triage: Triage) -> None:
    path = tmp_path / "no-ids.csv"
    path.write_bytes(_csv([_row(external_id=""), _row(external_id="", author="Kit")]))
    first = import_export(database, open_export(path), triage)
    assert (first.file_name, first.total, first.added) == ("no-ids.csv", 2, 2)
    again = import_export(database, open_export(path), triage)
    assert (again.total, again.added, again.already_there) == (2, 0, 2)
    assert _count(database, "comments") == 2


def test_a_bad_row_after_good_ones_leaves_the_database_untouched(
    tmp_path: Path, database: Database, triage: Triage
) -> None:
    rows = [_row(external_id=f"ok-{i}") for i in range(50)]
    rows.append(_row(external_id="bad", rating="11"))
    rows.extend(_row(external_id=f"late-{i}") for i in range(5))
    path = tmp_path / "mostly-fine.csv"
    path.write_bytes(_csv(rows))
    with pytest.raises(ImportFileError) as caught:
        import_export(database, open_export(path), triage)
    assert caught.value.problems == ["  row 51: rating 11 is outside 1 to 5"]
    assert "1 of 56 rows is not valid" in str(caught.value)
    assert _count(database, "comments") == 0
    assert _count(database, "imports") == 0
    assert _count(database, "comments_fts") == 0


def test_a_json_export_imports_through_the_same_path(
    tmp_path: Path, database: Database, triage: Triage
) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"comments": [_row(), _row(external_id="r-2")]}), "utf-8")
    result = import_export(database, open_export(path), triage)
    assert (result.total, result.added) == (2, 2)


def test_a_latin1_byte_far_into_a_big_ascii_file_is_read_as_windows_1252(
    tmp_path: Path, database: Database, triage: Triage
) -> None:
    good = _csv([_row(external_id=f"r-{i}", text="x" * 200) for i in range(600)])
    assert len(good) > 100_000  # well past the part read to recognise the format
    path = tmp_path / "legacy.csv"
    path.write_bytes(good + "google,r-x,Zoë,bad,2026-04-30T09:15:00Z,,\n".encode("latin-1"))
    result = import_export(database, open_export(path), triage)
    assert result.added == 601
    assert "Read as Windows-1252." in result.summary()
    conn = database.connect()
    try:
        assert conn.execute("SELECT author FROM comments WHERE external_id='r-x'").fetchone() == (
            "Zoë",
        )
    finally:
        conn.close()


def test_utf8_text_with_a_bad_byte_further_on_is_refused_and_nothing_stored(
    tmp_path: Path, database: Database, triage: Triage
) -> None:
    good = _csv([_row(external_id=f"r-{i}", author="Zoë", text="x" * 200) for i in range(600)])
    path = tmp_path / "mixed-encoding.csv"
    path.write_bytes(good + "google,r-x,Zoë,bad,2026-04-30T09:15:00Z,,\n".encode("latin-1"))
    with pytest.raises(ImportFileError, match="is not UTF-8 text"):
        import_export(database, open_export(path), triage)
    assert _count(database, "comments") == 0


# -- bad files --------------------------------------------------------------------------------


def test_one_bad_row_names_the_row_and_reason_and_nothing_is_returned() -> None:
    rows = [_row(), _row(external_id="r-2", rating="7"), _row(external_id="r-3")]
    with pytest.raises(ImportFileError) as caught:
        parse_export(_csv(rows), "shop.csv")
    error = caught.value
    assert error.problems == ["  row 2: rating 7 is outside 1 to 5"]
    assert (
        error.summary == "shop.csv was not imported: 1 of 3 rows is not valid. Nothing was changed."
    )
    assert "row 2" in str(error)
    assert "rating 7 is outside 1 to 5" in str(error)


def test_every_bad_row_is_listed() -> None:
    rows = [
        _row(platform="m" * 41),
        _row(external_id="ok"),
        _row(external_id="r-3", created_at="last tuesday"),
        _row(external_id="r-4", author=" "),
        _row(external_id="r-5", url="javascript:alert(1)"),
    ]
    with pytest.raises(ImportFileError) as caught:
        parse_export(_csv(rows), "x.csv")
    problems = caught.value.problems
    assert [p.split(":")[0].strip() for p in problems] == ["row 1", "row 3", "row 4", "row 5"]
    assert "is not a platform name" in problems[0]
    assert "'last tuesday' is not a date" in problems[1]
    assert "missing author" in problems[2]
    assert "is not a web address" in problems[3]
    assert "4 of 5 rows are not valid" in str(caught.value)


def test_json_items_are_called_items() -> None:
    data = json.dumps([_row(), "just a string", _row(external_id="r-3", rating=0)]).encode()
    with pytest.raises(ImportFileError) as caught:
        parse_export(data, "x.json")
    assert caught.value.problems == [
        "  item 2: is not an object with platform, author, text and created_at",
        "  item 3: rating 0 is outside 1 to 5",
    ]


def test_a_row_with_too_many_cells() -> None:
    data = _csv([_row()]) + b"google,r-2,Sam,Hi,2026-04-30T09:15:00Z,,3,surplus\r\n"
    with pytest.raises(ImportFileError) as caught:
        parse_export(data, "x.csv")
    assert caught.value.problems == ["  row 2: has 8 cells but the header has 7"]


def test_a_long_list_of_problems_is_cut_short() -> None:
    rows = [_row(external_id=str(i), rating="9") for i in range(40)]
    with pytest.raises(ImportFileError) as caught:
        parse_export(_csv(rows), "x.csv")
    assert len(caught.value.problems) == 26
    assert caught.value.problems[-1] == "  ...and 15 more"


def test_missing_required_column() -> None:
    data = b"platform,author,created_at\ngoogle,Sam,2026-04-30T09:15:00Z\n"
    with pytest.raises(ImportFileError, match="has no text column"):
        parse_export(data, "x.csv")


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("platform", "", "missing platform"),
        ("author", "", "missing author"),
        ("created_at", "", "missing created_at"),
        ("text", None, "missing text"),
        ("author", 12.5, None),
        ("author", ["x"], "author must be text, not list"),
        ("platform", "f" * 41, "is not a platform name"),
        ("created_at", "2026-02-30T10:00:00Z", "is not a date"),
    ],
)
def test_json_field_problems(field: str, value: object, reason: str | None) -> None:
    row = _row()
    if value is None:
        del row[field]
    else:
        row[field] = value
    data = json.dumps([row]).encode()
    if reason is None:
        assert _one(data, "x.json").author == "12.5"
        return
    with pytest.raises(ImportFileError) as caught:
        parse_export(data, "x.json")
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].startswith("  item 1: ")
    assert reason in caught.value.problems[0]


def test_empty_text_without_stars_is_refused() -> None:
    with pytest.raises(ImportFileError, match="text is empty"):
        parse_export(_csv([_row(text="  ", rating="")]), "x.csv")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", 1), ("5", 5), (" 3 ", 3), ("4.0", 4), (4, 4), (2.0, 2), ("", None), (None, None)],
)
def test_valid_ratings(value: object, expected: int | None) -> None:
    row = _row(rating=value)
    assert _one(json.dumps([row]).encode(), "x.json").rating == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("0", "rating 0 is outside 1 to 5"),
        ("6", "rating 6 is outside 1 to 5"),
        (-1, "rating -1 is outside 1 to 5"),
        ("4.5", "rating '4.5' is not a whole number from 1 to 5"),
        ("lots", "rating 'lots' is not a number from 1 to 5"),
        (True, "rating 'True' is not a number from 1 to 5"),
        ([5], "is not a number from 1 to 5"),
        ("nan", "is not a whole number"),
    ],
)
def test_invalid_ratings(value: object, reason: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        parse_export(json.dumps([_row(rating=value)]).encode(), "x.json")
    assert reason in caught.value.problems[0]


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(100),  # an .xlsx is a zip
    ],
    ids=["png", "xlsx"],
)
def test_a_binary_file_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFileError, match="looks like a binary file"):
        parse_export(data, "comments.csv")


def test_a_latin1_file_is_read_as_windows_1252() -> None:
    data = "platform,author,text,created_at\ngoogle,Zoë,x,2026-04-30\n".encode("latin-1")
    assert _one(data, "x.csv").author == "Zoë"


def test_prose_in_a_txt_file_is_refused() -> None:
    prose = b"Dear shop,\nI wanted to tell you that the coffee was cold. Regards, Sam\n"
    with pytest.raises(ImportFileError) as caught:
        parse_export(prose, "letter.txt")
    assert "neither a CSV nor a JSON export" in str(caught.value)
    assert "platform, author, text, created_at" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.csv", "empty.csv is empty"),
        (b"\xef\xbb\xbf", "bom-only.csv", "is empty"),
        (b"", "empty.json", "not valid JSON"),
        (b"", "empty", "neither a CSV nor a JSON export"),
        (b"[]", "x.json", "x.json holds no comments"),
        (b'{"comments": []}', "x.json", "holds no comments"),
        (b"platform,author,text,created_at\r\n", "x.csv", "x.csv holds no comments"),
    ],
)
def test_empty_files(data: bytes, name: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        parse_export(data, name)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"[{", "is not valid JSON"),
        (b'{"foo": 1}', "JSON but not a list of comments"),
        (b'"text"', "JSON but not a list of comments"),
        (b"42", "JSON but not a list of comments"),
    ],
)
def test_bad_json(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        parse_export(data, "x.json")


def test_open_export_reports_missing_files_and_folders(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="There is no file at"):
        open_export(tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match="is a folder"):
        open_export(tmp_path)


def test_open_export_refuses_binary_and_prose_before_reading_rows(tmp_path: Path) -> None:
    (tmp_path / "photo.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(50))
    with pytest.raises(ImportFileError, match="binary"):
        open_export(tmp_path / "photo.csv")
    (tmp_path / "notes.txt").write_text("Remember to buy flour.\n", "utf-8")
    with pytest.raises(ImportFileError, match="neither a CSV nor a JSON"):
        open_export(tmp_path / "notes.txt")


def test_open_export_hashes_the_bytes(tmp_path: Path) -> None:
    data = _csv([_row()])
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    export = open_export(path)
    assert export.name == "export.csv"
    assert export.kind == "csv"
    assert export.size == len(data)
    assert export.sha256 == hashlib.sha256(data).hexdigest()
    assert [c.external_id for c in export.comments()] == ["r-1"]
    export.raise_if_bad()


# -- malicious or damaged JSON must still come out as ImportFileError --------------------------


def test_deeply_nested_json_is_refused_cleanly() -> None:
    with pytest.raises(ImportFileError):
        parse_export(b"[" * 100_000, "x.json")


def test_an_absurdly_long_number_is_refused_cleanly() -> None:
    data = b'[{"platform":"google","author":"a","text":"t","created_at":"2026-01-01","rating":'
    with pytest.raises(ImportFileError):
        parse_export(data + b"1" * 5000 + b"}]", "x.json")


def test_a_huge_integer_rating_is_a_row_problem() -> None:
    with pytest.raises(ImportFileError, match="rating"):
        parse_export(json.dumps([_row(rating=10**400)]).encode(), "x.json")


@pytest.mark.parametrize("created", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:30:00-01:00"])
def test_times_at_the_edge_of_the_calendar_are_row_problems(created: str) -> None:
    with pytest.raises(ImportFileError, match="row 1"):
        parse_export(_csv([_row(created_at=created)]), "x.csv")


def test_a_date_before_year_1000_is_refused() -> None:
    with pytest.raises(ImportFileError, match="created_at"):
        parse_export(_csv([_row(created_at="0005-01-01T00:00:00Z")]), "x.csv")


# -- properties ---------------------------------------------------------------------------------

# Text as people type it: any unicode except NUL (which marks a binary file) and surrogates.
_chars = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
_texts = st.text(_chars, max_size=200)
_authors = st.text(_chars, min_size=1, max_size=40).filter(lambda a: a == a.strip() and a != "")
_times = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-7))]
    ),
)
_ratings = st.none() | st.integers(min_value=1, max_value=5)


@st.composite
def _rows(draw: st.DrawFn) -> dict[str, object]:
    rating = draw(_ratings)
    text = draw(_texts)
    if rating is None and not text.strip():
        text = text + "x"
    return {
        "platform": draw(st.sampled_from([p.value for p in Platform])),
        "external_id": draw(st.none() | st.from_regex(r"[A-Za-z0-9_-]{1,20}", fullmatch=True)),
        "author": draw(_authors),
        "text": text,
        "created_at": draw(_times),
        "rating": rating,
    }


def _check_round_trip(rows: list[dict[str, object]], comments: list[NewComment]) -> None:
    assert len(comments) == len(rows)
    for row, comment in zip(rows, comments, strict=True):
        assert comment.author == row["author"]
        assert comment.text == row["text"]
        assert comment.rating == row["rating"]
        assert comment.created_at == row["created_at"]
        assert comment.created_at.utcoffset() == timedelta(0)
        assert comment.platform.value == row["platform"]
        if row["external_id"] is not None:
            assert comment.external_id == row["external_id"]


@settings(max_examples=100)
@given(rows=st.lists(_rows(), min_size=1, max_size=8))
def test_csv_round_trip(rows: list[dict[str, object]]) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["platform", "external_id", "author", "text", "created_at", "rating"])
    for row in rows:
        writer.writerow(
            [
                row["platform"],
                row["external_id"] or "",
                row["author"],
                row["text"],
                row["created_at"].isoformat(),  # type: ignore[attr-defined]
                "" if row["rating"] is None else row["rating"],
            ]
        )
    _check_round_trip(rows, parse_export(out.getvalue().encode("utf-8"), "export.csv"))


@settings(max_examples=100)
@given(rows=st.lists(_rows(), min_size=1, max_size=8), ascii_only=st.booleans())
def test_json_round_trip(rows: list[dict[str, object]], ascii_only: bool) -> None:
    items = [
        {
            **{k: v for k, v in row.items() if not (k == "external_id" and v is None)},
            "created_at": row["created_at"].isoformat(),  # type: ignore[attr-defined]
        }
        for row in rows
    ]
    data = json.dumps(items, ensure_ascii=ascii_only).encode("utf-8")
    _check_round_trip(rows, parse_export(data, "export.json"))


@settings(max_examples=100)
@given(
    texts=st.lists(
        st.text(st.sampled_from(list('ab ,;"\n')), min_size=1, max_size=30), min_size=1, max_size=4
    )
)
def test_csv_round_trip_of_quote_heavy_text(texts: list[str]) -> None:
    rows = [_row(external_id=str(i), text=t) for i, t in enumerate(texts)]
    assert [c.text for c in parse_export(_csv(rows), "export.csv")] == texts


@settings(max_examples=100)
@given(
    data=st.binary(max_size=400)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
    | st.sampled_from(
        [b"platform,author,text,created_at\n", b'[{"platform":', b"{", b'{"comments":']
    ).flatmap(lambda head: st.binary(max_size=200).map(lambda tail: head + tail)),
    name=st.sampled_from(["x.csv", "x.json", "the file", "x.txt"]),
)
def test_any_bytes_give_comments_or_an_import_file_error(data: bytes, name: str) -> None:
    try:
        comments = parse_export(data, name)
    except ImportFileError as error:
        assert str(error)
    else:
        assert comments
        assert all(isinstance(c, NewComment) for c in comments)


def test_big_imports_score_in_a_helper_process_with_the_same_result(
    tmp_path: Path, database: Database, triage: Triage, monkeypatch: pytest.MonkeyPatch
) -> None:
    import feedback_desk.sources.file_import as file_import

    monkeypatch.setattr(file_import, "PARALLEL_TRIAGE_BYTES", 1)  # every file counts as big
    rows = [
        _row(external_id="harsh", text="You idiots, I will sue you", rating=""),
        _row(external_id="happy", text="Lovely coffee and friendly staff, thank you!", rating=""),
        _row(external_id="stars", text="", rating="1"),
    ]
    path = tmp_path / "big.csv"
    path.write_bytes(_csv(rows))
    result = import_export(database, open_export(path), triage)
    assert (result.total, result.added) == (3, 3)
    conn = database.connect()
    try:
        stored = dict(conn.execute("SELECT external_id, severity_rank FROM comments"))
    finally:
        conn.close()
    assert stored == {"harsh": 0, "happy": 3, "stars": 1}

    bad = tmp_path / "big-bad.csv"
    bad.write_bytes(_csv([*rows, _row(external_id="new", platform="")]))
    with pytest.raises(ImportFileError, match="row 4"):
        import_export(database, open_export(bad), triage)
    assert _count(database, "comments") == 3


def test_a_customers_email_address_is_kept_for_an_email_reply() -> None:
    header = [*HEADER, "email"]
    comment = _one(_csv([_row(email=" ann@example.com ")], header=header), "export.csv")
    assert comment.email == "ann@example.com"
    assert _one(_csv([_row(email="")], header=header), "export.csv").email is None
    with pytest.raises(ImportFileError, match="email 'ann at example' is not an e-mail"):
        parse_export(_csv([_row(email="ann at example")], header=header), "export.csv")


def test_the_address_reaches_the_stored_comment(tmp_path: Path) -> None:
    db = open_database(tmp_path / "home")
    data = json.dumps([_row(email="bo@example.org")]).encode()
    path = tmp_path / "export.json"
    path.write_bytes(data)
    import_export(db, open_export(path), Triage())
    conn = db.connect()
    [stored] = CommentStore(db, conn).comments(InboxFilter())
    assert CommentStore(db, conn).get(stored.id).email == "bo@example.org"
    conn.close()


# -- files that are not files, and text that is not text (issue 10) ----------------------------


def test_a_lone_surrogate_in_json_is_a_row_problem_not_a_crash(tmp_path: Path) -> None:
    # JSON may spell a UTF-16 half on its own; no UTF-8 text (and so no database) can hold it.
    data = (
        b'[{"platform": "google", "external_id": "e1", "author": "Ann", '
        b'"text": "cold \\ud800 coffee", "created_at": "2026-01-01T00:00:00Z"}]'
    )
    with pytest.raises(ImportFileError) as caught:
        parse_export(data, "x.json")
    assert "item 1: text holds a broken character" in "\n".join(caught.value.problems)
    path = tmp_path / "x.json"
    path.write_bytes(data)
    db = open_database(tmp_path / "home")
    with pytest.raises(ImportFileError, match="Nothing was changed"):
        import_export(db, open_export(path), Triage())
    conn = db.connect()
    assert CommentStore(db, conn).count(InboxFilter()) == 0


def test_a_device_is_refused_before_reading_it() -> None:
    with pytest.raises(ImportFileError, match=r"^/dev/zero is a device, not an export file"):
        open_export(Path("/dev/zero"))


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    with pytest.raises(ImportFileError, match=r"export.csv is a pipe"):
        open_export(fifo)


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import feedback_desk.sources.file_import as file_import

    monkeypatch.setattr(file_import, "MAX_IMPORT_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_bytes(_csv([_row(), _row(external_id="r-2")]))
    with pytest.raises(ImportFileError, match=r"big.csv is too big to import"):
        open_export(path)


def test_a_json_file_naming_one_comment_twice_is_refused(tmp_path: Path) -> None:
    items = [_row(external_id="a"), _row(external_id="b"), _row(external_id="a")]
    items += [_row(external_id=None, text="same"), _row(external_id=None, text="same")]
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(items), "utf-8")
    db = open_database(tmp_path / "home")
    with pytest.raises(ImportFileError) as caught:
        import_export(db, open_export(path), Triage())
    assert caught.value.summary.startswith(
        "twice.json was not imported: the file repeats the id 'a' on items 1 and 3 (and more "
        "repeats, listed below)."
    )
    assert [p.strip() for p in caught.value.problems] == [
        "the id 'a' on items 1 and 3",
        "the same comment (author, text and time) on items 4 and 5",
    ]
    assert CommentStore(db, db.connect()).count(InboxFilter()) == 0


def test_a_bad_file_is_refused_in_german_after_the_language_is_installed(
    qapp: object,
) -> None:
    """The import's sentences go through translation: in German the owner reads German, the
    file's own words (its name, the bad value) as they are; English comes back after."""
    from feedback_desk.core import texts
    from feedback_desk.ui.language import install_language

    data = _csv([_row(rating="eleven")])
    before = texts._translator
    try:
        assert install_language("de") == "de"
        with pytest.raises(ImportFileError) as refused:
            parse_export(data, "kunden.csv")
    finally:
        install_language("en")
        texts.install(None if before is texts._as_written else before)
    assert refused.value.summary == (
        "kunden.csv wurde nicht importiert: 1 von 1 Zeilen ist nicht gültig. "
        "Es wurde nichts geändert."
    )
    assert refused.value.problems == ["  Zeile 1: rating 'eleven' ist keine Zahl von 1 bis 5"]
    with pytest.raises(ImportFileError) as english:
        parse_export(data, "kunden.csv")
    assert english.value.summary.startswith("kunden.csv was not imported: 1 of 1 rows is not")
