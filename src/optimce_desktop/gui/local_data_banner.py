"""The main window's say on the data on this computer: a lasting banner while it cannot be used, and the
window's notice banner for what is said once (a damaged file set aside, drafts recovered, usable again)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from optimce_desktop.gui.widgets.banner import Banner

if TYPE_CHECKING:
    from optimce_desktop.gui.main_window import MainWindow
    from optimce_desktop.services.local_data import LocalDataStatus

BANNER_NAME = "localDataBanner"


def show_local_data(window: MainWindow, status: LocalDataStatus) -> Banner:
    """Adds the lasting banner to ``window`` and shows there what ``status`` says; returns the banner."""
    banner = Banner(window)
    banner.setObjectName(BANNER_NAME)
    window.ui.bannerLayout.insertWidget(0, banner)

    def trouble_changed(text: str) -> None:
        if text:
            action = QCoreApplication.translate("LocalData", "Try again") if status.can_retry else None
            banner.show_message(text, kind=Banner.WARNING, action=action, closable=False)
        else:
            banner.hide()

    banner.actionTriggered.connect(status.retry)

    def noticed(text: str, kind: str) -> None:
        window.notice_banner.show_message(text, kind=kind)

    status.troubleChanged.connect(trouble_changed)
    status.noticed.connect(noticed)
    return banner
