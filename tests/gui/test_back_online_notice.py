"""The notice of the changes waiting, once the CRM is back: it names them as what they are (an update and a
new meter are two changes, not two updates)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from optimce_desktop.cache.database import Database
from optimce_desktop.cache.drafts import DraftReason, DraftStore
from optimce_desktop.domain.ean import check_digit
from optimce_desktop.domain.meter_form import MeterFields
from optimce_desktop.domain.new_meter import NewMeter
from optimce_desktop.domain.update import MeterDataUpdate
from optimce_desktop.emulator import GUIDE_EAN, TOURNESOLS_AUTH_ID
from optimce_desktop.services.connection import Reachability


def _drafts(client, local_database, today: dt.date, *, new_meter: bool) -> int:  # noqa: ANN001
    """An update of the guide meter, and a new meter when ``new_meter``, kept while the CRM was away."""
    guide = client.meter_detail(GUIDE_EAN, community_id=TOURNESOLS_AUTH_ID)
    update = MeterDataUpdate.from_detail(guide)
    update.amperage, update.effective_date = 50, today + dt.timedelta(days=25)
    store = DraftStore(Database(local_database))
    store.save(TOURNESOLS_AUTH_ID, update, DraftReason.CRM_UNREACHABLE)
    if not new_meter:
        return 1
    ean = "54144800000006" + "120"
    fields = dataclasses.replace(MeterFields.from_detail(guide), ean=ean + check_digit(ean),
                                 meter_number="M-2")
    period = update.model_copy(update={"effective_date": today, "holder": None, "sharing_operation": None})
    store.save(TOURNESOLS_AUTH_ID, NewMeter(fields, period), DraftReason.CRM_UNREACHABLE)
    return 2


@pytest.mark.parametrize(("new_meter", "said"), [
    (True, "The CRM is back. 2 change(s) kept on this computer are waiting to be sent."),
    (False, "The CRM is back. 1 update(s) kept on this computer are waiting to be sent."),
])
def test_the_changes_waiting_are_named_as_what_they_are(qtbot, open_window, manager_client, local_database,
                                                       emulator_today, new_meter, said):
    first = open_window()  # online once: the community is saved on this computer
    qtbot.waitUntil(lambda: first.meters.saved_list is not None and not first.meters.loading_list,
                    timeout=15_000)
    first.close()
    waiting = _drafts(manager_client, local_database, emulator_today, new_meter=new_meter)

    window = open_window(work_offline=True)
    qtbot.waitUntil(lambda: window.pending_button.isVisible(), timeout=10_000)
    assert window.pending_button.text() == f"✎ {waiting} pending change(s)"
    go_online = window.offline_banner.action
    assert go_online.text() == "Go online"
    QTest.keyClick(go_online, Qt.Key.Key_Space)  # the operator goes online
    qtbot.waitUntil(lambda: window.connection.state is Reachability.ONLINE, timeout=10_000)
    qtbot.waitUntil(window.notice_banner.isVisible, timeout=5000)
    assert window.notice_banner.message.text() == said
    assert window.pending_button.toolTip() == "Changes kept on this computer, waiting to be sent"
