"""The messages of a meter form are read whole: each keeps its reserved room, so that the fields stay where
they are while an ordinary message comes and goes, and grows by the lines a longer one needs (the fields
under it then move down, rather than the message being cut to its room)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal

from optimce_desktop.gui.widgets.field_message import FieldMark, FieldMessage, wrapped_line_count

MOST_LINES = 8
"""A message longer than this is cut after all (whole in its tooltip): it quotes a very long typed text."""


class WholeMessages(QObject):
    roomChanged = Signal()
    """A message was given more lines, or its room back: a form in a scroll area may fit its window again."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rooms: dict[FieldMessage, int] = {}

    def add(self, message: FieldMessage, lines: int) -> None:
        """Keeps ``lines`` lines under a field for ``message``, more when its text needs them."""
        self._rooms[message] = lines
        message.ensurePolished()  # the room measured in the font the style sheet gives it
        message.reserve_lines(lines)
        message.installEventFilter(self)

    def show_message(self, message: FieldMessage, text: str, mark: FieldMark) -> None:
        message.show_message(text, mark)
        self.fit(message)

    def fit(self, message: FieldMessage) -> None:
        room = self._rooms.get(message)
        width = message.contentsRect().width()
        # before its layout gives it a width (WA_Resized), the message counts lines at a made-up one (100 px)
        if room is None or width <= 0 or not message.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return
        lines = max(room, wrapped_line_count(message.text(), message.font(), width, MOST_LINES))
        if lines != message.reserved_lines:
            message.reserve_lines(lines)
            self.roomChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and isinstance(watched, FieldMessage):
            self.fit(watched)
        return False
