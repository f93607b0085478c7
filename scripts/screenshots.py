"""Take the README's screenshots of the history window and the report dialog on the demo
inbox, in a real window (run under Xvfb):

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from feedback_desk.demo import seed_sample_inbox
from feedback_desk.store import open_database
from feedback_desk.ui.history_window import HistoryWindow
from feedback_desk.ui.report_dialog import ReportDialog
from feedback_desk.ui.tasks import InlineTaskRunner

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    app = QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    db = open_database(Path(tempfile.mkdtemp()) / "home", clock)
    seed_sample_inbox(db, clock)

    history = HistoryWindow(db, InlineTaskRunner(), clock)
    history.show()
    settle(app)
    for row in range(history.model.rowCount()):
        item = history.model.row_at(row)
        if item is not None and item.author == "Viktor Hale":
            history.view.selectRow(row)
    settle(app)
    history.grab().save(str(out / "history.png"))

    history.search.setText("tom baker")
    history.reload()
    history.tabs.setCurrentIndex(1)
    settle(app)
    history.same_person_button.click()
    merge = history.merge_dialog
    assert merge is not None
    merge.search.setText("tombakes")
    settle(app)
    app.processEvents()
    merge._find()  # without waiting for the typing pause
    merge.matches.setCurrentIndex(merge.match_model.index(0, 0))
    settle(app)
    merge.grab().save(str(out / "history-merge.png"))
    merge.merge_button.click()
    settle(app)
    history.grab().save(str(out / "history-customer.png"))
    history.close()

    dialog = ReportDialog(db, InlineTaskRunner(), clock, tz=UTC)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "report-dialog.png"))
    print(f"{app.platformName()}: wrote history, merge, customer and report dialog to {out}")


if __name__ == "__main__":
    main()
