"""A test fails when the app logs an error during it (qutebrowser's ``logfail``): an error in the log that no
test expected is a bug nobody would otherwise see, such as a background task that failed with nobody handling
it.

A test that provokes such an error on purpose says so with ``@pytest.mark.allow_error_log("regex", ...)``:
records whose message matches one of the patterns are allowed, and each pattern must match one of them, so
the marker also asserts that the error was logged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest

APP_LOGGER = "optimce_desktop"


class ErrorRecords(logging.Handler):
    """Keeps the app's records at ERROR and above (from any thread)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self.reported = 0
        """How many of ``records`` were already checked (a failed test does not report them twice)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_ERRORS = pytest.StashKey[ErrorRecords]()
_CALL_PASSED = pytest.StashKey[bool]()
"""Only a test that passed must have logged the errors its marker expects."""
_DESCRIBE = logging.Formatter("%(levelname)s %(name)s: %(message)s")


def _allowed(item: pytest.Item) -> list[re.Pattern[str]]:
    return [re.compile(pattern) for mark in item.iter_markers("allow_error_log") for pattern in mark.args]


def _unexpected(records: list[logging.LogRecord], allowed: list[re.Pattern[str]]) -> list[logging.LogRecord]:
    return [record for record in records
            if not any(pattern.search(record.getMessage()) for pattern in allowed)]


def _fail_on_unexpected(item: pytest.Item, errors: ErrorRecords) -> None:
    fresh = errors.records[errors.reported:]
    errors.reported = len(errors.records)
    unexpected = _unexpected(fresh, _allowed(item))
    if unexpected:
        pytest.fail("the app logged an error (@pytest.mark.allow_error_log(pattern) allows it where the test "
                    "provokes it on purpose):\n" + "\n".join(_DESCRIBE.format(r) for r in unexpected),
                    pytrace=False)


@pytest.fixture(autouse=True)
def fail_on_error_log(request: pytest.FixtureRequest) -> Iterator[None]:
    """Collects the app's error records during the test, its fixtures' set-up and tear-down included."""
    errors = ErrorRecords()
    logger = logging.getLogger(APP_LOGGER)
    logger.addHandler(errors)
    request.node.stash[_ERRORS] = errors
    try:
        yield
    finally:
        logger.removeHandler(errors)
    _fail_on_unexpected(request.node, errors)
    missing = [pattern.pattern for pattern in _allowed(request.node)
               if not any(pattern.search(record.getMessage()) for record in errors.records)]
    if missing and request.node.stash.get(_CALL_PASSED, False):
        pytest.fail(f"no error logged matching {missing} (the test's allow_error_log marker)", pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Fails the test itself (not its tear-down) for the errors logged while it ran."""
    errors = item.stash.get(_ERRORS, None)
    try:
        result = yield
    except BaseException:
        if errors is not None:  # the test's own failure comes first; its log is in the report
            errors.reported = len(errors.records)
        raise
    if errors is not None:
        _fail_on_unexpected(item, errors)
    item.stash[_CALL_PASSED] = True
    return result
