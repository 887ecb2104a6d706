"""A meter's daily consumption and injection as a hand-painted stacked bar chart.

PySide6-Essentials has no QtCharts, so the chart paints itself: per day a consumption bar (from the
community at the bottom, from the grid on top) beside an injection bar (to the community, to the grid),
a kWh axis with round gridlines, dd/MM day labels and a legend. Hovering a day shows its values.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from optimce_desktop.domain.consumption import DailyConsumption
from optimce_desktop.services.texts import date_text

# Bars and swatches at 3:1 at least on the white background (WCAG 2.1 non-text contrast), each
# pair told apart by lightness: tests/gui/test_contrast.py.
CONSUMED_SHARED = QColor("#1B5E20")
CONSUMED_NET = QColor("#43A047")
INJECTED_SHARED = QColor("#7A3E00")
INJECTED_NET = QColor("#D97706")
MUTED = QColor("#5C6B5E")
GRIDLINE = QColor("#E2E8E3")
BACKGROUND = QColor("#FFFFFF")

MARGIN = 8
SWATCH = 10
GRIDLINES = 4
MAX_BAR_WIDTH = 28.0


def nice_step(maximum: float, count: int) -> float:
    """The smallest 1, 2 or 5 × 10^n step such that ``count`` steps reach ``maximum``."""
    if maximum <= 0 or count <= 0:
        return 1.0
    raw = maximum / count
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        step = factor * magnitude
        if step >= raw * (1 - 1e-9):  # tolerance: 0.8 / 4 must give 0.2, not 0.5
            return round(step, 12)
    return 10 * magnitude


@dataclass(frozen=True)
class _Layout:
    plot: QRectF
    step: float
    top_value: float
    decimals: int
    legend: list[tuple[QRectF, QColor, str]]


class ConsumptionChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consumptionChart")
        self.setAccessibleName(self.tr("Consumption chart"))
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._days: list[DailyConsumption] = []
        self._empty_text = ""

    @property
    def days(self) -> list[DailyConsumption]:
        return list(self._days)

    @property
    def empty_text(self) -> str:
        """What the chart says while it has no days ("" until days were read: it then says nothing)."""
        return self._empty_text

    def set_days(self, days: list[DailyConsumption], empty_text: str = "") -> None:
        """Shows ``days``; with none, ``empty_text`` in the middle (the view knows why there are none)."""
        self._days = list(days)
        self._empty_text = "" if days else empty_text
        self.setAccessibleDescription(self._empty_text)
        self.update()

    def day_at(self, x: int) -> dt.date | None:
        index = self._index_at(x)
        return None if index is None else self._days[index].day

    def tooltip_text_at(self, x: int) -> str | None:
        index = self._index_at(x)
        if index is None:
            return None
        day = self._days[index]
        return "\n".join([
            date_text(day.day),
            self.tr("Consumption: {0} kWh").format(_number(day.consumed, 2)),
            "  " + self.tr("From the community: {0} kWh").format(_number(day.consumed_shared, 2)),
            "  " + self.tr("From the grid: {0} kWh").format(_number(day.consumed_net, 2)),
            self.tr("Injection: {0} kWh").format(_number(day.injected, 2)),
            "  " + self.tr("To the community: {0} kWh").format(_number(day.injected_shared, 2)),
            "  " + self.tr("To the grid: {0} kWh").format(_number(day.injected_net, 2)),
        ])

    # Qt overrides

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)  # no antialiasing: bars and gridlines stay crisp on whole pixels
        painter.fillRect(self.rect(), BACKGROUND)
        if not self._days:
            painter.setPen(MUTED)
            painter.drawText(self.rect().adjusted(12, 0, -12, 0),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text)
            return
        layout = self._layout()
        if layout.plot.width() < 1 or layout.plot.height() < 1:
            return  # squeezed to nothing: no room for bars (and no division by a zero width)
        self._paint_axis(painter, layout)
        self._paint_bars(painter, layout)
        self._paint_day_labels(painter, layout)
        self._paint_legend(painter, layout)

    # Geometry

    def _layout(self) -> _Layout:
        maximum = max((max(day.consumed, day.injected) for day in self._days), default=0.0) or 1.0
        step = nice_step(maximum, GRIDLINES)
        top_value = step * max(1, math.ceil(maximum / step - 1e-9))
        decimals = max(0, -math.floor(math.log10(step)))
        metrics = self.fontMetrics()
        labels = [_number(step * i, decimals) for i in range(round(top_value / step) + 1)]
        axis_width = max(metrics.horizontalAdvance(text) for text in [*labels, self.tr("kWh")])
        left = MARGIN + axis_width + 6
        legend, legend_bottom = self._legend_layout(left)
        plot = QRectF(QPointF(left, legend_bottom + metrics.height()),
                      QPointF(self.width() - MARGIN, self.height() - MARGIN - metrics.height() - 4))
        return _Layout(plot, step, top_value, decimals, legend)

    def _legend_layout(self, left: float) -> tuple[list[tuple[QRectF, QColor, str]], float]:
        """The legend's entries flowed into rows from ``left``, and the bottom of the last row."""
        metrics = self.fontMetrics()
        x, y = left, float(MARGIN)
        entries = []
        for colour, text in self._series():
            width = SWATCH + 6 + metrics.horizontalAdvance(text)
            if x > left and x + width > self.width() - MARGIN:
                x, y = left, y + metrics.height() + 4
            entries.append((QRectF(x, y, width, metrics.height()), colour, text))
            x += width + 18
        return entries, y + metrics.height()

    def _series(self) -> list[tuple[QColor, str]]:
        return [(CONSUMED_SHARED, self.tr("From the community")), (CONSUMED_NET, self.tr("From the grid")),
                (INJECTED_SHARED, self.tr("To the community")), (INJECTED_NET, self.tr("To the grid"))]

    def _group_rect(self, layout: _Layout, index: int) -> QRectF:
        width = layout.plot.width() / len(self._days)
        return QRectF(layout.plot.left() + index * width, layout.plot.top(), width, layout.plot.height())

    def _index_at(self, x: int) -> int | None:
        if not self._days:
            return None
        plot = self._layout().plot
        if not plot.left() <= x < plot.right():
            return None
        return min(int((x - plot.left()) * len(self._days) / plot.width()), len(self._days) - 1)

    def _y(self, layout: _Layout, value: float) -> float:
        return layout.plot.bottom() - max(value, 0.0) / layout.top_value * layout.plot.height()

    # Painting

    def _paint_axis(self, painter: QPainter, layout: _Layout) -> None:
        metrics = self.fontMetrics()
        plot = layout.plot
        label_right = plot.left() - 6
        for i in range(round(layout.top_value / layout.step) + 1):
            y = self._y(layout, layout.step * i)
            painter.setPen(MUTED if i == 0 else GRIDLINE)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            box = QRectF(MARGIN, y - metrics.height() / 2, label_right - MARGIN, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _number(layout.step * i, layout.decimals))
        # The unit sits above the axis labels, on the legend's first row.
        unit_box = QRectF(MARGIN, layout.legend[0][0].top(), label_right - MARGIN, metrics.height())
        painter.drawText(unit_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self.tr("kWh"))

    def _paint_bars(self, painter: QPainter, layout: _Layout) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for index, day in enumerate(self._days):
            group = self._group_rect(layout, index)
            bar_width = min(group.width() * 0.36, MAX_BAR_WIDTH)
            gap = min(group.width() * 0.06, 4.0)
            centre = group.center().x()
            self._paint_stack(painter, layout, centre - gap / 2 - bar_width, bar_width,
                              [(day.consumed_shared, CONSUMED_SHARED), (day.consumed_net, CONSUMED_NET)])
            self._paint_stack(painter, layout, centre + gap / 2, bar_width,
                              [(day.injected_shared, INJECTED_SHARED), (day.injected_net, INJECTED_NET)])

    def _paint_stack(self, painter: QPainter, layout: _Layout, left: float, width: float,
                     parts: list[tuple[float, QColor]]) -> None:
        # Edges rounded to whole pixels so that narrow bars (a long period) are not smeared.
        x, right = round(left), max(round(left + width), round(left) + 1)
        base = 0.0
        for value, colour in parts:
            value = max(value, 0.0)
            if value > 0:
                top, bottom = round(self._y(layout, base + value)), round(self._y(layout, base))
                painter.fillRect(QRectF(x, top, right - x, bottom - top), colour)
            base += value

    def _paint_day_labels(self, painter: QPainter, layout: _Layout) -> None:
        metrics = self.fontMetrics()
        label_width = metrics.horizontalAdvance("00/00") + 10
        group_width = layout.plot.width() / len(self._days)
        every = max(1, math.ceil(label_width / group_width))
        painter.setPen(MUTED)
        for index in range(0, len(self._days), every):
            day = self._days[index].day
            centre = self._group_rect(layout, index).center().x()
            # Kept inside the widget: the first and last labels may be wider than their day.
            x = min(max(centre - label_width / 2, 0.0), self.width() - label_width)
            box = QRectF(x, layout.plot.bottom() + 4, label_width, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{day.day:02d}/{day.month:02d}")

    def _paint_legend(self, painter: QPainter, layout: _Layout) -> None:
        for box, colour, text in layout.legend:
            swatch_top = box.center().y() - SWATCH / 2
            painter.fillRect(QRectF(box.left(), swatch_top, SWATCH, SWATCH), colour)
            painter.setPen(MUTED)
            painter.drawText(box.adjusted(SWATCH + 6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        index = self._index_at(event.pos().x())
        text = self.tooltip_text_at(event.pos().x())
        if index is None or text is None:
            QToolTip.hideText()
            event.ignore()
            return
        # The tooltip hides once the cursor leaves the day, so the next day gets its own.
        area = self._group_rect(self._layout(), index).toAlignedRect()
        QToolTip.showText(event.globalPos(), text, self, area)


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)
