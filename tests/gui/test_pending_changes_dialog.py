"""Meter → Pending changes once nothing waits (all sent): its text at the top, the empty state where the list
was, the buttons at the bottom."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_with_nothing_waiting_the_text_stays_on_top_and_the_empty_state_takes_the_list_s_place(
        qtbot, loaded_window):
    window = loaded_window
    qtbot.waitUntil(lambda: window.pending is not None, timeout=5000)
    window.open_pending_changes()
    dialog = window.pending_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.empty_label.isVisible(), timeout=5000)
    dialog.resize(1000, 390)  # as large as with drafts listed
    qtbot.waitUntil(lambda: dialog.height() == 390, timeout=2000)
    dialog.layout().activate()
    intro = dialog.findChild(QLabel, "pendingIntro")
    empty = dialog.empty_label
    margins = dialog.layout().contentsMargins()
    assert not dialog.table.isVisible()
    assert intro.geometry().top() <= margins.top() + 2  # not floating mid-dialog
    assert intro.height() <= intro.heightForWidth(intro.width()) + 4
    assert empty.geometry().top() - intro.geometry().bottom() <= dialog.layout().spacing() + 2
    assert empty.geometry().bottom() >= dialog.send_button.geometry().top() - dialog.layout().spacing() - 12
    dialog.close()
