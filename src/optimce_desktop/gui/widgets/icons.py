"""Small SVG icons: for style sheets (drop-down chevrons), referenced by file path, and as QIcons (the
calendar button of a date field)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_FOLDER = Path(__file__).resolve().parent / "icons"


def icon_url(name: str) -> str:
    """``url(...)`` of an icon of this folder, for a Qt style sheet (forward slashes on every system)."""
    return f"url({(ICON_FOLDER / name).as_posix()})"


def icon(name: str) -> QIcon:
    """An icon of this folder, e.g. ``icon("calendar.svg")``."""
    return QIcon(str(ICON_FOLDER / name))


def drop_down_style_sheet() -> str:
    """Rules that give combo boxes a chevron once their frame is styled (a styled frame otherwise loses the
    platform's arrow), and date fields (``OptionalDateEdit``, a line edit with its calendar button) the
    frame of the form's other inputs."""
    return (
        "QComboBox::drop-down { subcontrol-origin: padding;"
        " subcontrol-position: center right; width: 26px; border: none; }\n"
        f"QComboBox::down-arrow {{ image: {icon_url('chevron-down.svg')}; width: 12px; height: 12px; }}\n"
        "OptionalDateEdit { background: #FFFFFF; color: #181E18; border: 1px solid #CBD5CD;"
        " border-radius: 6px; padding: 5px 8px; min-height: 22px;"
        " selection-background-color: #C8E6C9; selection-color: #181E18; }\n"
        "OptionalDateEdit:focus { border: 1px solid #43A047; }\n"
        "OptionalDateEdit:disabled { background: #F8FAF8; color: #6E7E70; }\n"
    )
