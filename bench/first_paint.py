"""Start a window and report when its list is first painted.

    python bench/first_paint.py LAUNCH_TIME app HOME   -> the Feedback Desk main window
    python bench/first_paint.py LAUNCH_TIME empty      -> an empty PySide6 window (baseline)

Prints: seconds from launch to the first paint, then peak memory in MB after scrolling
through a few pages (app) or at the first paint (empty).
"""

from __future__ import annotations

import resource
import sys
import time

launched = float(sys.argv[1])

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class PaintWatch(QObject):
    def __init__(self, on_paint) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._on_paint = on_paint
        self.done = False

    def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self._on_paint)
        return False


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    app = QApplication(sys.argv[:1])
    if sys.argv[2] == "empty":
        window = QMainWindow()
        window.resize(1280, 780)
        target = window
    else:
        from feedback_desk.app import build_window
        from feedback_desk.home import DataHome

        window = build_window(DataHome.resolve(sys.argv[3]))
        target = window.inbox_view.viewport()

    def painted() -> None:
        first = time.time() - launched
        if sys.argv[2] != "empty":
            view = window.inbox_view  # type: ignore[attr-defined]
            for _ in range(10):  # scroll down ten pages, as an owner paging through would
                view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
                app.processEvents()
            window._runner.wait()  # type: ignore[attr-defined]
        rows = window.model.rowCount() if hasattr(window, "model") else 0
        print(f"{first:.4f} {peak_mb():.1f} {rows}")
        app.quit()

    watch = PaintWatch(painted)
    target.installEventFilter(watch)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
