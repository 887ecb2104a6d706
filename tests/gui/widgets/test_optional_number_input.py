"""The number input reads what the operator typed, in every regional format and interface language, or says
why it cannot, and never silently holds another value."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from optimce_desktop.app import install_translations
from optimce_desktop.gui.widgets.optional_number_input import EMPTY_TEXT, OptionalNumberInput

REGIONAL_FORMATS = ["C", "en_US", "en_GB", "fr_BE", "nl_BE", "de_BE", "de_DE"]
LANGUAGES = ["en", "fr", "nl", "de"]
# Each regional format with each interface language once, without multiplying the generated examples.
FORMATS_AND_LANGUAGES = [(name, LANGUAGES[i % len(LANGUAGES)]) for i, name in enumerate(REGIONAL_FORMATS)]
EXAMPLES = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
DECIMALS = 3
MAXIMUM = Decimal("999999.99")


class Form(QWidget):
    """The input and a neighbour, in an active window, so that focus can really leave the input."""

    def __init__(self) -> None:
        super().__init__()
        self.number = OptionalNumberInput(self)
        self.number.setSuffix(" kVA")
        self.number.setDecimals(DECIMALS)
        self.number.setMaximum(float(MAXIMUM))
        self.neighbour = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.neighbour)

    def leave_number(self) -> None:
        self.number.setFocus()
        self.neighbour.setFocus()
        assert not self.number.hasFocus()


@pytest.fixture
def regional_format(request) -> Iterator[str]:
    """``QLocale.setDefault`` as the system's regional format would; widgets created afterwards take it."""
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


@pytest.fixture
def interface_language(qapp, request) -> Iterator[str]:
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def form(qtbot, regional_format) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _type(qtbot, widget: OptionalNumberInput, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def _paste(qtbot, widget: OptionalNumberInput, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.clear()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


ENTER = {"typed": _type, "pasted": _paste}


# -- generated texts --------------------------------------------------------------------------------------

@st.composite
def plain_numbers(draw) -> tuple[str, Decimal]:
    """A number as an operator writes it, with a comma or a dot, and the value meant, within the field's
    maximum (999 999,991 is refused as too large, rightly)."""
    whole = draw(st.integers(min_value=0, max_value=999_999))
    fraction = draw(st.text(alphabet="0123456789", max_size=DECIMALS))
    mark = draw(st.sampled_from(",."))
    if not fraction:
        return str(whole), Decimal(whole)
    value = Decimal(f"{whole}.{fraction}")
    assume(value <= MAXIMUM)
    return f"{whole}{mark}{fraction}", value


@st.composite
def grouped_numbers(draw, groupings: str) -> str:
    """A number of at least a thousand written with a thousands separator, in some convention."""
    group_mark, decimal_mark = draw(st.sampled_from(groupings.split("|")))
    whole = draw(st.integers(min_value=1000, max_value=999_999_999))
    fraction = draw(st.sampled_from(["", "5", "25"]))
    if group_mark in ",." and not fraction and whole < 10**6:
        fraction = "5"  # "1,234" alone is 1.234: a decimal, in a field that allows three
    return f"{whole:,}".replace(",", group_mark) + (decimal_mark + fraction if fraction else "")


TYPED_GROUPINGS = ",.|.,| ,|'."  # what a keyboard types: 1,234.5  1.234,5  1 234,5  1'234.5
PASTED_GROUPINGS = TYPED_GROUPINGS + "|\u00a0,|\u202f,|\u2019."  # and what documents hold


@st.composite
def numbers_with_letters(draw) -> str:
    text, _ = draw(plain_numbers())
    position = draw(st.integers(min_value=0, max_value=len(text)))
    return text[:position] + draw(st.sampled_from("aeEkxO")) + text[position:]


@st.composite
def numbers_with_two_marks(draw) -> str:
    parts = draw(st.lists(st.text(alphabet="0123456789", min_size=1, max_size=4), min_size=3, max_size=4))
    marks = draw(st.lists(st.sampled_from(",."), min_size=len(parts) - 1, max_size=len(parts) - 1))
    return parts[0] + "".join(mark + part for mark, part in zip(marks, parts[1:], strict=True))


def _too_many_decimals() -> st.SearchStrategy[str]:
    return st.builds(lambda whole, fraction, mark: f"{whole}{mark}{fraction}",
                     st.integers(min_value=0, max_value=9999),
                     st.text(alphabet="0123456789", min_size=DECIMALS + 1, max_size=DECIMALS + 3),
                     st.sampled_from(",."))


def unreadable_texts(groupings: str) -> st.SearchStrategy[str]:
    return st.one_of(grouped_numbers(groupings), numbers_with_letters(), numbers_with_two_marks(),
                     _too_many_decimals())


# -- properties -------------------------------------------------------------------------------------------

def _assert_holds(widget: OptionalNumberInput, meant: Decimal) -> None:
    assert widget.input_problem() is None
    if meant == 0:  # 0 is "not set", as the CRM stores it
        assert widget.optional_value() is None and widget.decimal_value() is None
    else:
        assert widget.decimal_value() == meant and widget.optional_value() == float(meant)


def _assert_refused(widget: OptionalNumberInput, text: str) -> None:
    assert widget.optional_value() is None and widget.decimal_value() is None
    assert widget.input_problem()  # a translated sentence, never empty
    assert widget.text() == text


@pytest.mark.parametrize(("regional_format", "interface_language"), FORMATS_AND_LANGUAGES, indirect=True)
@pytest.mark.parametrize("enter", ENTER)
def test_a_number_with_a_comma_or_a_dot_is_the_number_meant(qtbot, form, interface_language, enter):
    @EXAMPLES
    @given(number=plain_numbers())
    def check(number: tuple[str, Decimal]) -> None:
        text, meant = number
        ENTER[enter](qtbot, form.number, text)
        assert form.number.text() == text
        _assert_holds(form.number, meant)

    check()


@pytest.mark.parametrize(("regional_format", "interface_language"), FORMATS_AND_LANGUAGES, indirect=True)
@pytest.mark.parametrize(("enter", "groupings"), [("typed", TYPED_GROUPINGS), ("pasted", PASTED_GROUPINGS)])
def test_grouping_letters_and_extra_marks_are_refused_as_typed(qtbot, form, interface_language, enter,
                                                               groupings):
    @EXAMPLES
    @given(text=unreadable_texts(groupings))
    def check(text: str) -> None:
        ENTER[enter](qtbot, form.number, text)
        _assert_refused(form.number, text)
        form.leave_number()
        _assert_refused(form.number, text)  # leaving the field does not revert nor rewrite it

    check()


@pytest.mark.parametrize("regional_format", REGIONAL_FORMATS, indirect=True)
def test_leaving_the_field_writes_the_same_value_in_the_regional_format(qtbot, form, regional_format):
    changes: list[None] = []
    form.number.valueChanged.connect(lambda: changes.append(None))

    @EXAMPLES
    @given(number=plain_numbers())
    def check(number: tuple[str, Decimal]) -> None:
        text, meant = number
        _type(qtbot, form.number, text)
        changes.clear()
        form.leave_number()
        _assert_holds(form.number, meant)
        assert not changes
        if meant == 0:
            assert form.number.text() == EMPTY_TEXT
        else:
            mark = QLocale(regional_format).decimalPoint()
            assert form.number.text() == f"{meant:.{DECIMALS}f}".replace(".", mark)

    check()


# -- the messages -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("interface_language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("regional_format", ["fr_BE"], indirect=True)
@pytest.mark.parametrize(("text", "english"), [
    ("1,234.5", "use one decimal mark (comma or dot) and no thousands separator"),
    ("1.2.3", "use only one decimal mark (comma or dot)"),
    ("12a", "type a number, with a comma or a dot as the decimal mark"),
    ("1,2345", "at most 3 decimals, and no thousands separator"),
    ("-5", "cannot be negative"),
    ("1000000", "must be at most 999\u202f999,99 kVA"),
    ("999999,991", "must be at most 999\u202f999,99 kVA"),
])
def test_each_refusal_says_why(qtbot, form, interface_language, text, english):
    _type(qtbot, form.number, text)
    problem = form.number.input_problem()
    assert problem
    if interface_language == "en":
        assert problem == english


@pytest.mark.parametrize("regional_format", ["C"], indirect=True)
@pytest.mark.parametrize(("decimals", "text", "english"), [
    (0, "12,5", "type a whole number, with no decimal mark and no thousands separator"),
    (0, "1.000", "type a whole number, with no decimal mark and no thousands separator"),
    (1, "12,50", "at most one decimal, and no thousands separator"),
    (2, "12,500", "at most 2 decimals, and no thousands separator"),
])
def test_a_thousand_written_1_000_is_never_read_as_1(qtbot, form, decimals, text, english):
    form.number.setDecimals(decimals)
    _type(qtbot, form.number, text)
    assert form.number.optional_value() is None and form.number.input_problem() == english


# -- typing -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("regional_format", "mark"), [
    ("nl_BE", ","), ("fr_BE", ","), ("de_BE", ","), ("en_US", "."), ("C", "."),
], indirect=["regional_format"])
@pytest.mark.parametrize("key", [Qt.Key.Key_Period, Qt.Key.Key_Comma])
def test_the_keypad_decimal_key_types_the_regional_decimal_mark(qtbot, form, mark, key):
    number = form.number
    number.clear()
    qtbot.keyClicks(number, "12")
    qtbot.keyClick(number, key, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClicks(number, "5")
    assert number.text() == f"12{mark}5" and number.optional_value() == 12.5
    form.leave_number()
    assert number.text() == f"12{mark}500" and number.optional_value() == 12.5


@pytest.mark.parametrize("regional_format", ["fr_BE"], indirect=True)
def test_typing_or_pasting_over_the_dashes_of_an_empty_field_replaces_them(qtbot, form):
    number = form.number
    number.set_optional_value(None)
    assert number.text() == EMPTY_TEXT and number.optional_value() is None
    number.setCursorPosition(len(EMPTY_TEXT))
    qtbot.keyClicks(number, "7,5")
    assert number.text() == "7,5" and number.optional_value() == 7.5

    number.set_optional_value(None)
    number.setCursorPosition(0)
    QApplication.clipboard().setText("12.25")
    qtbot.keyClick(number, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert number.text() == "12.25" and number.optional_value() == 12.25

    number.set_optional_value(None)
    qtbot.keyClick(number, Qt.Key.Key_Backspace)
    assert number.text() == "" and number.optional_value() is None and number.input_problem() is None
    form.leave_number()
    assert number.text() == EMPTY_TEXT


@pytest.mark.parametrize("regional_format", ["fr_BE"], indirect=True)
def test_value_changed_tells_each_change_of_value_or_of_problem(qtbot, form):
    number = form.number
    number.clear()
    seen: list[tuple[float | None, str | None]] = []
    number.valueChanged.connect(lambda: seen.append((number.optional_value(), number.input_problem())))
    qtbot.keyClicks(number, "12,5")
    qtbot.keyClicks(number, "x")
    qtbot.keyClick(number, Qt.Key.Key_Backspace)
    assert seen == [(1.0, None), (12.0, None), (12.5, None),
                    (None, "type a number, with a comma or a dot as the decimal mark"), (12.5, None)]


@pytest.mark.parametrize("regional_format", ["fr_BE"], indirect=True)
def test_a_stored_value_is_shown_whole_and_the_unit_beside_it(form):
    number = form.number
    number.setDecimals(2)
    number.set_optional_value(12.345)  # three decimals from the CRM: never rounded to fit
    assert number.text() == "12,345" and number.optional_value() == 12.345 and number.decimals() == 3
    number.setValue(50)
    assert number.text() == "50,000" and number.value() == 50
    unit = number.findChild(QLabel, "numberSuffix")
    assert unit.isVisible() and unit.text() == "kVA" and "kVA" not in number.text()
    assert number.textMargins().right() >= unit.width()  # the text never runs under the unit
    number.lineEdit().setTextMargins(7, 0, 0, 0)
    assert number.textMargins().left() == 7 and number.textMargins().right() >= unit.width()


@pytest.mark.parametrize("regional_format", ["C"], indirect=True)
def test_the_unit_may_be_typed_or_pasted_with_the_number(qtbot, form):
    _paste(qtbot, form.number, "12,5 kVA")
    assert form.number.optional_value() == 12.5 and form.number.input_problem() is None
