"""Dialog tests never hang on a message box nobody answers."""

import pytest


@pytest.fixture(autouse=True)
def _no_unanswered_boxes(request):
    """Every dialog test fails, instead of hanging, when a message box opens that it does not answer."""
    return request.getfixturevalue("modal_box_watchdog")
