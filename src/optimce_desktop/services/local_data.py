"""What the user is told about the data on this computer (the local database), and the retries that end
a "cannot be used right now".

``LocalDataStatus`` watches the ``Database``: ``troubleChanged`` carries the lasting message while the file
cannot be used (busy, locked, full disk, no permission, I/O error, or only read because a newer app wrote
it), and "" once it can be used again; ``noticed`` carries what opening it found once (a damaged file set
aside with the drafts recovered, a file found empty) and the news that it can be used again. While the file
cannot be used, a task tries again on a short schedule, writing the drafts kept in memory meanwhile.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from optimce_desktop.cache.database import (
    Database,
    DatabaseNotice,
    DatabaseUnavailableError,
    NoticeKind,
    Trouble,
)
from optimce_desktop.services.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from optimce_desktop.cache.held_drafts import HoldingDraftStore

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class LocalData(QObject):
    """The context of this module's texts. Its counted texts are ``LocalData.tr(text, "", n)``: lupdate reads
    a ``%n`` text as a plural only in a ``tr`` call (in ``translate`` only when the count is a literal)."""


RETRY_MS = 10_000
WARNING, INFO = "warning", "info"


class LocalDataStatus(QObject):
    troubleChanged = Signal(str)
    """The lasting message while the data on this computer cannot be used; "" once it can."""
    noticed = Signal(str, str)
    """A message to say once, and its kind (``WARNING`` or ``INFO``)."""
    usableAgain = Signal()
    """The data can be used again: what could not be read meanwhile may be read now."""
    _poked = Signal()  # emitted on any thread; the slot runs on the GUI thread

    def __init__(self, database: Database, tasks: TaskRunner, parent: QObject | None = None, *,
                 retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._drafts: HoldingDraftStore | None = None
        self._shown = ""
        self._held_before = 0
        self._retrying: Task[object] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(retry_ms)
        self._timer.timeout.connect(self._retry)
        self._poked.connect(self._refresh)

    def start(self) -> None:
        """Says what is known so far, then follows the database (call once the window shows messages)."""
        self._database.watch(self.poke)
        self._refresh()

    def attach_drafts(self, drafts: HoldingDraftStore) -> None:
        """The store that holds drafts in memory meanwhile: they are counted, and written by the retries."""
        self._drafts = drafts
        self._refresh()

    @property
    def message(self) -> str:
        """The lasting message now shown ("" when none)."""
        return self._shown

    def poke(self) -> None:
        """Asks for the state to be read again; may be called on any thread."""
        try:
            self._poked.emit()
        except RuntimeError:  # the window (and this) went away while a task still used the database
            pass

    def _refresh(self) -> None:
        for notice in self._database.take_notices():
            self.noticed.emit(notice_text(notice), WARNING)
        trouble = self._database.trouble
        held = self._drafts.held_count if self._drafts is not None else 0
        if trouble is None and held:
            self._timer.start()  # usable again: the held drafts are written by the next retry
            return
        text = trouble_text(trouble, held) if trouble is not None else ""
        if text and trouble is not None and trouble.trouble is not Trouble.NEWER:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        if text == self._shown:
            return
        was_held = self._held_before
        self._shown = text
        self._held_before = held
        self.troubleChanged.emit(text)
        if not text:
            self.noticed.emit(usable_again_text(was_held), INFO)
            self.usableAgain.emit()

    @property
    def can_retry(self) -> bool:
        """True while trying again may help (not for a newer app's file: only that app can write it)."""
        trouble = self._database.trouble
        return bool(self._shown) and (trouble is None or trouble.trouble is not Trouble.NEWER)

    def retry(self) -> None:
        """Tries the file again now (writing the drafts held in memory), as the schedule does."""
        self._retry()

    def _retry(self) -> None:
        if self._retrying is not None:
            return
        database, drafts = self._database, self._drafts

        def work(context: object) -> None:
            if drafts is None or drafts.write_held():
                database.probe()

        def finished() -> None:
            self._retrying = None
            self._refresh()

        self._retrying = self._tasks.run(
            work, on_error=lambda error: log.info("The local database still cannot be used: %s", error),
            on_finished=finished)


# -- the words ---------------------------------------------------------------------------------------------


def reason_text(trouble: DatabaseUnavailableError) -> str:
    match trouble.trouble:
        case Trouble.BUSY:
            reason = translate("LocalData", "another program is using it")
        case Trouble.FULL:
            reason = translate("LocalData", "the disk is full")
        case Trouble.NO_ACCESS:
            reason = translate("LocalData", "this app is not allowed to open or write it")
        case _:
            reason = translate("LocalData", "the disk could not read or write it")
    return f"{reason} ({trouble.detail})"


def trouble_text(trouble: DatabaseUnavailableError, held: int) -> str:
    if trouble.trouble is Trouble.NEWER:
        text = translate(
            "LocalData", "The data on this computer was written by a newer version of OptimCE Desktop, so "
            "this version only reads it: the updates kept there are still offered, but nothing new can be "
            "saved on this computer. Install the newer version.")
        if held:
            text += " " + LocalData.tr(
                "%n update(s) kept since are only in memory, until the app closes.", "", held)
        return text
    text = translate(
        "LocalData", "The data on this computer cannot be used right now: {0}. It is left as it is, and the "
        "app tries again.").format(reason_text(trouble))
    if held:
        text += " " + LocalData.tr(
            "%n unsent update(s) are kept in memory until they can be written: do not close the app.",
            "", held)
    return text


def usable_again_text(written: int) -> str:
    text = translate("LocalData", "The data on this computer can be used again.")
    if written:
        text += " " + LocalData.tr("%n unsent update(s) kept in memory were written to it.", "", written)
    return text


def notice_text(notice: DatabaseNotice) -> str:
    if notice.kind is NoticeKind.EMPTIED:
        return translate(
            "LocalData", "The data on this computer was found empty although it held data: the file {0} was "
            "cut short outside the app. Its unsent updates could not be recovered; the offline copy is saved "
            "again from the CRM.").format(notice.path)
    text = translate(
        "LocalData", "The data on this computer could not be read: the file is damaged. It was set aside as "
        "{0}, and a new one started (the offline copy is saved again from the CRM).").format(notice.path)
    recovered = LocalData.tr("%n unsent update(s) were recovered", "", notice.recovered)
    if notice.unreadable is None:
        lost = translate("LocalData", "others may be lost: the file is too damaged to tell how many it held")
    else:
        lost = LocalData.tr("%n could not be read", "", notice.unreadable)
    return text + " " + translate("LocalData", "{0}; {1}.").format(recovered, lost)
