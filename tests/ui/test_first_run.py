"""The first-run assistant (issue 11, item 5): on a new data folder, the shop's name,
currency, country and sign-off; money and dates follow them; then where comments come from."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWizard

from feedback_desk.app import NO_ASSISTANT_ENV, build_window
from feedback_desk.core.compensation import Compensation, CompensationKind, format_money
from feedback_desk.core.saved_replies import SavedReply
from feedback_desk.core.shop_profile import ShopProfile
from feedback_desk.home import DataHome
from feedback_desk.store import Database, open_database
from feedback_desk.store.assessments import save_own_replies
from feedback_desk.store.shop_profile import (
    FirstRun,
    first_run_due,
    first_run_state,
    load_profile,
    save_profile,
)
from feedback_desk.ui.first_run import FirstRunAssistant
from feedback_desk.ui.formatting import exact_local_date
from feedback_desk.ui.main_window import MainWindow
from feedback_desk.ui.settings_dialog import SettingsDialog
from feedback_desk.ui.shop_fields import apply_shop_locale, shop_locale
from feedback_desk.ui.tasks import InlineTaskRunner

from . import test_reply_wizard
from .conftest import WindowFactory, fixed_clock
from .test_reply_wizard import on_page, open_wizard, to_draft, to_offer

harsh = test_reply_wizard.harsh  # a harsh Facebook comment in a real database (fixture)

C = QLocale.c()
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
SIGN = "— Maria, Juniper & Rye"


@pytest.fixture(autouse=True)
def _locale_restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app's start sets the default locale; the other tests read English dates."""
    monkeypatch.delenv(NO_ASSISTANT_ENV, raising=False)
    before = QLocale()
    yield
    QLocale.setDefault(before)


def start(qtbot, home: DataHome, demo: bool = False) -> MainWindow:  # type: ignore[no-untyped-def]
    """The app starting for real on `home`, as run_window does."""
    window = build_window(home, demo=demo, starting=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(20)  # the assistant opens once the event loop runs
    return window


def assistant_of(window: MainWindow) -> FirstRunAssistant | None:
    found = window.findChild(FirstRunAssistant, "firstRunAssistant")
    return found if found is not None and found.isVisible() else None


def new_assistant(qtbot, db: Database, system: QLocale = C) -> FirstRunAssistant:  # type: ignore[no-untyped-def]
    assistant = FirstRunAssistant(db, InlineTaskRunner(), system_locale=system)
    qtbot.addWidget(assistant)
    assistant.show()
    return assistant


# -- when it shows ------------------------------------------------------------------------------


def test_a_new_folder_opens_the_assistant_and_a_second_start_does_not(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    home = DataHome(tmp_path / "home")
    window = start(qtbot, home)
    assistant = assistant_of(window)
    assert assistant is not None
    assert assistant.currentPage().objectName() == "welcomePage"
    assistant.button(QWizard.WizardButton.CustomButton1).click()  # Skip
    assert not assistant.isVisible()
    conn = open_database(home.root, fixed_clock).connect()
    qtbot.waitUntil(lambda: first_run_state(conn) is FirstRun.SKIPPED, timeout=5000)
    assert load_profile(conn) == ShopProfile()  # skipping keeps the defaults
    window.close()

    again = start(qtbot, home)  # the second start
    assert assistant_of(again) is None


def test_not_on_the_demo_nor_when_automation_says_so(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert assistant_of(start(qtbot, DataHome(tmp_path / "demo"), demo=True)) is None
    monkeypatch.setenv(NO_ASSISTANT_ENV, "1")
    assert assistant_of(start(qtbot, DataHome(tmp_path / "scripted"))) is None


def test_the_window_alone_never_opens_it(make_window: WindowFactory, db: Database) -> None:
    """Tests and scripts that build the window get no dialog on top of it."""
    window = make_window(db)
    assert assistant_of(window) is None
    assert first_run_due(db.connect())


def test_closing_it_counts_as_skip(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    assistant = new_assistant(qtbot, db)
    assistant.next()
    assistant.reject()  # Esc or the window's close button
    assert first_run_state(db.connect()) is FirstRun.SKIPPED


# -- what it asks ----------------------------------------------------------------------------


def test_values_are_saved_off_the_gui_thread_and_announced(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    assistant = new_assistant(qtbot, db)
    saved: list[ShopProfile] = []
    assistant.profile_saved.connect(saved.append)
    assistant.next()
    assert on_page(assistant) == "shopPage"  # type: ignore[arg-type]
    assistant.findChild(QLineEdit, "firstRunShopName").setText("Juniper & Rye")
    country = assistant.findChild(QComboBox, "firstRunCountry")
    country.setCurrentIndex(country.findData("DE"))
    currency = assistant.findChild(QComboBox, "firstRunCurrency")
    assert currency.currentData() == "EUR"  # follows the country until the owner picks
    preview = assistant.findChild(QLabel, "firstRunLocalePreview")
    assert "25/11/2026" in preview.text()
    assert "5,00\u00a0€ off" in preview.text()  # as a shop in Germany writes it
    assistant.next()
    assert on_page(assistant) == "signOffPage"  # type: ignore[arg-type]
    signature = assistant.findChild(QLineEdit, "firstRunSignature")
    assert signature.text() == "— Juniper & Rye"  # suggested from the name
    signature.clear()
    qtbot.keyClicks(signature, "x")  # typed by the owner: no longer follows the name
    signature.setText(SIGN)
    assistant.findChild(QLineEdit, "firstRunShopName").setText("Juniper & Rye!")
    assert signature.text() == SIGN
    assistant.findChild(QLineEdit, "firstRunShopName").setText("Juniper & Rye")
    preview = assistant.signature_preview
    assert preview.text().endswith(f"\n\n{SIGN}")
    assistant.next()
    assert on_page(assistant) == "nextStepsPage"  # type: ignore[arg-type]
    expected = ShopProfile("Juniper & Rye", "EUR", "DE", SIGN)
    assert saved == [expected]
    conn = db.connect()
    assert load_profile(conn) == expected
    assert first_run_state(conn) is FirstRun.FINISHED
    assert "saved" in assistant.saved_note.text()


def test_an_invalid_currency_says_why_and_holds_next(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    assistant = new_assistant(qtbot, db)
    assistant.next()
    currency = assistant.findChild(QComboBox, "firstRunCurrency")
    currency.setEditText("XYZ")
    assert "'XYZ' is not a currency code" in assistant.shop_problem.text()
    assert not assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    currency.setEditText("chf")
    assert assistant.shop_problem.text() == ""
    assert assistant.button(QWizard.WizardButton.NextButton).isEnabled()


def test_defaults_come_from_the_system_locale(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    japan = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    assistant = new_assistant(qtbot, db, japan)
    assert assistant.findChild(QComboBox, "firstRunCountry").currentData() == "JP"
    assert assistant.findChild(QComboBox, "firstRunCurrency").currentText().startswith("JPY")
    bare = new_assistant(qtbot, db, C)  # a C locale knows no country: the app's old default
    assert bare.findChild(QComboBox, "firstRunCountry").currentData() == "GB"
    assert bare.findChild(QComboBox, "firstRunCurrency").currentData() == "GBP"


@pytest.mark.parametrize(
    ("button", "wanted"),
    [
        ("connectAccountButton", "connect_requested"),
        ("importFileButton", "import_requested"),
        ("openDemoButton", "demo_requested"),
        ("notNowButton", None),
    ],
)
def test_what_next_buttons(qtbot, db: Database, button: str, wanted: str | None) -> None:  # type: ignore[no-untyped-def]
    assistant = new_assistant(qtbot, db)
    heard: list[str] = []
    for name in ("connect_requested", "import_requested", "demo_requested"):
        getattr(assistant, name).connect(lambda n=name: heard.append(n))
    assistant.next()
    assistant.next()
    assistant.next()
    assert on_page(assistant) == "nextStepsPage"  # type: ignore[arg-type]
    assert not assistant.button(QWizard.WizardButton.CustomButton1).isVisible()
    assistant.findChild(QPushButton, button).click()
    assert heard == ([wanted] if wanted else [])
    assert not assistant.isVisible()
    assert first_run_state(db.connect()) is FirstRun.FINISHED


def test_the_window_connects_the_buttons(make_window: WindowFactory, db: Database) -> None:
    window = make_window(db)
    opened: list[str] = []
    window.open_accounts = lambda: opened.append("accounts")  # type: ignore[method-assign]
    window.findChild(type(window.setup_action), "setupAssistantAction").trigger()
    assistant = window.first_run_assistant
    assert assistant.isVisible()
    for _ in range(3):
        assistant.next()
    assistant.findChild(QPushButton, "openDemoButton").click()
    assert window.opened_demo == [True]  # type: ignore[attr-defined]
    window.open_first_run()
    for _ in range(3):
        window.first_run_assistant.next()
    window.first_run_assistant.findChild(QPushButton, "connectAccountButton").click()
    assert opened == ["accounts"]


# -- money and dates follow the shop ------------------------------------------------------------


def test_dates_follow_the_country_not_a_c_system_locale() -> None:
    day = QDate(2026, 11, 25)
    short = QLocale.FormatType.ShortFormat
    assert shop_locale("US", C).toString(day, short) == "11/25/26"
    assert shop_locale("DE", C).toString(day, short) == "25/11/2026"  # English, Germany
    assert shop_locale("DE", GERMAN).toString(day, short) == "25.11.26"
    # A system language that does not go with the country gives way to English.
    assert shop_locale("US", GERMAN).name() == "en_US"
    assert shop_locale(None, C).name() == "en_US"  # no profile yet: as before
    assert shop_locale(None, GERMAN).name() == "de_DE"


def test_a_system_named_by_language_with_c_formats_reads_that_languages_dates() -> None:
    """LANGUAGE=de with LANG=C.UTF-8: Qt's system locale is "de_DE" with C's "d MM yyyy";
    with no country yet, dates read the German way, not "25 11 2026"."""
    import os
    import subprocess
    import sys

    script = (
        "from PySide6.QtCore import QDate, QLocale\n"
        "from feedback_desk.ui.shop_fields import shop_locale\n"
        "print(shop_locale(None, QLocale.system()).toString(QDate(2026, 11, 25), "
        "QLocale.FormatType.ShortFormat))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANGUAGE="de", LANG="C.UTF-8")
    shown = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert shown == "25.11.26"


def test_the_window_writes_dates_the_shops_way(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = DataHome(tmp_path / "home")
    db = open_database(home.root, fixed_clock)
    save_profile(db, db.connect(), ShopProfile("Juniper & Rye", "EUR", "DE", SIGN))
    moment = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    apply_shop_locale(load_profile(db.connect()), C)
    assert exact_local_date(moment) == "25/11/2026"
    apply_shop_locale(ShopProfile(country="US"), C)
    assert exact_local_date(moment) == "11/25/26"


def test_money_is_written_the_shops_way(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    amount = Decimal("1234.5")
    assert format_money(amount, "EUR") == "€1,234.50"  # no country yet: as before
    apply_shop_locale(ShopProfile(country="DE"), C)
    assert format_money(amount, "EUR") == "1.234,50\u00a0€"
    assert Compensation(CompensationKind.FIXED, Decimal(5), "EUR").describe() == "5,00\u00a0€ off"
    apply_shop_locale(ShopProfile(country="NL"), C)
    assert format_money(amount, "EUR") == "€ 1.234,50"
    apply_shop_locale(ShopProfile(country="US"), C)
    assert format_money(amount, "USD") == "$1,234.50"
    apply_shop_locale(ShopProfile(), C)  # the country emptied: back to the default
    assert format_money(amount, "GBP") == "£1,234.50"


def test_saving_settings_applies_the_locale_at_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = DataHome(tmp_path / "home")
    window = build_window(home, starting=True)
    qtbot.addWidget(window)
    window.open_settings()
    dialog = window.settings_dialog
    country = dialog.findChild(QComboBox, "shopCountryCombo")
    country.setCurrentIndex(country.findData("DE"))
    dialog.findChild(QComboBox, "shopCurrencyCombo").setEditText("EUR")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert QLocale().territory() == QLocale.Country.Germany
    assert load_profile(open_database(home.root, fixed_clock).connect()).currency == "EUR"


def test_settings_show_and_check_the_profile(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    save_profile(db, db.connect(), ShopProfile("Juniper & Rye", "EUR", "DE", SIGN))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QComboBox, "shopCountryCombo").currentData() == "DE"
    assert dialog.findChild(QComboBox, "shopCurrencyCombo").currentData() == "EUR"
    assert dialog.findChild(QLineEdit, "signatureEdit").text() == SIGN
    dialog.findChild(QComboBox, "shopCurrencyCombo").setEditText("EURO")
    dialog.save()
    assert "is not a currency code" in dialog.problem.text()
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    asked: list[bool] = []
    dialog.setupRequested.connect(lambda: asked.append(True))
    dialog.findChild(QPushButton, "runSetupAgainButton").click()
    assert asked == [True]


def test_an_offer_is_in_the_shops_currency(qtbot, harsh) -> None:  # type: ignore[no-untyped-def]
    db = harsh[0]
    save_profile(db, db.connect(), ShopProfile("Juniper & Rye", "EUR", "DE", SIGN))
    wizard = open_wizard(qtbot, harsh)
    to_offer(wizard)
    page = wizard.currentPage()
    assert page.findChild(QLineEdit, "compensationCurrency").text() == "EUR"
    kind = page.findChild(QComboBox, "compensationKind")
    kind.setCurrentIndex(kind.findData("fixed"))
    page.findChild(QLineEdit, "compensationValue").setText("5")
    assert page.preview.text().startswith("You offer €5.00 off")


# -- the sign-off ---------------------------------------------------------------------------------


def test_a_new_draft_ends_with_the_sign_off_once(qtbot, harsh) -> None:  # type: ignore[no-untyped-def]
    db = harsh[0]
    conn = db.connect()
    save_profile(db, conn, ShopProfile("Juniper & Rye", "EUR", "DE", SIGN))
    save_own_replies(
        db,
        conn,
        [
            SavedReply("Plain", "Hi {customer}, I'm sorry the cake was stale."),
            SavedReply("Signed", "Hi {customer}, sorry.\n{signature}"),
        ],
    )
    wizard = open_wizard(qtbot, harsh)
    to_draft(wizard)
    page = wizard.draft_page
    assert page.text() == f"\n\n{SIGN}"
    assert "Write your reply above the sign-off." in page.problems()
    page.edit.moveCursor(page.edit.textCursor().MoveOperation.Start)
    qtbot.keyClicks(page.edit, "Thank you for telling us, Sam. I'm sorry the cake was stale.")
    page.check()
    assert page.text().count(SIGN) == 1 and page.text().endswith(SIGN)
    assert not [f for f in page.flags if "Maria" in f.reason]

    combo = page.saved
    combo.setCurrentIndex(combo.findText("Plain"))
    page._use_saved()
    assert page.text() == f"Hi {{customer}}, I'm sorry the cake was stale.\n\n{SIGN}"
    page._use_saved()
    assert page.text().count(SIGN) == 1
    combo.setCurrentIndex(combo.findText("Signed"))
    page._use_saved()
    assert page.text() == "Hi {customer}, sorry.\n{signature}"  # placed by the template
    assert wizard.final_text() == f"Hi Sam Harsh, sorry.\n{SIGN}"


def test_without_a_sign_off_a_new_draft_is_empty(qtbot, harsh) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, harsh)
    to_draft(wizard)
    assert wizard.draft_page.text() == ""
    assert "The reply is empty." in wizard.draft_page.problems()
    assert wizard.placeholder_values()["signature"] == "Corner Bakery"
