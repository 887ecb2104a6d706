"""The filter bar over the meters: a search in one field or in all, a status; each change filters the table's
rows at once, and holds the background work a moment so that typing stays quick."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QStyleOptionComboBox

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_status import NOT_ACTIVE_YET
from optimce_desktop.gui.meter_rows import SearchField
from optimce_desktop.gui.meter_status import NOT_ACTIVE_YET_COLOURS, not_active_yet_text
from optimce_desktop.gui.meter_table import status_colours
from optimce_desktop.gui.widgets.dots import dot_icon
from optimce_desktop.services.texts import enum_text

if TYPE_CHECKING:
    from optimce_desktop.gui.meter_table import MeterTableModel
    from optimce_desktop.services.meters import MeterService


class MeterFilters(QObject):
    def __init__(self, search: QLineEdit, search_field: QComboBox, status_filter: QComboBox,
                 model: MeterTableModel, meters: MeterService) -> None:
        super().__init__(search)
        self._search = search
        self._search_field = search_field
        self._status = status_filter
        self._model = model
        self._meters = meters
        for field, label in (
            (SearchField.ANY, self.tr("Any field")),
            (SearchField.EAN, self.tr("EAN")),
            (SearchField.METER_NUMBER, self.tr("Meter number")),
            (SearchField.ADDRESS, self.tr("Address")),
            (SearchField.HOLDER, self.tr("Holder")),
        ):
            search_field.addItem(label, int(field))
        status_filter.addItem(self.tr("All statuses"), None)
        for status in MeterStatus.known():
            status_filter.addItem(dot_icon(status_colours(status)[0]), enum_text(status), int(status))
            if status is MeterStatus.ACTIVE:  # the pill of a meter whose first period starts later
                not_yet = dot_icon(NOT_ACTIVE_YET_COLOURS[0])
                status_filter.addItem(not_yet, not_active_yet_text(), NOT_ACTIVE_YET)
        from optimce_desktop.gui.style import ListFitsEntries

        for combo in (search_field, status_filter):
            ListFitsEntries(combo)
            combo.currentIndexChanged.connect(lambda index, combo=combo: fit_picked_entry(combo))
            fit_picked_entry(combo)
        search.textChanged.connect(self.apply)
        search_field.currentIndexChanged.connect(self.apply)
        status_filter.currentIndexChanged.connect(self.apply)

    def apply(self) -> None:
        self._meters.hold_background()
        field = SearchField(self._search_field.currentData() or 0)
        status = self._status.currentData()
        self._model.set_query(self._search.text(), field, int(status) if status is not None else None)

    def clear(self) -> None:
        widgets = (self._search, self._search_field, self._status)
        for widget in widgets:
            widget.blockSignals(True)
        self._search.clear()
        self._search_field.setCurrentIndex(0)
        self._status.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply()

    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()


def fit_picked_entry(combo: QComboBox) -> None:
    """The closed field at least as wide as its picked entry, icon included: "● Pas encore actif" whole, not
    "● Pas encore". The field keeps its usual width (a few characters, which leaves the search its room) for
    the shorter entries."""
    combo.ensurePolished()  # the style sheet's font and padding
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = metrics.horizontalAdvance(combo.currentText())
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    contents = QSize(text + icon + 2, metrics.height())  # 2: the style's inset of the text, one each side
    combo.setMinimumWidth(
        combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo).width())
