"""Where the app's data files are (resources/: word lists, icons, translations, help, the
demo's inbox), for every part of the app that reads one."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


@cache
def resource_folder() -> Path | Traversable:
    """The data files' package: its folder when it is one, else what importlib.resources
    finds (inside a zip). Importing importlib.resources, with the zipfile and tempfile
    modules it brings, costs a start-up that has not imported it yet about 26M
    instructions."""
    import feedback_desk.resources as package

    origin = package.__spec__.origin if package.__spec__ else None
    if origin and origin.endswith("__init__.py"):
        folder = Path(origin).parent
        if folder.is_dir():
            return folder
    from importlib import resources

    return resources.files(package)
