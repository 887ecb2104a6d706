"""The main window: the community's meters on the left, the selected meter's detail on the right.

It opens with the rows saved on this computer (before any network answer), then refreshes them from the
CRM; while the CRM cannot be reached it says so in a banner and works from the offline copy, and the
actions that need the CRM are disabled with a tooltip that says why.

Imports stay light (no domain models, no CRM package: see ``services/connection.py``), so that a cold
start paints the saved rows first; what only user actions need is imported when they happen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRectF,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QMainWindow, QPushButton, QSizeGrip, QWidget

from optimce_desktop.gui.community_switcher import (  # noqa: F401 - SETTINGS_COMMUNITY: imported from here
    SETTINGS_COMMUNITY,
    CommunitySwitcher,
    remembered_community,
)
from optimce_desktop.gui.connection_status import ConnectionStatus
from optimce_desktop.gui.forms.ui_main_window import Ui_MainWindow
from optimce_desktop.gui.meter_filters import MeterFilters
from optimce_desktop.gui.meter_rows import Column, MeterRow
from optimce_desktop.gui.meter_table import MeterTableModel, StatusPillDelegate
from optimce_desktop.gui.recent_details import RecentDetails
from optimce_desktop.gui.remembered_layout import RememberedLayout
from optimce_desktop.gui.rows_on_screen import RowsOnScreenPrefetch
from optimce_desktop.gui.sweep_progress import SweepProgressLabel
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.eliding_label import ElidingLabel
from optimce_desktop.gui.window_banners import WindowBanners
from optimce_desktop.services.connection import is_offline_error
from optimce_desktop.services.detail_sweep import pace_from_settings
from optimce_desktop.services.offline_copy import unavailable_without_crm
from optimce_desktop.services.texts import datetime_text, enum_text

if TYPE_CHECKING:
    from optimce_desktop.domain.models import Community, MeterDetail
    from optimce_desktop.gui.list_empty_state import EmptyListOverlay
    from optimce_desktop.gui.meter_detail import DetailPane
    from optimce_desktop.services.communities import CommunityService
    from optimce_desktop.services.connection import ConnectionMonitor
    from optimce_desktop.services.consumptions import ConsumptionService
    from optimce_desktop.services.meters import MeterService, SavedList
    from optimce_desktop.services.pending import PendingChange, PendingChanges, Revalidation
    from optimce_desktop.services.sending import ChangeSender
    from optimce_desktop.services.updates import UpdateService

STATUS_BAR_MINIMUM_WIDTH = 320
SETTINGS_SIGN_OUT = "cache/onSignOut"
"""What signing out does with the offline copy: "keep" or "remove" (``cache.retention.SignOutChoice``)."""


class MainWindow(QMainWindow):
    startupSettled = Signal()
    """The saved rows are on screen (or there were none): the rest of the app may load now."""

    def __init__(self, communities: CommunityService, meters: MeterService, settings: QSettings,
                 parent: QWidget | None = None, *, defer_detail_pane: bool = False) -> None:
        """``defer_detail_pane`` builds the detail pane once the saved rows are painted (the app's start),
        rather than now."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._communities_service = communities
        self._meters = meters
        self._connection = meters.connection
        self._settings = settings
        self._recent_details = RecentDetails()
        self._last_refresh: dt.datetime | None = None
        self._update_handler: Callable[..., None] | None = None
        self.update_launcher: QObject | None = None
        self.pending: PendingChanges | None = None
        self._updates: UpdateService | None = None
        self._sender: ChangeSender | None = None
        self.pending_dialog: QWidget | None = None
        self.refresh_all_dialog: QWidget | None = None
        self._announce_pending = False
        self._settling = False

        # three banners, so that none hides another: the connection, a problem, a notice
        self.connection_status = ConnectionStatus(self._connection, meters, self)
        self.offline_banner = self.connection_status.banner
        self.ui.bannerLayout.addWidget(self.offline_banner)
        self.banners = WindowBanners(self, self.ui.bannerLayout)
        self._new_meter_hidden: str | None = None
        """That meter, when the filters hid it as it joined: its detail decides (``_show_new_meter``)."""
        self.banner, self.notice_banner = self.banners.problem, self.banners.notice
        self.notice_banner.actionTriggered.connect(self.open_pending_changes)
        self.community_switcher = CommunitySwitcher(self.ui.communityCombo, meters, settings)
        self._detail_pane: DetailPane | None = None

        self.table_model = MeterTableModel(self)
        self._setup_filters()
        self._setup_table()
        self._setup_status_bar()
        self._setup_sweep_progress()
        self._setup_actions()
        self._setup_help_and_names()
        self._connect_services()
        self.layout_memory.restore()
        self._update_counts()
        if not defer_detail_pane:
            self._build_detail_pane()
        self._focus_when_left: QWidget | None = None
        """The control that had the focus when another window (a dialog it opened) took it."""
        self.ui.meterTable.setFocus(Qt.FocusReason.OtherFocusReason)  # the operator starts in the list

    # -- set-up -------------------------------------------------------------------------------------------

    def _setup_filters(self) -> None:
        ui = self.ui
        self.filters = MeterFilters(ui.searchEdit, ui.searchFieldCombo, ui.statusFilterCombo,
                                    self.table_model, self._meters)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.refreshListButton.clicked.connect(self.refresh)

    def _setup_table(self) -> None:
        table = self.ui.meterTable
        table.setModel(self.table_model)
        table.setItemDelegateForColumn(Column.STATUS, StatusPillDelegate(table))
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.installEventFilter(self)
        self.list_focus_frame = FocusFrame(table)
        table.viewportPainted.connect(self._rows_painted)
        self._meters.set_row_factory(MeterRow.from_item)
        self._meters.set_saved_row_factory(MeterRow.from_saved)
        self.rows_on_screen = RowsOnScreenPrefetch(table, self.table_model, self._meters)
        self.table_model.modelReset.connect(self._after_reset)
        self.table_model.rowsInserted.connect(self._update_counts)
        self.ui.loadProgress.hide()
        self._setup_list_layout()

    def _setup_status_bar(self) -> None:
        self.connection_label = self.connection_status.label
        self.count_label = ElidingLabel()
        self.count_label.setObjectName("countLabel")
        self.refresh_label = ElidingLabel()
        self.refresh_label.setObjectName("lastRefreshLabel")
        self.pending_button = QPushButton()
        self.pending_button.setObjectName("pendingChangesButton")
        self.pending_button.setFlat(True)
        self.pending_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.pending_button.clicked.connect(self.open_pending_changes)
        self.pending_button.hide()
        bar = self.ui.statusBar
        # Two groups, each hidden as a whole while a message is shown (see _make_way_for_message): the
        # pending changes and the holders' count show and hide themselves within them.
        self.status_state = _status_group("statusState", self.connection_label, self.pending_button)
        self.status_counts = _status_group("statusCounts", self.count_label, self.refresh_label)
        bar.addWidget(self.status_state)
        bar.addPermanentWidget(self.status_counts)
        self._made_way: list[QWidget] = []
        bar.messageChanged.connect(self._make_way_for_message)
        # What the status bar says never widens the window past its screen: short of room, its labels are
        # elided, and the bar does not ask for more than this.
        bar.setMinimumWidth(STATUS_BAR_MINIMUM_WIDTH)
        self._show_connection()

    def _setup_sweep_progress(self) -> None:
        """The detail sweep's pace from the settings, and its progress in the status bar."""
        self._meters.set_sweep_pace(pace_from_settings(self._settings))
        ui = self.ui
        self.sweep_label = SweepProgressLabel(self._meters, ui.meterTable, ui.searchEdit, ui.searchFieldCombo)
        self.status_counts.layout().addWidget(self.sweep_label)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionFocusSearch.triggered.connect(self.focus_search)
        ui.actionClearFilters.triggered.connect(self.clear_filters)
        ui.actionUpdateData.triggered.connect(self.open_update_dialog)
        ui.actionRefreshMeter.triggered.connect(self.reload_selected)
        ui.actionRefreshAll.triggered.connect(self.refresh_all)
        ui.refreshAllButton.clicked.connect(self.refresh_all)
        ui.actionPendingChanges.triggered.connect(self.open_pending_changes)
        ui.actionKeepOfflineData.setChecked(self._settings.value(SETTINGS_SIGN_OUT, "keep") != "remove")
        ui.actionKeepOfflineData.toggled.connect(
            lambda keep: self._settings.setValue(SETTINGS_SIGN_OUT, "keep" if keep else "remove"))
        self._sync_meter_actions()

    def _setup_help_and_names(self) -> None:
        """Help → About, and a name for each control a screen reader cannot take from a label."""
        ui = self.ui
        self._server_addresses = ("", "")
        ui.actionAbout.triggered.connect(self.show_about)
        open_logs = ui.menuHelp.addAction(self.tr("Open &log folder"))
        open_logs.setObjectName("actionOpenLogFolder")
        open_logs.triggered.connect(_open_log_folder)
        ui.meterTable.setAccessibleName(self.tr("Meters"))
        ui.searchFieldCombo.setAccessibleName(self.tr("Search in"))
        self.pending_button.setAccessibleName(self.tr("Pending changes"))

    def _connect_services(self) -> None:
        switcher = self.community_switcher
        self._communities_service.loaded.connect(switcher.show_communities)
        switcher.chosen.connect(self._open_community)
        switcher.nothingToOpen.connect(lambda text: self.banner.show_message(text, kind=Banner.INFO))
        self._communities_service.failed.connect(self._communities_failed)
        meters = self._meters
        meters.listStarted.connect(self._list_started)
        meters.listPage.connect(self._list_page)
        meters.listFinished.connect(self._list_finished)
        meters.listFailed.connect(self._list_failed)
        meters.detailLoaded.connect(self._detail_loaded)
        meters.detailFailed.connect(self._detail_failed)
        meters.copyOpened.connect(self._copy_opened)
        meters.copyReset.connect(self.banners.show_copy_reset)
        meters.storageFailed.connect(self.banners.show_storage_failed)
        meters.copyDamaged.connect(self.banners.show_copy_damaged)
        meters.listReport.connect(self.banners.show_list_report)
        meters.communityChanged.connect(self.banners.hide_list_report)
        self._connection.stateChanged.connect(self._show_connection)
        self._connection.backOnline.connect(self._back_online)
        self._connection.checkFinished.connect(self._show_connection)

    def _setup_list_layout(self) -> None:
        """The columns in their order and widths, the empty state over the table, the compact rows."""
        self.layout_memory = RememberedLayout(self, self.ui, self.table_model, self._settings)
        self.ui.emptyListLabel.hide()  # shown over the table by the empty state, built when first needed
        self._empty_state: EmptyListOverlay | None = None

    # -- public API ---------------------------------------------------------------------------------------

    @property
    def empty_state(self) -> EmptyListOverlay:
        """The message over the table when the filters hide every meter. It lives on the table's viewport,
        which the start leaves alone (see ``meter_table_view``): built when first needed."""
        if self._empty_state is None:
            from optimce_desktop.gui.list_empty_state import EmptyListOverlay

            ui = self.ui
            self._empty_state = EmptyListOverlay(ui.emptyListLabel, ui.meterTable, self.clear_filters)
        return self._empty_state

    @property
    def detail_pane(self) -> DetailPane:
        """The selected meter's detail, built right after the first paint (or when first needed)."""
        if self._detail_pane is None:
            self._build_detail_pane()
        assert self._detail_pane is not None
        return self._detail_pane

    def start(self) -> None:
        """Shows the remembered community's saved rows, then asks for the user's communities (from the
        offline copy, then the CRM); the remembered one opens when they arrive."""
        self._show_connection()
        self._settling = True
        self._meters.open_copy(remembered_community(self._settings))

    def set_update_handler(self, handler: Callable[..., None]) -> None:
        """What "Update data" does with the selected meter (the update dialog, wired by the app); from Pending
        changes it is also given the draft as checked against the CRM."""
        self._update_handler = handler
        self._sync_meter_actions()

    def set_pending_changes(self, pending: PendingChanges, updates: UpdateService,
                            sender: ChangeSender) -> None:
        """The drafts waiting to be sent, the service that keeps and sends them, and the way every change goes
        to the CRM (wired by the app)."""
        self.pending = pending
        self._updates, self._sender = updates, sender
        pending.listed.connect(self._pending_listed)
        updates.draftsChanged.connect(lambda ean: pending.refresh())
        if self._meters.community is not None:
            pending.refresh()
        self._sync_meter_actions()

    def set_server_addresses(self, gateway_url: str, issuer_url: str) -> None:
        """The CRM and the sign-in server this window works with, as Help → About shows them."""
        self._server_addresses = (gateway_url, issuer_url)

    def show_about(self) -> None:
        from optimce_desktop.gui.about_dialog import AboutDialog  # when asked only

        dialog = AboutDialog(*self._server_addresses, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def set_consumptions(self, service: ConsumptionService) -> None:
        """The selected meter's consumption, in a tab of the detail pane (wired by the app)."""
        self.detail_pane.set_consumptions(service)

    @property
    def meters(self) -> MeterService:
        return self._meters

    @property
    def connection(self) -> ConnectionMonitor:
        return self._connection

    @property
    def list_banner(self) -> Banner | None:
        """What the list just read lacks (made when a list first lacks something)."""
        return self.banners.list_report

    @property
    def active_community(self) -> Community | None:
        return self._meters.community

    @property
    def selected_ean(self) -> str | None:
        index = self.ui.meterTable.selectionModel().currentIndex()
        return self.table_model.ean_at(index.row()) if index.isValid() else None

    def show_meter(self, ean: str) -> bool:
        """Selects the meter, clearing the filters when they hide it; False when the community's list no
        longer has it."""
        if self.table_model.meter_row(ean) is None:
            return False
        if not self.select_meter(ean):
            self.clear_filters()
            self.select_meter(ean)
        return True

    def show_new_meter(self, ean: str) -> bool:
        """A meter this app just created, keeping the operator's search and filters: selected if they show it,
        else decided once its detail is known (its list row lacks what only the detail says, the day a meter
        not active yet starts among them); False when the list does not have it."""
        if self.table_model.meter_row(ean) is None:
            return False
        if not self.select_meter(ean):
            self._new_meter_hidden = ean  # see ``_show_new_meter``
        return True

    def _show_new_meter(self, detail: MeterDetail) -> None:
        """The new meter's detail: selected when the search and the filters show it, else shown in the pane
        with its line saying that they hide it (nothing else stays selected in the list)."""
        self.table_model.refilter()  # its row, read from its detail, may match the search now
        if self.select_meter(detail.EAN):
            return  # its detail shown as it became the current row
        self.ui.meterTable.selectionModel().clear()
        self._show_detail(detail)
        self.detail_pane.set_listed(False)

    def select_meter(self, ean: str) -> bool:
        """Selects the meter's row and scrolls to it; False when the list, as filtered, does not show it."""
        row = self.table_model.row_of(ean)
        if row is None:
            return False
        table = self.ui.meterTable
        current = table.currentIndex()
        # on the meter already: its row is selected again, the current cell (and the sideways scroll) kept
        index = current if current.isValid() and current.row() == row else self.table_model.index(row, 0)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)
        return True

    def refresh(self) -> None:
        """Reads the list (and the selected meter) again; offline, checks whether the CRM is back first
        (it refreshes when it is)."""
        if self._connection.is_offline:
            self.connection_status.try_online()
            return
        if self._meters.community is None:
            self._communities_service.load()
            return
        self._meters.refresh_list()
        ean = self.selected_ean
        if ean:
            self._meters.load_detail(ean)

    def refresh_all(self) -> None:
        """Reads the whole community (list and every detail) with a progress dialog and a Cancel."""
        community = self._meters.community
        if community is None or self._connection.is_offline:
            return
        from optimce_desktop.gui.refresh_all_dialog import RefreshAllDialog  # a user action: loaded on use

        refresh = self._meters.refresh_all()
        if refresh is None:
            return
        dialog = RefreshAllDialog(refresh, community.name, self)
        from optimce_desktop.gui.widgets.toast import Toast

        dialog.done_with.connect(lambda text: Toast.show_message(self, text, kind="info"))
        dialog.finished.connect(self._refresh_all_closed)
        refresh.finished.connect(self._fully_refreshed)
        self.refresh_all_dialog = dialog
        self._sync_meter_actions()
        dialog.open()

    def open_pending_changes(self) -> None:
        """The drafts waiting to be sent, each checked against the CRM before the user sends it."""
        if self.pending is None or self._updates is None or self._sender is None:
            return
        if self.pending_dialog is None:
            from optimce_desktop.gui.pending_changes import PendingChangesDialog  # loaded on first use

            self.pending_dialog = PendingChangesDialog(self.pending, self._updates, self._sender,
                                                       self._connection, self.review_draft, self)
        self.notice_banner.hide()
        self.pending.refresh()
        self.pending_dialog.show()
        self.pending_dialog.raise_()
        self.pending_dialog.activateWindow()

    def review_draft(self, checked: Revalidation) -> str | None:
        """Opens the update form of a draft checked against the CRM, on its meter; returns why it cannot."""
        ean = checked.detail.EAN
        if not self.show_meter(ean):
            return self.tr("This meter is no longer in the community's list: its update cannot be sent.")
        self._detail_loaded(checked.detail)
        allowed, reason = self._can_update(checked.detail)
        if not allowed:
            return reason
        if self._update_handler is None:
            return self.tr("The update form is not ready yet: try again in a moment.")
        self._update_handler(checked.detail, checked)
        return None

    def focus_search(self) -> None:
        self.filters.focus_search()

    def clear_filters(self) -> None:
        self.filters.clear()

    def open_update_dialog(self) -> None:
        detail = self.detail_pane.detail
        if detail is None or not self._can_update(detail)[0] or self._update_handler is None:
            return
        self._update_handler(detail)

    def show_updated_detail(self, detail: MeterDetail) -> None:
        """A fresh detail after an update: the pane, the row and the selection follow it; the meter stays
        selected, and in view, while the list shows it."""
        self._detail_loaded(detail)
        if detail.EAN == self.selected_ean:
            self.select_meter(detail.EAN)

    # -- communities ---------------------------------------------------------------------------------

    def _communities_failed(self, error: BaseException) -> None:
        if unavailable_without_crm(error):
            self._show_connection()  # the offline banner says that nothing is saved yet
            return
        self.banners.show_problem(error, retry=self._communities_service.load)

    def _open_community(self, community: Community) -> None:
        if self.refresh_all_dialog is not None:
            self.refresh_all_dialog.close()
        kept = self._meters.set_community(community)
        self._new_meter_hidden = None
        if not kept:
            self._recent_details.clear()
            self.table_model.clear()
            self.detail_pane.show_placeholder()
            self._last_refresh = None
        self.setWindowTitle(self.tr("{0} — OptimCE Desktop").format(community.name))
        self.banner.hide()
        self._meters.load()
        if kept and self.selected_ean:
            self.reload_selected()  # the saved detail shown so far, now from the CRM
        if self.pending is not None:
            self.pending.refresh()
        self._show_connection()

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
        self.layout_memory.widen_for_meter_numbers(rows)
        if first_rows:
            self.rows_on_screen.ask_now()
        self._update_counts()

    def _list_finished(self, present: set, when: dt.datetime) -> None:
        self.ui.loadProgress.hide()
        self.table_model.keep_only(present)
        self._last_refresh = when
        self.banner.hide()
        self._update_counts()
        self.rows_on_screen.ask_now()  # the rest: the service's detail sweep, at its pace

    def _list_failed(self, error: BaseException) -> None:
        self.ui.loadProgress.hide()
        if is_offline_error(error):
            self._show_connection()  # the offline banner replaces the error
            return
        self.banners.show_problem(error, retry=self.refresh)

    def _copy_opened(self, saved_list: SavedList | None) -> None:
        self.ui.loadProgress.hide()
        if saved_list is not None:
            self._last_refresh = saved_list.fetched_at
            self._update_counts()
        self._show_connection()
        self._settle_startup()

    def _fully_refreshed(self, saved_list: SavedList) -> None:
        self._last_refresh = saved_list.fetched_at
        self._update_counts()
        self._show_connection()

    def _refresh_all_closed(self) -> None:
        dialog, self.refresh_all_dialog = self.refresh_all_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._sync_meter_actions()

    def _after_reset(self) -> None:
        ean = self._detail_pane.shown_ean if self._detail_pane is not None else None
        if ean is not None:
            self.detail_pane.set_listed(self.select_meter(ean))
        self._update_counts()
        self.rows_on_screen.ask_soon()

    def _update_counts(self) -> None:
        shown, total = self.table_model.visible_count, self.table_model.total_count
        self.count_label.setText(self.tr("%n of {0} meter(s) shown", "", shown).format(total))
        nothing_shown = total > 0 and shown == 0
        if nothing_shown or self._empty_state is not None:
            self.empty_state.set_shown(nothing_shown)
        self.refresh_label.setText(
            self.tr("Refreshed {0}").format(datetime_text(self._last_refresh)) if self._last_refresh else "")

    # -- detail ---------------------------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        del previous
        ean = self.table_model.ean_at(current.row()) if current.isValid() else None
        if ean is None:
            return
        selection = self.ui.meterTable.selectionModel()
        if not selection.isRowSelected(current.row()):
            # Qt makes a row current without selecting it when the keyboard brings the focus into a list
            # that has no current row (its first row, once a search hid the selected meter), or on Ctrl+arrow:
            # the meter the detail pane shows is the selected one
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                             | QItemSelectionModel.SelectionFlag.Rows)
        if ean == self.detail_pane.shown_ean:
            return
        self.detail_pane.placeholder.setText(self._placeholder_text)
        cached = self._recent_details.get(ean)
        if cached is not None:
            self._show_detail(cached)
        else:
            self.detail_pane.show_loading()
            self._sync_meter_actions()
        self._meters.load_detail(ean)

    def _detail_loaded(self, detail: MeterDetail) -> None:
        self._recent_details.remember(detail)
        self.table_model.apply_detail(detail)
        if detail.EAN == self._new_meter_hidden:
            self._new_meter_hidden = None
            self._show_new_meter(detail)
        elif detail.EAN == self.selected_ean:
            self._show_detail(detail)

    def _show_detail(self, detail: MeterDetail) -> None:
        self.detail_pane.show_detail(detail)
        self._sync_meter_actions()

    def _detail_failed(self, ean: str, error: BaseException) -> None:
        if ean != self.selected_ean:
            return
        if unavailable_without_crm(error):
            if self.detail_pane.shown_ean != ean:
                self.detail_pane.placeholder.setText(self.tr(
                    "The details of this meter were not saved on this computer before the CRM became "
                    "unreachable. They are shown once it is back."))
                self.detail_pane.show_placeholder()
            return
        if self.detail_pane.shown_ean != ean:
            self.detail_pane.show_placeholder()
        self.banners.show_problem(error, retry=lambda: self._meters.load_detail(ean))

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
        ui = self.ui
        pane = self._detail_pane
        detail = pane.detail if pane is not None else None
        offline = self._connection.is_offline
        needs_crm = self.connection_status.needs_crm_text()
        allowed, reason = self._can_update(detail) if detail else (False, "")
        if pane is not None:
            pane.set_update_allowed(allowed, reason)
            if allowed and offline:
                pane.update_button.setToolTip(self.tr(
                    "Offline: the update is kept on this computer as a draft, and sent from Pending "
                    "changes once the CRM is back."))
            pane.set_refresh_allowed(not offline, needs_crm)
        ui.actionUpdateData.setEnabled(allowed)
        ui.actionRefreshMeter.setEnabled(detail is not None and not offline)
        can_refresh_all = (self._meters.community is not None and not offline and self._meters.has_copy
                           and self.refresh_all_dialog is None)
        ui.refreshAllButton.setEnabled(can_refresh_all)
        ui.actionRefreshAll.setEnabled(can_refresh_all)
        ui.refreshAllButton.setToolTip(needs_crm if offline else self.tr(
            "Read every meter of the community and its details from the CRM, and save them on this "
            "computer for offline use"))
        ui.actionPendingChanges.setEnabled(self.pending is not None)

    @property
    def _placeholder_text(self) -> str:
        return self.tr("Select a meter in the list to see its details.")

    # -- feedback ----------------------------------------------------------------------------------------

    def show_signing_in(self, signing_in: bool) -> None:
        """The user is signing in again (their session ended): the status bar says so until they are."""
        if signing_in:
            self.connection_status.show_signing_in()
        else:
            self._show_connection()

    def _make_way_for_message(self, message: str) -> None:
        """A message (a menu item's tip) gets the status bar's whole width while it is shown. Qt paints it
        left of the permanent widgets, cut off where they begin; it hides the other widgets, but shows them
        again over the message when the bar lays itself out anew, unless they were hidden by hand."""
        if message:
            bar = self.ui.statusBar
            for child in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if child in self._made_way or isinstance(child, QSizeGrip):
                    continue
                if child is self.status_state or child.isVisible():  # Qt has just hidden the state
                    child.hide()
                    self._made_way.append(child)
            return
        for child in self._made_way:
            child.show()
        self._made_way.clear()

    def _show_connection(self, *_: object) -> None:
        """The status bar's dot, the offline banner and the actions that need the CRM."""
        self.connection_status.show_state()
        self._sync_meter_actions()

    def _back_online(self) -> None:
        """The CRM answers again: the data is refreshed and the drafts waiting to be sent announced."""
        self._show_connection()
        if self._meters.community is None:
            self._communities_service.load()
        elif not self._meters.loading_list and not self._meters.refreshing_all:
            self.refresh()
        if self.pending is not None:
            self._announce_pending = True
            self.pending.refresh()
        if self._detail_pane is not None and self._detail_pane.consumption_view is not None:
            self._detail_pane.consumption_view.read_again_after_offline()

    def _pending_listed(self, pending: list[PendingChange]) -> None:
        count = len(pending)
        self.pending_button.setText(self.tr("✎ %n pending change(s)", "", count))
        self.pending_button.setToolTip(self.tr("Changes kept on this computer, waiting to be sent"))
        self.pending_button.setVisible(count > 0)
        if self._announce_pending:
            self._announce_pending = False
            if count and not self._connection.is_offline:
                self.notice_banner.show_message(self._waiting_text(pending), kind=Banner.INFO,
                                                action=self.tr("Review"))

    def _waiting_text(self, pending: list[PendingChange]) -> str:
        """The changes waiting, named as what they are: updates when they all are, changes otherwise (a new
        meter, a deactivation... is no update)."""
        from optimce_desktop.domain.change import ChangeKind  # after start-up only

        count = len(pending)
        if all(change.kind is ChangeKind.UPDATE for change in pending):
            return self.tr("The CRM is back. %n update(s) kept on this computer are waiting to be sent.", "",
                           count)
        return self.tr("The CRM is back. %n change(s) kept on this computer are waiting to be sent.", "",
                       count)

    def _settle_startup(self) -> None:
        """Once the saved rows are on screen (or there are none): builds the detail pane and loads the
        communities (the pane's cards, the models and the CRM client are a few tenths of a second that
        the first rows do not wait for)."""
        if not self._settling:
            return
        self._settling = False
        # The pane before anything starts on the workers: beside their imports, it would wait for the
        # interpreter's lock and freeze the window several times longer.
        self._build_detail_pane()
        self.startupSettled.emit()
        self._communities_service.load()

    def _build_detail_pane(self) -> None:
        if self._detail_pane is not None:
            return
        from optimce_desktop.gui.meter_detail import DetailPane  # see _settle_startup

        pane = DetailPane(self)
        self._detail_pane = pane
        self.ui.detailHostLayout.addWidget(pane)
        self.layout_memory.fit_detail(pane)
        pane.show_placeholder()
        pane.updateRequested.connect(self.open_update_dialog)
        pane.refreshRequested.connect(self.reload_selected)
        self._sync_meter_actions()

    # -- Qt events -------------------------------------------------------------------------------------

    def _rows_painted(self) -> None:
        if self._settling and self.table_model.rowCount() > 0:
            QTimer.singleShot(0, self._settle_startup)  # right after these rows are painted
        elif not self._settling and self._detail_pane is None:
            QTimer.singleShot(0, self._build_detail_pane)  # deferred, but the window was never started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.meterTable and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_update_dialog()
                return True
            key, modifiers = event.key(), event.modifiers()
            control = modifiers & Qt.KeyboardModifier.ControlModifier
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and control:
                # Ctrl+Tab leaves a control that keeps Tab for itself elsewhere: the table leaves as with Tab
                backwards = key == Qt.Key.Key_Backtab or modifiers & Qt.KeyboardModifier.ShiftModifier
                return self.focusNextPrevChild(not backwards)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            if self.isActiveWindow():
                self._return_focus()
            else:
                self._focus_when_left = self.focusWidget()
        super().changeEvent(event)

    def _return_focus(self) -> None:
        """The window is active again (a dialog it opened closed): the focus goes back to the control that had
        it, or to the list when that control can no longer take it (a button the change disabled, a tab
        page it hid). Qt would give it to the next control that can, or to the first of the window: the
        community field, where an arrow key meant for the list switched the community."""
        left, self._focus_when_left = self._focus_when_left, None
        target = left if left is not None else self.focusWidget()
        if not self._can_take_focus(target):
            target = self.ui.meterTable
        target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _can_take_focus(self, widget: QWidget | None) -> bool:
        from shiboken6 import isValid

        return (widget is not None and isValid(widget) and widget.window() is self and widget.isVisible()
                and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.layout_memory.save()
        if self.refresh_all_dialog is not None:
            self.refresh_all_dialog.close()
        self._meters.shutdown()
        super().closeEvent(event)


class FocusFrame(QWidget):
    """A 2-pixel ring over a control's edge while it has the keyboard, drawn by a widget laid over it (the
    meter list, whose frame the style sheet keeps to 1 pixel). It never takes the mouse nor the focus."""

    COLOUR = "#124116"
    """The style sheet's focus rings' (resources/style.qss)."""
    WIDTH = 2
    RADIUS = 6

    def __init__(self, target: QWidget) -> None:
        super().__init__(target.parentWidget())
        self.setObjectName(f"{target.objectName()}FocusFrame")
        self._target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Hide, QEvent.Type.Show):
            self._follow()
            self.setVisible(self._target.hasFocus() and self._target.isVisible())
        elif kind in (QEvent.Type.Move, QEvent.Type.Resize) and self.isVisible():
            self._follow()
        return False

    def _follow(self) -> None:
        self.setGeometry(self._target.geometry())
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.COLOUR), self.WIDTH))
        half = self.WIDTH / 2
        ring = QRectF(self.rect()).adjusted(half, half, -half, -half)
        painter.drawRoundedRect(ring, self.RADIUS, self.RADIUS)
        painter.end()


def _status_group(name: str, *widgets: QWidget) -> QWidget:
    group = QWidget()
    group.setObjectName(name)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
        widget.ensurePolished()
    # as tall as its tallest widget, shown or not, as the status bar makes itself: it keeps its height when
    # the pending changes show
    group.setMinimumHeight(max(widget.minimumSizeHint().height() for widget in widgets))
    return group


def _open_log_folder() -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from optimce_desktop.logging_setup import log_folder

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_folder())))
