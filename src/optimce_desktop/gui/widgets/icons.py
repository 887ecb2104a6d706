"""Small SVG icons for style sheets (drop-down chevrons, the calendar button), referenced by file path."""

from __future__ import annotations

from pathlib import Path

ICON_FOLDER = Path(__file__).resolve().parent / "icons"


def icon_url(name: str) -> str:
    """``url(...)`` of an icon of this folder, for a Qt style sheet (forward slashes on every system)."""
    return f"url({(ICON_FOLDER / name).as_posix()})"


def drop_down_style_sheet() -> str:
    """Rules that give combo boxes a chevron and date edits a calendar button, once their frame is styled
    (a styled frame otherwise loses the platform's arrow)."""
    return (
        "QComboBox::drop-down, QDateEdit::drop-down { subcontrol-origin: padding;"
        " subcontrol-position: center right; width: 26px; border: none; }\n"
        f"QComboBox::down-arrow {{ image: {icon_url('chevron-down.svg')}; width: 12px; height: 12px; }}\n"
        f"QDateEdit::down-arrow {{ image: {icon_url('calendar.svg')}; width: 14px; height: 14px; }}\n"
    )
