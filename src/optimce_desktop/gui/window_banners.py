"""What the main window says above the list, each kind in a banner of its own so that none hides another: a
problem (with Retry when it can be retried), a notice (the data on this computer, the drafts waiting), and
what the list just read lacks. The connection has its own banner (``connection_status.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QWidget

from optimce_desktop.gui.widgets.banner import Banner

if TYPE_CHECKING:
    from optimce_desktop.services.list_report import ListReport


class WindowBanners(QObject):
    def __init__(self, window: QWidget, layout: QBoxLayout) -> None:
        """Adds the problem's and the notice's banners to ``layout``."""
        super().__init__(window)
        self._window = window
        self._layout = layout
        self.problem = Banner(window)
        self.problem.actionTriggered.connect(self._retry)
        self.notice = Banner(window)
        layout.addWidget(self.problem)
        layout.addWidget(self.notice)
        self.list_report: Banner | None = None
        """Created when a list first lacks something, below the others."""
        self._retry_action: Callable[[], None] | None = None

    def show_problem(self, error: BaseException, retry: Callable[[], None] | None) -> None:
        from optimce_desktop.services.problems import problem_from  # after start-up only

        self._retry_action = retry
        self.problem.show_message(problem_from(error).message, kind=Banner.ERROR,
                                  action=self.tr("Retry") if retry else None)

    def _retry(self) -> None:
        action, self._retry_action = self._retry_action, None
        self.problem.hide()
        if action is not None:
            action()

    def show_copy_reset(self, moved: list[Path]) -> None:
        names = ", ".join(path.name for path in moved)
        self.notice.show_message(self.tr(
            "The offline data on this computer could not be read (it was damaged, or written by a newer "
            "version of the app). It was set aside as {0}, and is saved again from the CRM.").format(names),
            kind=Banner.WARNING)

    def show_copy_damaged(self) -> None:
        self.notice.show_message(self.tr(
            "The offline data on this computer is damaged. It is set aside and saved again from the CRM at "
            "the next start of the app."), kind=Banner.WARNING)

    def show_storage_failed(self, error: BaseException) -> None:
        from optimce_desktop.services.problems import problem_from  # after start-up only

        self.notice.show_message(self.tr(
            "The data cannot be saved on this computer for offline use: {0}").format(
            problem_from(error).message), kind=Banner.WARNING)

    def show_list_report(self, report: ListReport) -> None:
        """What the list just read lacks; a complete list, or another community, takes it away."""
        if report.clean:
            self.hide_list_report()
            return
        if self.list_report is None:
            self.list_report = Banner(self._window)
            self._layout.addWidget(self.list_report)
        parts = []
        if report.unreadable:
            parts.append(self.tr(  # self.tr: lupdate reads a variable count as a plural only there
                "%n meter(s) could not be read: the CRM sent them in a form this app does not "
                "understand, so they are left out of the list.", "", report.unreadable))
        if report.may_be_incomplete:
            parts.append(self.tr(
                "The CRM's pages of meters did not end as announced: the list may be incomplete."))
        self.list_report.show_message(" ".join(parts), kind=Banner.WARNING)

    def hide_list_report(self, *_: object) -> None:
        if self.list_report is not None:
            self.list_report.hide()
