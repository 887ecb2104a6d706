""""Refresh all": the progress of reading a whole community from the CRM, with a Cancel that keeps the
data saved before."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from optimce_desktop.services.full_refresh import FullRefresh, SavedList, Stage
from optimce_desktop.services.problems import problem_from


class RefreshAllDialog(QDialog):
    done_with = Signal(str)
    """How it ended, in words for a toast (saved, or cancelled); not emitted after a failure."""

    def __init__(self, refresh: FullRefresh, community_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refreshAllDialog")
        self.setWindowTitle(self.tr("Refresh all — {0}").format(community_name))
        self.setMinimumWidth(460)
        self._refresh = refresh
        self.stage_label = QLabel(self.tr("Reading the list of meters…"))
        self.stage_label.setObjectName("refreshStage")
        self.stage_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("refreshProgress")
        self.progress.setRange(0, 0)
        self.note = QLabel(self.tr("The data saved on this computer is replaced only once everything is "
                                   "read: cancelling keeps it as it was."))
        self.note.setObjectName("refreshNote")
        self.note.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelRefreshButton")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        refresh.progressed.connect(self._progressed)
        refresh.finished.connect(self._finished)
        refresh.failed.connect(self._failed)
        refresh.cancelled.connect(self._cancelled)

    def reject(self) -> None:
        """Cancel, Esc and the close button: stops the refresh (not while it saves, which is quick)."""
        if self._refresh.running:
            if not self._refresh.can_cancel:
                return
            self._refresh.cancel()  # answered by ``cancelled``
            return
        super().reject()

    def _progressed(self, stage: Stage, done: int, total: int) -> None:
        count, of = QLocale().toString(done), QLocale().toString(total)
        if stage is Stage.LIST:
            text = self.tr("Reading the list of meters… {0} of {1}").format(count, of)
        elif stage is Stage.DETAILS:
            text = self.tr("Reading the details of the meters… {0} of {1}").format(count, of)
        else:
            text = self.tr("Saving on this computer…")
            self.cancel_button.setEnabled(False)
        self.stage_label.setText(text)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, saved_list: SavedList) -> None:
        unread = len(self._refresh.unread)
        if unread:
            self.done_with.emit(self.tr(
                "Saved on this computer, except the details of %n meter(s) the CRM did not give: their "
                "previous copy is kept", "", unread))
        else:
            self.done_with.emit(self.tr("Every meter and its details are saved on this computer"))
        self.accept()

    def _cancelled(self) -> None:
        self.done_with.emit(self.tr("Refresh cancelled: the data saved before is kept"))
        super().reject()

    def _failed(self, error: BaseException) -> None:
        self.stage_label.setText(self.tr("The refresh stopped: {0} The data saved before is kept.").format(
            problem_from(error).message))
        self.stage_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress.hide()
        self.note.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setEnabled(True)
