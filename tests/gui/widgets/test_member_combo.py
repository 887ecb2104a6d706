"""The holder picker names members as operators know them: never by the CRM's internal id."""

from __future__ import annotations

from optimce_desktop.domain.enums import MemberStatus, MemberType
from optimce_desktop.domain.models import MemberRef
from optimce_desktop.gui.widgets.member_combo import MemberComboBox


def _combo(qtbot, members: list[MemberRef]) -> MemberComboBox:
    combo = MemberComboBox()
    qtbot.addWidget(combo)
    combo.set_members(members)
    return combo


def _items(combo: MemberComboBox) -> list[str]:
    return [combo.itemText(row) for row in range(1, combo.count())]


def test_homonyms_are_told_apart_by_type_status_and_rank_never_by_id(qtbot):
    individual, company = MemberType.INDIVIDUAL, MemberType.COMPANY
    active, inactive = MemberStatus.ACTIVE, MemberStatus.INACTIVE
    members = [MemberRef(id=1, name="Goffin", member_type=individual, status=active),
               MemberRef(id=34, name="Goffin", member_type=individual, status=inactive),
               MemberRef(id=39, name="Goffin", member_type=individual, status=active),
               MemberRef(id=40, name="Goffin", member_type=company, status=active),
               MemberRef(id=7, name="Lemaître", member_type=individual, status=active)]
    combo = _combo(qtbot, members)
    assert _items(combo) == ["Goffin (Individual), 1 of 2", "Goffin (Individual, Inactive)",
                             "Goffin (Individual), 2 of 2", "Goffin (Company)", "Lemaître"]
    assert not any("#" in item for item in _items(combo))

    combo.set_member(members[2])
    assert combo.currentText() == "Goffin (Individual), 2 of 2" and combo.member().id == 39
    combo.setEditText("goffin (company)")  # typed, any case: still the one member it names
    assert combo.is_resolved() and combo.member().id == 40


def test_a_name_met_once_is_the_name_alone(qtbot):
    combo = _combo(qtbot, [MemberRef(id=1, name="Goffin", member_type=MemberType.INDIVIDUAL,
                                     status=MemberStatus.ACTIVE)])
    combo.set_member(combo.members()[0])
    assert combo.currentText() == "Goffin"
