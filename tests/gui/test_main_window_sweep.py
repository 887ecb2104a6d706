"""The detail sweep where the operator sees it: the main window against an emulator of 1,205 meters, the
sweep at the pace set in the settings, its progress in the status bar, and the note that a sort or a search
on holders is not complete yet."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QLabel

from optimce_desktop.app import compose_main_window
from optimce_desktop.crm.client import CrmClient
from optimce_desktop.emulator import DEMO_MANAGER, EmulatorServer
from optimce_desktop.gui.meter_rows import Column, SearchField
from optimce_desktop.services.detail_sweep import SETTINGS_REQUESTS_PER_S

METERS = 1200


@pytest.fixture
def big_emulator(tmp_path, emulator_today) -> Iterator[EmulatorServer]:
    with EmulatorServer(tmp_path / "big-crm.sqlite3", meters=METERS, today=emulator_today) as server:
        yield server


@pytest.fixture
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def open_big_window(qtbot, styled_app, big_emulator, task_runner, app_settings, local_database) -> Iterator:
    opened = []
    token = big_emulator.token_for(DEMO_MANAGER)
    client = CrmClient(big_emulator.base_url, lambda: token, language="en", get_retry_delays=())

    def opener(requests_per_s: float):  # noqa: ANN202 - a MainWindow
        app_settings.setValue(SETTINGS_REQUESTS_PER_S, requests_per_s)
        window = compose_main_window(client, task_runner, app_settings, local_database)
        qtbot.addWidget(window)
        window.resize(1440, 860)
        window.show()
        window.start()
        opened.append(window)
        qtbot.waitUntil(lambda: window.table_model.total_count > METERS
                        and not window.ui.loadProgress.isVisible(), timeout=15_000)
        return window

    yield opener
    for window in opened:
        window.close()
    client.close()


def label(window) -> QLabel:  # noqa: ANN001
    return window.sweep_label


def holder_shown(window, row: int) -> bool:  # noqa: ANN001
    return window.table_model.index(row, Column.HOLDER).data() != "…"


def test_progress_in_the_status_bar_in_the_regional_format(qtbot, open_big_window, english_locale):
    window = open_big_window(requests_per_s=1)
    total = window.table_model.total_count

    qtbot.waitUntil(lambda: label(window).isVisible(), timeout=5000)
    assert re.fullmatch(rf"Holders: \d+ of {total // 1000},{total % 1000:03d}", label(window).text())
    assert "sorting or searching" in label(window).toolTip()

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Belgium))
    qtbot.keyClicks(window.ui.searchEdit, "5")  # anything that shows the label again
    belgian = QLocale().toString(total)
    assert belgian != f"{total:,}" and label(window).text().endswith(f"of {belgian}")


def test_sorting_or_searching_on_holders_not_read_yet_says_so(qtbot, open_big_window, english_locale):
    window = open_big_window(requests_per_s=1)
    qtbot.waitUntil(lambda: label(window).isVisible(), timeout=5000)
    header = window.ui.meterTable.horizontalHeader()

    def click_header(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click_header(Column.HOLDER)
    assert label(window).text().startswith("⚠ Holders still being read: ")
    click_header(Column.EAN)
    assert label(window).text().startswith("Holders: ")

    combo = window.ui.searchFieldCombo
    combo.setCurrentIndex(combo.findData(int(SearchField.HOLDER)))
    qtbot.keyClicks(window.ui.searchEdit, "du")
    assert label(window).text().startswith("⚠ Holders still being read: ")
    combo.setCurrentIndex(combo.findData(int(SearchField.EAN)))
    assert label(window).text().startswith("Holders: ")


def test_rows_scrolled_to_are_read_before_the_rest(qtbot, open_big_window):
    window = open_big_window(requests_per_s=1)
    table = window.ui.meterTable
    target = 900

    table.scrollTo(window.table_model.index(target, 0), table.ScrollHint.PositionAtTop)
    first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
    assert first >= target - 1 and last > first

    # at one request a second in list order, row 900 would wait a quarter of an hour
    qtbot.waitUntil(lambda: all(holder_shown(window, row) for row in range(first, last + 1)), timeout=10_000)
    done, total = window.meters.sweep_progress
    assert done < target


def test_the_label_goes_once_every_holder_is_read(qtbot, open_window, app_settings):
    app_settings.setValue(SETTINGS_REQUESTS_PER_S, 100)  # 300 meters: 3 s
    window = open_window()
    qtbot.waitUntil(lambda: label(window).isVisible(), timeout=10_000)

    qtbot.waitUntil(lambda: not label(window).isVisible(), timeout=15_000)
    assert window.meters.sweep_progress == (window.table_model.total_count,) * 2
    assert all(holder_shown(window, row) for row in range(window.table_model.rowCount()))
