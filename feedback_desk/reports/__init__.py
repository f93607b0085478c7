"""The customer-recovery report written to a file: CSV (one row per complaint), HTML (one
self-contained page) and PDF (the HTML laid out by Qt).

`csv_export` and `html_export` are Qt-free, so the command line writes them without
loading PySide6; only `pdf_export` imports Qt, and it is imported when a PDF is asked for.
Every file is written atomically: into a temporary file in the same folder, then renamed
over the target, so a reader never sees half a report. Nothing secret is ever included:
the report is computed from complaints only, never from accounts, tokens or settings.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from ..core.errors import UserFacingError
from ..core.texts import translate

__all__ = ["atomic_path", "write_atomically"]


def _check_folder(path: Path) -> Path:
    folder = path.parent
    if not folder.is_dir():
        raise UserFacingError(
            translate(
                "ReportFile",
                "The folder {folder} does not exist; create it first or choose another place.",
            ).format(folder=folder)
        )
    return folder


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path next to `path`; renamed over `path` when the block ends without an
    error, removed otherwise. For writers that want a file name (Qt's PDF writer)."""
    path = Path(path)
    folder = _check_folder(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise UserFacingError(
            translate("ReportFile", "Cannot write into {folder}: {reason}.").format(
                folder=folder, reason=error.strerror
            )
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as error:
        raise UserFacingError(
            translate("ReportFile", "Cannot write {path}: {reason}.").format(
                path=path, reason=error.strerror
            )
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def write_atomically(
    path: Path, write: Callable[[IO[str]], None], *, encoding: str = "utf-8", newline: str = ""
) -> None:
    """Call `write` with a text file open on a temporary file next to `path`, flush it to
    disk, then rename it over `path`."""
    with atomic_path(Path(path)) as temporary:
        try:
            with open(temporary, "w", encoding=encoding, newline=newline) as handle:
                write(handle)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise UserFacingError(
                translate("ReportFile", "Cannot write {path}: {reason}.").format(
                    path=path, reason=error.strerror
                )
            ) from None
