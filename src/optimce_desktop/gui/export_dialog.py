"""The export dialogs: where to write the file (and, for the meter list, which rows and which format), then
the export on a worker behind a progress dialog that can be cancelled.

The dialog stays open while the file is written, and says why when it cannot be: nothing is lost, and
another place can be chosen. It closes once the file is complete.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.field_message import FieldMark, FieldMessage, mark_field
from optimce_desktop.services.exports import ExportDone, ExportJob, FileFormat
from optimce_desktop.services.problems import Problem

PROGRESS_DELAY_MS = 300
"""A quick export shows no progress dialog at all."""

Starter = Callable[[Path, FileFormat, bool], ExportJob]
"""Starts the export to a path, in a format, of the whole list (True) or of the rows shown."""


class ExportDialog(QDialog):
    exported = Signal(ExportDone)
    """The file is complete."""

    def __init__(self, title: str, intro: str, suggested: Path, start: Starter, parent: QWidget | None = None,
                 *, formats: tuple[FileFormat, ...] = (FileFormat.XLSX,),
                 scope_counts: tuple[int, int] | None = None) -> None:
        """``scope_counts``: (rows shown, rows in the whole list) to offer the choice; None offers none."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(title)
        self._start = start
        self.job: ExportJob | None = None
        self.progress: QProgressDialog | None = None
        self.result_done: ExportDone | None = None

        intro_label = QLabel(intro)
        intro_label.setObjectName("exportIntro")
        intro_label.setWordWrap(True)
        intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner = Banner(self)
        self.banner.setObjectName("exportBanner")
        grid = QGridLayout()
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("formatCombo")
        for file_format in formats:
            self.format_combo.addItem(self._format_text(file_format), file_format.value)
        format_label = QLabel(self.tr("&Format"))
        format_label.setBuddy(self.format_combo)
        self.path_edit = QLineEdit(str(suggested))
        self.path_edit.setObjectName("exportPathEdit")
        path_label = QLabel(self.tr("&Save as"))
        path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("browseButton")
        self.browse_button.setAutoDefault(False)
        self.path_message = FieldMessage()
        self.path_message.setObjectName("exportPathMessage")
        row = 0
        self.shown_radio = self.whole_radio = None
        if scope_counts is not None:
            shown, whole = scope_counts
            self.shown_radio = QRadioButton(self.tr("The rows sh&own ({0}), as filtered and sorted").format(
                QLocale().toString(shown)))
            self.shown_radio.setObjectName("shownRowsRadio")
            self.whole_radio = QRadioButton(
                self.tr("The &whole list ({0})").format(QLocale().toString(whole)))
            self.whole_radio.setObjectName("wholeListRadio")
            self.shown_radio.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(self.shown_radio)
            group.addButton(self.whole_radio)
            rows_label = QLabel(self.tr("Rows"))
            grid.addWidget(rows_label, row, 0)
            grid.addWidget(self.shown_radio, row, 1, 1, 2)
            grid.addWidget(self.whole_radio, row + 1, 1, 1, 2)
            row += 2
        grid.addWidget(format_label, row, 0)
        grid.addWidget(self.format_combo, row, 1, 1, 2)
        grid.addWidget(path_label, row + 1, 0)
        grid.addWidget(self.path_edit, row + 1, 1)
        grid.addWidget(self.browse_button, row + 1, 2)
        grid.addWidget(self.path_message, row + 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._shown_format = self.file_format()  # the format the file name's extension follows
        self.format_combo.setVisible(len(formats) > 1)
        format_label.setVisible(len(formats) > 1)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("validateButton")
        self.export_button.setProperty("primary", True)
        self.export_button.setDefault(True)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(intro_label)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.setMinimumWidth(560)

        self.cancel_button.clicked.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.browse_button.clicked.connect(self.browse)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(self._check_path)
        self._check_path()

    # -- choices ---------------------------------------------------------------------------------------

    def file_format(self) -> FileFormat:
        return FileFormat(self.format_combo.currentData())

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.casefold() != f".{self.file_format().value}":
            path = path.with_name(path.name + f".{self.file_format().value}")
        return path

    def whole_list(self) -> bool:
        return self.whole_radio is not None and self.whole_radio.isChecked()

    def _format_text(self, file_format: FileFormat) -> str:
        if file_format is FileFormat.CSV:
            return self.tr("CSV, text separated by commas or semicolons (.csv)")
        return self.tr("Excel workbook (.xlsx)")

    def _format_changed(self) -> None:
        """The file name follows the format: a name ending with the previous format's extension takes the new
        one's instead; any other name is the operator's and stays as typed (the export adds the extension)."""
        previous, self._shown_format = self._shown_format, self.file_format()
        text = self.path_edit.text().rstrip()
        extension = f".{previous.value}"
        if text.casefold().endswith(extension):
            self.path_edit.setText(text[:-len(extension)] + f".{self._shown_format.value}")

    def _check_path(self) -> bool:
        """What the typed path says by itself; whether its folder exists is checked by the export, on a
        worker (a network folder may take seconds to answer), and said here too (``_refused``)."""
        text = self.path_edit.text().strip()
        problem = None
        if not text:
            problem = self.tr("Choose where to save the file.")
        elif text.endswith(("/", "\\")):
            problem = self.tr("This is a folder: add a file name.")
        self._show_path_problem(problem)
        return problem is None

    def _show_path_problem(self, problem: str | None) -> None:
        self.path_message.show_message(problem or "", FieldMark.ERROR if problem else FieldMark.NONE)
        mark_field(self.path_edit, FieldMark.ERROR if problem else FieldMark.NONE)
        self.export_button.setEnabled(problem is None and self.job is None)

    def browse(self) -> None:
        chooser = QFileDialog(self, self.tr("Save the export as"))
        chooser.setObjectName("exportFileChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self._format_text(self.file_format()))
        chooser.setDefaultSuffix(self.file_format().value)
        current = self.path()
        if current is not None:
            chooser.setDirectory(str(current.parent))
            chooser.selectFile(current.name)
        chooser.fileSelected.connect(self.path_edit.setText)
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()

    # -- exporting -------------------------------------------------------------------------------------

    def export(self) -> None:
        path = self.path()
        if self.job is not None or path is None or not self._check_path():
            return
        self.banner.hide()
        self._set_busy(True)
        job = self._start(path, self.file_format(), self.whole_list())
        self.job = job
        progress = QProgressDialog(self.tr("Writing {0}…").format(path.name), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._cancel)
        self.progress = progress
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.refused.connect(self._refused)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 0))
            self.progress.setValue(min(done, total) if total else 0)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self._end_job()
        self.banner.show_message(self.tr("The export was cancelled: no file was written."), kind=Banner.INFO)

    def _finished(self, done: ExportDone) -> None:
        self._end_job()
        self.result_done = done
        self.exported.emit(done)
        self.accept()

    def _failed(self, problem: Problem) -> None:
        self._end_job()
        self.banner.show_message(problem.message, kind=Banner.ERROR)

    def _refused(self, message: str) -> None:
        self._end_job()
        self._show_path_problem(message)
        self.export_button.setEnabled(True)  # the operator may create the folder and export again
        self.path_edit.setFocus()

    def _end_job(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.path_edit, self.browse_button, self.format_combo, self.shown_radio,
                       self.whole_radio):
            if widget is not None:
                widget.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self._check_path() if not busy else False)

    def reject(self) -> None:
        if self.job is not None:
            self._cancel()
        super().reject()
