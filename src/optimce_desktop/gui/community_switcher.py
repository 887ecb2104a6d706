"""The community combo of the main window: the user's communities with their role, those the back-office
cannot open greyed out with the reason; picking one, or the remembered one when they arrive, opens it. The
closed field shows the community's name alone (its tooltip adds the role).

Opening a community replaces the whole list and detail: it is only ever picked in the open list (Alt+Down,
F4 or Space open it, as in any combo; Enter or a click picks). On the closed field, an arrow key opens the
list rather than switching to the next community, and typed letters and the mouse wheel do nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import QComboBox

from optimce_desktop.gui.widgets.short_name_combo import SHORT_NAME_ROLE

if TYPE_CHECKING:
    from optimce_desktop.domain.models import Community
    from optimce_desktop.services.meters import MeterService

SETTINGS_COMMUNITY = "main/community"


def remembered_community(settings: QSettings) -> str | None:
    """The community the window showed last (its saved rows open first at the next start)."""
    remembered = settings.value(SETTINGS_COMMUNITY)
    return remembered if isinstance(remembered, str) and remembered else None


class CommunitySwitcher(QObject):
    chosen = Signal(object)
    """A ``Community`` the user manages, other than the one shown (remembered for the next start); its models
    are not imported at start-up."""
    nothingToOpen = Signal(str)
    """Why none of the user's communities can be opened."""

    def __init__(self, combo: QComboBox, meters: MeterService, settings: QSettings) -> None:
        super().__init__(combo)
        self._combo = combo
        self._meters = meters
        self._settings = settings
        self._communities: list[Community] = []
        self._what_it_is = combo.toolTip()
        combo.installEventFilter(self)  # before the list's measure, which then runs first (see eventFilter)
        from optimce_desktop.gui.style import ListFitsEntries

        ListFitsEntries(combo)
        combo.currentIndexChanged.connect(self._picked)
        combo.currentIndexChanged.connect(self._tell_picked)

    def show_communities(self, communities: list[Community]) -> None:
        """Lists ``communities`` and opens the one shown, else the remembered one, else the first that can be
        opened."""
        self._communities = communities
        combo = self._combo
        combo.blockSignals(True)
        combo.clear()
        model = combo.model()
        active = self._meters.community
        remembered = active.auth_community_id if active else remembered_community(self._settings)
        choice = -1
        for i, community in enumerate(communities):
            role = self._role_text(community.role)
            if not community.can_manage:  # why it cannot be picked, readable without hovering
                role = self.tr("{0}: read-only").format(role)
            label = f"{community.name}  ·  {role}"  # the list's entry; the closed field shows the name
            combo.addItem(label, community.auth_community_id)
            combo.setItemData(i, community.name, SHORT_NAME_ROLE)
            combo.setItemData(i, label, Qt.ItemDataRole.ToolTipRole)
            if not community.can_manage:
                item = model.item(i) if isinstance(model, QStandardItemModel) else None
                if item is not None:
                    item.setEnabled(False)
                    item.setToolTip(self.tr(
                        "You are a member of this community: only its managers and administrators can "
                        "open its meters here."))
            elif choice < 0 or community.auth_community_id == remembered:
                choice = i
        combo.setCurrentIndex(choice)
        combo.blockSignals(False)
        self._tell_picked(choice)
        if not communities:
            self.nothingToOpen.emit(self.tr("Your account belongs to no community."))
        elif choice < 0:
            self.nothingToOpen.emit(self.tr(
                "You are only a member of your communities: the back-office needs the manager or "
                "administrator role."))
        self._picked(choice)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Keeps the closed field from switching communities: an arrow opens the list, the keys that would
        pick another entry there (Page Up/Down, Home, End, letters) and the wheel are ignored."""
        if watched is not self._combo or self._combo.view().isVisible():
            return False
        if event.type() == QEvent.Type.Wheel:
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
                        | Qt.KeyboardModifier.AltModifier):
            return False  # Alt+Down opens the list; shortcuts go on
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._combo.showPopup()
            return True
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End):
            return True
        text = event.text()
        return bool(text) and text.isprintable() and not text.isspace()  # Space opens the list

    def _tell_picked(self, index: int) -> None:
        """The field's tooltip: the picked community and the user's role in it, which the field leaves out."""
        label = self._combo.itemText(index) if index >= 0 else ""
        self._combo.setToolTip("\n".join(part for part in (label, self._what_it_is) if part))

    def _role_text(self, role: str) -> str:
        return {"MEMBER": self.tr("Member"), "MANAGER": self.tr("Manager"),
                "ADMIN": self.tr("Administrator")}.get(role, role.title())

    def _picked(self, index: int) -> None:
        if not 0 <= index < len(self._communities):
            return
        community = self._communities[index]
        active = self._meters.community
        if not community.can_manage or (active and active.auth_community_id == community.auth_community_id):
            return
        self._settings.setValue(SETTINGS_COMMUNITY, community.auth_community_id)
        self.chosen.emit(community)
