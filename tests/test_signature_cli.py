"""`feedback-desk reply` fills {signature} with the shop's sign-off, and an offer written
without a currency is in the shop's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedback_desk import cli
from feedback_desk.core.shop_profile import ShopProfile
from feedback_desk.store import open_database
from feedback_desk.store.shop_profile import save_profile
from tests.test_cli import cli_home, export_csv, in_home  # noqa: F401

SIGN = "— Maria, Juniper & Rye"


def _praise_id(capsys: pytest.CaptureFixture[str]) -> int:
    assert cli.main(["comments", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    return int(next(r["id"] for r in rows if r["external_id"] == "g-pos"))


def test_reply_fills_the_sign_off(
    in_home: Path,  # noqa: F811
    export_csv: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["import", str(export_csv)]) == 0
    capsys.readouterr()
    db = open_database(in_home)
    save_profile(db, db.connect(), ShopProfile("Juniper & Rye", "EUR", "DE", SIGN))
    praise = _praise_id(capsys)
    text = tmp_path / "reply.txt"
    text.write_text("Thank you so much, {customer}!\n{signature}\n", encoding="utf-8")
    argv = ["reply", str(praise), "--channel", "email", "--text-file", str(text)]
    assert cli.main([*argv, "--offer", "fixed:5", "--json"]) == 0
    sent = json.loads(capsys.readouterr().out)
    assert sent["text"].rstrip().endswith("\n" + SIGN)
    assert "{signature}" not in sent["text"]
    assert sent["offer"]["currency"] == "EUR"


def test_without_a_sign_off_the_shop_name_signs(
    in_home: Path,  # noqa: F811
    export_csv: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["import", str(export_csv)]) == 0
    capsys.readouterr()
    praise = _praise_id(capsys)
    text = tmp_path / "reply.txt"
    text.write_text("Thank you so much!\n{signature}", encoding="utf-8")
    argv = ["reply", str(praise), "--channel", "email", "--text-file", str(text), "--json"]
    assert cli.main(argv) == 0
    assert json.loads(capsys.readouterr().out)["text"].endswith("\nour shop")
