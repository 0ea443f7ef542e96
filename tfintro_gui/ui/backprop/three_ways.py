"""The Three ways tab: per source, the chain rule, ``tape.gradient`` and a finite difference
side by side, with a check mark and a note.

The columns always fit the view's width: they get their natural width when there is room
(the Note takes the rest), and shrink, eliding their text, when there is not; every cell and
header then carries its full text in a tool tip.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.autodiff import GradientComparison
from tfintro_gui.ui.backprop.check_texts import (
    check_summary,
    comparison_cell,
    comparison_note,
    status_mark,
    status_words,
    value_text,
)

COLUMNS = (QT_TRANSLATE_NOOP("ThreeWaysView", "Name"),
           QT_TRANSLATE_NOOP("ThreeWaysView", "Check"),
           QT_TRANSLATE_NOOP("ThreeWaysView", "Chain rule"), "tape.gradient",
           QT_TRANSLATE_NOOP("ThreeWaysView", "Finite difference"),
           QT_TRANSLATE_NOOP("ThreeWaysView", "Note"))
NAME, CHECK, CHAIN_RULE, TAPE, NUMERIC, NOTE = range(len(COLUMNS))
#: Narrowest a column gets before the table is too narrow to read, in pixels.
MIN_COLUMN_WIDTH = 44
#: Widest the note gets by its content before it only takes spare room, in pixels.
NOTE_NATURAL_WIDTH = 160


def fit_widths(natural: list[int], available: int, stretch: int,
               floor: int = MIN_COLUMN_WIDTH) -> list[int]:
    """Column widths that add up to ``available`` pixels.

    Args:
        natural: each column's width for its whole content.
        available: the view's width.
        stretch: the column that takes spare room.
        floor: no column shrinks below this (or below its natural width if smaller).

    Returns:
        The widths: natural ones plus the spare room in ``stretch`` when they fit, else
        each column shrunk in proportion to what it has above its floor.
    """
    widths = list(natural)
    spare = available - sum(widths)
    if spare >= 0:
        widths[stretch] += spare
        return widths
    floors = [min(width, floor) for width in widths]
    room = sum(width - low for width, low in zip(widths, floors, strict=True))
    deficit = min(-spare, room)
    if room > 0:
        widths = [width - round((width - low) * deficit / room)
                  for width, low in zip(widths, floors, strict=True)]
    return widths


class ThreeWaysView(QWidget):
    """A summary line and the table of the three-way check."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setToolTip(
            self.tr("Whether the three ways of computing the gradient agree"))
        self.table = QTableWidget(0, len(COLUMNS))
        for column, title in enumerate(COLUMNS):
            item = QTableWidgetItem(QCoreApplication.translate("ThreeWaysView", title))
            item.setToolTip(QCoreApplication.translate("ThreeWaysView", title))
            self.table.setHorizontalHeaderItem(column, item)
        self.table.setToolTip(self.tr("Per input: the step-by-step chain rule, tape.gradient "
                                      "and a central finite difference"))
        self.table.setAccessibleName(self.tr("Gradient check"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setMinimumSectionSize(8)
        self.table.viewport().installEventFilter(self)  # a scroll bar narrows the viewport
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self.show_rows(())

    def show_rows(self, rows: tuple[GradientComparison, ...]) -> None:
        """Show the three-way check (an empty tuple before the backward pass is done)."""
        self.summary_label.setText(check_summary(rows))
        table = self.table
        table.setRowCount(len(rows))
        for position, row in enumerate(rows):
            cells = (row.name, status_mark(row), value_text(row.chain_rule),
                     value_text(row.tape), value_text(row.numeric), comparison_cell(row))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == NOTE:
                    item.setToolTip(comparison_note(row))
                if column == CHECK:
                    item.setToolTip(status_words(row))
                    item.setForeground(QColor("#1a7f37" if row.agrees else "#b42318"))
                table.setItem(position, column, item)
        table.resizeRowsToContents()
        self.fit_columns()

    def _natural_width(self, column: int) -> int:
        header = self.table.horizontalHeader()
        margin = header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin)
        title = self.table.horizontalHeaderItem(column).text()
        title_width = header.fontMetrics().horizontalAdvance(title) + 2 * margin + 6
        content = self.table.sizeHintForColumn(column) if self.table.rowCount() else 0
        if column == NOTE:
            content = min(content, NOTE_NATURAL_WIDTH)
        return max(title_width, content)

    def fit_columns(self) -> None:
        """Give the columns widths that fill the view's width (see :func:`fit_widths`)."""
        available = self.table.viewport().width()
        if available <= 1:
            return
        natural = [self._natural_width(column) for column in range(len(COLUMNS))]
        for column, width in enumerate(fit_widths(natural, available, NOTE)):
            self.table.setColumnWidth(column, width)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def results(self) -> dict[str, tuple[str, str, str, str]]:
        """The table as text: name -> (chain rule, tape, finite difference, check)."""
        table = self.table
        return {table.item(row, NAME).text(): tuple(table.item(row, column).text()
                                                    for column in (CHAIN_RULE, TAPE, NUMERIC,
                                                                   CHECK))
                for row in range(table.rowCount())}

    def note(self, name: str) -> str:
        """The note cell of source ``name`` (its full text)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, NAME).text() == name:
                return self.table.item(row, NOTE).text()
        raise KeyError(f"No row {name!r}.")
