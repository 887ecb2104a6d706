"""The detail pane's consumption tab, in the main window on the emulator: the selected meter's last week
read when the tab opens, the chart and totals, Show again offline from the saved days and read again once
the CRM is back, a failure said with Retry, and a range that cannot be read explained next to the dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from optimce_desktop.emulator import GUIDE_EAN, WAITING_EAN
from optimce_desktop.gui.widgets.field_message import FieldMark, field_mark
from optimce_desktop.services.texts import date_text
from tests.support.look import ERROR_RED, text_colour
from tests.support.screenshots import save_screenshot


def open_consumption(qtbot, window):
    window.select_meter(GUIDE_EAN)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == GUIDE_EAN, timeout=10_000)
    pane = window.detail_pane
    view = pane.consumption_view
    assert view is not None
    pane.tabs.setCurrentWidget(view)
    return view


def test_the_last_week_is_read_when_the_tab_opens_and_shown_offline_after(
        qtbot, emulator, emulator_today, loaded_window):
    view = open_consumption(qtbot, loaded_window)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)

    first, last = emulator_today - dt.timedelta(days=7), emulator_today - dt.timedelta(days=1)
    assert view.shown == (GUIDE_EAN, first, last)
    assert [day.day for day in view.chart.days] == [first + dt.timedelta(days=n) for n in range(7)]
    assert view.totals_label.text().startswith(
        f"Meter {GUIDE_EAN}, from {date_text(first)} to {date_text(last)}: consumption ")
    assert view.source_label.text().startswith("Read from the CRM at ")
    save_screenshot(loaded_window, "consumption-tab.png")

    emulator.stop()
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.source_label.text().startswith("Offline:"), timeout=10_000)
    assert "showing the consumption saved on" in view.source_label.text()
    assert len(view.chart.days) == 7 and not view.banner.isVisible()

    emulator.start()
    loaded_window.refresh()  # the CRM is asked again: back online, the saved days are read again
    qtbot.waitUntil(lambda: view.source_label.text().startswith("Read from the CRM"), timeout=10_000)
    assert len(view.chart.days) == 7


def test_a_read_that_failed_offline_is_done_once_the_crm_is_back(qtbot, emulator, loaded_window):
    loaded_window.select_meter(GUIDE_EAN)
    qtbot.waitUntil(lambda: loaded_window.detail_pane.shown_ean == GUIDE_EAN, timeout=10_000)
    emulator.stop()
    view = open_consumption(qtbot, loaded_window)  # never read before: nothing saved
    qtbot.waitUntil(view.banner.isVisible, timeout=10_000)
    assert "cannot be reached" in view.banner.message.text() and loaded_window.offline_banner.isVisible()

    emulator.start()
    loaded_window.refresh()
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    assert not view.banner.isVisible() and len(view.chart.days) == 7


def test_a_failure_is_said_with_retry(qtbot, emulator, loaded_window):
    emulator.faults.add(path=f"/meters/{GUIDE_EAN}/consumptions", status=500)
    view = open_consumption(qtbot, loaded_window)
    qtbot.waitUntil(view.banner.isVisible, timeout=10_000)
    assert view.banner.message.text().startswith("The consumption could not be read.")
    assert view.chart.days == [] and view.chart.empty_text == ""  # the banner says why, the chart nothing

    qtbot.mouseClick(view.banner.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    assert not view.banner.isVisible() and len(view.chart.days) == 7


def test_a_range_that_cannot_be_read_is_explained_next_to_the_dates(qtbot, emulator, loaded_window):
    view = open_consumption(qtbot, loaded_window)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    end = view.end_edit.optional_date()

    view.start_edit.set_optional_date(end + dt.timedelta(days=1))  # today: the last day the field takes

    assert view.range_message.isVisible() and not view.show_button.isEnabled()
    assert text_colour(view.range_message) == ERROR_RED
    assert view.range_message.text() == f"The first day must be on or before the last day ({date_text(end)})."
    view.start_edit.set_optional_date(end - dt.timedelta(days=400))
    assert view.range_message.text() == "Choose at most 366 days."
    view.start_edit.set_optional_date(end - dt.timedelta(days=2))
    assert not view.range_message.isVisible() and view.show_button.isEnabled()


def test_a_typed_day_that_is_no_day_is_said_next_to_the_dates_and_disables_show(qtbot, emulator,
                                                                                loaded_window):
    view = open_consumption(qtbot, loaded_window)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    view.start_edit.setFocus()
    view.start_edit.selectAll()
    qtbot.keyClicks(view.start_edit, "31/11/2026")
    assert view.range_message.text() == "From: 31/11/2026 is not a day of the calendar"
    assert not view.show_button.isEnabled() and view.start_edit.text() == "31/11/2026"
    assert field_mark(view.start_edit) is FieldMark.ERROR and field_mark(view.end_edit) is FieldMark.NONE

    view.end_edit.setFocus()
    view.end_edit.selectAll()
    qtbot.keyClick(view.end_edit, Qt.Key.Key_Delete)
    assert view.range_message.text().startswith("From: ")  # the first field's problem first
    view.start_edit.set_optional_date(view.shown[1])
    assert view.range_message.text() == "Type the last day." and not view.show_button.isEnabled()

    qtbot.keyClicks(view.end_edit, "2/2")
    assert view.range_message.text() == "To: Not a date: type it as dd/mm/yyyy, e.g. 20/01/2027"
    tomorrow = view.shown[2] + dt.timedelta(days=2)
    view.end_edit.set_optional_date(tomorrow)  # the last day can be today at most
    assert view.range_message.text().startswith("To: Choose a day between 01/01/2000 and ")
    view.end_edit.set_optional_date(view.shown[2])
    assert not view.range_message.isVisible() and view.show_button.isEnabled()


def test_days_without_data_say_so_once_instead_of_keeping_the_totals_shown(qtbot, emulator, loaded_window):
    view = open_consumption(qtbot, loaded_window)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    assert view.totals_label.text().startswith(f"Meter {GUIDE_EAN}, from ")
    first, last = view.shown[1] - dt.timedelta(days=90), view.shown[1] - dt.timedelta(days=60)
    view.start_edit.set_optional_date(first)
    view.end_edit.set_optional_date(last)  # the emulator has the last 3 weeks only
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.shown == (GUIDE_EAN, first, last), timeout=10_000)
    assert view.chart.days == []
    said_once = f"No data for meter {GUIDE_EAN} from {date_text(first)} to {date_text(last)}."
    assert view.chart.empty_text == said_once
    assert view.totals_label.text() == ""  # one message, not a second one under the chart
    said = [label.text() for label in view.findChildren(QLabel) if label.isVisible() and label.text()]
    assert not [text for text in said if "No data" in text or "No consumption" in text], said
    assert view.source_label.text().startswith("Read from the CRM at ")


def test_the_chosen_days_stay_for_the_next_meter_and_say_which_meter_and_days(qtbot, emulator,
                                                                                loaded_window):
    """To compare meters over the same days: the range the operator chose stays when another meter is
    selected, and what is shown names that meter and those days."""
    view = open_consumption(qtbot, loaded_window)
    qtbot.waitUntil(lambda: view.shown is not None, timeout=10_000)
    first, last = view.shown[1] - dt.timedelta(days=5), view.shown[2] - dt.timedelta(days=3)
    for edit, day in ((view.start_edit, first), (view.end_edit, last)):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, date_text(day))
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.shown == (GUIDE_EAN, first, last), timeout=10_000)

    window = loaded_window
    assert window.select_meter(WAITING_EAN)
    qtbot.waitUntil(lambda: window.detail_pane.shown_ean == WAITING_EAN, timeout=10_000)
    assert view.chart.days == [] and view.totals_label.text() == ""  # nothing of the other meter stays
    qtbot.waitUntil(lambda: view.shown == (WAITING_EAN, first, last), timeout=10_000)
    assert (view.start_edit.text(), view.end_edit.text()) == (date_text(first), date_text(last))
    shown = view.totals_label.text() if view.chart.days else view.chart.empty_text
    assert f"meter {WAITING_EAN}" in shown.casefold() and f"{date_text(first)} to {date_text(last)}" in shown
