"""Long status texts in French on a 1366 px laptop: the status filter shows the entry picked whole (« ● Pas
encore actif », not « ● Pas encore »), and the header of a meter not active yet keeps its pill a pill and
says « En attente du GRD à partir du 25/03/2027 » on one line, under the EAN when the pane is too narrow for
both, without pushing the pane's cards out of view."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from optimce_desktop.domain.ean import check_digit
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_form import MeterFields
from optimce_desktop.domain.new_meter import NewMeter
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from tests.support.screenshots import save_screenshot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise()")


@pytest.fixture
def laptop(qtbot, french_belgian, loaded_window):  # noqa: ANN001, ANN201 - the main window
    window = loaded_window
    window.resize(1366, 728)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _text_room(combo: QComboBox) -> int:
    """The width the closed field gives its text, beside the entry's icon."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = combo.iconSize().width() + 4 if not option.currentIcon.isNull() else 0
    return field.width() - 2 - icon


@pytest.mark.parametrize("name", ["statusFilterCombo", "searchFieldCombo"])
def test_the_closed_filter_shows_each_entry_picked_whole(qtbot, laptop, name):
    combo: QComboBox = getattr(laptop.ui, name)
    combo.setFocus()
    while combo.currentIndex() > 0:
        QTest.keyClick(combo, Qt.Key.Key_Up)
    picked = []
    for _ in range(combo.count()):
        qtbot.waitUntil(lambda: combo.width() >= combo.minimumWidth(), timeout=2000)
        text = combo.currentText()
        needed = combo.fontMetrics().horizontalAdvance(text)
        assert needed <= _text_room(combo), f"{text!r} needs {needed} px, the field shows {_text_room(combo)}"
        picked.append(text)
        QTest.keyClick(combo, Qt.Key.Key_Down)  # the next entry, as the operator goes through them
    if name == "statusFilterCombo":
        assert "Pas encore actif" in picked
        combo.setCurrentIndex(picked.index("Pas encore actif"))
        save_screenshot(laptop, "status-filter-not-active-yet.png")
    assert laptop.ui.searchEdit.width() >= laptop.ui.searchEdit.minimumWidth()


@pytest.fixture
def not_active_yet(manager_client, emulator_today) -> tuple[str, dt.date]:  # noqa: ANN001
    """A meter whose first period starts in a few months, waiting for its DSO's approval (the CRM has it
    before the window opens): its EAN and first day."""
    guide = manager_client.meter_detail(GUIDE_EAN, community_id=TOURNESOLS_AUTH_ID)
    ean = "54144800000007" + "310"
    ean += check_digit(ean)
    start = emulator_today + dt.timedelta(days=109)
    period = MeterDataUpdate.from_detail(guide).model_copy(update={
        "status": MeterStatus.WAITING_GRD, "effective_date": start, "holder": None,
        "sharing_operation": None})
    fields = dataclasses.replace(MeterFields.from_detail(guide), ean=ean, meter_number="MTR-LATER")
    manager_client.create_meter(NewMeter(fields, period).to_body(), community_id=TOURNESOLS_AUTH_ID)
    return ean, start


def _shown(qtbot, window, ean: str):  # noqa: ANN001, ANN202 - the pane
    """The meter found with the search and picked in the list, as the operator does."""
    qtbot.keyClicks(window.ui.searchEdit, ean)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 1, timeout=5000)
    window.ui.meterTable.setFocus()
    QTest.keyClick(window.ui.meterTable, Qt.Key.Key_Down)
    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.shown_ean == ean, timeout=5000)
    return pane


def _in_view(widget, pane) -> bool:  # noqa: ANN001
    viewport = pane.scroll_area.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return rect.left() >= 0 and rect.right() <= viewport.width()


@pytest.mark.parametrize("detail_width", [None, 640, 600])
def test_a_meter_not_active_yet_says_when_it_starts_on_one_line_and_keeps_its_cards_in_view(
        qtbot, not_active_yet, laptop, detail_width):
    window = laptop
    if detail_width is not None:  # the operator dragged the splitter towards the detail
        window.ui.mainSplitter.setSizes([window.ui.mainSplitter.width() - detail_width, detail_width])
    ean, start = not_active_yet
    pane = _shown(qtbot, window, ean)
    pill, note = pane.status_pill, pane.status_note
    assert pill.text() == "Pas encore actif"
    assert note.text() == f"En attente du GRD à partir du {start:%d/%m/%Y}"
    two_lines = 2 * note.fontMetrics().lineSpacing()
    one_line = note.fontMetrics().horizontalAdvance(note.text())
    qtbot.waitUntil(lambda: note.isVisible() and note.width() >= one_line, timeout=2000)
    assert note.heightForWidth(note.width()) < two_lines, "the note wraps"
    assert pill.height() <= pill.sizeHint().height(), "the pill grew as tall as the row"
    bar = pane.scroll_area.horizontalScrollBar()
    cards = (pane.address_card, pane.meter_card, pane.holder_card)
    qtbot.waitUntil(lambda: bar.maximum() == 0 and all(_in_view(card, pane) for card in cards),
                    timeout=2000)  # once the cards have reflowed to the pane's width
    assert not bar.isVisible(), "the pane scrolls sideways"
    assert _in_view(pane.findChild(type(pane.ean_label), "eanTitle"), pane)
    save_screenshot(window, f"not-active-yet-header-{detail_width or 'default'}.png")
