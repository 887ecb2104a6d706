"""The community field of the filter bar, as a French-speaking operator sees it on a 1366 px laptop: the
community's name whole (the role, in the open list and the tooltip), also in the narrowest window; and a
name too long for the room ending with "…", never clipped mid-letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QStyle, QStyleOptionComboBox, QWidget

from optimce_desktop.app import compose_main_window
from optimce_desktop.gui.widgets.short_name_combo import SHORT_NAME_ROLE, ShortNameCombo
from tests.support.screenshots import save_screenshot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise()")

TOURNESOLS, HESBAYE = "CE Les Tournesols", "CE Hesbaye Solaire"


@pytest.fixture
def laptop_window(qtbot, french_belgian, styled_app, manager_client, task_runner, app_settings,
                  local_database):
    window = compose_main_window(manager_client, task_runner, app_settings, local_database)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.table_model.total_count > 0 and not window.ui.loadProgress.isVisible()
                    and window.ui.communityCombo.count() > 1, timeout=15_000)
    return window


def _text_room(combo) -> int:
    """The width of the closed field's text area, as the style lays it out."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return field.width() - 2


def _drawn_text(combo) -> str:
    """The text the closed field draws (a plain QComboBox draws its current text, clipped to the field)."""
    shown_text = getattr(combo, "shown_text", None)
    return shown_text() if shown_text is not None else combo.currentText()


def _assert_shows_whole(combo, name: str) -> None:
    drawn = _drawn_text(combo)
    needed = combo.fontMetrics().horizontalAdvance(drawn)
    assert needed <= _text_room(combo), f"{drawn!r} needs {needed} px, the field has {_text_room(combo)}"
    assert drawn == name


def _pick_with_the_keyboard(qtbot, combo, name: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)
    view = combo.view()
    for _ in range(combo.count()):
        if combo.itemText(view.currentIndex().row()).startswith(name):
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)


def test_the_field_shows_the_community_name_whole_and_its_role_in_the_tooltip(qtbot, laptop_window):
    window = laptop_window
    combo = window.ui.communityCombo
    window.layout().activate()
    for name in (TOURNESOLS, HESBAYE):  # room for either, so that the field keeps its width
        needed = combo.fontMetrics().horizontalAdvance(name)
        assert needed <= _text_room(combo), f"{name!r} needs {needed} px, the field has {_text_room(combo)}"
    _assert_shows_whole(combo, TOURNESOLS)
    assert combo.toolTip().startswith(f"{TOURNESOLS}  ·  Gestionnaire")  # the role, left out of the field
    assert combo.currentText() == f"{TOURNESOLS}  ·  Gestionnaire"  # what a screen reader says
    save_screenshot(window.ui.filterBar, "community-field-fr-1366.png")

    _pick_with_the_keyboard(qtbot, combo, HESBAYE)
    qtbot.waitUntil(lambda: window.windowTitle().startswith(HESBAYE), timeout=5000)
    window.layout().activate()
    _assert_shows_whole(combo, HESBAYE)
    assert combo.toolTip().startswith(f"{HESBAYE}  ·  ")
    for row in range(combo.count()):  # the open list keeps the role of each community
        assert "  ·  " in combo.itemText(row)


def test_in_the_narrowest_window_the_name_stays_whole(qtbot, laptop_window):
    window = laptop_window
    combo = window.ui.communityCombo
    window.resize(window.minimumSizeHint().width(), 728)
    qtbot.waitUntil(lambda: window.width() < 1366, timeout=2000)
    window.layout().activate()
    assert window.ui.filterBar.width() < window.ui.filterBar.sizeHint().width()  # short of room
    _assert_shows_whole(combo, TOURNESOLS)
    save_screenshot(window.ui.filterBar, "community-field-fr-narrow.png")


def test_a_long_name_short_of_room_ends_with_an_ellipsis(qtbot, styled_app):
    """Beside a search field, in a bar narrower than both want: the name is cut at a letter that is drawn
    whole, and says so with "…"."""
    long_name = "Communauté d'énergie renouvelable de la vallée de la Meuse"
    bar = QWidget()
    qtbot.addWidget(bar)
    layout = QHBoxLayout(bar)
    combo = ShortNameCombo()
    combo.setMinimumContentsLength(14)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.addItem(f"{long_name}  ·  Manager")
    combo.setItemData(0, long_name, SHORT_NAME_ROLE)
    layout.addWidget(combo)
    layout.addWidget(QLineEdit())
    bar.show()
    full = combo.sizeHint().width()
    assert full - combo.minimumSizeHint().width() > 100  # it asks for the whole name, can do with less
    bar.resize(bar.minimumSizeHint().width(), bar.height())
    qtbot.waitUntil(lambda: combo.width() < full, timeout=2000)
    shown = combo.shown_text()
    assert shown.endswith("…") and long_name.startswith(shown[:-1]) and len(shown) > 10, shown
    assert combo.fontMetrics().horizontalAdvance(shown) <= _text_room(combo)
    save_screenshot(bar, "community-field-long-name.png")
