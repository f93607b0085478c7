"""The icons and translations are read from the resources' folder without importlib.resources
(start-up time), and from where importlib.resources says when the package is no folder."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import feedback_desk.resources as package
import pytest

from feedback_desk.core.data_files import resource_folder


def test_the_folder_is_the_one_importlib_resources_finds() -> None:
    folder = resource_folder()
    assert isinstance(folder, Path)
    assert folder == Path(str(resources.files("feedback_desk.resources")))
    assert folder.joinpath("icons", "app.svg").is_file()
    assert folder.joinpath("translations").is_dir()


def test_a_package_that_is_no_folder_is_read_through_importlib_resources(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert package.__spec__ is not None
    monkeypatch.setattr(package.__spec__, "origin", "/bundle/base_library.zip/resources.pyc")
    asked = []
    files = resources.files

    def recorded(anchor: resources.Package) -> resources.abc.Traversable:
        asked.append(anchor)
        return files(anchor)

    monkeypatch.setattr(resources, "files", recorded)
    found = resource_folder.__wrapped__()
    assert asked == [package]
    assert str(found) == str(files(package))
    assert found.joinpath("icons", "app.svg").is_file()
