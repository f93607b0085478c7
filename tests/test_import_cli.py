"""`feedback-desk import FILE [--dates …] [--map FIELD=COLUMN]… [--platform NAME]` on the
files shops really have."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from tests.test_cli import _assert_clean_failure, run


def _sample(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(
        resources.files("feedback_desk.resources").joinpath("samples", name).read_bytes()
    )
    return path


GERMAN_MAP = ["--map", "author=Kunde", "--map", "text=Bewertung", "--map", "created_at=Datum"]


def test_a_german_windows_1252_file_imports_after_mapping_and_the_mapping_is_remembered(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    path = _sample(tmp_path, "german-spreadsheet.csv")
    refused = run(home, "import", str(path))
    _assert_clean_failure(refused)
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "Kunde, Bewertung, Datum, Sterne, Quelle" in refused.stderr
    assert "--map author=Kunde" in refused.stderr  # the suggested mapping, ready to paste

    done = run(home, "import", str(path), *GERMAN_MAP)
    assert done.returncode == 0, done.stderr
    assert "3 new comments" in done.stdout
    assert "Read as Windows-1252." in done.stdout
    assert "Dates read day-first" in done.stdout
    listed = json.loads(run(home, "comments", "--json").stdout)
    weiss = next(c for c in listed if c["author"] == "Jürgen Weiß")
    assert weiss["created_at"] == "2026-03-13T08:15:00Z"  # TZ=UTC in the test's environment
    assert weiss["rating"] == 2
    assert weiss["platform"] == "google"
    trip = json.loads(run(home, "comments", "--platform", "Tripadvisor", "--json").stdout)
    assert [c["author"] for c in trip] == ["Zoë Kühn"]
    assert trip[0]["platform"] == "tripadvisor"

    # The same columns next time: no --map needed.
    again = tmp_path / "april.csv"
    again.write_bytes(
        "Kunde;Bewertung;Datum;Sterne;Quelle\r\nBo;Gut.;02.04.2026;5;Etsy\r\n".encode("cp1252")
    )
    second = run(home, "import", str(again))
    assert second.returncode == 0, second.stderr
    assert "1 new comment" in second.stdout


def test_ambiguous_dates_exit_1_with_one_line_then_dates_decides(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = tmp_path / "x.csv"
    path.write_text(
        "platform,author,text,created_at\ngoogle,Ann,Cold.,03/04/2026\ngoogle,Bo,Slow.,05/06/2026\n",
        "utf-8",
    )
    refused = run(home, "import", str(path))
    _assert_clean_failure(refused)
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "ambiguous" in refused.stderr
    assert "--dates day-first or --dates month-first" in refused.stderr
    done = run(home, "import", str(path), "--dates", "month-first")
    assert done.returncode == 0, done.stderr
    listed = json.loads(run(home, "comments", "--json").stdout)
    assert {c["created_at"] for c in listed} == {"2026-03-04T00:00:00Z", "2026-05-06T00:00:00Z"}


def test_an_unmapped_required_field_names_it_and_the_columns(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = tmp_path / "x.csv"
    path.write_text("Wer;Was;Wann\nAnn;Kalt.;13.03.2026\n", "utf-8")
    result = run(home, "import", str(path), "--map", "author=Wer", "--map", "text=Was")
    _assert_clean_failure(result)
    assert "no column is chosen for platform, created_at" in result.stderr
    assert "Wer, Was, Wann" in result.stderr
    done = run(
        home,
        "import",
        str(path),
        "--map",
        "author=Wer",
        "--map",
        "text=Was",
        "--map",
        "created_at=Wann",
        "--platform",
        "Etsy",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(run(home, "comments", "--json").stdout)[0]["platform"] == "etsy"


def test_known_exports_import_without_a_mapping(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for name, count in (
        ("google-takeout-reviews.json", 3),
        ("facebook-comments.json", 3),
        ("trustpilot-reviews.csv", 3),
    ):
        result = run(home, "import", str(_sample(tmp_path, name)))
        assert result.returncode == 0, result.stderr
        assert f"{count} new comments" in result.stdout
        assert "Recognised as" in result.stdout
    listed = json.loads(run(home, "comments", "--platform", "google", "--json").stdout)
    assert sorted(c["rating"] for c in listed) == [1, 3, 5]
    trust = run(home, "comments", "--platform", "trustpilot")
    assert "Priya Natarajan" in trust.stdout
