"""The main window: the community's meters on the left, the selected meter's detail on the right."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QIcon, QKeyEvent, QPainter, QPixmap, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QWidget

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.domain.models import Community, MeterDetail
from optimce_desktop.gui.forms.ui_main_window import Ui_MainWindow
from optimce_desktop.gui.meter_detail import DetailPane
from optimce_desktop.gui.meter_rows import Column, MeterRow, SearchField
from optimce_desktop.gui.meter_table import (
    MeterProxyModel,
    MeterTableModel,
    StatusPillDelegate,
    status_colours,
)
from optimce_desktop.services.texts import datetime_text, enum_text
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.services.communities import CommunityService
from optimce_desktop.services.meters import MeterService
from optimce_desktop.services.problems import problem_from

RECENT_DETAILS = 300
PREFETCH_DELAY_MS = 150
USER_ACTIVITY_HOLD_S = 0.6
SETTINGS_COMMUNITY = "main/community"
SETTINGS_GEOMETRY = "main/geometry"
SETTINGS_SPLITTER = "main/splitter"
SETTINGS_HEADER = "main/tableHeader"


class MainWindow(QMainWindow):
    def __init__(self, communities: CommunityService, meters: MeterService, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._communities_service = communities
        self._meters = meters
        self._settings = settings
        self._communities: list[Community] = []
        self._recent_details: OrderedDict[str, MeterDetail] = OrderedDict()
        self._last_refresh: dt.datetime | None = None
        self._update_handler: Callable[[MeterDetail], None] | None = None
        self.update_launcher: QObject | None = None

        self.banner = Banner(self)
        self.ui.bannerLayout.addWidget(self.banner)
        self.banner.actionTriggered.connect(self._retry)
        self.detail_pane = DetailPane(self)
        self.ui.detailHostLayout.addWidget(self.detail_pane)

        self.table_model = MeterTableModel(self)
        self.proxy = MeterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self._retry_action: Callable[[], None] | None = None
        self._setup_filters()
        self._setup_table()
        self._setup_status_bar()
        self._setup_actions()
        self._connect_services()
        self._restore_layout()
        self.detail_pane.show_placeholder()
        self._update_counts()

    # -- set-up -------------------------------------------------------------------------------------------

    def _setup_filters(self) -> None:
        ui = self.ui
        for field, label in (
            (SearchField.ANY, self.tr("Any field")),
            (SearchField.EAN, self.tr("EAN")),
            (SearchField.METER_NUMBER, self.tr("Meter number")),
            (SearchField.ADDRESS, self.tr("Address")),
            (SearchField.HOLDER, self.tr("Holder")),
        ):
            ui.searchFieldCombo.addItem(label, int(field))
        ui.statusFilterCombo.addItem(self.tr("All statuses"), None)
        for status in MeterStatus.known():
            ui.statusFilterCombo.addItem(_dot_icon(status_colours(status)[0]), enum_text(status), int(status))
        ui.searchEdit.textChanged.connect(self._apply_filters)
        ui.searchFieldCombo.currentIndexChanged.connect(self._apply_filters)
        ui.statusFilterCombo.currentIndexChanged.connect(self._apply_filters)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.refreshListButton.clicked.connect(self.refresh)
        ui.communityCombo.currentIndexChanged.connect(self._community_chosen)

    def _setup_table(self) -> None:
        table = self.ui.meterTable
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(Column.STATUS, StatusPillDelegate(table))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2.6))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for column, width in ((Column.ADDRESS, 190), (Column.EAN, 150), (Column.METER_NUMBER, 105),
                              (Column.HOLDER, 150), (Column.STATUS, 185), (Column.SHARING_OPERATION, 150),
                              (Column.START_DATE, 90)):
            table.setColumnWidth(column, width)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.installEventFilter(self)
        self._meters.set_row_factory(MeterRow.from_item)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self._prefetch_visible)
        table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.proxy.modelReset.connect(self._after_reset)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.ui.loadProgress.hide()
        self.ui.emptyListLabel.hide()

    def _setup_status_bar(self) -> None:
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionLabel")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.refresh_label = QLabel()
        self.refresh_label.setObjectName("lastRefreshLabel")
        bar = self.ui.statusBar
        bar.addWidget(self.connection_label)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.refresh_label)
        self._show_connection(None)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionFocusSearch.triggered.connect(self.focus_search)
        ui.actionClearFilters.triggered.connect(self.clear_filters)
        ui.actionUpdateData.triggered.connect(self.open_update_dialog)
        ui.actionRefreshMeter.triggered.connect(self.reload_selected)
        self.detail_pane.updateRequested.connect(self.open_update_dialog)
        self.detail_pane.refreshRequested.connect(self.reload_selected)
        self._sync_meter_actions()

    def _connect_services(self) -> None:
        self._communities_service.loaded.connect(self._communities_loaded)
        self._communities_service.failed.connect(self._communities_failed)
        meters = self._meters
        meters.listStarted.connect(self._list_started)
        meters.listPage.connect(self._list_page)
        meters.listFinished.connect(self._list_finished)
        meters.listFailed.connect(self._list_failed)
        meters.detailLoaded.connect(self._detail_loaded)
        meters.detailFailed.connect(self._detail_failed)
        meters.reachabilityChanged.connect(self._show_connection)

    def _restore_layout(self) -> None:
        geometry = self._settings.value(SETTINGS_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        header = self._settings.value(SETTINGS_HEADER)
        if header:
            self.ui.meterTable.horizontalHeader().restoreState(header)
        splitter = self._settings.value(SETTINGS_SPLITTER)
        if splitter:
            self.ui.mainSplitter.restoreState(splitter)
        else:
            self.ui.mainSplitter.setSizes([760, 680])

    # -- public API ---------------------------------------------------------------------------------------

    def start(self) -> None:
        """Asks for the user's communities; the remembered one opens when they arrive."""
        self._show_connection(None)
        self._communities_service.load()

    def set_update_handler(self, handler: Callable[[MeterDetail], None]) -> None:
        """What "Update data" does with the selected meter (the update dialog, wired by the app)."""
        self._update_handler = handler
        self._sync_meter_actions()

    @property
    def active_community(self) -> Community | None:
        return self._meters.community

    @property
    def selected_ean(self) -> str | None:
        index = self.ui.meterTable.selectionModel().currentIndex()
        return self.proxy.ean_at(index.row()) if index.isValid() else None

    def select_meter(self, ean: str) -> bool:
        row = self.proxy.row_of(ean)
        if row is None:
            return False
        index = self.proxy.index(row, 0)
        self.ui.meterTable.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.meterTable.scrollTo(index)
        return True

    def refresh(self) -> None:
        if self._meters.community is None:
            self._communities_service.load()
            return
        self._meters.refresh_list()
        ean = self.selected_ean
        if ean:
            self._meters.load_detail(ean)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def clear_filters(self) -> None:
        ui = self.ui
        for widget in (ui.searchEdit, ui.searchFieldCombo, ui.statusFilterCombo):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        ui.searchFieldCombo.setCurrentIndex(0)
        ui.statusFilterCombo.setCurrentIndex(0)
        for widget in (ui.searchEdit, ui.searchFieldCombo, ui.statusFilterCombo):
            widget.blockSignals(False)
        self._apply_filters()

    def open_update_dialog(self) -> None:
        detail = self.detail_pane.detail
        if detail is None or not self._can_update(detail)[0] or self._update_handler is None:
            return
        self._update_handler(detail)

    def show_updated_detail(self, detail: MeterDetail) -> None:
        """A fresh detail after an update: the pane, the row and the selection follow it."""
        self._detail_loaded(detail)

    # -- communities ---------------------------------------------------------------------------------

    def _communities_loaded(self, communities: list[Community]) -> None:
        self._communities = communities
        combo = self.ui.communityCombo
        combo.blockSignals(True)
        combo.clear()
        model = combo.model()
        remembered = self._settings.value(SETTINGS_COMMUNITY)
        choice = -1
        for i, community in enumerate(communities):
            combo.addItem(f"{community.name}  ·  {community.role.title()}", community.auth_community_id)
            if not community.can_manage:
                item = model.item(i) if isinstance(model, QStandardItemModel) else None
                if item is not None:
                    item.setEnabled(False)
                    item.setToolTip(self.tr(
                        "You are a member of this community: only its managers and administrators can "
                        "open its meters here."))
            elif choice < 0 or community.auth_community_id == remembered:
                choice = i if community.auth_community_id == remembered or choice < 0 else choice
        combo.setCurrentIndex(choice)
        combo.blockSignals(False)
        if not communities:
            self.banner.show_message(self.tr("Your account belongs to no community."), kind=Banner.INFO)
        elif choice < 0:
            self.banner.show_message(self.tr(
                "You are only a member of your communities: the back-office needs the manager or "
                "administrator role."), kind=Banner.INFO)
        self._community_chosen(choice)

    def _communities_failed(self, error: BaseException) -> None:
        self._show_problem(error, retry=self._communities_service.load)

    def _community_chosen(self, index: int) -> None:
        if not 0 <= index < len(self._communities):
            return
        community = self._communities[index]
        if not community.can_manage or community == self._meters.community:
            return
        self._settings.setValue(SETTINGS_COMMUNITY, community.auth_community_id)
        self._meters.set_community(community)
        self._recent_details.clear()
        self.table_model.clear()
        self.detail_pane.show_placeholder()
        self.setWindowTitle(self.tr("{0} — OptimCE Desktop").format(community.name))
        self.banner.hide()
        self._meters.refresh_list()

    # -- list ----------------------------------------------------------------------------------------------

    def _list_started(self) -> None:
        progress = self.ui.loadProgress
        progress.setRange(0, 0)
        progress.show()

    def _list_page(self, rows: list[MeterRow], loaded: int, total: int) -> None:
        progress = self.ui.loadProgress
        progress.setRange(0, max(total, 1))
        progress.setValue(loaded)
        first_rows = self.table_model.total_count == 0
        self.table_model.merge_rows(rows)
        if first_rows:
            self._prefetch_visible()
        self._update_counts()

    def _list_finished(self, present: set, when: dt.datetime) -> None:
        self.ui.loadProgress.hide()
        self.table_model.keep_only(present)
        self._last_refresh = when
        self.banner.hide()
        self._update_counts()
        self._prefetch_visible()
        # then the rest, in list order, once the list no longer competes with them
        self._meters.prefetch_details(self.table_model.eans_without_details(present))

    def _list_failed(self, error: BaseException) -> None:
        self.ui.loadProgress.hide()
        self._show_problem(error, retry=self.refresh)

    def _apply_filters(self) -> None:
        self._meters.hold_background(USER_ACTIVITY_HOLD_S)
        ui = self.ui
        field = SearchField(ui.searchFieldCombo.currentData() or 0)
        status_value = ui.statusFilterCombo.currentData()
        status = MeterStatus(status_value) if status_value is not None else None
        self.proxy.set_query(ui.searchEdit.text(), field, status)

    def _after_reset(self) -> None:
        ean = self.detail_pane.shown_ean
        if ean is not None:
            self.select_meter(ean)
        self._update_counts()
        self._prefetch_timer.start()

    def _update_counts(self) -> None:
        shown, total = self.table_model.visible_count, self.table_model.total_count
        self.count_label.setText(self.tr("%n meter(s) shown", "", shown) + " " +
                                 self.tr("of {0}").format(total))
        self.ui.emptyListLabel.setVisible(total > 0 and shown == 0)
        self.refresh_label.setText(
            self.tr("Refreshed {0}").format(datetime_text(self._last_refresh)) if self._last_refresh else "")

    def _scrolled(self) -> None:
        self._meters.hold_background(USER_ACTIVITY_HOLD_S)
        self._prefetch_timer.start()

    def _prefetch_visible(self) -> None:
        table = self.ui.meterTable
        first = table.rowAt(0)
        if first < 0:
            return
        last = table.rowAt(table.viewport().height() - 1)
        last = last if last >= 0 else self.proxy.rowCount() - 1
        eans = self.table_model.visible_eans(first, last)
        self._meters.prefetch_details(self.table_model.eans_without_details(eans), urgent=True)

    # -- detail ---------------------------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        del previous
        ean = self.proxy.ean_at(current.row()) if current.isValid() else None
        if ean is None:
            return
        if ean == self.detail_pane.shown_ean:
            return
        cached = self._recent_details.get(ean)
        if cached is not None:
            self._show_detail(cached)
        else:
            self.detail_pane.show_loading()
            self._sync_meter_actions()
        self._meters.load_detail(ean)

    def _detail_loaded(self, detail: MeterDetail) -> None:
        self._recent_details[detail.EAN] = detail
        self._recent_details.move_to_end(detail.EAN)
        while len(self._recent_details) > RECENT_DETAILS:
            self._recent_details.popitem(last=False)
        self.table_model.apply_detail(detail)
        if detail.EAN == self.selected_ean:
            self._show_detail(detail)

    def _show_detail(self, detail: MeterDetail) -> None:
        self.detail_pane.show_detail(detail)
        self._sync_meter_actions()

    def _detail_failed(self, ean: str, error: BaseException) -> None:
        if ean == self.selected_ean:
            if self.detail_pane.shown_ean != ean:
                self.detail_pane.show_placeholder()
            self._show_problem(error, retry=lambda: self._meters.load_detail(ean))

    def reload_selected(self) -> None:
        """Reads the selected meter again from the CRM."""
        ean = self.selected_ean
        if ean:
            self._meters.load_detail(ean)

    def _can_update(self, detail: MeterDetail) -> tuple[bool, str]:
        if detail.meter_data is None:
            return False, self.tr("This meter has no configuration in effect today: only an active meter "
                                  "can be updated.")
        if not detail.is_active:
            return False, self.tr("Only an active meter can be updated: this one is \"{0}\".").format(
                enum_text(detail.meter_data.status))
        return True, ""

    def _sync_meter_actions(self) -> None:
        detail = self.detail_pane.detail
        allowed, reason = self._can_update(detail) if detail else (False, "")
        self.detail_pane.set_update_allowed(allowed, reason)
        self.ui.actionUpdateData.setEnabled(allowed)
        self.ui.actionRefreshMeter.setEnabled(detail is not None)

    # -- feedback ----------------------------------------------------------------------------------------

    def _show_problem(self, error: BaseException, retry: Callable[[], None] | None) -> None:
        problem = problem_from(error)
        self._retry_action = retry
        self.banner.show_message(problem.message, kind=Banner.ERROR,
                                 action=self.tr("Retry") if retry else None)

    def _retry(self) -> None:
        action, self._retry_action = self._retry_action, None
        self.banner.hide()
        if action is not None:
            action()

    def _show_connection(self, reachable: bool | None) -> None:
        if reachable is None:
            text, colour = self.tr("Connecting…"), "#6E7E70"
        elif reachable:
            text, colour = self.tr("Online"), "#2E7D32"
        else:
            text, colour = self.tr("Offline"), "#B71C1C"
        self.connection_label.setText(f"<span style='color:{colour}'>●</span> {text}")

    # -- Qt events -------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.meterTable and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_update_dialog()
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self._settings.setValue(SETTINGS_SPLITTER, self.ui.mainSplitter.saveState())
        self._settings.setValue(SETTINGS_HEADER, self.ui.meterTable.horizontalHeader().saveState())
        self._meters.shutdown()
        super().closeEvent(event)


def _dot_icon(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)
