"""The holder picker names members as operators know them: members of the same name by their first name and
home address, and by their number in the CRM while those are not known; never by a rank in the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from optimce_desktop.domain.enums import MemberStatus, MemberType
from optimce_desktop.domain.models import Address, ListedMember, MemberRef
from optimce_desktop.domain.text import fold
from optimce_desktop.gui.widgets.member_combo import MemberComboBox


def _combo(qtbot, members: list[MemberRef]) -> MemberComboBox:
    combo = MemberComboBox()
    qtbot.addWidget(combo)
    combo.set_members(members)
    return combo


def _items(combo: MemberComboBox) -> list[str]:
    return [combo.itemText(row) for row in range(1, combo.count())]


INDIVIDUAL, COMPANY = MemberType.INDIVIDUAL, MemberType.COMPANY
ACTIVE, INACTIVE = MemberStatus.ACTIVE, MemberStatus.INACTIVE
STATION = Address(street="Rue de la Station", number=12, postcode="4000", city="Liège")
HAUTE = Address(street="Rue Haute", number=3, supplement="bte 2", postcode="4020", city="Liège")


def test_homonyms_are_told_apart_by_first_name_and_home_address(qtbot):
    members = [ListedMember(id=1, name="Gillet", member_type=INDIVIDUAL, status=ACTIVE, first_name="Marie",
                            home_address=STATION),
               ListedMember(id=34, name="Gillet", member_type=INDIVIDUAL, status=INACTIVE, first_name="Jean",
                            home_address=HAUTE),
               ListedMember(id=40, name="Gillet", member_type=COMPANY, status=ACTIVE, home_address=HAUTE),
               MemberRef(id=7, name="Lemaître", member_type=INDIVIDUAL, status=ACTIVE)]
    combo = _combo(qtbot, members)
    assert _items(combo) == ["Gillet Marie — Rue de la Station 12, 4000 Liège",
                             "Gillet Jean (Inactive) — Rue Haute 3, bte 2, 4020 Liège",
                             "Gillet — Rue Haute 3, bte 2, 4020 Liège",
                             "Lemaître"]

    combo.set_member(members[1])
    assert combo.currentText() == "Gillet Jean (Inactive) — Rue Haute 3, bte 2, 4020 Liège"
    combo.setEditText("gillet — rue haute 3, bte 2, 4020 liège")  # typed, any case: the one it names
    assert combo.is_resolved() and combo.member().id == 40


def test_homonyms_not_read_yet_show_their_crm_number_never_a_rank(qtbot):
    members = [MemberRef(id=1, name="Goffin", member_type=INDIVIDUAL, status=ACTIVE),
               MemberRef(id=34, name="Goffin", member_type=INDIVIDUAL, status=INACTIVE),
               MemberRef(id=39, name="Goffin", member_type=INDIVIDUAL, status=ACTIVE),
               MemberRef(id=7, name="Lemaître", member_type=INDIVIDUAL, status=ACTIVE)]
    combo = _combo(qtbot, members)
    assert _items(combo) == ["Goffin — no. 1", "Goffin (Inactive) — no. 34", "Goffin — no. 39", "Lemaître"]
    combo.set_member(members[2])
    assert combo.member().id == 39

    # their records arrive: the same member stays chosen, named now by what the operator knows
    read = ListedMember(id=39, name="Goffin", member_type=INDIVIDUAL, status=ACTIVE, first_name="Léa",
                        home_address=STATION)
    combo.set_members([members[0], members[1], read, members[3]])
    assert combo.currentText() == "Goffin Léa — Rue de la Station 12, 4000 Liège"
    assert combo.is_resolved() and combo.member().id == 39
    assert _items(combo)[:2] == ["Goffin — no. 1", "Goffin (Inactive) — no. 34"]


def test_an_item_with_doubled_spaces_from_the_crm_is_still_found_as_shown(qtbot):
    spaced = Address(street="Rue  de la  Gare ", number=3, postcode="4000", city=" Liège")
    members = [ListedMember(id=1, name="Gillet", status=ACTIVE, first_name=" Marie", home_address=spaced),
               MemberRef(id=2, name="Gillet", status=ACTIVE)]
    combo = _combo(qtbot, members)
    assert _items(combo)[0] == "Gillet Marie — Rue de la Gare 3, 4000 Liège"
    combo.set_member(members[0])
    assert combo.is_resolved() and combo.member().id == 1


def test_homonyms_alike_in_every_known_way_get_their_number_too(qtbot):
    twins = [ListedMember(id=id_, name="Gillet", status=ACTIVE, first_name="Marie", home_address=STATION)
             for id_ in (5, 6)]
    combo = _combo(qtbot, [*twins, ListedMember(id=8, name="Gillet", status=ACTIVE, first_name="Marie")])
    assert _items(combo) == ["Gillet Marie — Rue de la Station 12, 4000 Liège — no. 5",
                             "Gillet Marie — Rue de la Station 12, 4000 Liège — no. 6",
                             "Gillet Marie"]


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the completer's popup
def test_in_french_part_of_a_first_name_or_a_town_typed_finds_the_right_homonym(
        qtbot, french_belgian, member_directory):
    combo = MemberComboBox()
    qtbot.addWidget(combo)
    assert combo.itemText(0) == "Aucun titulaire"
    member_directory.loaded.connect(combo.set_members)
    member_directory.load()
    qtbot.waitUntil(lambda: member_directory.is_loaded and not member_directory.is_reading_identities,
                    timeout=10_000)
    goffins = [m for m in member_directory.members if m.name == "Goffin"]
    assert len(goffins) >= 3 and all(isinstance(m, ListedMember) and m.has_identity for m in goffins)
    items = _items(combo)
    assert not any(" sur " in item or " of " in item for item in items)

    def unique(key) -> ListedMember:  # noqa: ANN001
        return next(m for m in goffins if [fold(key(g)) for g in goffins].count(fold(key(m))) == 1)

    by_first_name = unique(lambda m: m.first_name)
    by_town = unique(lambda m: m.home_address.city)
    combo.show()
    for member, typed in ((by_first_name, by_first_name.first_name[1:4]),
                          (by_town, by_town.home_address.city[:-1].upper())):
        combo.setFocus()
        combo.lineEdit().clear()
        qtbot.keyClicks(combo.lineEdit(), typed)
        completer = combo.completer()
        model = completer.completionModel()
        found = [model.index(row, 0).data() for row in range(completer.completionCount())]
        goffins_found = [text for text in found if text.startswith("Goffin ")]
        assert len(goffins_found) == 1 and fold(typed) in fold(goffins_found[0])
        assert goffins_found[0].startswith(f"Goffin {member.first_name}")
        assert goffins_found[0].endswith(f" — {member.address_line}")  # no number: the address tells
        completer.popup().setCurrentIndex(model.index(found.index(goffins_found[0]), 0))
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
        assert combo.is_resolved() and combo.member().id == member.id


def test_a_name_met_once_is_the_name_alone(qtbot):
    combo = _combo(qtbot, [MemberRef(id=1, name="Goffin", member_type=MemberType.INDIVIDUAL,
                                     status=MemberStatus.ACTIVE)])
    combo.set_member(combo.members()[0])
    assert combo.currentText() == "Goffin"
