"""Imports of the files shops really have (issue 11, item 6): legacy encodings, local dates,
foreign column names mapped once and remembered, the exports of Google Takeout, Facebook and
Trustpilot, and platforms Feedback Desk does not connect to."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback_desk.core.dates import DateOrder
from feedback_desk.core.errors import ImportFileError
from feedback_desk.core.model import Platform
from feedback_desk.core.triage import Triage
from feedback_desk.sources.export_shapes import repair_mojibake
from feedback_desk.sources.file_import import (
    DatesAmbiguous,
    ImportOptions,
    NeedsMapping,
    Shape,
    guess_mapping,
    import_export,
    open_export,
    parse_export,
)
from feedback_desk.store import Database, open_database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.import_memory import load_mapping
from feedback_desk.store.outbox import Outbox

BERLIN = ZoneInfo("Europe/Berlin")
GERMAN_HEADER = "Kunde;Bewertung;Datum;Sterne;Quelle"


def _sample(name: str) -> bytes:
    return resources.files("feedback_desk.resources").joinpath("samples", name).read_bytes()


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return open_database(tmp_path / "home", lambda: datetime(2026, 5, 1, tzinfo=UTC))


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _german(*rows: str, encoding: str = "cp1252") -> bytes:
    return ("\r\n".join([GERMAN_HEADER, *rows]) + "\r\n").encode(encoding)


GERMAN_MAPPING = {
    "author": "Kunde",
    "text": "Bewertung",
    "created_at": "Datum",
    "rating": "Sterne",
    "platform": "Quelle",
}


# -- encodings ----------------------------------------------------------------------------------


def test_a_windows_1252_csv_with_day_first_dates_and_german_columns_imports_after_mapping(
    tmp_path: Path, database: Database, triage: Triage
) -> None:
    path = _write(tmp_path, "bewertungen.csv", _sample("german-spreadsheet.csv"))
    export = open_export(path)
    assert export.encoding_label == "Windows-1252"
    assert export.shape is Shape.MAPPED
    assert export.guessed_mapping() == GERMAN_MAPPING
    with pytest.raises(NeedsMapping, match="Kunde, Bewertung, Datum, Sterne, Quelle"):
        import_export(database, open_export(path), triage)
    result = import_export(
        database, open_export(path), triage, ImportOptions(mapping=GERMAN_MAPPING, zone=BERLIN)
    )
    assert result.added == 3
    assert "Read as Windows-1252." in result.summary()
    assert "day-first" in result.summary()
    conn = database.connect()
    try:
        stored = {c.author: c for c in CommentStore(database, conn).comments(InboxFilter())}
    finally:
        conn.close()
    weiss = stored["Jürgen Weiß"]
    assert weiss.text == "Die Brötchen waren hart und der Kaffee kalt."
    assert weiss.created_at == datetime(2026, 3, 13, 7, 15, tzinfo=UTC)  # 08:15 in Berlin
    assert weiss.rating == 2
    assert weiss.platform is Platform.GOOGLE
    assert stored["Zoë Kühn"].platform.label == "Tripadvisor"
    assert stored["Zoë Kühn"].created_at == datetime(2026, 3, 1, 23, 0, tzinfo=UTC)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_with_a_bom(tmp_path: Path, encoding: str) -> None:
    text = "platform,author,text,created_at\ngoogle,Zoë Ünlü,Très bon ☕,2026-04-30T09:15:00Z\n"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    data = bom + text.encode(encoding)
    export = open_export(_write(tmp_path, "x.csv", data))
    assert export.encoding_label == "UTF-16"
    (comment,) = list(export.comments())
    assert (comment.author, comment.text) == ("Zoë Ünlü", "Très bon ☕")
    assert parse_export(data, "x.csv")[0].author == "Zoë Ünlü"


def test_utf8_wins_when_the_file_is_valid_utf8(tmp_path: Path) -> None:
    data = "platform,author,text,created_at\ngoogle,Ã©tienne,x,2026-04-30\n".encode()
    export = open_export(_write(tmp_path, "x.csv", data))
    assert export.encoding_label == "UTF-8"
    assert next(export.comments()).author == "Ã©tienne"  # as written, not "repaired"
    assert export.notes() == ()


# -- dates ----------------------------------------------------------------------------------


def test_ambiguous_dates_are_asked_once_for_the_whole_file() -> None:
    data = _german("Ann;Kalt.;03.04.2026;2;google", "Bo;Gut.;05.06.2026 10:00;4;google")
    with pytest.raises(DatesAmbiguous, match="--dates day-first or --dates month-first"):
        parse_export(data, "x.csv", ImportOptions(mapping=GERMAN_MAPPING, zone=UTC))
    day = parse_export(
        data, "x.csv", ImportOptions(GERMAN_MAPPING, dates=DateOrder.DAY_FIRST, zone=UTC)
    )
    month = parse_export(
        data, "x.csv", ImportOptions(GERMAN_MAPPING, dates=DateOrder.MONTH_FIRST, zone=UTC)
    )
    assert day[0].created_at == datetime(2026, 4, 3, tzinfo=UTC)
    assert month[0].created_at == datetime(2026, 3, 4, tzinfo=UTC)


def test_one_day_above_12_anywhere_in_the_file_settles_the_order() -> None:
    rows = [f"Ann {i};Kalt.;03/04/2026;2;google" for i in range(300)]
    data = _german(*rows, "Late;Kalt.;04/25/2026;2;google")
    comments = parse_export(data, "x.csv", ImportOptions(GERMAN_MAPPING, zone=UTC))
    assert comments[0].created_at == datetime(2026, 3, 4, tzinfo=UTC)  # month-first
    assert comments[-1].created_at == datetime(2026, 4, 25, tzinfo=UTC)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("12 Mar 2026", datetime(2026, 3, 12, tzinfo=UTC)),
        ("March 12, 2026", datetime(2026, 3, 12, tzinfo=UTC)),
        ("March 12, 2026 2:05 PM", datetime(2026, 3, 12, 14, 5, tzinfo=UTC)),
        ("Thu, 12 Mar 2026 14:05:00 +0100", datetime(2026, 3, 12, 13, 5, tzinfo=UTC)),
        ("12/03/26 23:10", datetime(2026, 3, 12, 23, 10, tzinfo=UTC)),
        ("2026-03-12T10:00:00+02:00", datetime(2026, 3, 12, 8, tzinfo=UTC)),
        ("12.03.2026 10:00 UTC", datetime(2026, 3, 12, 10, tzinfo=UTC)),
    ],
)
def test_local_date_formats(written: str, expected: datetime) -> None:
    data = _german(f"Ann;Kalt.;{written};2;google", "Bo;x;13.01.2026;3;google", encoding="utf-8")
    comment = parse_export(data, "x.csv", ImportOptions(GERMAN_MAPPING, zone=UTC))[0]
    assert comment.created_at == expected


def test_naive_times_are_the_owners_local_time() -> None:
    data = _german("Ann;Kalt.;2026-07-01 12:00;2;google", encoding="utf-8")
    (comment,) = parse_export(data, "x.csv", ImportOptions(GERMAN_MAPPING, zone=BERLIN))
    assert comment.created_at == datetime(2026, 7, 1, 10, tzinfo=UTC)  # summer time


def test_the_apps_own_iso_dates_stay_utc() -> None:
    data = b"platform,author,text,created_at\ngoogle,Ann,x,2026-07-01 12:00\n"
    (comment,) = parse_export(data, "x.csv", ImportOptions(zone=BERLIN))
    assert comment.created_at == datetime(2026, 7, 1, 12, tzinfo=UTC)


# -- column mapping -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (GERMAN_HEADER.split(";"), GERMAN_MAPPING),
        (
            ["Client", "Avis", "Date", "Note", "Lien"],
            {
                "author": "Client",
                "text": "Avis",
                "created_at": "Date",
                "rating": "Note",
                "url": "Lien",
            },
        ),
        (
            ["Customer Name", "Review Text", "Review Date", "Star Rating", "Site", "E-mail"],
            {
                "author": "Customer Name",
                "text": "Review Text",
                "created_at": "Review Date",
                "rating": "Star Rating",
                "platform": "Site",
                "email": "E-mail",
            },
        ),
    ],
)
def test_mapping_is_guessed_from_common_names(header: list[str], expected: dict[str, str]) -> None:
    assert guess_mapping(header) == expected


def test_the_remembered_mapping_is_reused(
    tmp_path: Path, database: Database, triage: Triage
) -> None:
    first = _write(tmp_path, "march.csv", _german("Ann;Kalt.;13.03.2026;2;Etsy"))
    mapping = {"author": "Kunde", "text": "Bewertung", "created_at": "Datum", "rating": "Sterne"}
    import_export(
        database, open_export(first), triage, ImportOptions(mapping, platform="Etsy", zone=UTC)
    )
    conn = database.connect()
    try:
        remembered = load_mapping(conn, GERMAN_HEADER.split(";"))
    finally:
        conn.close()
    assert remembered == {
        **mapping,
        "platform": "",
        "external_id": "",
        "url": "",
        "email": "",
        "=platform": "Etsy",
        "=dates": "day-first",
    }
    # Next month's file: the same header, nothing said; the Quelle column stays unused.
    second = _write(tmp_path, "april.csv", _german("Bo;Gut.;02.04.2026;5;ignored"))
    result = import_export(database, open_export(second), triage, ImportOptions(zone=UTC))
    assert result.added == 1
    conn = database.connect()
    try:
        bo = next(
            c for c in CommentStore(database, conn).comments(InboxFilter()) if c.author == "Bo"
        )
    finally:
        conn.close()
    assert bo.platform.label == "Etsy"
    assert bo.created_at == datetime(2026, 4, 2, tzinfo=UTC)  # day-first, remembered


def test_an_unmapped_required_field_is_named_with_the_columns_found() -> None:
    data = _german("Ann;Kalt.;13.03.2026;2;google")
    with pytest.raises(
        ImportFileError, match=r"no column is chosen for platform.*Kunde, Bewertung"
    ):
        parse_export(
            data,
            "x.csv",
            ImportOptions(
                {"author": "Kunde", "platform": "", "text": "Bewertung", "created_at": "Datum"}
            ),
        )
    with pytest.raises(ImportFileError, match="has no column 'Name'"):
        parse_export(data, "x.csv", ImportOptions({"author": "Name"}))


# -- known exports --------------------------------------------------------------------------


def test_google_takeout_reviews_import_as_google_reviews_with_stars_and_replies(
    tmp_path: Path, database: Database, triage: Triage
) -> None:
    path = _write(tmp_path, "reviews.json", _sample("google-takeout-reviews.json"))
    export = open_export(path)
    assert export.shape is Shape.GOOGLE_TAKEOUT
    result = import_export(database, export, triage)
    assert result.added == 3
    assert "Google Takeout" in result.summary()
    conn = database.connect()
    try:
        comments = {c.external_id: c for c in CommentStore(database, conn).comments(InboxFilter())}
        assert {c.platform for c in comments.values()} == {Platform.GOOGLE}
        assert comments["AbFvOqTakeout0001"].rating == 1
        assert comments["AbFvOqTakeout0001"].author == "Hedda Lindqvist"
        assert comments["AbFvOqTakeout0003"].rating == 5
        assert comments["AbFvOqTakeout0003"].text == ""
        answered = comments["AbFvOqTakeout0002"]
        (reply,) = Outbox(database, conn).for_comment(answered.id)
        assert reply.text.startswith("Thank you, Tomasz.")
        source = conn.execute("SELECT source FROM replies WHERE id = ?", (reply.id,)).fetchone()
        assert source == ("platform",)
        assert CommentStore(database, conn).get(answered.id).replied_at is not None
    finally:
        conn.close()
    again = import_export(database, open_export(path), triage)
    assert again.added == 0


def test_a_facebook_comments_download_with_its_mojibake_repaired() -> None:
    comments = parse_export(_sample("facebook-comments.json"), "comments.json")
    assert [c.author for c in comments] == ["Zoë Marchand", "Ben Okafor", "Jürgen Weiß"]
    assert comments[0].text == "The croissants were stale again. Très décevant 😞"
    assert comments[0].platform is Platform.FACEBOOK
    assert comments[0].created_at == datetime.fromtimestamp(1772800000, UTC)


def test_mojibake_repair_leaves_real_latin1_text_alone() -> None:
    assert repair_mojibake("ZoÃ« MÃ¼ller") == "Zoë Müller"
    assert repair_mojibake("Café Ünlü") == "Café Ünlü"
    assert repair_mojibake("plain") == "plain"


def test_a_trustpilot_export(tmp_path: Path, database: Database, triage: Triage) -> None:
    path = _write(tmp_path, "trustpilot.csv", _sample("trustpilot-reviews.csv"))
    export = open_export(path)
    assert export.shape is Shape.TRUSTPILOT
    result = import_export(database, export, triage)
    assert result.added == 3
    conn = database.connect()
    try:
        comments = {c.author: c for c in CommentStore(database, conn).comments(InboxFilter())}
        priya = comments["Priya Natarajan"]
        assert priya.platform.label == "Trustpilot"
        assert not priya.platform.is_connectable
        assert priya.rating == 1
        assert priya.text.startswith("Parcel arrived crushed\nThe cake tin")
        assert priya.created_at == datetime(2026, 3, 3, 9, 15, tzinfo=UTC)
        assert priya.url == "https://www.trustpilot.com/reviews/64a1f0c2e4b0a1b2c3d40001"
        assert priya.email == "priya.n@example.com"
        (reply,) = Outbox(database, conn).for_comment(comments["Oskar Berg"].id)
        assert reply.text == "Thank you, Oskar!"
    finally:
        conn.close()


# -- any platform ---------------------------------------------------------------------------


def test_unknown_platforms_are_kept_as_written(tmp_path: Path, triage: Triage) -> None:
    home = tmp_path / "home"
    database = open_database(home)
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["platform", "author", "text", "created_at", "url"])
    writer.writerow(
        [
            "TrustedShops",
            "Ann",
            "Cold soup.",
            "2026-04-30T09:15:00Z",
            "https://www.tripadvisor.com/r/1",
        ]
    )
    writer.writerow(["trustedshops", "Bo", "Slow.", "2026-04-30T10:15:00Z", ""])
    writer.writerow(["Etsy", "Cy", "Broken mug.", "2026-04-30T11:15:00Z", ""])
    path = _write(tmp_path, "other.csv", out.getvalue().encode())
    assert import_export(database, open_export(path), triage).added == 3
    conn = database.connect()
    try:
        comments = CommentStore(database, conn).comments(InboxFilter())
    finally:
        conn.close()
    platforms = {c.author: c.platform for c in comments}
    assert platforms["Ann"] is platforms["Bo"]  # one identity, whatever the case
    assert platforms["Ann"].value == "trustedshops"
    assert platforms["Ann"].label == "TrustedShops"
    assert list(Platform) == [
        Platform.FACEBOOK,
        Platform.INSTAGRAM,
        Platform.GOOGLE,
        Platform.YOUTUBE,
        Platform.MASTODON,
    ]
    assert json.loads(json.dumps(comments[0].to_json()))["platform"] in {"trustedshops", "etsy"}


def test_a_field_left_without_a_column_is_not_guessed_back() -> None:
    data = _german("Ann;Kalt.;13.03.2026;2;google")
    (comment,) = parse_export(data, "x.csv", ImportOptions({**GERMAN_MAPPING, "rating": ""}))
    assert comment.rating is None
    (guessed,) = parse_export(data, "x.csv", ImportOptions({"author": "Kunde"}))
    assert guessed.rating == 2  # fields not said at all are filled from the guess


_CELL = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() == t and t.strip())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            _CELL,
            _CELL,
            st.datetimes(datetime(2000, 1, 1), datetime(2099, 1, 1)),
            st.integers(1, 5),
        ),
        min_size=1,
        max_size=8,
    ),
    st.permutations(["Kunde", "Bewertung", "Datum", "Sterne"]),
    st.sampled_from([";", ",", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_mapped_rows_round_trip(
    rows: list[tuple[str, str, datetime, int]],
    header: list[str],
    delimiter: str,
    encoding: str,
) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    for author, text, moment, stars in rows:
        values = {
            "Kunde": author,
            "Bewertung": text,
            "Datum": moment.strftime("%d.%m.%Y %H:%M"),
            "Sterne": str(stars),
        }
        writer.writerow([values[h] for h in header])
    mapping = {"author": "Kunde", "text": "Bewertung", "created_at": "Datum", "rating": "Sterne"}
    comments = parse_export(
        out.getvalue().encode(encoding),
        "x.csv",
        ImportOptions(mapping, platform="Etsy", dates=DateOrder.DAY_FIRST, zone=UTC),
    )
    assert [(c.author, c.text, c.created_at, c.rating) for c in comments] == [
        (a, t, m.replace(second=0, microsecond=0, tzinfo=UTC), s) for a, t, m, s in rows
    ]
    assert {c.platform.label for c in comments} == {"Etsy"}
