"""The suite's own rule (tests/conftest.py): a warning in the app's log fails the test that
caused it, unless the test names it with @pytest.mark.expect_warnings."""

from __future__ import annotations

import logging

import pytest

from tests.conftest import APP_LOGGER, _WarningRecords

log = logging.getLogger(f"{APP_LOGGER}.suite_check")


def records(*messages: str, level: int = logging.WARNING) -> _WarningRecords:
    handler = _WarningRecords()
    for message in messages:
        handler.handle(log.makeRecord(log.name, level, __file__, 1, message, (), None))
    return handler


@pytest.mark.expect_warnings(r"^a warning this test expects$")
def test_an_expected_warning_passes() -> None:
    log.warning("a warning this test expects")


def test_other_loggers_and_lower_levels_are_not_watched() -> None:
    logging.getLogger("somebody.else").warning("not the app's")
    log.info("only information")


def test_an_unexpected_warning_or_error_is_a_problem(request: pytest.FixtureRequest) -> None:
    handler = records("the disk is on fire")
    handler.handle(log.makeRecord(log.name, logging.ERROR, __file__, 1, "worse", (), None))
    assert handler.problems(request.node, at_end=False) == [
        f"unexpected WARNING from {log.name}: 'the disk is on fire'",
        f"unexpected ERROR from {log.name}: 'worse'",
    ]
    assert handler.problems(request.node, at_end=True) == []  # each is said once


@pytest.mark.expect_warnings(r"expected one")
@pytest.mark.expect_warnings(r"maybe this", optional=True)
def test_an_expected_warning_that_never_came_is_a_problem(request: pytest.FixtureRequest) -> None:
    assert records("an expected one").problems(request.node, at_end=True) == []
    assert records("an expected one", "maybe this").problems(request.node, at_end=True) == []
    assert records().problems(request.node, at_end=True) == [
        "expected a warning matching 'expected one'; none was logged"
    ]
    assert records("something else").problems(request.node, at_end=True) == [
        f"unexpected WARNING from {log.name}: 'something else'",
        "expected a warning matching 'expected one'; none was logged",
    ]
    log.warning("an expected one")  # this test's own, for the fixture around it
