"""An item delegate that elides long texts once, not on every paint.

Qt lays out a cell's whole text on every paint to find where to cut it, and
measures it again to draw the cut: for the problems table, whose messages are
two to three times as wide as their column, that was most of the table's paint
(which comes after every edit that adds or removes a problem).  This delegate
hands Qt the text already cut for the cell's width, remembered per text, width
and font, so a repaint lays out only what shows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

_CACHE_LIMIT = 4096  # distinct (text, width, font) combinations kept; a few screens' worth


class ElidingDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cut: dict[tuple[str, int, str], str] = {}
        self._margin: int | None = None

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if not text or option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            return  # short texts beside an icon (the severity): Qt's own layout is cheap there
        if self._margin is None:
            widget = option.widget
            style = widget.style() if widget is not None else None
            # as Qt's item view painter: the focus frame's margin plus one, on each side
            self._margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
                            if style is not None else 3)
        width = option.rect.width() - 2 * self._margin
        key = (text, width, option.font.key())
        cut = self._cut.get(key)
        if cut is None:
            if len(self._cut) >= _CACHE_LIMIT:
                self._cut.clear()
            cut = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._cut[key] = cut
        option.text = cut
