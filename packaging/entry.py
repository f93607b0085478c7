"""Entry point of the frozen app (PyInstaller): the same as `python -m feedback_desk`.

freeze_support() first: the import scorer's helper process (spawn) starts this same
executable, which must run the worker instead of the command line."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from feedback_desk.cli import main

    raise SystemExit(main())
