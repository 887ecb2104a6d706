"""Typed one-line text as the operator means it: a double or a trailing space can only be a slip."""

from __future__ import annotations

import pytest

from optimce_desktop.domain.text import tidy_line


@pytest.mark.parametrize(("typed", "meant"), [
    ("Rue  Grande ", "Rue Grande"),
    ("  Rue Grande", "Rue Grande"),
    ("Rue Grande", "Rue Grande"),
    ("bte\t2", "bte 2"),
    ("Liège\u00a0\u00a0Centre", "Liège Centre"),
    ("   ", ""),
    ("", ""),
])
def test_spaces_at_either_end_go_and_a_run_of_spaces_is_one(typed: str, meant: str) -> None:
    assert tidy_line(typed) == meant


def test_a_tidy_text_is_left_as_it_is() -> None:
    for text in ("Rue de l'Église", "MTR-NEW1", "a < b > c", "<b>x</b>"):
        assert tidy_line(text) == text
