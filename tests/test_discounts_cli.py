"""`feedback-desk discounts`: the ledger from the command line (in-process)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from feedback_desk import cli
from feedback_desk.core.compensation import Compensation, CompensationKind
from feedback_desk.store import open_database
from feedback_desk.store.comments import CommentStore, InboxFilter
from feedback_desk.store.discounts import DiscountLedger
from tests.conftest import MakeComment, TaggedTriage

K = CompensationKind
JSON_KEYS = [
    "code",
    "kind",
    "value",
    "currency",
    "item",
    "expires_on",
    "status",
    "comment_id",
    "created_at",
    "redeemed_at",
    "description",
]


@pytest.fixture
def in_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("FEEDBACK_DESK_HOME", str(home))
    return home


@pytest.fixture
def ledger(in_home: Path) -> Iterator[DiscountLedger]:
    """The ledger of the same home the command line uses (with the real clock)."""
    db = open_database(in_home)
    conn = db.connect()
    yield DiscountLedger(db, conn)
    conn.close()


@pytest.fixture
def comment_id(in_home: Path, make_comment: MakeComment) -> int:
    db = open_database(in_home)
    conn = db.connect()
    try:
        store = CommentStore(db, conn)
        store.add_many([make_comment("[negative] the bread was stale")], TaggedTriage())
        return store.page(InboxFilter())[0].id
    finally:
        conn.close()


def in_a_month() -> date:
    return date.today() + timedelta(days=30)


def seed(ledger: DiscountLedger, comment_id: int) -> dict[str, str]:
    """A percent, a fixed discount, a free item, a refund and an apology; returns codes."""
    codes = {}
    for name, compensation in (
        ("percent", Compensation(K.PERCENT, Decimal(10), expires_on=in_a_month())),
        ("fixed", Compensation(K.FIXED, Decimal(5), "GBP", expires_on=in_a_month())),
        ("bun", Compensation(K.FREE_ITEM, item="cinnamon bun")),
    ):
        offered = ledger.record(comment_id, compensation)
        assert offered is not None and offered.code is not None
        codes[name] = offered.code
    ledger.record(comment_id, Compensation(K.REFUND, Decimal("12.50"), "EUR"))
    ledger.record(None, Compensation.apology())
    return codes


def test_an_empty_ledger_says_so(in_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["discounts"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("The discount ledger is empty.")
    assert out.count("\n") == 1
    assert cli.main(["discounts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli.main(["discounts", "--status", "redeemed"]) == 0
    assert capsys.readouterr().out == "Nothing in the discount ledger is redeemed.\n"


def test_the_table_and_totals(
    ledger: DiscountLedger, comment_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = seed(ledger, comment_id)
    assert cli.main(["discounts"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["CODE", "WHAT", "STATUS", "EXPIRES", "COMMENT"]
    percent_line = next(line for line in lines if codes["percent"] in line)
    assert "10% off" in percent_line and "offered" in percent_line
    assert in_a_month().isoformat() in percent_line and percent_line.endswith(str(comment_id))
    assert any(line.startswith("—") and "an apology" in line for line in lines)
    assert any("a refund of €12.50" in line for line in lines)
    assert lines[lines.index("Totals:") :] == [
        "Totals:",
        "  1 apology",
        "  1 percentage discount",
        "  1 fixed discount: £5.00",
        "  1 free item",
        "  1 refund: €12.50",
    ]


def test_json_fields(
    ledger: DiscountLedger, comment_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = seed(ledger, comment_id)
    assert cli.main(["discounts", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 5
    assert all(list(entry) == JSON_KEYS for entry in listed)
    fixed = next(e for e in listed if e["code"] == codes["fixed"])
    assert fixed["kind"] == "fixed" and fixed["value"] == "5.00" and fixed["currency"] == "GBP"
    assert fixed["description"] == "£5.00 off" and fixed["comment_id"] == comment_id
    assert fixed["expires_on"] == in_a_month().isoformat() and fixed["status"] == "offered"
    assert fixed["created_at"].endswith("Z") and fixed["redeemed_at"] is None


def test_status_filter(
    ledger: DiscountLedger, comment_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = seed(ledger, comment_id)
    ledger.redeem(codes["bun"])
    assert cli.main(["discounts", "--status", "redeemed", "--json"]) == 0
    [only] = json.loads(capsys.readouterr().out)
    assert only["code"] == codes["bun"] and only["status"] == "redeemed"
    assert only["redeemed_at"] is not None
    assert cli.main(["discounts", "--status", "redeemed"]) == 0
    out = capsys.readouterr().out
    assert codes["bun"] in out and codes["percent"] not in out
    assert "Totals (redeemed):\n  1 free item\n" in out


def test_redeem(
    ledger: DiscountLedger, comment_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = seed(ledger, comment_id)
    typed = codes["percent"].lower()
    assert cli.main(["discounts", "redeem", typed]) == 0
    assert capsys.readouterr().out == (
        f"Code {codes['percent']} redeemed: 10% off (comment {comment_id}).\n"
    )
    assert ledger.get(codes["percent"]).status.value == "redeemed"


def test_redeem_accepts_a_code_typed_in_pieces(
    ledger: DiscountLedger, comment_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = seed(ledger, comment_id)
    pieces = codes["fixed"].split("-")
    assert cli.main(["discounts", "redeem", *pieces]) == 0
    assert capsys.readouterr().out.startswith(f"Code {codes['fixed']} redeemed: £5.00 off")


def test_redeem_twice_is_refused(
    ledger: DiscountLedger, comment_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = seed(ledger, comment_id)
    assert cli.main(["discounts", "redeem", codes["bun"]]) == 0
    capsys.readouterr()
    assert cli.main(["discounts", "redeem", codes["bun"]]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"feedback-desk: Code {codes['bun']} was already redeemed on ")
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err


def test_unknown_code_is_refused(
    ledger: DiscountLedger, comment_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = seed(ledger, comment_id)
    assert cli.main(["discounts", "redeem", "FD-XXXX-XXXX"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("feedback-desk: There is no discount code 'FD-XXXX-XXXX'")
    assert err.count("\n") == 1
    assert not any(code in err for code in codes.values())


def test_an_expired_code_is_refused(
    ledger: DiscountLedger, in_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offered = ledger.record(None, Compensation(K.PERCENT, Decimal(10), expires_on=date.today()))
    assert offered is not None and offered.code
    # Rewind its last day as if time had passed.
    db = open_database(in_home)
    conn = db.connect()
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    conn.execute("UPDATE discounts SET expires_on = ? WHERE id = ?", (yesterday, offered.id))
    conn.close()
    assert cli.main(["discounts", "redeem", offered.code]) == 1
    assert "has expired" in capsys.readouterr().err
    assert cli.main(["discounts", "--status", "expired", "--json"]) == 0
    assert [e["code"] for e in json.loads(capsys.readouterr().out)] == [offered.code]


@pytest.mark.parametrize(
    "argv",
    [
        ["discounts", "--status", "used"],
        ["discounts", "redeem"],
        ["discounts", "cancel", "FD-AAAA-AAAA"],
        ["discounts", "--stat", "offered"],  # no abbreviations
        ["discounts", "redeem", "FD-AAAA-AAAA", "--bogus"],
    ],
)
def test_usage_errors_exit_2(
    in_home: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    assert "Traceback" not in capsys.readouterr().err
