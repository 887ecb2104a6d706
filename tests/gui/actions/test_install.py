"""``install_meter_actions`` puts its actions in the Meter menu and its buttons beside the widgets they act
on, and offers nothing until a meter of the community's list is shown."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from tests.gui.actions.helpers import install


def test_actions_and_buttons_have_their_stable_names_and_places(main_window, manager_client, task_runner,
                                                                emulator_today):
    actions = install(main_window, manager_client, task_runner, emulator_today)
    menu = main_window.findChild(QMenu, "menuMeter")
    names = [action.objectName() for action in menu.actions()]
    assert names.index("actionUpdateData") < names.index("actionModifyMeter") < names.index(
        "actionDeactivateMeter") < names.index("actionRefreshMeter")
    pane = main_window.detail_pane
    for name in ("modifyMeterButton", "deactivateMeterButton", "deleteScheduledPeriodButton"):
        assert isinstance(pane.findChild(QPushButton, name), QPushButton), name
    for name in ("actionModifyMeter", "actionDeactivateMeter"):
        action = main_window.findChild(QAction, name)
        assert not action.isEnabled() and "Select a meter" in action.toolTip()
    assert not actions.delete_scheduled_button.isEnabled()
