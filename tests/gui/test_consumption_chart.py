"""The consumption chart: which day is under the cursor, its tooltip, round axis steps, painting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from optimce_desktop.domain.consumption import DailyConsumption
from optimce_desktop.gui.widgets import consumption_chart
from optimce_desktop.gui.widgets.consumption_chart import ConsumptionChart, nice_step

FIRST = dt.date(2026, 3, 1)


def _days(count: int, scale: float = 1.0) -> list[DailyConsumption]:
    return [DailyConsumption(FIRST + dt.timedelta(days=i), consumed_net=0.5 * scale,
                             consumed_shared=1.0 * scale, injected_net=0.25 * scale,
                             injected_shared=0.75 * scale) for i in range(count)]


@pytest.fixture
def english():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def chart(qtbot) -> ConsumptionChart:
    widget = ConsumptionChart()
    qtbot.addWidget(widget)
    widget.resize(720, 280)
    return widget


def _spans(chart: ConsumptionChart) -> dict[dt.date, list[int]]:
    """The widget x positions over which each day is found, scanning the whole width."""
    spans: dict[dt.date, list[int]] = {}
    for x in range(chart.width()):
        day = chart.day_at(x)
        if day is not None:
            spans.setdefault(day, []).append(x)
    return spans


def test_days_read_back_and_widget_is_named(chart):
    days = _days(3)
    chart.set_days(days)
    assert chart.days == days
    assert chart.objectName() == "consumptionChart"
    assert chart.accessibleName() == "Consumption chart"
    assert chart.minimumHeight() >= 200


def test_each_day_owns_one_contiguous_slot_left_to_right(chart):
    chart.set_days(_days(5))
    spans = _spans(chart)
    assert list(spans) == [FIRST + dt.timedelta(days=i) for i in range(5)]
    for xs in spans.values():
        assert xs == list(range(xs[0], xs[-1] + 1))
    widths = [len(xs) for xs in spans.values()]
    assert max(widths) - min(widths) <= 1
    assert chart.day_at(0) is None  # the y axis labels are not a day
    assert chart.day_at(chart.width() + 10) is None


def test_centre_of_first_and_last_groups_map_to_their_days(chart, english):
    chart.set_days(_days(4))
    spans = _spans(chart)
    first, last = spans[FIRST], spans[FIRST + dt.timedelta(days=3)]
    assert chart.day_at((first[0] + first[-1]) // 2) == FIRST
    assert chart.day_at((last[0] + last[-1]) // 2) == dt.date(2026, 3, 4)

    text = chart.tooltip_text_at((last[0] + last[-1]) // 2)
    assert text is not None
    lines = text.splitlines()
    assert lines[0] == "04/03/2026"
    assert "Consumption: 1.50 kWh" in lines
    assert "Injection: 1.00 kWh" in lines
    assert any(line.strip() == "From the community: 1.00 kWh" for line in lines)
    assert any(line.strip() == "From the grid: 0.50 kWh" for line in lines)
    assert any(line.strip() == "To the community: 0.75 kWh" for line in lines)
    assert any(line.strip() == "To the grid: 0.25 kWh" for line in lines)


def test_tooltip_uses_the_locale_decimal_separator(chart):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Belgium))
    try:
        chart.set_days(_days(1))
        text = chart.tooltip_text_at(chart.width() // 2)
    finally:
        QLocale.setDefault(previous)
    assert text is not None and "1,50 kWh" in text


def test_no_days_has_no_tooltip_and_still_paints(chart):
    chart.set_days([])
    assert chart.day_at(chart.width() // 2) is None
    assert chart.tooltip_text_at(chart.width() // 2) is None
    assert not chart.grab().isNull()


def test_a_day_with_nothing_still_paints(chart):
    chart.set_days([DailyConsumption(FIRST, 0.0, 0.0, 0.0, 0.0)])
    assert not chart.grab().isNull()
    assert chart.day_at(chart.width() // 2) == FIRST


@pytest.mark.parametrize(("maximum", "count", "step"), [
    (37.2, 5, 10), (0.8, 4, 0.2), (1.0, 4, 0.5), (12.0, 4, 5), (4000.0, 4, 1000), (0.003, 4, 0.001),
    (0.0, 4, 1),
])
def test_nice_step_is_one_two_or_five_times_a_power_of_ten(maximum, count, step):
    assert nice_step(maximum, count) == pytest.approx(step)


def test_large_values_paint_with_a_round_axis(chart):
    chart.set_days(_days(30, scale=1234.5))
    assert not chart.grab().isNull()
    assert nice_step(1234.5 * 1.5, 4) == 500


def test_picture_shows_all_four_series(chart, english, tmp_path):
    chart.set_days(_days(7))
    path = tmp_path / "consumption_chart.png"
    assert chart.grab().save(str(path))
    image = QImage(str(path))
    colours = {QColor(image.pixel(x, y)).name().upper()
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    series = {c.name().upper() for c in (consumption_chart.CONSUMED_SHARED, consumption_chart.CONSUMED_NET,
                                          consumption_chart.INJECTED_SHARED, consumption_chart.INJECTED_NET)}
    assert len(series) == 4 and series <= colours


def test_hovering_a_day_shows_its_tooltip(chart, english, qtbot):
    chart.set_days(_days(3))
    chart.show()
    qtbot.waitExposed(chart)
    x = chart.width() // 2
    position = QPoint(x, chart.height() // 2)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, position, chart.mapToGlobal(position)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == chart.tooltip_text_at(x)
    QToolTip.hideText()
