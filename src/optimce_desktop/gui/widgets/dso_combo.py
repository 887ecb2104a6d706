"""The DSO field of the period forms (Update data, Add a meter): an editable combo offering Belgium's
distribution system operators with their region, what it says of the DSO chosen or typed, and the code it
holds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from optimce_desktop.domain import dso
from optimce_desktop.gui.widgets.field_message import FieldMark
from optimce_desktop.gui.widgets.pick_list import NOTE_ROLE, make_pick_list

# A plain name that pyside6-lupdate recognises; the context must be a literal at each call. The texts keep
# the update dialog's context, where they were first translated.
translate = QCoreApplication.translate


def set_up_dso_combo(combo: QComboBox) -> None:
    """Makes ``combo`` a DSO field: typed text is never added to the list, which opens on a click."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    make_pick_list(combo)


def fill_dso_choices(combo: QComboBox, current: str) -> None:
    """Offers the DSOs an operator may pick, each with its region, plus ``current`` when they lack it (so
    that it is never lost); selects ``current`` (nothing, with an empty field, when it is empty)."""
    combo.clear()
    for choice in dso.choices_with(current):
        combo.addItem(choice.display_name, choice.code)
        if choice.region:
            row, region = combo.count() - 1, QCoreApplication.translate("dso", choice.region)
            combo.setItemData(row, region, Qt.ItemDataRole.ToolTipRole)
            combo.setItemData(row, region, NOTE_ROLE)
            combo.setItemData(row, f"{choice.display_name} — {region}", Qt.ItemDataRole.AccessibleTextRole)
    known = dso.lookup(current)
    index = combo.findData(known.code if known else current.strip())
    combo.setCurrentIndex(index if current.strip() else -1)
    if not current.strip():
        combo.setEditText("")
    combo.lineEdit().setPlaceholderText(translate("MeterDataUpdateDialog", "Pick or type the DSO"))


def chosen_dso_code(combo: QComboBox) -> str:
    """The DSO chosen in an editable combo: the chosen item's code, or the code the typed text names, or
    the text as typed when it names none this app knows."""
    index = combo.currentIndex()
    if index >= 0 and combo.itemText(index) == combo.currentText():
        return str(combo.itemData(index))
    return dso.code_named(combo.currentText())


def dso_finding(code: str, *, opened_with: str | None = None,
                known_only: bool = False) -> tuple[FieldMark, str] | None:
    """What the form says of the DSO ``code`` (None: nothing): the transmission operator is not a DSO; a DSO
    this app does not know is saved as typed (said only when ``opened_with``, the form's first value, is
    given and differs), or, with ``known_only`` (a new meter, which has no stored value to keep), refused."""
    if not code.strip():
        return None
    chosen = dso.lookup(code)
    if chosen is None and known_only:
        return FieldMark.ERROR, translate(
            "MeterDataUpdateDialog", "DSO: “{0}” is not a Belgian DSO; pick one from the list.").format(
            code.strip())
    if chosen is not None and chosen.is_transmission:
        return FieldMark.WARNING, translate(
            "MeterDataUpdateDialog",
            "DSO: {0} is the transmission system operator, not a distribution system operator.").format(
            chosen.display_name)
    if chosen is None and opened_with is not None and code.strip() != opened_with.strip():
        return FieldMark.WARNING, translate(
            "MeterDataUpdateDialog", "DSO: not a Belgian DSO this app knows; it will be saved as typed.")
    return None
