"""The holder of a new meter, picked from the keyboard in French: the "no holder" entry's words are what the
field shows while nobody is chosen, never the start of what the operator types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from optimce_desktop.domain.update import UpdateField
from optimce_desktop.gui.add_meter_dialog import AddMeterDialog
from tests.gui.actions.helpers import shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise()",
                                       "This plugin does not support grabbing the keyboard")


@pytest.fixture
def french_add(qtbot, french_belgian, styled_app, service, member_directory, window):  # noqa: ANN001, ANN201
    dialog = shown(qtbot, AddMeterDialog(service, "community", "CE Les Tournesols", lambda ean: False,
                                         member_directory, window))
    qtbot.waitUntil(lambda: member_directory.is_loaded, timeout=5000)
    yield dialog
    dialog.done(0)


def test_typing_a_name_after_opening_and_closing_the_list_types_that_name(qtbot, french_add):
    dialog = french_add
    combo = dialog.period_form.holder_combo
    assert combo.currentText() == "Aucun titulaire"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # T&itulaire
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible(), timeout=2000)
    assert QApplication.focusWidget() is combo
    qtbot.keyClicks(combo.lineEdit(), "Bert")
    assert combo.currentText() == "Bert"
    message = dialog.period_form.messages[UpdateField.HOLDER].text()
    assert "«\u00a0Bert\u00a0»" in message and "Aucun titulaireBert" not in message


def test_erasing_the_no_holder_words_leaves_an_empty_field_that_still_means_no_holder(qtbot, french_add):
    combo = french_add.period_form.holder_combo
    combo.lineEdit().setFocus()
    combo.lineEdit().end(False)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Backspace)
    assert combo.currentText() == "" and combo.is_resolved() and combo.member() is None
    assert not french_add.period_form.messages[UpdateField.HOLDER].isVisible()
    qtbot.keyClicks(combo.lineEdit(), "Bert")
    assert combo.currentText() == "Bert"
