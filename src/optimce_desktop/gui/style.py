"""The application's look: the style sheet compiled into the Qt resources, and the palette's text colours.

Text colours are set in the palette rather than by a global ``color`` in the style sheet: a style sheet's
colour applies to every state, so disabled widgets, menu items and list items looked enabled.
``tests/gui/test_contrast.py`` checks these colours, and the style sheet's, against WCAG 2.1.
"""

from __future__ import annotations

from PySide6.QtCore import QFile
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

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
