"""The suite's rule that a test fails when the app logs an error (tests/support/logfail.py), run on a few
tests of its own in a separate pytest."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

TESTS = '''
import logging
import pytest

log = logging.getLogger("optimce_desktop.services.example")

def test_an_error_fails_it():
    log.error("the meter %s could not be read", 42)

def test_a_warning_does_not():
    log.warning("the CRM answered slowly")

def test_another_librarys_error_does_not():
    logging.getLogger("httpx").error("not the app's")

@pytest.mark.allow_error_log("could not be read")
def test_an_error_provoked_on_purpose_is_allowed():
    log.error("the meter %s could not be read", 42)

@pytest.mark.allow_error_log("could not be read")
def test_an_allowed_error_must_be_logged():
    pass

@pytest.mark.allow_error_log("could not be read")
def test_only_the_allowed_error_is_allowed():
    log.error("the meter %s could not be read", 42)
    log.critical("unhandled exception")

def test_an_error_logged_while_tearing_down_counts(request):
    request.addfinalizer(lambda: log.error("the database stayed locked"))

def test_a_failing_test_keeps_its_own_failure():
    log.error("logged before failing")
    assert 1 == 2
'''


@pytest.fixture
def pytester(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyfile(test_examples=TESTS)
    return pytester


def test_a_test_fails_when_the_app_logs_an_error_it_did_not_allow(pytester: pytest.Pytester,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(REPO))
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # the plugin alone: a quicker start
    result = pytester.runpytest_subprocess("-p", "tests.support.logfail", "-p", "no:cacheprovider",
                                           "-o", "markers=allow_error_log", "-rfE", "-vv")
    result.assert_outcomes(passed=5, failed=3, errors=2)
    result.stdout.fnmatch_lines_random([
        "FAILED test_examples.py::test_an_error_fails_it - Failed: the app logged an error*",
        "FAILED test_examples.py::test_only_the_allowed_error_is_allowed - Failed: the app logged an error*",
        "FAILED test_examples.py::test_a_failing_test_keeps_its_own_failure - assert 1 == 2",
        "ERROR test_examples.py::test_an_allowed_error_must_be_logged - Failed: no error logged matching*",
        "ERROR test_examples.py::test_an_error_logged_while_tearing_down_counts - Failed: the app logged*",
    ])
    result.stdout.fnmatch_lines(["CRITICAL optimce_desktop.services.example: unhandled exception"])
