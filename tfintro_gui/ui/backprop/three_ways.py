"""The Three ways tab: per source, the chain rule, ``tape.gradient`` and a finite difference
side by side, with a check mark and a note.

The columns always fit the view's width: they get their natural width when there is room
(the Note takes the rest), and shrink, eliding their text, when there is not; every cell and
header then carries its full text in a tool tip.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
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
from tfintro_gui.ui.backprop.tensor_texts import sample_cell

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
        stretch: the column that takes spare room, and gives room up first.
        floor: no column shrinks below this (or below its natural width if smaller).

    Returns:
        The natural widths plus the spare room in ``stretch`` when they fit; else
        ``stretch`` shrunk down to ``floor`` first, then every other column in proportion
        to what it has above its floor.
    """
    widths = list(natural)
    spare = available - sum(widths)
    if spare >= 0:
        widths[stretch] += spare
        return widths
    taken = min(-spare, max(widths[stretch] - floor, 0))
    widths[stretch] -= taken
    deficit = -spare - taken
    floors = [min(width, floor) for width in widths]
    room = sum(width - low for width, low in zip(widths, floors, strict=True))
    if deficit > 0 and room > 0:
        share = min(deficit, room) / room
        widths = [width - round((width - low) * share)
                  for width, low in zip(widths, floors, strict=True)]
    return widths


def two_lines(title: str) -> str:
    """A column title broken into two lines at the space (or the dot) nearest its middle:
    ``"Finite\\ndifference"``, ``"tape.\\ngradient"``; a title without either is kept."""
    breaks = [position for position, character in enumerate(title) if character in " ."]
    if not breaks:
        return title
    position = min(breaks, key=lambda place: abs(place - len(title) / 2))
    if title[position] == ".":
        return f"{title[:position + 1]}\n{title[position + 1:]}"
    return f"{title[:position]}\n{title[position + 1:]}"


class ThreeWaysView(QWidget):
    """A summary line and the table of the three-way check."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setToolTip(
            self.tr("Whether the three ways of computing the gradient agree"))
        self.table = QTableWidget(0, len(COLUMNS))
        self._titles = [QCoreApplication.translate("ThreeWaysView", title) for title in COLUMNS]
        for column, title in enumerate(self._titles):
            item = QTableWidgetItem(title)
            item.setToolTip(title)
            self.table.setHorizontalHeaderItem(column, item)
        self.table.setToolTip(self.tr("Per input: the step-by-step chain rule, tape.gradient "
                                      "and a central finite difference"))
        self.table.setAccessibleName(self.tr("Gradient check"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
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
                     value_text(row.tape),
                     value_text(row.numeric) if row.sample is None else sample_cell(row),
                     comparison_cell(row))
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

    def _natural_widths(self, titles: list[str]) -> list[int]:
        header = self.table.horizontalHeader()
        widths = []
        for column, title in enumerate(titles):
            item = self.table.horizontalHeaderItem(column)
            if item.text() != title:
                item.setText(title)
            content = self.table.sizeHintForColumn(column) if self.table.rowCount() else 0
            if column == NOTE:
                content = min(content, NOTE_NATURAL_WIDTH)
            lines = max(header.fontMetrics().horizontalAdvance(line) for line in title.split("\n"))
            margin = header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin)
            widths.append(max(lines + 2 * margin + 8, content))
        return widths

    def fit_columns(self) -> None:
        """Give the columns widths that fill the view's width (see :func:`fit_widths`);
        where one-line titles would not fit, long titles take two lines."""
        available = self.table.viewport().width()
        if available <= 1:
            return
        natural = self._natural_widths(self._titles)
        two = sum(natural) - natural[NOTE] + MIN_COLUMN_WIDTH > available
        if two:
            natural = self._natural_widths([two_lines(title) for title in self._titles])
        # Qt elides a two-line title as one line ("Chai…"): clip those instead.
        self.table.horizontalHeader().setTextElideMode(
            Qt.TextElideMode.ElideNone if two else Qt.TextElideMode.ElideRight)
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
