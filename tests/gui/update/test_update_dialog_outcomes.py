"""What the update dialog says when the CRM's answer does not tell the outcome: a lost answer, an error page
from a proxy, a huge error message. Real HTTP to the emulator; its fault switch makes the network fail."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt

from optimce_desktop.crm.errors import SERVER_TEXT_LIMIT
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.gui.update_dialog import MeterDataUpdateDialog
from optimce_desktop.gui.widgets.banner import Banner
from optimce_desktop.services.sending import ChangeSender
from optimce_desktop.services.updates import DraftReason, UpdateService

NOT_CONFIRMED = "The CRM has not confirmed the update yet: it may have been applied."


def _edited(dialog: MeterDataUpdateDialog, day: dt.date) -> MeterDataUpdateDialog:
    dialog.ui.amperageInput.setValue(50)
    dialog.ui.effectiveDateEdit.set_optional_date(day)
    return dialog


def _validate(qtbot, dialog: MeterDataUpdateDialog) -> None:
    qtbot.mouseClick(dialog.ui.validateButton, Qt.MouseButton.LeftButton)


def _acknowledgements(dialog: MeterDataUpdateDialog) -> list:
    acknowledged: list = []
    dialog.acknowledged.connect(acknowledged.append)
    return acknowledged


def test_an_update_the_crm_applies_after_its_answer_was_lost_closes_the_form_once_confirmed(
    qtbot, emulator, open_dialog, guide_detail, emulator_today, impatient_client, service_tasks, draft_store,
    crm_client,
):
    late = emulator.faults.add(method="PATCH", path="/meters/data", delay_before=1.0)
    later_patches = emulator.faults.add(method="PATCH", path="/meters/data", times=None)  # counts only
    sender = ChangeSender(impatient_client, service_tasks, draft_store, check_delays=(0.3,) * 20)
    service = UpdateService(sender, service_tasks)
    dialog = _edited(open_dialog(guide_detail, updates=service), emulator_today)
    acknowledged = _acknowledgements(dialog)
    _validate(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.is_sending, timeout=5000)
    text = dialog.banner.message.text()
    assert dialog.banner.property("kind") == Banner.WARNING and NOT_CONFIRMED in text
    assert "reads the meter again over the next half minute and tells you what happened" in text
    assert "not applied" not in text
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN).reason is DraftReason.OUTCOME_UNKNOWN

    qtbot.waitUntil(lambda: bool(acknowledged), timeout=8000)  # a re-read sees it: the form closes
    assert not dialog.isVisible() and acknowledged[0].meter_data.amperage == 50
    assert late.hits == 1 and later_patches.hits == 0
    assert len(crm_client.meter_detail(GUIDE_EAN).timeline) == len(guide_detail.timeline) + 1
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None
    service.shutdown()


def test_an_update_confirmed_after_the_form_was_edited_again_leaves_the_form_open_with_the_edits(
    qtbot, emulator, open_dialog, guide_detail, emulator_today, impatient_client, service_tasks, draft_store
):
    emulator.faults.add(method="PATCH", path="/meters/data", delay_before=1.0)
    sender = ChangeSender(impatient_client, service_tasks, draft_store, check_delays=(0.3,) * 20)
    service = UpdateService(sender, service_tasks)
    dialog = _edited(open_dialog(guide_detail, updates=service), emulator_today)
    acknowledged = _acknowledgements(dialog)
    _validate(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.is_sending, timeout=5000)
    assert NOT_CONFIRMED in dialog.banner.message.text()
    dialog.ui.amperageInput.setValue(63)  # the operator edits on while the outcome is not known

    qtbot.waitUntil(lambda: not dialog.awaits_outcome, timeout=8000)
    assert dialog.isVisible() and not acknowledged and dialog.banner.property("kind") == Banner.INFO
    assert dialog.banner.message.text() == (
        f"The CRM confirms the update of meter {GUIDE_EAN}: it was applied.")
    assert dialog.ui.amperageInput.optional_value() == 63
    # checked against the meter with the applied period now: its date would replace it
    assert dialog.ui.effectiveDateHint.text().startswith(
        f"The latest period started on {emulator_today:%d/%m/%Y}")
    service.shutdown()


def test_a_proxy_error_page_after_the_crm_applied_the_update_closes_the_form(
    qtbot, emulator, open_dialog, guide_detail, emulator_today, draft_store
):
    emulator.faults.add(method="PATCH", path="/meters/data", status=500, html=True, apply_first=True)
    dialog = _edited(open_dialog(guide_detail), emulator_today)
    acknowledged = _acknowledgements(dialog)
    _validate(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    assert acknowledged[0].meter_data.amperage == 50 and not dialog.isVisible()
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None


def test_an_update_still_not_shown_is_said_so_and_sending_it_again_makes_one_period(
    qtbot, emulator, open_dialog, guide_detail, emulator_today, crm_client, draft_store, tmp_path
):
    emulator.faults.add(method="PATCH", path="/meters/data", status=502, body="Bad gateway", times=1)
    dialog = _edited(open_dialog(guide_detail), emulator_today)
    _validate(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.is_sending, timeout=5000)
    assert dialog.banner.message.text().startswith(
        f"The CRM's gateway gave up waiting for an answer (HTTP 502). {NOT_CONFIRMED}")

    qtbot.waitUntil(lambda: "still does not show" in dialog.banner.message.text(), timeout=5000)
    assert dialog.banner.message.text() == (
        f"The CRM still does not show the update of meter {GUIDE_EAN}. It is kept in Pending changes: check "
        "it there and send it again if needed (sending it again never creates a second period).")
    dialog.grab().save(str(tmp_path / "update-not-confirmed.png"))
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN).reason is DraftReason.OUTCOME_UNKNOWN

    acknowledged = _acknowledgements(dialog)
    _validate(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(acknowledged), timeout=5000)
    assert len(crm_client.meter_detail(GUIDE_EAN).timeline) == len(guide_detail.timeline) + 1
    assert draft_store.get(TOURNESOLS_AUTH_ID, GUIDE_EAN) is None


def test_a_huge_error_message_is_cut_for_the_banner_and_the_log(
    qtbot, emulator, open_dialog, guide_detail, emulator_today, caplog
):
    huge = "Database failure: " + "trace " * 470_000  # about 2.8 MB
    emulator.faults.add(method="PATCH", path="/meters/data", status=500, body={"data": huge, "error_code": 1})
    dialog = _edited(open_dialog(guide_detail), emulator_today)
    height_before = dialog.height()
    caplog.set_level(logging.DEBUG)
    _validate(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.is_sending, timeout=8000)

    text = dialog.banner.message.text()
    assert dialog.banner.property("kind") == Banner.ERROR
    assert text.startswith("The CRM failed to process the request. The CRM says: “Database failure: trace")
    assert text.endswith("…”") and len(text) < 2 * SERVER_TEXT_LIMIT
    assert dialog.height() <= max(height_before, dialog.screen().availableGeometry().height())
    longest = max(len(record.getMessage()) for record in caplog.records)
    assert longest < 4 * SERVER_TEXT_LIMIT
