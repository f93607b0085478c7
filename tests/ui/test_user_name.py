"""The single-instance check names its socket after the user as getpass.getuser() does,
without importing getpass before the first paint: the name, and so the socket a running
window listens on, stays what older versions use."""

from __future__ import annotations

import getpass

import pytest

from feedback_desk.ui.single_instance import user_name


@pytest.mark.parametrize(
    "environment",
    [
        {},
        {"LOGNAME": "ann"},
        {"USER": "bob", "USERNAME": "carl"},
        {"LOGNAME": "", "USER": "", "LNAME": "dora"},
        {"USERNAME": "eve"},
    ],
)
def test_the_user_name_is_getpasss(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert user_name() == getpass.getuser()
