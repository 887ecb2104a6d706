"""What the meter action dialogs share (add, modify, deactivate, cancel a scheduled change): a header, a
banner, the form, and a footer whose ``validateButton`` sends the action through ``MeterActionService``.

While a write is in flight nothing can be edited or cancelled (a sent write cannot be recalled); the dialog
closes on the CRM's acknowledgement only. A refusal, an unreachable CRM or a meter changed meanwhile leave
the form as it was, with the reason; a lost answer is settled by re-reading the meter, and the dialog says
what became of it (it may be closed meanwhile: the main window then shows the outcome). Without the CRM,
"Save as draft" keeps the change on this computer, to be checked and sent from Pending changes; what must
be confirmed is asked then, against the meter as it is at that time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from optimce_desktop.domain.change import ChangeKind
from optimce_desktop.domain.models import MeterDetail
from optimce_desktop.gui.message_box import ask, open_boxes
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.gui.widgets.busy_button import BusyIndicator
from optimce_desktop.gui.widgets.field_message import FieldMessage
from optimce_desktop.gui.widgets.scrolled_form import (
    MIN_SCROLLED_FORM_HEIGHT,
    FocusKeptInView,
    fit_height_to_form,
    place_over_parent,
)
from optimce_desktop.services.meter_actions import MeterActionService, MeterWrite, WriteResult
from optimce_desktop.services.sending import Sent
from optimce_desktop.services.texts import caption_text, datetime_text
from optimce_desktop.services.updates import Draft


def field_label(text: str) -> QLabel:
    """A small uppercase label over a field, as in the update dialog; a unit keeps its case: (kVA)."""
    label = QLabel(caption_text(text))
    label.setProperty("role", "fieldLabel")
    return label


SCROLL_BAR_ROOM = 60
"""Pixels beside the scrolled form: its scroll bar, when it scrolls, and the dialog's margins."""


class MeterActionDialog(QDialog):
    applied = Signal(MeterDetail)
    """The CRM applied the action: the meter as read after (None if the read failed)."""
    savedAsDraft = Signal(Draft)
    """Offline, the action was kept as a draft to send later."""

    def __init__(self, service: MeterActionService, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        """Subclasses then call ``set_header`` and fill ``form_area``."""
        super().__init__(parent)
        self._service = service
        self._fixed_today = today
        self._sending: MeterWrite | None = None
        self._awaiting: MeterWrite | None = None
        """Sent without an answer: the meter is read again until it shows whether it was applied."""
        self._detached = False
        self._discarding = False
        self._from_draft = False
        self._placed = False
        self._send_text = ""
        self.result_detail: MeterDetail | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        self.title_label = QLabel()
        self.title_label.setObjectName("headerTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("headerSubtitle")
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle_label.setWordWrap(True)
        self.banner = Banner(self)
        self.banner.setObjectName("messageBanner")
        self.form_area = QWidget()
        self.form_area.setObjectName("formArea")
        self.scroll_area: QScrollArea | None = None
        """The form's scroll area, once ``scroll_form`` put it there."""
        for widget in (self.title_label, self.subtitle_label, self.banner, self.form_area):
            outer.addWidget(widget)
        outer.addStretch(1)

        footer = QHBoxLayout()
        self.footer_hint = QLabel()
        self.footer_hint.setObjectName("footerHint")
        self.footer_hint.setWordWrap(True)
        self._cancel_text = self.tr("Cancel")
        self.cancel_button = QPushButton(self._cancel_text)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.validate_button = QPushButton()
        self.validate_button.setObjectName("validateButton")
        self.validate_button.setProperty("primary", True)
        self.validate_button.setDefault(True)
        footer.addWidget(self.footer_hint, 1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.validate_button)
        outer.addLayout(footer)
        self._busy = BusyIndicator(self.validate_button)
        self.cancel_button.clicked.connect(self.reject)
        self.validate_button.clicked.connect(self._on_validate_clicked)
        service.resultReady.connect(self._on_result)
        service.offlineChanged.connect(self._show_offline)

    # -- for the subclasses ------------------------------------------------------------------------------

    def set_header(self, title: str, subtitle: str, send_text: str) -> None:
        self.setWindowTitle(title)
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self._send_text = send_text
        self._show_offline(self._service.works_offline)

    def close_rather_than_cancel(self) -> None:
        """Names the button that closes the dialog without acting "Close": in a dialog whose action is to
        cancel something, "Cancel" would say either."""
        self._cancel_text = self.tr("Close")
        if not self.awaits_outcome:
            self.cancel_button.setText(self._cancel_text)

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    @property
    def is_sending(self) -> bool:
        return self._sending is not None

    @property
    def awaits_outcome(self) -> bool:
        return self._awaiting is not None

    def answers(self, write: MeterWrite) -> bool:
        """This form sent ``write`` and tells what becomes of it."""
        return self.isVisible() and write in (self._sending, self._awaiting)

    def awaits(self, ean: str, kind: ChangeKind) -> bool:
        """This form sent such a change without an answer, and tells what becomes of it."""
        awaiting = self._awaiting
        return self.isVisible() and awaiting is not None and (awaiting.ean, awaiting.kind) == (ean, kind)

    @staticmethod
    def field_label(text: str) -> QLabel:
        return field_label(text)

    @staticmethod
    def field_message(name: str) -> FieldMessage:
        message = FieldMessage()
        message.setObjectName(name)
        return message

    def validate(self) -> bool:
        """Shows each field's message; True when the action may be sent."""
        raise NotImplementedError

    def write(self) -> MeterWrite:
        """The action as the form says it (valid)."""
        raise NotImplementedError

    def confirm_and_send(self) -> None:
        """Asks what must be confirmed, then calls ``send``."""
        raise NotImplementedError

    def has_edits(self) -> bool:
        """The form holds something the operator typed or chose: Escape, Cancel and the close button ask
        before throwing it away."""
        return False

    def discard_question(self) -> str:
        """The question asked before edits are thrown away."""
        return self.tr("Discard changes?")

    def show_refusal(self, result: WriteResult) -> None:
        """The CRM refused: by default, its reason in the banner."""
        assert result.problem is not None
        self.show_banner(result.problem.message, Banner.ERROR)

    def meter_changed(self, detail: MeterDetail | None) -> None:
        """Another operator changed the meter: the form is checked again against ``detail``."""

    def changed_text(self) -> str:
        """The banner's words when the meter, read before sending, was not what the form was made against."""
        return self.tr("Another operator changed this meter since this form was opened, so nothing was sent. "
                       "Check the form against the meter as it is now, then validate again.")

    def announce_draft(self, saved_at: dt.datetime, *, changed: bool) -> None:
        """The form was filled from a draft saved at ``saved_at``; ``changed``: the meter changed since."""
        self._from_draft = True
        text = self.tr("This form was restored from a draft kept on this computer on {0}.").format(
            datetime_text(saved_at))
        if changed:
            text += " " + self.tr("The meter changed since then: the form is checked against the meter as it "
                                  "is now.")
        self.show_banner(text, Banner.WARNING if changed else Banner.INFO)

    def send(self, write: MeterWrite) -> None:
        self._sending = write
        self.banner.hide()
        self.form_area.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.cancel_button.setToolTip(self.tr("A change that was sent cannot be recalled: wait for the "
                                              "CRM's answer."))
        if self._service.works_offline:
            self._busy.start(self.tr("Saving"))
            self.footer_hint.setText(self.tr("Keeping the change as a draft on this computer…"))
        else:
            self._busy.start(self.tr("Sending"))
            self.footer_hint.setText(self.tr("Sending to the CRM…"))
        self._service.submit(write)

    def show_banner(self, text: str, kind: str) -> None:
        if self.scroll_area is not None and self.isVisible():
            # Showing the banner lays the dialog out at once, the form keeping the height it was given: the
            # window would grow by the banner, past the screen's bottom when it was as tall as the screen.
            # The form gives up its height first; fitting gives it back what the screen leaves it.
            self.scroll_area.setMinimumHeight(MIN_SCROLLED_FORM_HEIGHT)
            self.form_area.updateGeometry()
        self.banner.show_message(text, kind=kind)
        if self.scroll_area is None:
            self.adjustSize()
        else:
            self.fit_to_form()

    def scroll_form(self, *widgets: QWidget, plain: bool = False) -> None:
        """Puts the form (``widgets``, one under the other) in ``form_area``, in a scroll area: the dialog
        is as tall as the form when the screen allows it, the form scrolls when it does not. ``plain``: a few
        lines of choices and consequences rather than a form of boxes, on the dialog's background, and the
        scroll area itself is no stop of Tab."""
        content = QWidget()
        content.setObjectName("scrolledFormContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)  # a window taller than the form keeps the form at its top, not spread out
        area = QScrollArea()
        area.setObjectName("formScrollArea")
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(content)
        if plain:
            area.viewport().setAutoFillBackground(False)
            content.setAutoFillBackground(False)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from control to control, as before
        outer = QVBoxLayout(self.form_area)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        self.scroll_area = area
        FocusKeptInView(area)
        # the scrolled form takes the dialog's spare height, not the stretch under it
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretchFactor(self.form_area, 1)
        last = layout.itemAt(layout.count() - 2)
        if last is not None and last.spacerItem() is not None:
            layout.removeItem(last)

    def size_to_form(self, least_width: int) -> None:
        """Before the dialog is shown (so that it is placed at its size): as wide as its scrolled form, and
        at least ``least_width``; as tall as the form when the screen allows it."""
        assert self.scroll_area is not None, "scroll_form first"
        form_width = self.scroll_area.widget().sizeHint().width() + SCROLL_BAR_ROOM
        # from its least height (a window not shown yet has Qt's default one), grown to the form's
        self.resize(max(least_width, form_width), 0)
        self.layout().activate()
        self.fit_to_form()

    def fit_to_form(self) -> None:
        """The dialog's height to its scrolled form's (see ``scrolled_form``)."""
        if self.scroll_area is not None:
            fit_height_to_form(self, self.scroll_area)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit_to_form()  # laid out now: the form's width is known
        if not self._placed:
            self._placed = True
            place_over_parent(self)  # centred, with room for its title bar, as "Update data"

    def ask(self, name: str, icon: QMessageBox.Icon, text: str, informative: str, yes_text: str,
            on_yes: Callable[[], None], *, rich: bool = False, destructive: bool = False,
            back_text: str | None = None) -> QMessageBox:
        """A confirmation titled like the dialog; ``on_yes`` runs if confirmed while nothing is being sent.
        As in "Update data", ``yes_text`` is the primary button and Enter's default (the operator read the
        form and chose to go on), and Escape goes back (``back_text``, by default "Back to the form"); when
        going on only destroys (``destructive``), Enter goes back too."""
        role = QMessageBox.ButtonRole
        yes_role = role.DestructiveRole if destructive else role.AcceptRole
        return ask(self, name, icon=icon, title=self.windowTitle(), text=text, informative=informative,
                   rich=rich, buttons={True: (yes_text, yes_role),
                                       False: (back_text or self.tr("Back to the form"), role.RejectRole)},
                   escape=False, default=not destructive, primary=None if destructive else True,
                   on_answer=lambda confirmed: None if not confirmed or self.is_sending else on_yes())

    # -- sending and its outcome ---------------------------------------------------------------------

    def _show_offline(self, offline: bool) -> None:
        if self.is_sending:
            return
        self.validate_button.setText(self.tr("Save as draft") if offline else self._send_text)
        self.validate_button.setToolTip(self.tr(
            "The CRM cannot be reached: the change is kept on this computer, to be checked and sent from "
            "Pending changes once the CRM is back.") if offline else "")

    def _on_validate_clicked(self) -> None:
        if self.is_sending or self.awaits_outcome or not self.validate():
            return
        if self._service.works_offline:
            self.send(self.write())  # what must be confirmed is asked when the draft is sent
            return
        self.confirm_and_send()

    def _stop_sending(self) -> None:
        self._sending = None
        self._busy.stop()
        self.form_area.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setToolTip("")
        self.footer_hint.setText("")
        self.validate()

    def _on_result(self, result: WriteResult) -> None:
        write = result.write
        if write is not self._sending and write is not self._awaiting:
            return
        outcome = result.outcome
        if outcome is Sent.APPLIED:
            self._sending = self._awaiting = None
            self._busy.stop()
            self.result_detail = result.detail
            self.applied.emit(result.detail)
            self.accept()
            return
        if outcome is Sent.KEPT:
            self._sending = None
            self._busy.stop()
            self.savedAsDraft.emit(result.draft)
            self.accept()
            return
        if outcome is Sent.UNKNOWN:
            self._awaiting, self._sending = write, None
            self._busy.stop()
            self.cancel_button.setEnabled(True)
            self.cancel_button.setText(self.tr("Close"))
            self.validate_button.setEnabled(False)
            reason = result.problem.message if result.problem else ""
            self.show_banner(self.tr(
                "{0} The CRM has not confirmed the change yet: it may have been applied. The app reads the "
                "meter again over the next half minute and tells you what happened.").format(reason).strip(),
                Banner.WARNING)
            return
        if outcome is Sent.UNCONFIRMED:
            self._awaiting = None
            self.cancel_button.setText(self._cancel_text)
            self._stop_sending()
            self.show_banner(self.tr(
                "The CRM still does not show the change. Read the meter again before sending it again."),
                Banner.WARNING)
            return
        self._stop_sending()
        if outcome is Sent.REJECTED:
            self.show_refusal(result)
        elif outcome is Sent.NOT_SENT:
            reason = result.problem.message if result.problem else ""
            text = self.tr("{0} Nothing was sent: the meter is unchanged.").format(reason).strip()
            if result.draft is not None:
                text += " " + self.tr("The change is kept as a draft on this computer, in Pending changes.")
            elif result.draft_problem is not None:
                problem = result.draft_problem.message
                text += " " + self.tr("It could not be kept as a draft: {0}").format(problem)
            self.show_banner(text, Banner.WARNING)
        elif outcome is Sent.CHANGED:
            self.meter_changed(result.detail)
            self.validate()
            self.show_banner(self.changed_text(), Banner.WARNING)

    # -- closing -------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, Cancel and the window's close button all come here."""
        if self.is_sending:
            self.footer_hint.setText(self.tr(
                "The change is being sent and cannot be recalled; this window closes when the CRM answers."))
            return
        if self._discarding or self.awaits_outcome or not self.has_edits():
            super().reject()
            return
        if not open_boxes(self):
            self.ask_discard()

    def ask_discard(self) -> QMessageBox:
        """Asks whether to throw the edits away; "Keep editing" is Enter's and Escape's answer."""
        details = self.tr("What you typed has not been sent and is not kept.")
        if self._from_draft:
            details = self.tr("What you typed here is not kept; the draft stays in Pending changes.")
        role = QMessageBox.ButtonRole
        return ask(self, "discardConfirmation", icon=QMessageBox.Icon.Question, title=self.windowTitle(),
                   text=self.discard_question(), informative=details,
                   buttons={True: (self.tr("Discard"), role.DestructiveRole),
                            False: (self.tr("Keep editing"), role.RejectRole)},
                   escape=False, default=False, on_answer=self._discard_if)

    def _discard_if(self, discard: bool) -> None:
        if discard and not self.is_sending:
            self._discarding = True
            super().reject()


    def done(self, result: int) -> None:
        if not self._detached:
            self._detached = True
            self._service.resultReady.disconnect(self._on_result)
            self._service.offlineChanged.disconnect(self._show_offline)
        for box in open_boxes(self):
            box.hide()  # a question about a closed form goes unanswered
            box.deleteLater()
        super().done(result)
