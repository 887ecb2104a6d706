"""The application's look: the style sheet compiled into the Qt resources, and the palette's text colours.

Text colours are set in the palette rather than by a global ``color`` in the style sheet: a style sheet's
colour applies to every state, so disabled widgets, menu items and list items looked enabled.
``tests/gui/test_contrast.py`` checks these colours, and the style sheet's, against WCAG 2.1.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QFile, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox

from optimce_desktop.gui.forms import resources_rc  # noqa: F401 - registers the Qt resources

TEXT = "#181E18"
MUTED_TEXT = "#5C6B5E"
"""Captions, hints, placeholders: 4.5:1 on every surface of the app."""
DISABLED_TEXT = "#7D887F"
"""Visibly fainter than any enabled text, still 3:1 on the app's surfaces."""
SURFACES = ("#FFFFFF", "#F8FAF8", "#F0F4F0", "#F0F8F0", "#FAFCFA")
"""Window, panel, card and table backgrounds that text is drawn on."""

_TEXT_ROLES = (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText)


def text_palette(palette: QPalette) -> QPalette:
    """``palette`` with the app's text colours: normal when enabled, fainter when disabled."""
    palette = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in _TEXT_ROLES:
            palette.setColor(group, role, QColor(TEXT))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(MUTED_TEXT))
    for role in (*_TEXT_ROLES, QPalette.ColorRole.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette


def apply_style(app: QApplication) -> None:
    style = QFile(":/optimce/style.qss")
    if not style.open(QFile.OpenModeFlag.ReadOnly):
        raise RuntimeError("the style sheet is missing from the compiled resources")
    app.setPalette(text_palette(app.palette()))
    app.setStyleSheet(bytes(style.readAll().data()).decode("utf-8"))
    style.close()


class ListFitsEntries(QObject):
    """Makes a combo's open list as wide as its longest entry. The style sheet opens the list under the field
    (``combobox-popup: 0``), where Qt makes it as wide as the field and elides longer entries. The width is
    measured at the press of a mouse button or a key that may open the list, just before the combo handles
    it, with the entries of the moment: building the list at start-up would delay the first screen."""

    _OPENING = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in self._OPENING and isinstance(watched, QComboBox):
            fit_list_to_entries(watched)
        return False


def fit_list_to_entries(combo: QComboBox) -> None:
    view = combo.view()
    view.ensurePolished()
    width = view.sizeHintForColumn(0) + 2 * view.frameWidth()
    if combo.count() > combo.maxVisibleItems():
        width += view.verticalScrollBar().sizeHint().width()
    view.setMinimumWidth(width)
