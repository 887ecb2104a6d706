"""A tab widget as tall as the page it shows.

``QTabWidget`` asks for the height of its tallest page, whichever is shown: in a scrolling pane, a short page
then leaves a gap above what follows the tabs. This one asks for the shown page's height; hidden pages are
left out of its minimum size too (their vertical policy is Ignored while hidden).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QTabWidget, QWidget


class FittingTabWidget(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(self._fit_to_shown_page)

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self._fit_to_shown_page()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        shown = self.currentWidget()
        if shown is None:
            return hint
        tallest = max(self.widget(index).sizeHint().height() for index in range(self.count()))
        return QSize(hint.width(), hint.height() - tallest + shown.sizeHint().height())

    def heightForWidth(self, width: int) -> int:
        # what a scroll area asks when a page wraps text: the tallest page's height, as sizeHint's
        full = super().heightForWidth(width)
        shown = self.currentWidget()
        if full < 0 or shown is None:
            return full
        chrome = self.width() - shown.width() if shown.width() > 0 else 0
        page_width = max(width - chrome, 0)
        tallest = max(_height_at(self.widget(index), page_width) for index in range(self.count()))
        return full - tallest + _height_at(shown, page_width)

    def _fit_to_shown_page(self) -> None:
        shown = self.currentIndex()
        for index in range(self.count()):
            page = self.widget(index)
            vertical = QSizePolicy.Policy.Preferred if index == shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(page.sizePolicy().horizontalPolicy(), vertical)
        self.updateGeometry()


def _height_at(page: QWidget, width: int) -> int:
    return page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
