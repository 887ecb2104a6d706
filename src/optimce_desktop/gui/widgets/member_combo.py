"""An editable combo box for picking a community member (or nobody), searchable over every member.

Typing filters the completion popup on "contains", ignoring case and accents ("lemai" finds "Lemaître"), over
the whole item: members of the same name are listed with their first name and home address once read (see
``services/members.py``), so that typing "marie" or "liège" finds the right one.
The first item means "no member"; its words are what the field shows while nobody is chosen, never part of
what the operator types: typing into them (after opening and closing the list, say) replaces them, and
erasing any of them empties the field, which means nobody too. Text that names no item leaves the choice
unresolved, which the form reports instead of guessing.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from optimce_desktop.domain.enums import MemberStatus
from optimce_desktop.domain.models import ListedMember, MemberRef
from optimce_desktop.domain.text import fold, tidy_line
from optimce_desktop.services.texts import enum_text

NO_MEMBER_ROW = 0
COMPLETION_ROWS = 12


class FoldedContainsFilter(QSortFilterProxyModel):
    """Keeps the rows whose text contains the query, ignoring case and accents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, text: str) -> None:
        query = fold(text.strip())
        if query != self._query:
            self.beginFilterChange()
            self._query = query
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        text = self.sourceModel().index(source_row, 0, source_parent).data() or ""
        return self._query in fold(str(text))


class FoldedContainsCompleter(QCompleter):
    """A completer whose matching is done by a ``FoldedContainsFilter`` rather than by prefix."""

    def __init__(self, combo: QComboBox) -> None:
        self._filter = FoldedContainsFilter(combo)
        self._filter.setSourceModel(combo.model())
        super().__init__(self._filter, combo)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(COMPLETION_ROWS)

    def splitPath(self, path: str) -> list[str]:
        # Called with what the user typed: filter here, then let QCompleter accept every remaining row.
        self._filter.set_query(path)
        return [""]


MIN_CHARACTERS_SHOWN = 18


class MemberComboBox(QComboBox):
    memberChanged = Signal()
    """The resolved member changed (see ``member()``), or the text stopped naming one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(COMPLETION_ROWS)
        # as wide as the form gives it, whatever the longest name: a long one would widen the whole form
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_CHARACTERS_SHOWN)
        self._members: list[MemberRef | None] = [None]
        self._no_member_text = self.tr("No holder")
        self.addItem(self._no_member_text)
        self.lineEdit().setPlaceholderText(self._no_member_text)  # an emptied field means nobody too
        self.setCompleter(FoldedContainsCompleter(self))
        self._resolved: MemberRef | None = None
        self._is_resolved = True
        self._previous_text = self.currentText()
        self.lineEdit().textChanged.connect(self._on_text_changed)
        self.lineEdit().textEdited.connect(self._drop_no_member_text)

    # -- content -------------------------------------------------------------------------------------

    def set_no_member_text(self, text: str) -> None:
        self._no_member_text = text
        self.setItemText(NO_MEMBER_ROW, text)
        self.lineEdit().setPlaceholderText(text)

    def set_members(self, members: list[MemberRef]) -> None:
        """Replaces the list, keeping the current choice (added if the list lacks it) and any typed text."""
        current, text, resolved = self._resolved, self.currentText(), self._is_resolved
        listed = list(members)
        if current is not None and all(m.id != current.id for m in listed):
            listed.insert(0, current)
        self.blockSignals(True)
        try:
            while self.count() > 1:
                self.removeItem(self.count() - 1)
            self._members = [None, *listed]
            self.addItems(_labels(listed))
        finally:
            self.blockSignals(False)
        if resolved:
            self.set_member(current)
        else:
            self.setEditText(text)

    def set_member(self, member: MemberRef | None) -> None:
        if member is not None and all(m is None or m.id != member.id for m in self._members):
            self._members.append(member)
            self.addItem(_labels(self.members())[-1])
        row = NO_MEMBER_ROW if member is None else next(
            i for i, m in enumerate(self._members) if m is not None and m.id == member.id)
        self.setCurrentIndex(row)
        self.setEditText(self.itemText(row))
        self._resolve()

    # -- reading -------------------------------------------------------------------------------------

    def member(self) -> MemberRef | None:
        """The member the text names; None for the "no member" item (check ``is_resolved`` first)."""
        return self._resolved

    def is_resolved(self) -> bool:
        """False when the text names neither a member nor the "no member" item."""
        return self._is_resolved

    def members(self) -> list[MemberRef]:
        return [m for m in self._members if m is not None]

    # -- resolving the typed text --------------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        # the line's text now, not the signal's: an edit that _drop_no_member_text rewrote still reports the
        # text from before the rewrite
        self._previous_text = self.lineEdit().text()
        self._resolve()

    def _drop_no_member_text(self, text: str) -> None:
        """What the operator typed into the "no member" words, without them; erasing any of them empties
        the field."""
        before = self._previous_text
        if before != self._no_member_text or text == before:
            return
        start = 0
        while start < min(len(before), len(text)) and before[start] == text[start]:
            start += 1
        end = 0
        while end < min(len(before), len(text)) - start and before[-1 - end] == text[-1 - end]:
            end += 1
        self.lineEdit().setText(text[start:len(text) - end])

    def _resolve(self) -> None:
        text = tidy_line(self.currentText())
        resolved: MemberRef | None = None
        is_resolved = True
        if text and fold(text) != fold(self._no_member_text):
            row = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive exact match
            if row > NO_MEMBER_ROW:
                resolved = self._members[row]
            else:
                is_resolved = False
        changed = is_resolved != self._is_resolved or _id(resolved) != _id(self._resolved)
        self._resolved, self._is_resolved = resolved, is_resolved
        if changed:
            self.memberChanged.emit()


def _labels(members: list[MemberRef]) -> list[str]:
    """Each member as operators know them, every item unique: the name; where names repeat, the first name
    and the home address read from the member's record ("Gillet Marie — Rue de la Station 12, 4000 Liège"),
    and a status other than active. Where those are not known (not read yet, or not readable), or still
    repeat, the member's number in the CRM ("Gillet — no. 34"), which the operator can look up there: never
    a rank in this list ("1 of 3"), which says nothing of who is who."""
    shared = _repeated([_name_key(m) for m in members])
    # tidied as the typed text is before it is looked up: a double space from the CRM would name no item
    described = [tidy_line(_described(m) if _name_key(m) in shared else _name(m)) for m in members]
    repeated = _repeated([fold(text) for text in described])
    return [_with_number(text, m)
            if fold(text) in repeated or (_name_key(m) in shared and not _has_identity(m)) else text
            for text, m in zip(described, members, strict=True)]


def _name_key(member: MemberRef) -> str:
    return fold(member.name)


def _repeated(keys: list[str]) -> set[str]:
    return {key for key, count in Counter(keys).items() if count > 1}


def _name(member: MemberRef) -> str:
    return member.name.strip() or QCoreApplication.translate("MemberComboBox", "(no name)")


def _has_identity(member: MemberRef) -> bool:
    return isinstance(member, ListedMember) and member.has_identity


def _described(member: MemberRef) -> str:
    """The name, first name, status unless active, and home address: "Goffin Marie (Inactive) — Rue Haute 3,
    4000 Liège"; the name and status alone while the rest is unknown."""
    text = _name(member)
    listed = member if isinstance(member, ListedMember) else None
    if listed is not None and listed.first_name and listed.first_name.strip():
        text = f"{text} {listed.first_name.strip()}"
    if member.status is not None and member.status is not MemberStatus.ACTIVE:
        status = enum_text(member.status)
        text = QCoreApplication.translate("MemberComboBox", "{0} ({1})").format(text, status)
    if listed is not None and listed.address_line:
        text = f"{text} — {listed.address_line}"
    return text


def _with_number(text: str, member: MemberRef) -> str:
    """``text`` with the member's number in the CRM: "Gillet — no. 34"."""
    number = QCoreApplication.translate("MemberComboBox", "no. {0}").format(member.id)
    return f"{text} — {number}"


def _id(member: MemberRef | None) -> int | None:
    return None if member is None else member.id
