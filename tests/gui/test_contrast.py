"""Contrast of the app's colours, computed from the style sheet (resources/style.qss) and the colour
constants of the code, against WCAG 2.1: text 4.5:1 (1.4.3), graphics that carry meaning and the borders of
inputs 3:1 (1.4.11), captions no smaller than 8 pt. Disabled text, which WCAG exempts, stays 3:1 and
fainter than enabled text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from optimce_desktop.domain.enums import MeterStatus
from optimce_desktop.gui import style
from optimce_desktop.gui.meter_table import STATUS_COLOURS, UNKNOWN_STATUS_COLOURS
from optimce_desktop.gui.widgets import consumption_chart as chart
from optimce_desktop.gui.widgets import optional_date_edit as dates

STYLE_SHEET = Path(__file__).resolve().parents[2] / "resources" / "style.qss"
TEXT, GRAPHICS = 4.5, 3.0
WHITE = "#FFFFFF"
DETAIL_HEADER = "#F0F8F0"


def luminance(colour: str) -> float:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


NAMED = {"white": WHITE, "black": "#000000"}


def rules() -> dict[str, dict[str, str]]:
    """Each selector of the style sheet and its declarations (later rules override earlier ones)."""
    text = re.sub(r"/\*.*?\*/", "", STYLE_SHEET.read_text(), flags=re.S)
    found: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", text):
        declarations = dict(
            (name.strip(), value.strip()) for name, value in
            (part.split(":", 1) for part in body.split(";") if ":" in part))
        for selector in selectors.split(","):
            found.setdefault(" ".join(selector.split()), {}).update(declarations)
    return found


RULES = rules()


def colour(selector: str, prop: str) -> str:
    value = RULES[selector][prop]
    match = re.search(r"#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b", value)
    return match.group(0) if match else NAMED[value.split()[-1].lower()]


TEXT_PAIRS = {
    # what: (foreground, background)
    "button label": (colour("QPushButton", "color"), colour("QPushButton", "background")),
    "button label, hovered": (colour("QPushButton", "color"), colour("QPushButton:hover", "background")),
    "primary button label": (colour('QPushButton[primary="true"]', "color"),
                             colour('QPushButton[primary="true"]', "background")),
    "primary button label, hovered": (colour('QPushButton[primary="true"]', "color"),
                                      colour('QPushButton[primary="true"]:hover', "background")),
    "empty value --": (colour('QLabel[fieldValue="true"][empty="true"]', "color"), WHITE),
    "filter bar label": (colour("QLabel#communityLabel", "color"), colour("QFrame#filterBar", "background")),
    "table header": (colour("QHeaderView::section", "color"), colour("QHeaderView::section", "background")),
    "tab": (colour("QTabBar::tab", "color"), "#F8FAF8"),
    "selected tab": (colour("QTabBar::tab:selected", "color"), "#F8FAF8"),
    "status bar": (colour("QStatusBar", "color"), colour("QStatusBar", "background")),
    "highlighted entry of an open combo list": (
        colour("QComboBox QAbstractItemView::item:selected", "color"),
        colour("QComboBox QAbstractItemView::item:selected", "background")),
    "open combo list's selection colours": (
        colour("QComboBox QAbstractItemView", "selection-color"),
        colour("QComboBox QAbstractItemView", "selection-background-color")),
    "selected table row, focused or not": (colour("QTableView", "selection-color"),
                                           colour("QTableView", "selection-background-color")),
    "meter number under the EAN": (colour("QLabel#meterNumberSubtitle", "color"), DETAIL_HEADER),
    "EAN warning": (colour("QLabel#eanWarning", "color"), DETAIL_HEADER),
    "why the update is not offered": (colour("QLabel#updateReason", "color"), DETAIL_HEADER),
    "copy button": (colour("QToolButton#copyEanButton", "color"), DETAIL_HEADER),
    "calendar month bar": (
        colour("QFrame#calendarPopup QWidget#qt_calendar_navigationbar QToolButton", "color"),
        colour("QFrame#calendarPopup QWidget#qt_calendar_navigationbar", "background")),
    "calendar selected day": (
        colour("QFrame#calendarPopup QTableView", "selection-color"),
        colour("QFrame#calendarPopup QTableView", "selection-background-color")),
    "calendar day names": (dates.CALENDAR_MUTED, dates.CALENDAR_HEADER),
    "calendar today": (dates.CALENDAR_TODAY, dates.CALENDAR_TODAY_BACKGROUND),
    "chart axis text": (chart.MUTED.name(), chart.BACKGROUND.name()),
    **{f"caption on {surface}": (colour('QLabel[fieldCaption="true"]', "color"), surface)
       for surface in style.SURFACES},
    **{f"muted text on {surface}": (style.MUTED_TEXT, surface) for surface in style.SURFACES},
    **{f"text on {surface}": (style.TEXT, surface) for surface in style.SURFACES},
    **{f"{severity} message on {surface}": (colour(f'QLabel[severity="{severity}"]', "color"), surface)
       for severity in ("error", "warning", "info") for surface in style.SURFACES},
    **{f"status pill {MeterStatus(status).name}": pair for status, pair in STATUS_COLOURS.items()},
    "status pill of an unknown status": UNKNOWN_STATUS_COLOURS,
}

def _ring(selector: str) -> str:
    return colour(selector, "border").split()[-1] if selector in RULES else ""


FIELD_RING = _ring("QLineEdit:focus")
BUTTON_RING = _ring("QPushButton:focus")
PRIMARY_RING = _ring('QPushButton[primary="true"]:focus')
FOCUS_RINGS = {
    # what: (ring, the colours beside it: inside, outside, and the border it replaces)
    "a field's": (FIELD_RING, [WHITE, *style.SURFACES, colour("QLineEdit", "border").split()[-1]]),
    "a number field's": (_ring("OptionalNumberInput:focus"),
                         [WHITE, *style.SURFACES, colour("OptionalNumberInput", "border").split()[-1]]),
    "a button's": (BUTTON_RING, [colour("QPushButton", "background"), *style.SURFACES,
                                 colour("QPushButton", "border").split()[-1]]),
    "a primary button's": (PRIMARY_RING, [colour('QPushButton[primary="true"]', "background"),
                                          *style.SURFACES]),
    "a table's": (_ring("QTableView:focus"),
                  [WHITE, *style.SURFACES, colour("QTableView", "border").split()[-1]]),
    "a tab's": (_ring("QTabBar::tab:focus"), ["#F8FAF8", colour("QTabBar::tab:selected", "border-bottom")
                                              .split()[-1]]),
    "the copy button's": (_ring("QToolButton#copyEanButton:focus"), [DETAIL_HEADER]),
}

GRAPHIC_PAIRS = {
    **{f"{what} focus ring beside {beside}": (ring, beside)
       for what, (ring, around) in FOCUS_RINGS.items() for beside in around},
    "text field border": (colour("QLineEdit", "border").split()[-1], WHITE),
    "number field border": (colour("OptionalNumberInput", "border").split()[-1], WHITE),
    "calendar border": (colour("QFrame#calendarPopup", "border").split()[-1], WHITE),
    **{f"chart swatch {name}": (getattr(chart, name).name(), chart.BACKGROUND.name())
       for name in ("CONSUMED_SHARED", "CONSUMED_NET", "INJECTED_SHARED", "INJECTED_NET")},
    "chart: consumption shared beside net": (chart.CONSUMED_SHARED.name(), chart.CONSUMED_NET.name()),
    "chart: injection shared beside net": (chart.INJECTED_SHARED.name(), chart.INJECTED_NET.name()),
}

DISABLED_PAIRS = {
    "disabled button label": (colour("QPushButton:disabled", "color"),
                              colour("QPushButton:disabled", "background")),
    "disabled primary button label": (colour('QPushButton[primary="true"]:disabled', "color"),
                                      colour('QPushButton[primary="true"]:disabled', "background")),
    "disabled list item": (colour("QAbstractItemView::item:disabled", "color"), WHITE),
    **{f"disabled text on {surface}": (style.DISABLED_TEXT, surface) for surface in style.SURFACES},
}


@pytest.mark.parametrize("what", sorted(TEXT_PAIRS))
def test_text_reaches_4_5_to_1(what):
    foreground, background = TEXT_PAIRS[what]
    assert contrast(foreground, background) >= TEXT, f"{what}: {contrast(foreground, background):.2f}:1"


@pytest.mark.parametrize("what", sorted(GRAPHIC_PAIRS))
def test_graphics_and_input_borders_reach_3_to_1(what):
    first, second = GRAPHIC_PAIRS[what]
    # beside each other, the chart's two shades of a colour need only be told apart (2:1): the legend and
    # the tooltip name them; against the background, each one reaches 3:1
    needed = 2.0 if "beside" in what else GRAPHICS
    assert contrast(first, second) >= needed, f"{what}: {contrast(first, second):.2f}:1"


@pytest.mark.parametrize("what", sorted(DISABLED_PAIRS))
def test_disabled_text_is_readable_and_fainter_than_enabled_text(what):
    foreground, background = DISABLED_PAIRS[what]
    ratio = contrast(foreground, background)
    assert GRAPHICS <= ratio < contrast(style.MUTED_TEXT, background), f"{what}: {ratio:.2f}:1"


def test_no_text_is_smaller_than_8_points():
    sizes = re.findall(r"font-size:\s*([\d.]+)pt", STYLE_SHEET.read_text())
    assert sizes and min(float(size) for size in sizes) >= 8


def test_the_palette_gives_disabled_widgets_the_disabled_colour(qapp):
    from PySide6.QtGui import QPalette

    palette = style.text_palette(qapp.palette())
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name().upper()
    enabled = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name().upper()
    assert (enabled, disabled) == (style.TEXT, style.DISABLED_TEXT)
    assert "color" not in RULES["QWidget"]  # a global colour would override the disabled one


UPDATE_DIALOG_UI = STYLE_SHEET.parents[1] / "ui" / "meter_data_update_dialog.ui"


def _dialog_rule(selector: str) -> dict[str, str]:
    """The declarations of ``selector`` in the update dialog's own style sheet (in its Designer file)."""
    from xml.etree import ElementTree

    sheet = next(p.findtext("string") for p in ElementTree.parse(UPDATE_DIALOG_UI).iter("property")
                 if p.get("name") == "styleSheet")
    for match in re.finditer(r"([^{}]+)\{([^}]*)\}", sheet):
        if selector in [s.strip() for s in match.group(1).split(",")]:
            return dict(tuple(part.strip() for part in d.split(":", 1))
                        for d in match.group(2).split(";") if ":" in d)
    raise AssertionError(f"{selector} is not in the update dialog's style sheet")


@pytest.mark.parametrize(("selector", "background", "minimum"), [
    ('QLabel[role="fieldLabel"]', WHITE, TEXT),
    ('QLabel[role="hint"]', WHITE, TEXT),
    ("QPushButton#validateButton", None, TEXT),
    ("QPushButton#validateButton:disabled", None, GRAPHICS),
    ("QPushButton#cancelButton:disabled", WHITE, GRAPHICS),
])
def test_the_update_dialogs_texts_are_readable(selector, background, minimum):
    rule = _dialog_rule(selector)
    assert contrast(rule["color"], background or rule["background"]) >= minimum


@pytest.mark.parametrize("selector", ["QPlainTextEdit", "QRadioButton", "QPushButton#cancelButton"])
def test_the_update_dialogs_input_borders_are_visible(selector):
    border = _dialog_rule(selector)["border"].split()[-1]
    assert contrast(border, WHITE) >= GRAPHICS


def test_every_focus_ring_is_the_style_sheets():
    """The rings drawn in code (the meter list's, the detail pane's) are the style sheet's colour."""
    from optimce_desktop.gui.main_window import FocusFrame
    from optimce_desktop.gui.meter_detail import FocusRing

    assert all(ring for ring, _ in FOCUS_RINGS.values())
    assert FocusFrame.COLOUR == FocusRing.COLOUR == FIELD_RING == BUTTON_RING
    assert PRIMARY_RING != BUTTON_RING  # on the green of a primary button, a ring of its own
