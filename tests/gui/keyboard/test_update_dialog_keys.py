"""The update form from the keyboard: the cursor starts in the first field, Alt+letter reaches each field,
the DSO is picked or typed, and the change summary's Enter and Esc do what its marked buttons say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from optimce_desktop.gui.widgets.confirm_buttons import DEFAULT_RING
from tests.fixtures.services import shown_box

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard",
                                       "This plugin does not support raise()")


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _alt(qtbot, dialog, letter: str) -> None:
    QTest.keyClick(dialog, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def _opened(qtbot, open_dialog, detail):
    dialog = open_dialog(detail)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def test_the_form_opens_with_the_cursor_in_its_first_field(qtbot, open_dialog, guide_detail):
    dialog = _opened(qtbot, open_dialog, guide_detail)
    description = dialog.ui.descriptionEdit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is description, timeout=2000)
    QTest.keyClick(_focused(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focused(), " and a heat pump")
    assert description.toPlainText() == guide_detail.meter_data.description + " and a heat pump"


def test_alt_and_each_label_letter_puts_the_cursor_in_its_field(qtbot, open_dialog, guide_detail):
    dialog = _opened(qtbot, open_dialog, guide_detail)
    labels = [label for label in dialog.findChildren(QLabel) if label.property("role") == "fieldLabel"]
    assert len(labels) == 13
    for label in labels:
        letter = label.text()[label.text().index("&") + 1]
        _alt(qtbot, dialog, letter)
        buddy = label.buddy()
        assert buddy is not None, label.objectName()
        target = buddy.focusProxy() or buddy
        qtbot.waitUntil(lambda target=target: _focused() in (target, *target.findChildren(QWidget)),
                        timeout=1000)
    # the tariff's letter goes to the chosen card, not to the first one
    _alt(qtbot, dialog, "t")
    QTest.keyClick(_focused(), Qt.Key.Key_Right)
    assert dialog.ui.rateBiHourlyRadio.isChecked()
    _alt(qtbot, dialog, "w")
    _alt(qtbot, dialog, "t")
    assert _focused() is dialog.ui.rateBiHourlyRadio


def test_a_click_on_the_dso_opens_its_list_and_typing_still_writes_a_dso(qtbot, open_dialog, guide_detail):
    dialog = _opened(qtbot, open_dialog, guide_detail)
    combo = dialog.ui.dsoCombo
    qtbot.mouseClick(combo.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(combo.view().isVisible, timeout=2000)
    qtbot.keyClicks(combo.view(), "F")
    qtbot.waitUntil(lambda: not combo.view().isVisible(), timeout=2000)
    qtbot.keyClicks(combo.lineEdit(), "luvius")
    assert combo.currentText() == "Fluvius"
    assert dialog.current_update().grd == "Fluvius"


def test_the_dso_list_names_regions_and_offers_elia_only_as_the_current_value(qtbot, open_dialog,
                                                                             guide_detail):
    dialog = open_dialog(guide_detail)
    combo = dialog.ui.dsoCombo
    shown = _list_texts(combo)
    assert "ORES — Wallonia" in shown and "Fluvius — Flanders" in shown and "Sibelga — Brussels" in shown
    assert not any(text.startswith("Elia") for text in shown)
    assert combo.currentText() == guide_detail.meter_data.grd  # the field shows the DSO alone

    on_elia = guide_detail.meter_data.model_copy(update={"grd": "ELIA"})
    dialog = open_dialog(guide_detail.model_copy(update={"meter_data": on_elia}))
    assert _list_texts(dialog.ui.dsoCombo)[-1] == "Elia — Transmission system operator"
    assert dialog.ui.dsoCombo.currentText() == "Elia"


def _list_texts(combo) -> list[str]:
    from PySide6.QtWidgets import QStyleOptionViewItem

    texts = []
    for row in range(combo.count()):
        option = QStyleOptionViewItem()
        combo.itemDelegate().initStyleOption(option, combo.model().index(row, 0))
        texts.append(option.text)
    return texts


def test_the_focused_tariff_card_wears_a_ring_unlike_the_chosen_one(qtbot, styled_app, open_dialog,
                                                                     guide_detail):
    dialog = _opened(qtbot, open_dialog, guide_detail)
    card = dialog.ui.rateSimpleRadio
    assert card.isChecked()
    unfocused = _left_edge(card)
    _alt(qtbot, dialog, "t")
    qtbot.waitUntil(card.hasFocus, timeout=1000)
    focused = _left_edge(card)
    # chosen: a thin green line on a light tint; focused: a thick dark ring
    assert unfocused[0] == QColor("#43A047") and unfocused[1].lightnessF() > 0.85
    assert all(pixel.lightnessF() < 0.3 for pixel in focused)


def _left_edge(widget: QWidget) -> list[QColor]:
    """The card's two leftmost pixels, half-way down."""
    image = widget.grab().toImage()
    return [image.pixelColor(x, image.height() // 2) for x in (0, 1)]


def test_on_the_summary_esc_goes_back_and_enter_sends_as_marked(
        qtbot, open_dialog, guide_detail, emulator_today):
    dialog = _opened(qtbot, open_dialog, guide_detail)
    _alt(qtbot, dialog, "a")
    _focused().selectAll()
    qtbot.keyClicks(_focused(), "50")
    _alt(qtbot, dialog, "e")
    # the current period's own start: the form warns that it is replaced, so sending asks first
    qtbot.keyClicks(_focused(), f"{guide_detail.meter_data.start_date:%d/%m/%Y}")
    assert dialog.ui.validateButton.isEnabled()

    def look_then_press(key: Qt.Key) -> dict:
        box = shown_box(qtbot, dialog, "changeSummary")
        buttons = {b.text(): b for b in box.buttons()}
        seen = {"default": box.defaultButton().text(),
                "primary": [t for t, b in buttons.items() if b.property("primary")],
                "ring": DEFAULT_RING in box.styleSheet(),
                "focus": box.focusWidget().text() if isinstance(box.focusWidget(), QAbstractButton) else None}
        QTest.keyClick(box.focusWidget() or box, key)
        assert not box.isVisible()
        return seen

    QTest.keyClick(dialog.ui.effectiveDateEdit, Qt.Key.Key_Return)  # Enter in the form validates
    assert look_then_press(Qt.Key.Key_Escape) == {"default": "Send", "primary": ["Send"], "ring": True,
                                                  "focus": "Send"}
    assert not dialog.is_sending and dialog.isVisible()

    acknowledged = []
    dialog.acknowledged.connect(acknowledged.append)
    QTest.keyClick(dialog.ui.effectiveDateEdit, Qt.Key.Key_Return)
    look_then_press(Qt.Key.Key_Return)  # the summary is the confirmation: Enter sends
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    assert dialog.applied_update is not None and dialog.applied_update.amperage == 50


def test_the_other_confirmations_mark_their_safe_default(qtbot, open_dialog, guide_detail):
    dialog = _opened(qtbot, open_dialog, guide_detail)
    qtbot.keyClicks(_focused(), "x")
    QTest.keyClick(_focused(), Qt.Key.Key_Escape)
    box = shown_box(qtbot, dialog, "discardConfirmation")
    default = box.defaultButton()
    assert isinstance(default, QPushButton)
    assert (default.text(), [b.text() for b in box.buttons() if b.property("primary")]) == (
        "Keep editing", ["Keep as draft"])
    QTest.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)
    assert not box.isVisible() and dialog.isVisible()
