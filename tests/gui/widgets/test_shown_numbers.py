"""Numbers read on screen (the period cards) follow the user's regional format, and are never rounded
below the three decimals the CRM keeps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from optimce_desktop.domain.enums import ClientType, MeterStatus, Rate
from optimce_desktop.domain.models import Period
from optimce_desktop.gui.period_cards import PeriodCards


@pytest.fixture
def regional_format(request) -> Iterator[str]:
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


def _period(**numbers: float) -> Period:
    return Period(id=1, status=MeterStatus.ACTIVE, rate=Rate.SIMPLE, client_type=ClientType.RESIDENTIAL,
                  start_date=dt.date(2026, 1, 1), **numbers)


@pytest.mark.parametrize(("regional_format", "power", "capacity"), [
    ("fr_BE", "12,345 kVA", "1\u202f234,50 kVA"),
    ("nl_BE", "12,345 kVA", "1.234,50 kVA"),
    ("de_BE", "12,345 kVA", "1.234,50 kVA"),
    ("en_US", "12.345 kVA", "1,234.50 kVA"),
    ("C", "12.345 kVA", "1234.50 kVA"),
], indirect=["regional_format"])
def test_the_cards_show_numbers_in_the_regional_format(qtbot, regional_format, power, capacity):
    cards = PeriodCards()
    qtbot.addWidget(cards)
    cards.show_period(_period(sampling_power=12.345, total_generating_capacity=1234.5, amperage=40))
    assert cards.value("samplingPower") == power
    assert cards.value("generatingCapacity") == capacity
    assert cards.value("amperage") == "40 A"


@pytest.mark.parametrize("regional_format", ["fr_BE"], indirect=True)
def test_not_set_reads_dashes(qtbot, regional_format):
    cards = PeriodCards()
    qtbot.addWidget(cards)
    cards.show_period(_period())
    assert [cards.value(key) for key in ("samplingPower", "generatingCapacity", "amperage")] == ["--"] * 3
