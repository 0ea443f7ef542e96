"""A read-only table whose columns always fit its width: cut texts elide, with a tool tip.

The Devices panel's tables (devices, versions, packages, timings, replicas) sit beside the
lesson on a 1280-pixel screen. :class:`FittedTable` gives every column the width its
content needs when they all fit; otherwise the narrow columns keep theirs and the wide ones
share the rest ("water filling"), eliding their text. Every cell carries its full text as
a tool tip, and a header whose title no longer fits carries it too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
)

#: A column is never narrower than this, in pixels (an elided "1…" stays readable).
MIN_COLUMN_WIDTH = 36


def fair_widths(wanted: list[int], available: int, minimum: int = MIN_COLUMN_WIDTH
                ) -> list[int]:
    """Column widths that fit ``available`` pixels, as close to ``wanted`` as possible.

    Columns that want at most an equal share of what is left keep their width; the others
    share the rest equally (never below ``minimum``).

    Args:
        wanted: the width each column's content needs, in pixels.
        available: the room of all columns together, in pixels.
        minimum: the narrowest a column may get.

    Returns:
        One width per column, in order; their sum is ``sum(wanted)`` when that fits.
    """
    if sum(wanted) <= available:
        return list(wanted)
    widths = [0] * len(wanted)
    left, remaining = available, len(wanted)
    for index in sorted(range(len(wanted)), key=lambda column: wanted[column]):
        share = max(minimum, left // remaining)
        widths[index] = min(wanted[index], share)
        left -= widths[index]
        remaining -= 1
    return widths


class FittedTable(QTableWidget):
    """A read-only table (rows selectable) that fits its columns to its width.

    Args:
        accessible_name: what a screen reader calls the table.
        elide: where a cut text loses characters (``ElideMiddle`` keeps both ends of a
            path or a device name).
    """

    def __init__(self, accessible_name: str,
                 elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight, parent=None):
        super().__init__(parent)
        self._filling = False
        self.setAccessibleName(accessible_name)
        self.setTextElideMode(elide)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)

    def set_rows(self, header: list[str] | tuple[str, ...], rows: list[tuple]) -> None:
        """Show ``rows`` (each value as text) under ``header``, then fit the columns."""
        self._filling = True
        self.clear()
        self.setColumnCount(len(header))
        self.setRowCount(len(rows))
        for column, title in enumerate(header):
            self.setHorizontalHeaderItem(column, QTableWidgetItem(str(title)))
        for row_index, row in enumerate(rows):
            for column, value in enumerate(row):
                text = str(value)
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                if text:
                    item.setToolTip(text)
                self.setItem(row_index, column, item)
        self._filling = False
        self.fit_columns()

    def rows_height(self) -> int:
        """The height, in pixels, that shows the header and every row without scrolling."""
        frame = 2 * self.frameWidth()
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        return frame + self.horizontalHeader().sizeHint().height() + rows

    def texts(self) -> list[list[str]]:
        """Every cell's full text, row by row."""
        return [[self.item(row, column).text() if self.item(row, column) else ""
                 for column in range(self.columnCount())] for row in range(self.rowCount())]

    def header_texts(self) -> list[str]:
        """The column titles."""
        return [self.horizontalHeaderItem(column).text()
                for column in range(self.columnCount())]

    def _wanted_width(self, column: int) -> int:
        header = self.horizontalHeader()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        title = header.fontMetrics().horizontalAdvance(self.horizontalHeaderItem(column).text())
        return max(self.sizeHintForColumn(column), title + 2 * margin + 6)

    def fit_columns(self) -> None:
        """Give each column its content's width, or a fair share when they do not fit;
        room left over is shared in proportion to the widths."""
        count = self.columnCount()
        if not count or self._filling:
            return
        wanted = [self._wanted_width(column) for column in range(count)]
        available = max(self.viewport().width(), MIN_COLUMN_WIDTH * count)
        widths = fair_widths(wanted, available)
        spare, total = max(0, available - sum(widths)), sum(widths)
        widths = [width + spare * width // total for width in widths]
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
            title_item = self.horizontalHeaderItem(column)
            title_item.setToolTip(title_item.text() if width < wanted[column] else "")

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt's name)
        # The viewport narrows when the vertical scroll bar appears: fit again then too.
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return handled
