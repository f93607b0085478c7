"""Start a window and report when its list is first painted.

    python bench/first_paint.py LAUNCH_TIME app HOME   -> Feedback Desk, started the way
                                                          `feedback-desk --home HOME` starts it
    python bench/first_paint.py LAUNCH_TIME empty      -> an empty PySide6 window (baseline)

Prints on stdout: seconds from launch to the first paint, peak memory in MB after scrolling
through ten pages (app) or at the first paint (empty), and the rows the list had when it was
first painted. On stderr: `cpu SECONDS`, the process's CPU time at the first paint (less
shaken than the wall time by other programs on the machine).

The app goes through the command line's own entry (cli.main: the argument parser, the
single-instance check, the interface language, the window); only the first-run assistant is
kept shut (FEEDBACK_DESK_NO_ASSISTANT), as for a shop that is set up.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import resource
import sys
import time
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

launched = float(sys.argv[1])
EXIT_AT_PAINT = "FIRST_PAINT_EXIT"

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget


def when_loaded(name: str, then: Callable[[ModuleType], None]) -> None:
    """Calls `then(module)` just after module `name` is first imported (and run)."""

    class AfterLoading(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)  # as the other finders find it
            assert spec is not None and spec.loader is not None
            run = spec.loader.exec_module

            def exec_module(module: ModuleType) -> None:
                run(module)
                then(module)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, AfterLoading())


def paint_watch(on_paint: Callable[[], None], inside: QWidget | None = None) -> QObject:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        """Calls `on_paint` just after the first paint of the window (posted from its paint
        event, so once the pass that paints the window and everything in it is over) in which
        `inside`, when given, was painted too. Watching the window itself, this runs before
        anything the app posts from the same paint."""

        def __init__(self, on_paint, inside: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
            super().__init__()
            self._on_paint = on_paint
            self._inside = inside
            self._inside_painted = inside is None
            self.done = False

        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and not self.done:
                if watched is self._inside:
                    self._inside_painted = True
                else:
                    QTimer.singleShot(0, self._check)
            return False

        def _check(self) -> None:
            if self._inside_painted and not self.done:
                self.done = True
                self._on_paint()

    return PaintWatch(on_paint, inside)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(first: float, cpu: float, rows: int) -> None:
    print(f"{first:.4f} {peak_mb():.1f} {rows}")
    print(f"cpu {cpu:.4f}", file=sys.stderr)


def end_at_the_paint() -> None:
    """Under valgrind (bench/startup.py --instructions): end right at the first paint, so
    the instructions counted are those before it."""
    if os.environ.get(EXIT_AT_PAINT):
        sys.stdout.flush()
        os._exit(0)


def empty() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 780)

    def painted() -> None:
        report(time.time() - launched, time.process_time(), 0)
        end_at_the_paint()
        app.quit()

    watch = paint_watch(painted)
    window.installEventFilter(watch)
    window.show()
    app.exec()


def feedback_desk(home: str) -> None:
    """Exactly as `feedback-desk --home HOME` starts (cli.main imports the app, which makes
    the QApplication); the window is watched from the moment app.build_window returns it."""
    os.environ.setdefault("FEEDBACK_DESK_NO_ASSISTANT", "1")
    from feedback_desk import cli  # Qt-free, as the console script's entry

    built: list[QWidget] = []
    watches: list[QObject] = []

    def watch_builds(app_module: ModuleType) -> None:
        build_window = app_module.build_window

        def watched_build(*args, **kwargs):  # type: ignore[no-untyped-def]
            window = build_window(*args, **kwargs)
            built.append(window)
            # The list itself, not its viewport: asking for the viewport would cost the app
            # PySide's first look-up of a plain QWidget's type (about 10 ms) before its
            # paint. The rows are painted in the same pass as the list's frame.
            view = window.inbox_view
            watch = paint_watch(painted, inside=view)
            watches.append(watch)
            view.installEventFilter(watch)
            window.installEventFilter(watch)  # after the app's own: this one is called first
            return window

        app_module.build_window = watched_build  # type: ignore[attr-defined]

    def painted() -> None:
        from PySide6.QtWidgets import QApplication

        first, cpu = time.time() - launched, time.process_time()
        window = built[0]
        if os.environ.get(EXIT_AT_PAINT):
            report(first, cpu, 0)
            end_at_the_paint()
        rows = window.model.rowCount()  # type: ignore[attr-defined]
        view = window.inbox_view  # type: ignore[attr-defined]
        for _ in range(10):  # scroll down ten pages, as an owner paging through would
            view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
            QApplication.processEvents()
        window._runner.wait()  # type: ignore[attr-defined]
        report(first, cpu, rows)
        QApplication.quit()

    when_loaded("feedback_desk.app", watch_builds)
    code = cli.main(["--home", home])
    if code:
        raise SystemExit(code)


def main() -> None:
    if sys.argv[2] == "empty":
        empty()
    else:
        feedback_desk(sys.argv[3])


if __name__ == "__main__":
    main()
