"""The detail pane: the selected meter's header, its cards, and its configuration periods."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from optimce_desktop.domain import ean as ean_rules
from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.meter_status import first_scheduled, planned_change
from optimce_desktop.gui.meter_status import NOT_ACTIVE_YET_COLOURS, not_active_yet_text, starts_text
from optimce_desktop.gui.meter_table import StatusPillDelegate
from optimce_desktop.gui.period_cards import PeriodCards
from optimce_desktop.gui.timeline_model import TimelineModel
from optimce_desktop.gui.widgets.card import CardRow, DataCard
from optimce_desktop.gui.widgets.fitting_tab_widget import FittingTabWidget
from optimce_desktop.gui.widgets.status_pill import StatusPill
from optimce_desktop.services.texts import date_text, enum_text, phases_text, text_or_empty

# Type hints only: the domain models cost a few tenths of a second of imports, which the first
# screen of a cold start does not wait for.
if TYPE_CHECKING:
    from optimce_desktop.domain.models import MeterDetail
    from optimce_desktop.gui.consumption_view import ConsumptionView
    from optimce_desktop.services.consumptions import ConsumptionService


class DetailPane(QWidget):
    updateRequested = Signal()
    refreshRequested = Signal()

    PLACEHOLDER, LOADING, DETAIL = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._detail: MeterDetail | None = None
        self.consumption_view: ConsumptionView | None = None
        self._stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self.placeholder = QLabel(self.tr("Select a meter in the list to see its details."))
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.loading = QLabel(self.tr("Loading the meter…"))
        self.loading.setObjectName("detailLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.loading)

        scroll = QScrollArea()
        scroll.setObjectName("detailScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area = scroll
        body = QWidget()
        body.setObjectName("detailBody")
        scroll.setWidget(body)
        self._stack.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self._build_header())
        # The configuration first: on a 1366x768 laptop it is then on screen without scrolling; the
        # meter's fixed data (address, meter, holder) follows.
        layout.addWidget(self._build_tabs(), 1)
        layout.addWidget(self._build_meter_cards())
        self.focus_ring = FocusRing(scroll)
        self._wheel_guard = WheelScrollsPane(scroll, self)
        self.tabs.tabBar().installEventFilter(self._wheel_guard)
        scroll.viewport().installEventFilter(self)  # its width decides where the meter number goes

    # -- building ------------------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("detailHeader")
        column = QVBoxLayout(header)
        column.setContentsMargins(16, 8, 16, 8)  # compact: the current cards stay on a 1280x680 screen
        column.setSpacing(4)
        title_row = QHBoxLayout()
        self.ean_label = QLabel()
        self.ean_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ean_label.setObjectName("eanTitle")
        self.ean_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QToolButton()
        self.copy_button.setObjectName("copyEanButton")
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the EAN"))
        self.copy_button.clicked.connect(self._copy_ean)
        self.status_pill = StatusPill()
        self.status_note = QLabel()  # what is planned: "Deactivation planned on 31/12/2026"
        self.status_note.setObjectName("statusNote")
        self.status_note.setTextFormat(Qt.TextFormat.PlainText)
        self.status_note.setWordWrap(True)
        title_row.addWidget(self.ean_label)
        title_row.addWidget(self.copy_button)
        title_row.addStretch(1)
        self._title_row = title_row
        column.addLayout(title_row)
        # the pill and the note beside the EAN when the pane has room for them on one line, else here
        self._status_line = QHBoxLayout()
        column.addLayout(self._status_line)
        self._place_status_beside(pill=True, note=True)
        self.ean_warning = _note_label("eanWarning")
        column.addWidget(self.ean_warning)

        self.meter_number_label = QLabel()
        self.meter_number_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meter_number_label.setObjectName("meterNumberSubtitle")
        self._number_line = QHBoxLayout()  # holds the meter number when the pane is too narrow for both
        column.addLayout(self._number_line)
        actions_row = QHBoxLayout()
        self._actions_row = actions_row
        actions_row.addWidget(self.meter_number_label)
        actions_row.addStretch(1)
        self.update_button = QPushButton(self.tr("Update data"))
        self.update_button.setObjectName("updateDataButton")
        self.update_button.setProperty("primary", True)
        self.update_button.clicked.connect(self.updateRequested)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setToolTip(self.tr("Read this meter again from the CRM"))
        self.refresh_button.clicked.connect(self.refreshRequested)
        actions_row.addWidget(self.update_button)
        actions_row.addWidget(self.refresh_button)
        column.addLayout(actions_row)
        self.update_reason = _note_label("updateReason")
        self.listed_note = _note_label("notInListNote")
        self.listed_note.setText(self.tr(
            "This meter is not in the current list: the search or the status filter hides it."))
        column.addWidget(self.update_reason)
        column.addWidget(self.listed_note)
        self._header_margins = column.contentsMargins().left() + column.contentsMargins().right()
        return header

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and watched is self.scroll_area.viewport():
            self.place_meter_number()
            self.place_status()
        return super().eventFilter(watched, event)

    def _header_room(self) -> int:
        """The width the header's rows have, in the pane as it is now."""
        body = self.scroll_area.widget().layout().contentsMargins()
        return self.scroll_area.viewport().width() - body.left() - body.right() - self._header_margins

    def place_status(self) -> None:
        """The status pill and what is planned ("Pending DSO approval from 25/03/2027") beside the EAN when
        the pane has room for them on one line, else on a line of their own under it, where the note wraps
        only if that line is too short. Squeezed beside the EAN, the note took four lines, the pill grew as
        tall, and the header pushed the pane's cards out of view."""
        row = self._title_row
        spacing = row.spacing()
        title = self.ean_label.sizeHint().width() + spacing + self.copy_button.sizeHint().width()
        pill = self.status_pill.sizeHint().width() + spacing if not self.status_pill.isHidden() else 0
        note_text = self.status_note.text() if not self.status_note.isHidden() else ""
        margins = self.status_note.contentsMargins()
        note = (self.status_note.fontMetrics().horizontalAdvance(note_text) + margins.left() + margins.right()
                + 2 + spacing) if note_text else 0
        room = self._header_room()
        pill_beside = title + pill <= room
        self._place_status_beside(pill=pill_beside, note=pill_beside and title + pill + note <= room)

    def _place_status_beside(self, *, pill: bool, note: bool) -> None:
        row, line = self._title_row, self._status_line
        if (row.indexOf(self.status_pill) >= 0, row.indexOf(self.status_note) >= 0) == (pill, note):
            return
        for widget in (self.status_pill, self.status_note):
            row.removeWidget(widget)
            line.removeWidget(widget)
        while line.count():  # its stretch
            line.takeAt(0)
        at = 2  # after the EAN and Copy
        if pill:
            row.insertWidget(at, self.status_pill, 0, Qt.AlignmentFlag.AlignVCenter)
            at += 1
        else:
            line.addWidget(self.status_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        if note:
            row.insertWidget(at, self.status_note, 10)  # on one line there: the room left is given to it
        else:
            line.addWidget(self.status_note, 1)  # wrapped within the header's width
        if line.indexOf(self.status_note) < 0:
            line.addStretch(1)

    def place_meter_number(self) -> None:
        """Beside the action buttons when the pane has room for both, else on a line of its own: side by side
        in French, Dutch or German, they made the pane wider than a 1280-pixel screen leaves it."""
        row = self._actions_row
        buttons = [row.itemAt(i).widget() for i in range(row.count())]
        widths = [w.sizeHint().width() for w in buttons if w is not None and w is not self.meter_number_label
                  and not w.isHidden()]
        needed = (self.meter_number_label.sizeHint().width() + sum(widths)
                  + row.spacing() * (len(widths) + 1) + self._header_margins)
        body = self.scroll_area.widget().layout().contentsMargins()
        room = self.scroll_area.viewport().width() - body.left() - body.right()
        alone = needed > room
        if alone == (self._number_line.indexOf(self.meter_number_label) >= 0):
            return
        if alone:
            row.removeWidget(self.meter_number_label)
            self._number_line.addWidget(self.meter_number_label)
        else:
            self._number_line.removeWidget(self.meter_number_label)
            row.insertWidget(0, self.meter_number_label)

    def _build_meter_cards(self) -> CardRow:
        row = CardRow()
        self.meter_cards = row
        self.address_card = DataCard(self.tr("Address"), "⌂")
        self.address_card.add_field("address", self.tr("Address"), span=2, wrap=True)
        self.address_card.add_field("tariffGroup", self.tr("Tariff group"), wrap=True)
        self.address_card.add_field("phases", self.tr("Number of phases"))
        self.meter_card = DataCard(self.tr("Meter information"), "⚙")
        self.meter_card.add_field("ean", self.tr("EAN"), selectable=True)
        self.meter_card.add_field("meterNumber", self.tr("Meter no."), selectable=True)
        self.meter_card.add_field("readingFrequency", self.tr("Reading frequency"), wrap=True)
        self.holder_card = DataCard(self.tr("Holder"), "☺", columns=1)
        self.holder_card.add_field("holder", self.tr("Name"), wrap=True)
        for card in (self.address_card, self.meter_card, self.holder_card):
            row.add_card(card)
        return row

    def _build_tabs(self) -> QTabWidget:
        self.tabs = FittingTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.current_cards = PeriodCards()
        self.current_cards.setObjectName("currentPeriodCards")
        self.no_current = QLabel(self.tr("This meter has no configuration in effect today."))
        self.no_current.setObjectName("noCurrentPeriod")
        current_tab = QWidget()
        current_layout = QVBoxLayout(current_tab)
        current_layout.setContentsMargins(0, 6, 0, 0)
        current_layout.addWidget(self.no_current)
        current_layout.addWidget(self.current_cards)
        current_layout.addStretch(1)
        self.tabs.addTab(current_tab, self.tr("Current data"))

        timeline_tab = QWidget()
        timeline_layout = QVBoxLayout(timeline_tab)
        timeline_layout.setContentsMargins(0, 10, 0, 0)
        self.timeline_model = TimelineModel(self)
        self.timeline_view = QTableView()
        self.timeline_view.setObjectName("timelineTable")
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_view.setTabKeyNavigation(False)  # the arrows pick a period; Tab goes on to its actions
        self.timeline_view.verticalHeader().hide()
        self.timeline_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.timeline_view.setItemDelegateForColumn(TimelineModel.STATUS_COLUMN, StatusPillDelegate(self))
        self.timeline_view.setMinimumHeight(130)
        self.timeline_view.selectionModel().currentRowChanged.connect(self._show_timeline_row)
        self.timeline_cards = PeriodCards()
        self.timeline_cards.setObjectName("timelinePeriodCards")
        timeline_layout.addWidget(self.timeline_view)
        timeline_layout.addWidget(self.timeline_cards)
        self.tabs.addTab(timeline_tab, self.tr("History and future"))
        self.tabs.currentChanged.connect(self._read_consumption_if_shown)
        return self.tabs

    def set_consumptions(self, service: ConsumptionService) -> None:
        """Adds the consumption tab, which reads the selected meter's days when it is opened."""
        from optimce_desktop.gui.consumption_view import ConsumptionView

        self.consumption_view = ConsumptionView(service)
        self.consumption_view.set_meter(self.shown_ean)
        self.tabs.addTab(self.consumption_view, self.tr("Consumption"))

    # -- showing --------------------------------------------------------------------------------------

    @property
    def detail(self) -> MeterDetail | None:
        return self._detail

    @property
    def shown_ean(self) -> str | None:
        return self._detail.EAN if self._detail else None

    def show_placeholder(self) -> None:
        self._detail = None
        self.listed_note.hide()
        if self.consumption_view is not None:
            self.consumption_view.set_meter(None)
        self._stack.setCurrentIndex(self.PLACEHOLDER)

    def show_loading(self) -> None:
        self._detail = None
        self.listed_note.hide()
        self._stack.setCurrentIndex(self.LOADING)

    def show_detail(self, detail: MeterDetail, today: dt.date | None = None) -> None:
        if self.shown_ean != detail.EAN:
            self.listed_note.hide()  # another meter, picked in the list
        self._detail = detail
        self.ean_label.setText(detail.EAN)
        check = ean_rules.check(detail.EAN)
        warnings = [self._ean_warning_text(problem) for problem in check.warnings + check.errors]
        self.ean_warning.setVisible(bool(warnings))
        self.ean_warning.setText("⚠ " + " ".join(warnings) if warnings else "")
        self.ean_warning.setToolTip("\n".join(warnings))
        current = detail.meter_data
        self._show_status(detail)
        self.meter_number_label.setText(self.tr("Meter no.: {0}").format(text_or_empty(detail.meter_number)))
        self.place_meter_number()

        address = detail.address
        lines = (address.first_line, address.second_line)
        self.address_card.set_value("address", "\n".join(line for line in lines if line))
        self.address_card.set_value("tariffGroup", enum_text(detail.tarif_group))
        self.address_card.set_value("phases", phases_text(detail.phases_number))
        self.meter_card.set_value("ean", detail.EAN)
        self.meter_card.set_value("meterNumber", text_or_empty(detail.meter_number))
        self.meter_card.set_value("readingFrequency", enum_text(detail.reading_frequency))
        self.holder_card.set_value("holder", text_or_empty(detail.holder.name if detail.holder else None))
        self.meter_cards.refit()

        self.no_current.setVisible(current is None)
        self.current_cards.setVisible(current is not None)
        self.current_cards.show_period(current)
        self.timeline_model.set_detail(detail, today)
        current_row = self.timeline_model.row_of_current()
        self.timeline_view.selectRow(current_row if current_row is not None else 0)
        self.timeline_cards.show_period(self.timeline_model.period_at(
            current_row if current_row is not None else 0))
        self._stack.setCurrentIndex(self.DETAIL)
        if self.consumption_view is not None:
            self.consumption_view.set_meter(detail.EAN)
            self._read_consumption_if_shown()

    def _show_status(self, detail: MeterDetail) -> None:
        """The status in effect, or "Not active yet" for a meter whose first period is scheduled, and beside
        it what is planned: the day a meter not active yet starts, a scheduled deactivation."""
        first, planned = first_scheduled(detail), planned_change(detail)
        note = ""
        if detail.meter_data is not None:
            self.status_pill.set_status(detail.meter_data.status)
        elif first is not None:
            self.status_pill.show_pill(not_active_yet_text(), NOT_ACTIVE_YET_COLOURS)
            note = starts_text(first.status, first.start_date)
        else:
            self.status_pill.set_status(None)
        if planned is not None and planned.status == MeterStatus.INACTIVE:
            note = self.tr("Deactivation planned on {0}").format(date_text(planned.start_date))
        elif planned is not None:
            note = self.tr("Planned: {0}").format(starts_text(planned.status, planned.start_date))
        self.status_note.setText(note)
        self.status_note.setVisible(bool(note))
        self.place_status()

    def set_update_allowed(self, allowed: bool, reason: str = "") -> None:
        self.update_button.setEnabled(allowed)
        self.update_button.setToolTip(
            self.tr("Change this meter's configuration from a date you choose (Enter)") if allowed
            else reason)
        # a disabled button has no tooltip for the keyboard: the reason is also written under it
        self.update_reason.setText("" if allowed else reason)
        self.update_reason.setVisible(not allowed and bool(reason) and self._detail is not None)
        self.update_button.setAccessibleDescription("" if allowed else reason)

    def set_listed(self, listed: bool) -> None:
        """Whether the shown meter is in the list as filtered: when it is not, a line says so."""
        self.listed_note.setVisible(not listed and self._detail is not None)

    def set_refresh_allowed(self, allowed: bool, reason: str = "") -> None:
        self.refresh_button.setEnabled(allowed)
        self.refresh_button.setToolTip(self.tr("Read this meter again from the CRM") if allowed else reason)

    def card_value(self, key: str) -> str:
        """The text a card shows for a field (used by tests and accessibility checks)."""
        for card in (self.address_card, self.meter_card, self.holder_card):
            try:
                return card.value(key)
            except KeyError:
                continue
        return self.current_cards.value(key)

    def _ean_warning_text(self, problem: ean_rules.EanProblem) -> str:
        return {
            ean_rules.EanProblem.NOT_BELGIAN: self.tr("This EAN does not start with 54, the Belgian prefix."),
            ean_rules.EanProblem.BAD_CHECK_DIGIT: self.tr(
                "This EAN's last digit does not match its GS1 check digit: it may have been mistyped."),
            ean_rules.EanProblem.WRONG_LENGTH: self.tr("A Belgian EAN has 18 digits."),
            ean_rules.EanProblem.NOT_DIGITS: self.tr("An EAN contains digits only."),
            ean_rules.EanProblem.EMPTY: self.tr("This meter has no EAN."),
        }[problem]

    def _show_timeline_row(self, current, previous) -> None:  # noqa: ANN001 - Qt signal arguments
        del previous
        self.timeline_cards.show_period(self.timeline_model.period_at(current.row()))

    def _read_consumption_if_shown(self) -> None:
        view = self.consumption_view
        if view is not None and self.tabs.currentWidget() is view and view.needs_reading():
            view.show_range()

    def _copy_ean(self) -> None:
        if self._detail is not None:
            QGuiApplication.clipboard().setText(self._detail.EAN)


def _note_label(name: str) -> QLabel:
    """A line of the header that says what a tooltip would, readable without a mouse. It is text, not a
    control: Tab passes it by (a screen reader reads it with the pane; the update button's reason is also
    its description), and the mouse can still select it to copy it."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    label.hide()
    return label


class FocusRing(QWidget):
    """A ring over a scroll area's view while the scroll area has the keyboard (its arrows and Page keys
    scroll the pane): the style sheet could only draw one by narrowing the view, which would move the
    cards."""

    COLOUR = "#124116"
    """As the style sheet's focus rings (resources/style.qss)."""
    WIDTH = 2

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area.viewport())
        self.setObjectName("focusRing")
        self._area = area
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        area.installEventFilter(self)
        area.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._area and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.setGeometry(self._area.viewport().rect())
            self.raise_()
            self.setVisible(kind == QEvent.Type.FocusIn)
        elif watched is self._area.viewport() and kind == QEvent.Type.Resize:
            self.setGeometry(self._area.viewport().rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.COLOUR), self.WIDTH))
        half = self.WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 6, 6)
        painter.end()


class WheelScrollsPane(QObject):
    """The mouse wheel over the tab bar scrolls the pane, as it does everywhere else in it, instead of
    switching tabs (the tab bar passes under the pointer while the pane scrolls)."""

    def __init__(self, scroll_area: QScrollArea, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scroll_area = scroll_area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel:
            QApplication.sendEvent(self._scroll_area.verticalScrollBar(), event)
            return True
        return super().eventFilter(watched, event)
