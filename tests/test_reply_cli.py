"""`feedback-desk reply` as separate processes, as a shop owner (or a script) would run it:
the same rules as the window, against the local Facebook server, the token in the real
Secret Service."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.fakes import FakeFacebook
from tests.test_accounts_end_to_end import cli, real_secret_service  # noqa: F401

pytestmark = pytest.mark.usefixtures("real_secret_service")


class Shop:
    def __init__(self, home: Path, fake: FakeFacebook) -> None:
        self.home = home
        self.fake = fake
        self.outputs: list[str] = []

    def run(self, *args: str, stdin: str = "", code: int = 0) -> str:
        result = cli(self.home, *args, stdin=stdin)
        self.outputs += [result.stdout, result.stderr]
        assert result.returncode == code, (result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        return result.stdout if code == 0 else result.stderr

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.home / "feedback.db", isolation_level=None)

    def comment_id(self, text_start: str) -> int:
        with self.db() as conn:
            row = conn.execute(
                "SELECT id FROM comments WHERE text LIKE ?", (text_start + "%",)
            ).fetchone()
        return int(row[0])

    def end_pause(self, comment_id: int) -> None:
        conn = self.db()
        conn.execute(
            "UPDATE cooloffs SET ends_at = '2000-01-01T00:00:00Z' WHERE comment_id = ?",
            (comment_id,),
        )
        conn.close()


@pytest.fixture
def shop(tmp_path: Path, fake_facebook: FakeFacebook) -> Shop:
    fake_facebook.now = datetime.now(UTC)  # private replies are allowed for 7 days
    post = fake_facebook.add_post()
    fake_facebook.add_comment(
        post,
        "You lot are IDIOTS, the cake was stale!!",
        "Sam Harsh",
        created_time=fake_facebook.now - timedelta(hours=1),
    )
    fake_facebook.add_comment(
        post,
        "Waited forty minutes for a coffee, nobody said sorry.",
        "Dee Slow",
        created_time=fake_facebook.now - timedelta(hours=2),
        can_reply_privately=False,
    )
    shop = Shop(tmp_path / "home", fake_facebook)
    shop.run(
        "accounts", "add", "facebook", "--name", "Shop page",
        "--page-id", fake_facebook.page_id, "--api-base", fake_facebook.base_url,
        stdin=fake_facebook.token + "\n",
    )  # fmt: skip
    shop.run("sync")
    return shop


def test_the_pause_the_tone_check_and_the_channel_rules_refuse_with_the_reason(
    shop: Shop, tmp_path: Path
) -> None:
    harsh = shop.comment_id("You lot")
    calm = tmp_path / "calm.txt"
    calm.write_text("Sam, I'm sorry about the cake. We'd like to make it right.", "utf-8")
    refused = shop.run("reply", str(harsh), "--channel", "public", "--text-file", str(calm), code=1)
    assert ("left" in refused and "pause" in refused.lower()) or "cool-off" in refused.lower()
    with shop.db() as conn:  # trying to answer started the pause
        assert (
            conn.execute("SELECT count(*) FROM cooloffs WHERE comment_id = ?", (harsh,)).fetchone()[
                0
            ]
            == 1
        )
        assert conn.execute("SELECT count(*) FROM replies").fetchone()[0] == 0
    shop.end_pause(harsh)
    shouting = shop.run(
        "reply", str(harsh), "--channel", "public", "--text-file", "-",
        stdin="WE ARE NOT IDIOTS. THE CAKE WAS FRESH.", code=1,
    )  # fmt: skip
    assert "cannot be sent" in shouting and "capital" in shouting.lower()
    slow = shop.comment_id("Waited forty")
    shop.run("reply", str(slow), "--channel", "public", "--text-file", str(calm), code=1)
    shop.end_pause(slow)
    private = shop.run("reply", str(slow), "--channel", "private", "--text-file", str(calm), code=1)
    assert "private" in private.lower()
    assert shop.fake.public_replies == [] and shop.fake.private_replies == []


def test_a_private_reply_with_an_offer_carries_its_code_and_lands_in_the_ledger(
    shop: Shop,
) -> None:
    harsh = shop.comment_id("You lot")
    shop.run("reply", str(harsh), "--channel", "public", "--text-file", "-", stdin="x", code=1)
    shop.end_pause(harsh)
    text = "Hi {customer}, I'm sorry about the cake. Here is {discount}: use {code}."
    out = shop.run(
        "reply", str(harsh), "--channel", "private", "--text-file", "-",
        "--offer", "percent:10", "--json", stdin=text,
    )  # fmt: skip
    reply = json.loads(out)
    assert reply["state"] == "sent" and reply["channel"] == "private"
    assert reply["code"].startswith("FD-") and reply["offer"]["kind"] == "percent"
    [message] = shop.fake.private_replies
    assert reply["code"] in message["text"] and message["text"].startswith("Hi Sam Harsh")
    ledger = json.loads(shop.run("discounts", "--json"))
    assert [d["code"] for d in ledger] == [reply["code"]]


def test_a_second_reply_while_one_is_uncertain_asks_facebook_first(shop: Shop) -> None:
    slow = shop.comment_id("Waited forty")
    first = "Dee, I'm sorry about the wait and that nobody apologised."
    shop.run("reply", str(slow), "--channel", "public", "--text-file", "-", stdin=first, code=1)
    shop.end_pause(slow)
    shop.fake.after_handling_next(method="POST", status=502)
    unsure = shop.run(
        "reply", str(slow), "--channel", "public", "--text-file", "-", stdin=first, code=1
    )
    assert "may or may not have arrived" in unsure
    again = shop.run(
        "reply", str(slow), "--channel", "public", "--text-file", "-",
        stdin="Dee, so sorry about the wait.",
    )  # fmt: skip
    assert "reached Facebook after all" in again
    assert [r["message"] for r in shop.fake.public_replies] == [first]
    with shop.db() as conn:
        assert conn.execute("SELECT state FROM replies").fetchall() == [("sent",)]


@pytest.mark.parametrize(
    ("args", "stdin", "code", "says"),
    [
        (["reply", "999", "--channel", "public", "--text-file", "-"], "Sorry", 1, "no comment"),
        (["reply", "1", "--channel", "shout", "--text-file", "-"], "Sorry", 2, "invalid choice"),
        (["reply", "1", "--channel", "public", "--text-file", "-"], "   ", 1, "empty"),
        (["reply", "1", "--channel", "public", "--text-file", "/nope.txt"], "", 1, "Cannot read"),
        (
            ["reply", "1", "--channel", "email", "--text-file", "-", "--offer", "percent"],
            "Sorry",
            1,
            "percent:10",
        ),
        (
            ["reply", "1", "--channel", "email", "--text-file", "-"],
            "Sorry, use {code}",
            1,
            "{code}",
        ),
    ],
    ids=["unknown-id", "unknown-channel", "empty", "missing-file", "bad-offer", "code-no-offer"],
)
def test_wrong_input_gets_one_clear_line(
    shop: Shop, args: list[str], stdin: str, code: int, says: str
) -> None:
    said = shop.run(*args, stdin=stdin, code=code).strip().splitlines()
    assert says in said[-1]  # argparse shows the usage first; the last line names the problem
    assert code == 2 or len(said) == 1


def test_a_public_reply_to_an_imported_comment_is_recorded_as_posted_by_the_owner(
    tmp_path: Path,
) -> None:
    """Feedback Desk cannot post on Trustpilot: the owner posts it and the command records
    it (after the same pause and tone rules), as the window's 'Copy the reply' does."""
    export = tmp_path / "reviews.csv"
    export.write_text(
        "platform,author,text,created_at\n"
        "Trustpilot,Ann Late,The parcel came a week late and nobody answered my e-mails.,"
        "2026-11-20T10:00:00Z\n",
        encoding="utf-8",
    )
    shop = Shop(tmp_path / "home", None)  # type: ignore[arg-type]  # no platform involved
    shop.run("import", str(export))
    late = shop.comment_id("The parcel")
    sorry = "Ann, I am sorry the parcel was late and we did not answer; I have written to you."
    paused = shop.run("reply", str(late), "--channel", "public", "--text-file", "-",
                      stdin=sorry, code=1)  # fmt: skip
    assert "cool-off" in paused
    shop.end_pause(late)
    said = shop.run("reply", str(late), "--channel", "public", "--text-file", "-", stdin=sorry)
    assert "recorded as posted by you on Trustpilot" in said
    with shop.db() as conn:
        assert conn.execute("SELECT channel, state, source FROM replies").fetchall() == [
            ("public", "sent", "platform")
        ]
        assert conn.execute("SELECT status FROM comments").fetchone() == ("replied",)
