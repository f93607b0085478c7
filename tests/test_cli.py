"""The command line, run as a real process (and in-process where that is enough)."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

import feedback_desk.store.database as database_module
from feedback_desk import __version__, cli
from feedback_desk.core.model import Severity, Status
from feedback_desk.store import open_database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.schema import LATEST_VERSION
from tests.conftest import DESIGN_FIELDS

# Texts whose severity the real triage is sure about, written in an order unlike the inbox's.
ROWS = [
    {
        "platform": "google",
        "external_id": "g-pos",
        "author": "Mei Ling",
        "text": "Lovely coffee and friendly staff, thank you!",
        "created_at": "2026-04-01T08:00:00Z",
        "url": "https://maps.google.com/r/pos",
        "rating": "5",
    },
    {
        "platform": "facebook",
        "external_id": "fb-neg",
        "author": "Sam Ng",
        "text": "Waited forty minutes and the coffee order was wrong. Disappointed.",
        "created_at": "2026-04-03T10:00:00Z",
        "url": "",
        "rating": "",
    },
    {
        "platform": "google",
        "external_id": "g-harsh",
        "author": "Angry Customer",
        "text": "You are idiots and I will sue you.",
        "created_at": "2026-04-02T09:30:00+02:00",
        "url": "",
        "rating": "1",
    },
    {
        "platform": "instagram",
        "external_id": "ig-neu",
        "author": "the_london_loafer",
        "text": "The shop opens at 9.",
        "created_at": "2026-04-04T12:00:00Z",
        "url": "",
        "rating": "",
    },
    {
        "platform": "google",
        "external_id": "g-neg-old",
        "author": "Olu Adeyemi",
        "text": "Sadly the bread was stale and the staff seemed bored.",
        "created_at": "2026-03-30T12:00:00Z",
        "url": "",
        "rating": "2",
    },
]
# Worst first, then oldest first within a severity (all are unanswered).
INBOX_ORDER = ["g-harsh", "g-neg-old", "fb-neg", "ig-neu", "g-pos"]


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    return path


@pytest.fixture
def export_csv(tmp_path: Path) -> Path:
    return _write_csv(tmp_path / "export.csv", ROWS)


@pytest.fixture
def cli_home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def run(
    home: Path | None, *args: str, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m feedback_desk ARGS` the way a user would."""
    env = {k: v for k, v in os.environ.items() if k != "FEEDBACK_DESK_HOME"}
    env.update({"TZ": "UTC", "PYTHONIOENCODING": "utf-8"})
    if home is not None:
        env["FEEDBACK_DESK_HOME"] = str(home)
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "feedback_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def _assert_clean_failure(result: subprocess.CompletedProcess[str], code: int = 1) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("feedback-desk: ")


@pytest.fixture
def imported(cli_home: Path, export_csv: Path) -> Path:
    result = run(cli_home, "import", str(export_csv))
    assert result.returncode == 0, result.stderr
    return cli_home


# -- subprocess -------------------------------------------------------------------------------


def test_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"feedback-desk {__version__}"


def test_import_twice_adds_nothing_the_second_time(cli_home: Path, export_csv: Path) -> None:
    first = run(cli_home, "import", str(export_csv))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Imported export.csv: 5 new comments, 0 already in the inbox."
    assert first.stderr == ""
    second = run(cli_home, "import", str(export_csv))
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "Imported export.csv: 0 new comments, 5 already in the inbox."
    assert (cli_home / "feedback.db").is_file()
    listed = json.loads(run(cli_home, "comments", "--json").stdout)
    assert len(listed) == 5


def test_import_of_a_bad_file_names_the_row_and_changes_nothing(
    cli_home: Path, tmp_path: Path
) -> None:
    rows = [dict(r) for r in ROWS]
    rows[3]["created_at"] = "next thursday"
    bad = _write_csv(tmp_path / "bad.csv", rows)
    result = run(cli_home, "import", str(bad))
    _assert_clean_failure(result)
    assert "bad.csv was not imported" in result.stderr
    assert "row 4" in result.stderr
    assert "'next thursday' is not a date" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert result.stdout == ""
    assert json.loads(run(cli_home, "comments", "--json").stdout) == []


def test_import_of_a_missing_file(cli_home: Path, tmp_path: Path) -> None:
    result = run(cli_home, "import", str(tmp_path / "nope.csv"))
    _assert_clean_failure(result)
    assert "There is no file at" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_comments_json_has_the_design_fields_in_inbox_order(imported: Path) -> None:
    result = run(imported, "comments", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [list(item) for item in items] == [DESIGN_FIELDS] * 5
    assert [item["external_id"] for item in items] == INBOX_ORDER
    assert [item["severity"] for item in items] == [
        "harsh",
        "negative",
        "negative",
        "neutral",
        "positive",
    ]
    harsh = items[0]
    assert harsh["platform"] == "google"
    assert harsh["author"] == "Angry Customer"
    assert harsh["created_at"] == "2026-04-02T07:30:00Z"
    assert harsh["rating"] == 1
    assert harsh["status"] == "new"
    assert harsh["url"] is None
    assert harsh["account"] is None
    assert harsh["cooloff_ends_at"] is None
    assert harsh["replied_at"] is None
    assert -1 <= harsh["sentiment"] < 0
    assert items[-1]["url"] == "https://maps.google.com/r/pos"
    assert {type(item["id"]) for item in items} == {int}


def test_comments_filters(imported: Path) -> None:
    def ids(*args: str) -> list[str]:
        result = run(imported, "comments", "--json", *args)
        assert result.returncode == 0, result.stderr
        return [item["external_id"] for item in json.loads(result.stdout)]

    assert ids("--platform", "google") == ["g-harsh", "g-neg-old", "g-pos"]
    assert ids("--search", "coffee") == ["fb-neg", "g-pos"]
    assert ids("--search", "cof disap") == ["fb-neg"]
    assert ids("--search", "loafer") == ["ig-neu"]
    assert ids("--limit", "2") == INBOX_ORDER[:2]
    assert ids("--severity", "negative") == ["g-neg-old", "fb-neg"]
    assert ids("--status", "new") == INBOX_ORDER
    assert ids("--status", "resolved") == []
    assert ids("--platform", "google", "--search", "coffee", "--limit", "5") == ["g-pos"]

    # Resolve one by hand, as the window would, and filter on it.
    db = open_database(imported)
    conn = db.connect()
    try:
        store = CommentStore(db, conn)
        by_ext = {c.external_id: c.id for c in store.comments(InboxFilter())}
        store.set_status([by_ext["g-harsh"]], Status.RESOLVED)
    finally:
        conn.close()
    assert ids("--status", "resolved") == ["g-harsh"]
    assert ids("--status", "new", "--severity", "harsh") == []
    assert ids()[0] == "g-harsh"  # answered harsh still outranks open negative


def test_comments_text_output(imported: Path) -> None:
    result = run(imported, "comments")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    assert "harsh" in lines[0]
    assert "Angry Customer 1★: You are idiots and I will sue you." in lines[0]
    assert "2026-04-02 07:30" in lines[0]  # local time, TZ=UTC here
    assert "positive" in lines[-1]


@pytest.mark.parametrize("value", ["0", "-3", "abc", "2.5"])
def test_bad_limit_is_a_usage_error(cli_home: Path, value: str) -> None:
    result = run(cli_home, "comments", "--limit", value)
    assert result.returncode == 2
    assert "--limit" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_choice_is_a_usage_error(cli_home: Path) -> None:
    result = run(cli_home, "comments", "--status", "angry")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_show_text_and_json(imported: Path) -> None:
    listed = json.loads(run(imported, "comments", "--json").stdout)
    harsh = listed[0]
    text = run(imported, "show", str(harsh["id"]))
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == f"Comment {harsh['id']} — Google reviews"
    assert "From:     Angry Customer" in lines
    assert "Written:  2026-04-02 07:30 UTC" in lines
    assert any(line.startswith("Severity: Harsh (sentiment -") for line in lines)
    assert "Status:   New" in lines
    assert "Rating:   ★☆☆☆☆ (1/5)" in lines
    assert "You are idiots and I will sue you." in lines

    as_json = run(imported, "show", str(harsh["id"]), "--json")
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert list(data) == [*DESIGN_FIELDS, "thread"]  # show adds the conversation
    thread = data.pop("thread")
    assert data == harsh
    assert thread == [
        {
            "kind": "comment",
            "author": harsh["author"],
            "text": harsh["text"],
            "created_at": harsh["created_at"],
            "source": "platform",
        }
    ]


def test_show_lists_status_history(imported: Path) -> None:
    db = open_database(imported, lambda: datetime(2026, 5, 1, 9, 30, tzinfo=UTC))
    conn = db.connect()
    try:
        CommentStore(db, conn).set_status([1], Status.IGNORED)
    finally:
        conn.close()
    result = run(imported, "show", "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "2026-05-01 09:30  New → Ignored"


def test_show_of_a_missing_id(imported: Path) -> None:
    result = run(imported, "show", "999")
    _assert_clean_failure(result)
    assert result.stderr == "feedback-desk: There is no comment with id 999.\n"
    assert result.stdout == ""


def test_show_of_a_non_number_is_a_usage_error(cli_home: Path) -> None:
    result = run(cli_home, "show", "abc")
    assert result.returncode == 2
    assert "'abc' is not a comment id" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["comments"],
        ["comments", "--json"],
        ["show", "1"],
        ["show", "1", "--json"],
        ["import", "EXPORT"],
    ],
)
def test_a_corrupt_database_makes_every_command_fail_cleanly(
    cli_home: Path, export_csv: Path, args: list[str]
) -> None:
    cli_home.mkdir()
    (cli_home / "feedback.db").write_bytes(b"definitely not sqlite\n" * 100)
    result = run(cli_home, *[str(export_csv) if a == "EXPORT" else a for a in args])
    _assert_clean_failure(result)
    assert "not a readable Feedback Desk database" in result.stderr
    assert str(cli_home / "feedback.db") in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_a_database_from_a_newer_app_fails_cleanly(cli_home: Path) -> None:
    cli_home.mkdir()
    raw = sqlite3.connect(cli_home / "feedback.db")
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.close()
    result = run(cli_home, "comments")
    _assert_clean_failure(result)
    assert "newer Feedback Desk" in result.stderr


def test_home_option_is_used_over_the_env_variable(tmp_path: Path, export_csv: Path) -> None:
    env_home = tmp_path / "env-home"
    option_home = tmp_path / "option-home"
    result = run(env_home, "--home", str(option_home), "import", str(export_csv))
    assert result.returncode == 0, result.stderr
    assert (option_home / "feedback.db").is_file()
    assert not env_home.exists()
    from_option = json.loads(run(env_home, "--home", str(option_home), "comments", "--json").stdout)
    from_env = json.loads(run(env_home, "comments", "--json").stdout)
    assert len(from_option) == 5
    assert from_env == []


def test_env_variable_chooses_the_home(tmp_path: Path, export_csv: Path) -> None:
    result = run(tmp_path / "env-home", "import", str(export_csv))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env-home" / "feedback.db").is_file()
    assert (tmp_path / "env-home" / "logs").is_dir()


def test_demo_cannot_be_combined_with_a_command(cli_home: Path) -> None:
    result = run(cli_home, "--demo", "comments")
    assert result.returncode == 2
    assert "--demo" in result.stderr


# -- in-process -------------------------------------------------------------------------------


@pytest.fixture
def in_home(cli_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FEEDBACK_DESK_HOME", str(cli_home))
    monkeypatch.setenv("TZ", "UTC")
    return cli_home


def test_main_empty_inbox_says_what_to_do(
    in_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["comments"]) == 0
    assert capsys.readouterr().out == (
        "No comments yet. Import an export with: feedback-desk import FILE\n"
    )
    assert cli.main(["comments", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_main_import_then_list(
    in_home: Path, export_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["import", str(export_csv)]) == 0
    assert "5 new comments" in capsys.readouterr().out
    assert cli.main(["comments", "--json", "--limit", "1"]) == 0
    [first] = json.loads(capsys.readouterr().out)
    assert first["external_id"] == "g-harsh"
    assert first["severity"] == Severity.HARSH.value
    assert cli.main(["comments", "--search", "nothing-like-this"]) == 0
    assert capsys.readouterr().out == "No comments match.\n"


def test_main_usage_errors_exit_2(in_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["comments", "--limit", "0"], ["show", "x"], ["frobnicate"]):
        with pytest.raises(SystemExit) as caught:
            cli.main(argv)
        assert caught.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_main_user_errors_exit_1(in_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["show", "5"]) == 1
    assert capsys.readouterr().err == "feedback-desk: There is no comment with id 5.\n"


def test_main_locked_database_exits_1(
    in_home: Path,
    export_csv: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)
    open_database(in_home)
    other = sqlite3.connect(in_home / "feedback.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert cli.main(["import", str(export_csv)]) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert "is in use by another program" in err
    assert cli.main(["comments", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_an_ancient_date_is_refused_and_listing_still_works(
    in_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [dict(ROWS[0], created_at="0005-01-01T00:00:00Z")]
    path = _write_csv(tmp_path / "ancient.csv", rows)
    assert cli.main(["import", str(path)]) == 1
    assert "not a plausible date" in capsys.readouterr().err
    assert cli.main(["comments"]) == 0


# -- imports of things that are not export files (issue 10) -----------------------------------


def _one_clean_line(result: subprocess.CompletedProcess[str]) -> str:
    _assert_clean_failure(result)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


def test_import_of_a_device_is_refused_at_once(cli_home: Path) -> None:
    assert "/dev/zero is a device, not an export file" in _one_clean_line(
        run(cli_home, "import", "/dev/zero")
    )


def test_import_of_a_fifo_is_refused_without_waiting(cli_home: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    assert "export.csv is a pipe" in _one_clean_line(run(cli_home, "import", str(fifo)))


def test_import_of_piped_stdin_says_it_is_a_pipe(cli_home: Path, export_csv: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FEEDBACK_DESK_HOME"}
    env.update({"FEEDBACK_DESK_HOME": str(cli_home), "PYTHONIOENCODING": "utf-8"})
    result = subprocess.run(
        [sys.executable, "-m", "feedback_desk", "import", "/dev/stdin"],
        input=export_csv.read_text("utf-8"),
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    line = _one_clean_line(result)
    assert "/dev/stdin is a pipe" in line
    assert "Save the export to a file" in line


def test_import_of_a_json_file_with_a_lone_surrogate(cli_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text(
        '[{"platform": "google", "external_id": "e1", "author": "Ann", '
        '"text": "cold \\ud800 coffee", "created_at": "2026-01-01T00:00:00Z"}]',
        "utf-8",
    )
    result = run(cli_home, "import", str(bad))
    _assert_clean_failure(result)
    assert "broken.json was not imported" in result.stderr
    assert "item 1: text holds a broken character (a lone \\ud800 escape" in result.stderr
    assert json.loads(run(cli_home, "comments", "--json").stdout) == []


def test_import_of_a_file_that_repeats_an_id(cli_home: Path, tmp_path: Path) -> None:
    rows = [dict(r) for r in ROWS]
    rows.append({**ROWS[1], "text": "The same id again, other words."})
    twice = _write_csv(tmp_path / "twice.csv", rows)
    line = _one_clean_line(run(cli_home, "import", str(twice)))
    assert line.strip() == (
        "feedback-desk: twice.csv was not imported: the file repeats the id 'fb-neg' on rows "
        "2 and 6. Each comment may appear only once; remove the repeats and import it again. "
        "Nothing was changed."
    )
    assert json.loads(run(cli_home, "comments", "--json").stdout) == []


def test_import_of_stdin_redirected_from_a_file(cli_home: Path, export_csv: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FEEDBACK_DESK_HOME"}
    env.update({"FEEDBACK_DESK_HOME": str(cli_home), "PYTHONIOENCODING": "utf-8"})
    with export_csv.open("rb") as stdin:
        result = subprocess.run(
            [sys.executable, "-m", "feedback_desk", "import", "/dev/stdin"],
            stdin=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Imported /dev/stdin: 5 new comments, 0 already in the inbox.")


@pytest.mark.expect_warnings(r"^feedback-desk comments failed unexpectedly$")
def test_an_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(
    imported: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from feedback_desk import cli
    from feedback_desk.store.comments import CommentStore

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("a bug of ours")

    monkeypatch.setattr(CommentStore, "comments", broken)
    assert cli.main(["--home", str(imported), "comments"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "RuntimeError" in err and "logs" in err
    logged = (imported / "logs" / "feedback-desk.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug of ours" in logged


@pytest.mark.parametrize(
    "arguments",
    [[], ["--home", "x"], ["--home=x", "--demo"], ["--hidden"], ["--hidden", "--home", "y"]],
)
def test_the_window_options_parse_alike_without_the_commands(arguments: list[str]) -> None:
    """Opening the window builds only the window's parser (start-up time): it must read the
    window's options exactly as the whole parser does."""
    assert cli._only_window_options(arguments)
    small = cli._window_parser()
    small.set_defaults(command=None)
    assert vars(small.parse_args(arguments)) == vars(cli.build_parser().parse_args(arguments))


@pytest.mark.parametrize(
    "arguments", [["--home"], ["import", "f.csv"], ["--help"], ["imprt"], ["--home", "x", "sync"]]
)
def test_anything_else_goes_to_the_whole_parser(arguments: list[str]) -> None:
    assert not cli._only_window_options(arguments)
