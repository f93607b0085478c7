"""The recovery report written to files: CSV rows, the HTML page, the PDF and the
`report` command."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
import dataclasses
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from feedback_desk import cli
from feedback_desk.core.compensation import CompensationKind as K
from feedback_desk.core.compensation import DiscountStatus as S
from feedback_desk.core.model import Severity, Status, iso_utc
from feedback_desk.core.report import (
    DEFINITIONS,
    ComplaintFacts,
    Offer,
    RecoveryReport,
    build_report,
)
from feedback_desk.reports.csv_export import COLUMNS, complaint_row, write_csv
from feedback_desk.reports.html_export import (
    DEFINITION_TITLES,
    FIGURE_HEADINGS,
    SECTION_HEADINGS,
    render_html,
    write_html,
)
from feedback_desk.store.comments import CommentStore
from feedback_desk.store.report_data import ReportFilter, load_complaints
from tests.conftest import NOW, MakeComment, TaggedTriage

START = date(2026, 4, 1)
END = date(2026, 4, 30)
FORMULAS = ["=SUM(A1:A2)", "+1", "-2", "@x"]

# name: author, tag + text, created (UTC)
COMMENTS = {
    "a": ("Ann <script>alert(1)</script>", "[harsh] <script>alert('x')</script> awful", "04-03"),
    "b": ("=SUM(A1:A2)", "[negative] cold coffee", "04-08"),
    "c": ("+1", "[negative] slow\nservice", "04-15"),
    "d": ("-2", "[harsh] rude", "04-22"),
    "e": ("@x", "[negative] late", "04-29"),
    "neutral": ("Zed", "[neutral] fine", "04-10"),
}


@pytest.fixture
def ids(
    conn: sqlite3.Connection,
    store: CommentStore,
    make_comment: MakeComment,
    tagged_triage: TaggedTriage,
) -> dict[str, int]:
    store.add_many(
        [
            make_comment(
                text,
                author=author,
                created_at=datetime.fromisoformat(f"2026-{day}T10:00:00+00:00"),
                external_id=name,
            )
            for name, (author, text, day) in COMMENTS.items()
        ],
        tagged_triage,
    )
    found = {name: int(i) for name, i in conn.execute("SELECT external_id, id FROM comments")}

    def sql(statement: str, *rows: tuple[object, ...]) -> None:
        conn.executemany(statement, [tuple(found.get(str(v), v) for v in row) for row in rows])

    sql(
        "UPDATE comments SET status = ?, replied_at = ? WHERE id = ?",
        ("replied", "2026-04-03T12:30:00Z", "a"),
        ("resolved", "2026-04-08T11:00:00Z", "b"),
    )
    sql(
        """INSERT INTO replies (comment_id, channel, text, state, send_key, created_at,
               updated_at, sent_at) VALUES (?,?,'Sorry',?,?,?,?,?)""",
        ("a", "public", "sent", "k1", "2026-04-03T12:00:00Z", "x", "2026-04-03T12:30:00Z"),
        ("b", "private", "sent", "k2", "2026-04-08T11:00:00Z", "x", "2026-04-08T11:00:00Z"),
    )
    sql(
        "INSERT INTO cooloffs (comment_id, started_at, ends_at) VALUES (?,?,?)",
        ("a", "2026-04-03T11:00:00Z", "2026-04-03T11:15:00Z"),
    )
    sql(
        """INSERT INTO assessments (comment_id, validity, category, valid_point, notes,
               updated_at) VALUES (?,?,?,?,?,'2026-05-01T00:00:00Z')""",
        ("a", "valid", "<b>delivery</b>", "Parcel <i>late</i>", "Line one\nline two"),
        ("b", "partly", "coffee", "=1+1", "+call them"),
        ("c", "not_valid", "service", "", "-not really"),
    )
    sql(
        """INSERT INTO discounts (comment_id, kind, value, currency, status, created_at)
               VALUES (?,?,?,?,?,?)""",
        ("a", "percent", "10", None, "offered", "2026-04-03T12:30:00Z"),
        ("a", "fixed", "5.00", "GBP", "redeemed", "2026-04-03T12:31:00Z"),
        ("b", "refund", "12.50", "GBP", "offered", "2026-04-08T11:00:00Z"),
    )
    sql(
        """INSERT INTO outcomes (comment_id, outcome, decided_on, follow_up_on, note,
               created_at) VALUES (?,?,?,?,?,?)""",
        ("a", "won_back", "2026-04-10", None, None, "2026-04-10T10:00:00Z"),
        ("b", "resolved", "2026-04-09", "2026-05-09", None, "2026-04-09T10:00:00Z"),
    )
    return found


@pytest.fixture
def complaints(conn: sqlite3.Connection, ids: dict[str, int]) -> list[ComplaintFacts]:
    return load_complaints(conn, ReportFilter(START, END), UTC)


@pytest.fixture
def report(complaints: list[ComplaintFacts]) -> RecoveryReport:
    return build_report(complaints, start=START, end=END, now=NOW)


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def no_temporaries(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


# -- CSV -----------------------------------------------------------------------------------


def test_csv_one_row_per_complaint(
    tmp_path: Path, complaints: list[ComplaintFacts], report: RecoveryReport, ids: dict[str, int]
) -> None:
    out = tmp_path / "r.csv"
    write_csv(out, complaints)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(out)
    assert len(rows) == len(complaints) == 5
    assert [int(r["id"]) for r in rows] == [ids[n] for n in "abcde"]
    first = rows[0]
    assert first["created_at"] == "2026-04-03T10:00:00Z"
    assert first["first_reply_at"] == "2026-04-03T12:30:00Z"
    assert first["first_reply_channel"] == "public"
    assert first["response_minutes"] == "150"
    assert first["cooloff_kept_minutes"] == "90"
    assert first["severity"] == "harsh"
    assert first["validity"] == "valid"
    assert first["category"] == "<b>delivery</b>"
    assert first["notes"] == "Line one\nline two"  # kept inside one quoted cell
    assert first["outcome"] == "won_back"
    assert first["outcome_decided_on"] == "2026-04-10"
    assert first["compensation"] == "10% off; £5.00 off"
    assert first["compensation_status"] == "offered; redeemed"
    assert rows[1]["compensation"] == "a refund of £12.50"
    assert rows[1]["follow_up_on"] == "2026-05-09"
    assert rows[2]["first_reply_at"] == rows[2]["response_minutes"] == ""
    no_temporaries(tmp_path)


def test_csv_neutralises_formulas(
    tmp_path: Path, complaints: list[ComplaintFacts], report: RecoveryReport
) -> None:
    out = tmp_path / "r.csv"
    write_csv(out, complaints)
    rows = read_csv(out)
    assert [r["author"] for r in rows[1:]] == ["'" + f for f in FORMULAS]
    assert rows[1]["valid_point"] == "'=1+1"
    assert rows[1]["notes"] == "'+call them"
    assert rows[2]["notes"] == "'-not really"


def test_csv_with_no_complaints_has_the_header(tmp_path: Path) -> None:
    out = tmp_path / "empty.csv"
    write_csv(out, [])
    assert read_csv(out) == []


def test_csv_replaces_a_file_atomically(
    tmp_path: Path, complaints: list[ComplaintFacts], report: RecoveryReport
) -> None:
    out = tmp_path / "r.csv"
    out.write_text("old", encoding="utf-8")
    write_csv(out, complaints)
    assert len(read_csv(out)) == 5
    no_temporaries(tmp_path)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 4, 15, 23, 59, 59, 999_999, tzinfo=ZoneInfo("Pacific/Kiritimati")),
        datetime(2026, 10, 25, 1, 30, fold=1, tzinfo=ZoneInfo("Europe/London")),  # 2nd 1:30
        datetime(999, 1, 1, 12, tzinfo=UTC),  # a four-digit year all the same
        datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC),
    ],
)
def test_csv_times_are_iso_utc(moment: datetime) -> None:
    row = complaint_row(
        ComplaintFacts(
            7, "google", "Ann", moment, Severity.HARSH, Status.REPLIED, first_reply_at=moment
        )
    )
    cells = dict(zip(COLUMNS, row, strict=True))
    assert cells["created_at"] == cells["first_reply_at"] == iso_utc(moment)
    assert cells["response_minutes"] == "0"
    assert cells["cooloff_kept_minutes"] == ""


def test_csv_neutralises_every_cell_that_could_start_like_a_formula() -> None:
    row = complaint_row(
        ComplaintFacts(
            -5,
            "@platform",
            "+1",
            datetime(2026, 4, 3, 10, tzinfo=UTC),
            Severity.NEGATIVE,
            Status.NEW,
            first_reply_channel="=HYPERLINK()",
            validity="-",
            category="\tcat",
            notes="\rnote",
            valid_point="=1",
            outcome="@won",
            discounts=(Offer(K.FIXED, Decimal("-5"), "CHF", S.OFFERED),),
        )
    )
    cells = dict(zip(COLUMNS, row, strict=True))
    assert cells["id"] == "'-5"
    for column in (
        "platform",
        "author",
        "first_reply_channel",
        "validity",
        "category",
        "notes",
        "valid_point",
        "outcome",
        "compensation",
    ):
        assert cells[column].startswith("'"), column
    assert cells["compensation"] == "'-5.00 CHF off"
    assert cells["first_reply_at"] == cells["outcome_decided_on"] == cells["follow_up_on"] == ""


# -- HTML ----------------------------------------------------------------------------------


def page(report: RecoveryReport, complaints: list[ComplaintFacts], shop: str = "Cake & Co") -> str:
    return render_html(
        report,
        complaints,
        shop_name=shop,
        start=START,
        end=END,
        generated_at=datetime(2026, 5, 1, 13, 0, tzinfo=UTC),
    )


def test_html_escapes_outside_text(
    report: RecoveryReport, complaints: list[ComplaintFacts]
) -> None:
    html = page(report, complaints, shop="<script>shop</script>")
    lowered = html.lower()
    assert "<script" not in lowered
    assert "&lt;script&gt;" in html
    assert "&lt;b&gt;delivery&lt;/b&gt;" in html  # a category
    assert "Parcel &lt;i&gt;late&lt;/i&gt;" in html  # a valid point
    assert "http://" not in lowered and "https://" not in lowered
    assert "<link" not in lowered and "src=" not in lowered and "@import" not in lowered


def test_html_has_every_section_figure_and_definition(
    report: RecoveryReport, complaints: list[ComplaintFacts]
) -> None:
    html = page(report, complaints)
    for heading in SECTION_HEADINGS:
        assert f"<h2>{heading.replace('&', '&amp;')}</h2>" in html
    for heading, _key in FIGURE_HEADINGS:
        assert heading in html
    for key, text in DEFINITIONS.items():
        assert DEFINITION_TITLES[key] in html
        assert text.replace("'", "&#x27;") in html
    assert "Cake &amp; Co" in html
    assert "1 April 2026 to 30 April 2026" in html
    # A few figures, worked out from the fixture.
    assert "40% (2 of 5)" in html  # answered
    assert "1 h 45 min" in html  # median of 2 h 30 and 1 h 00
    assert "£17.50" in html  # cost per recovered customer: (5 + 12.50) / 1
    assert "2026-W14" in html and "Google reviews" in html and "Harsh" in html


def test_html_author_of_an_open_complaint_is_escaped(complaints: list[ComplaintFacts]) -> None:
    changed = [
        dataclasses.replace(c, author=f"<img src=x onerror=1>{c.author}") for c in complaints
    ]
    report = build_report(changed, start=START, end=END, now=NOW)
    assert report.open_complaints[0].author.endswith("+1")
    html = page(report, changed)
    assert "<img" not in html and "&lt;img src=x onerror=1&gt;+1" in html


def test_html_file_is_written_atomically(
    tmp_path: Path, report: RecoveryReport, complaints: list[ComplaintFacts]
) -> None:
    out = tmp_path / "r.html"
    write_html(
        out,
        report,
        complaints,
        shop_name="Shop",
        start=START,
        end=END,
        generated_at=datetime(2026, 5, 1, tzinfo=UTC),
    )
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    no_temporaries(tmp_path)


def test_html_with_no_complaints() -> None:
    empty = build_report([], start=START, end=END, now=NOW)
    html = page(empty, [])
    assert "Nothing was waiting" in html and "0 complaints in this report" in html


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    """The interface (and so the report) in German for one test, English again after."""
    from feedback_desk.ui.language import install_language

    assert install_language("de") == "de"
    try:
        yield
    finally:
        install_language("en")


def test_html_reads_in_german(
    german: None, report: RecoveryReport, complaints: list[ComplaintFacts]
) -> None:
    html = page(report, complaints)
    assert '<html lang="de">' in html
    for heading in (
        "Zusammenfassung",
        "Umfang",
        "Antwortzeiten",
        "Berechtigung",
        "Entschädigung",
        "Rückgewinnung",
        "Häufigste Kategorien",
        "Offene und überfällige Beschwerden",
        "Einordnung",
        "Anhang: Wie jede Zahl berechnet wird",
    ):
        assert f"<h2>{heading}</h2>" in html
    for heading in SECTION_HEADINGS:
        assert f"<h2>{heading}</h2>" not in html
    assert "Bericht zur Kundenrückgewinnung: 1. April 2026 bis 30. April 2026" in html
    assert "5 Beschwerden in diesem Bericht." in html
    assert "Eingegangene Beschwerden" in html and "Kennzahl" in html
    assert "40 % (2 von 5)" in html  # answered
    assert "1 Std. 45 Min." in html  # the typical first reply
    assert "Wie viele Beschwerden es gab." in html  # the appendix


# -- the command ---------------------------------------------------------------------------


@pytest.fixture
def home_env(monkeypatch: pytest.MonkeyPatch, home: Path, ids: dict[str, int]) -> Path:
    monkeypatch.setenv("FEEDBACK_DESK_HOME", str(home))
    return home


def run(*args: str) -> int:
    return cli.main(["report", "--from", "2026-04-01", "--to", "2026-04-30", *args])


@pytest.mark.parametrize("name", ["r.csv", "r.html", "R.HTML"])
def test_the_command_writes_csv_and_html(
    home_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert run("--out", str(out / name)) == 0
    assert (out / name).is_file()
    said = capsys.readouterr().out
    assert said.strip() == f"Wrote {out / name}: 5 complaints from 2026-04-01 to 2026-04-30."
    no_temporaries(out)
    assert [p.name for p in out.iterdir()] == [name]


def test_the_command_filters(
    home_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.csv"
    code = run("--out", str(out), "--validity", "valid", "--validity", "partly")
    assert code == 0
    assert len(read_csv(out)) == 2
    assert run("--out", str(out), "--outcome", "none", "--platform", "google") == 0
    assert len(read_csv(out)) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-4-1", "--to", "2026-04-30", "--out", "r.csv"], "not a date"),
        (["--from", "2026-02-30", "--to", "2026-04-30", "--out", "r.csv"], "not a date"),
        (["--from", "2026-05-01", "--to", "2026-04-30", "--out", "r.csv"], "swap them"),
        (["--from", "2026-04-01", "--to", "2026-04-30", "--out", "r.txt"], ".pdf, .csv or .html"),
        (["--from", "2026-04-01", "--to", "2026-04-30", "--out", "report"], ".pdf, .csv or .html"),
    ],
)
def test_usage_errors_exit_2(
    home_env: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    args = [str(tmp_path / a) if a.startswith(("r.", "report")) else a for a in args]
    assert cli.main(["report", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.glob("r.*")) == []


def test_a_missing_argument_exits_2(home_env: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["report", "--from", "2026-04-01", "--out", "r.csv"])
    assert caught.value.code == 2


def test_a_missing_folder_exits_1(
    home_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "r.csv"
    assert run("--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and len(err.strip().splitlines()) == 1
    assert not out.parent.exists()


def test_a_bad_filter_exits_1(home_env: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        run("--out", str(tmp_path / "r.csv"), "--validity", "maybe")
    assert caught.value.code == 2


def test_csv_and_html_are_written_without_qt(home_env: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from feedback_desk import cli\n"
        "for name in ('r.csv', 'r.html'):\n"
        "    assert cli.main(['report', '--from', '2026-04-01', '--to', '2026-04-30',\n"
        "                     '--out', sys.argv[1] + '/' + name]) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "FEEDBACK_DESK_HOME": str(home_env)},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.csv").is_file() and (tmp_path / "r.html").is_file()


def test_nothing_secret_is_in_the_report(home_env: Path, tmp_path: Path, db: object) -> None:
    from feedback_desk.store import Database

    assert isinstance(db, Database)
    conn = db.connect()
    try:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('secret_thing', 'TOPSECRET')"
        )
    finally:
        conn.close()
    for name in ("r.csv", "r.html"):
        assert run("--out", str(tmp_path / name)) == 0
        assert "TOPSECRET" not in (tmp_path / name).read_text(encoding="utf-8-sig")


# -- PDF -----------------------------------------------------------------------------------

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="needs poppler-utils (pdftotext, pdftoppm)",
)


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    # Qt writes ligatures ("ﬁ" for "fi"); compare the letters, one space between words.
    return " ".join(unicodedata.normalize("NFKC", result.stdout).split())


@needs_poppler
def test_pdf_has_the_figures_and_headings(
    qapp: object,
    tmp_path: Path,
    report: RecoveryReport,
    complaints: list[ComplaintFacts],
) -> None:
    from feedback_desk.reports.pdf_export import write_pdf

    out = tmp_path / "r.pdf"
    write_pdf(
        out,
        report,
        complaints,
        shop_name="Cake & Co",
        start=START,
        end=END,
        generated_at=datetime(2026, 5, 1, 13, 0, tzinfo=UTC),
    )
    assert out.read_bytes().startswith(b"%PDF")
    no_temporaries(tmp_path)
    text = pdf_text(out)
    for heading in SECTION_HEADINGS:
        assert heading in text
    for heading, _key in FIGURE_HEADINGS:
        assert heading in text
    for needle in ("Cake & Co", "1 April 2026 to 30 April 2026", "40% (2 of 5)", "£17.50"):
        assert needle in text
    assert "<b>delivery</b>" in text  # shown as written, not taken as markup
    picture = subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert picture.returncode == 0
    pngs = list(tmp_path.glob("p*.png"))
    assert len(pngs) == 1 and pngs[0].read_bytes().startswith(b"\x89PNG")


def test_page_size_follows_the_locale(qapp: object) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from feedback_desk.reports.pdf_export import page_size_for_locale

    letter = QPageSize.PageSizeId.Letter
    assert page_size_for_locale(QLocale.Country.UnitedStates).id() == letter
    assert page_size_for_locale(QLocale.Country.Canada).id() == letter
    assert page_size_for_locale(QLocale.Country.UnitedKingdom).id() == QPageSize.PageSizeId.A4
    assert page_size_for_locale(QLocale.Country.Germany).id() == QPageSize.PageSizeId.A4


@needs_poppler
def test_the_command_writes_a_pdf(
    qapp: object, home_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    assert run("--out", str(out)) == 0
    assert "Wrote" in capsys.readouterr().out
    assert "Customers won back" in pdf_text(out)
    no_temporaries(tmp_path)
