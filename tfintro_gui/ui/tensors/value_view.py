"""The selected entry's values: a line about it, a table (editable cell by cell), the axis
selectors of rank ≥ 3 entries, and a heatmap of the slice the table shows.

Until the heatmap is built (after the window's first paint, :meth:`ValueView.build_heatmap`)
and whenever there is nothing to draw, a hint stands in its place — never empty axes.
"""

from __future__ import annotations

from collections.abc import Callable

import lazy_loader
from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.tensors import EntryInfo, shape_code
from tfintro_gui.ui.tensors.words import device_word, kind_word
from tfintro_gui.ui.widgets.array_table_model import ArrayTableModel
from tfintro_gui.ui.zoom import fixed_pitch_font, set_zoomed_minimum_size

np = lazy_loader.load("numpy")  # imported on first use, after the window paints

#: Tables with at most this many columns get columns as wide as their numbers.
MAX_FITTED_COLUMNS = 64


class ValueView(QWidget):
    """Table, heatmap and printout of one entry: the printout is what ``print(x)`` prints,
    in TensorFlow's (or NumPy's) own words, to compare with a notebook line by line.

    Args:
        parent: the Qt parent.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entry_label = QLabel()
        self.entry_label.setWordWrap(True)
        self.entry_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table_model = ArrayTableModel(self)
        self.table_model.dataChanged.connect(self._update_heatmap)
        self.table_view = QTableView()
        self.table_view.setModel(self.table_model)
        self.table_view.setToolTip(self.tr("The selected entry's values; double-click a cell "
                                           "to change it (a constant will refuse, as in "
                                           "TensorFlow)"))
        self.table_view.setAccessibleName(self.tr("Values"))
        self.table_view.horizontalHeader().setDefaultSectionSize(78)
        self.table_view.verticalHeader().setDefaultSectionSize(24)
        self.table_view.horizontalHeader().setResizeContentsPrecision(50)
        self.table_view.setMinimumSize(120, 80)
        self.heatmap = None
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setStyleSheet("color: #666;")
        self._plot_area = QStackedWidget()
        self._plot_area.addWidget(self._hint)
        set_zoomed_minimum_size(self._plot_area, 190, 125)  # + the tab bar above it
        self._axis_spins: list[QSpinBox] = []
        self._axis_pairs: list[tuple[int, int]] = []
        self._name: str | None = None
        self._build_axes_row()
        self.printout_view = QPlainTextEdit()
        self.printout_view.setReadOnly(True)
        self.printout_view.setFont(fixed_pitch_font())
        self.printout_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.printout_view.setToolTip(self.tr("What print() shows for this entry, in "
                                              "TensorFlow's own format"))
        self.printout_view.setAccessibleName(self.tr("Printout"))
        self.views = QTabWidget()
        self.views.setUsesScrollButtons(False)  # two short tabs always fit
        self.views.addTab(self._plot_area, self.tr("Heatmap"))
        self.views.addTab(self.printout_view, "print()")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table_view)
        splitter.addWidget(self.views)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry_label)
        layout.addWidget(self._axes_row)
        layout.addWidget(splitter, 1)
        self.show_nothing()

    def _build_axes_row(self) -> None:
        self._axes_row = QWidget()
        self.axes_input = QComboBox()
        self.axes_input.setToolTip(self.tr("Which two axes the table shows as rows and columns "
                                           "(for rank 3 and more)"))
        self.axes_input.setAccessibleName(self.tr("Rows, columns:"))
        self.axes_input.currentIndexChanged.connect(self._on_axes_input_changed)
        self._axis_spins_layout = QHBoxLayout()
        row = QHBoxLayout(self._axes_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Rows, columns:")))
        row.addWidget(self.axes_input)
        row.addLayout(self._axis_spins_layout)
        row.addStretch(1)
        self._axes_row.hide()

    # -- building -------------------------------------------------------------------------
    def build_heatmap(self) -> None:
        """Create the Matplotlib heatmap (imports Matplotlib); show the current slice."""
        if self.heatmap is not None:
            return
        from tfintro_gui.ui.tensors.heatmap import TensorHeatmap

        self.heatmap = TensorHeatmap(self)
        self._plot_area.addWidget(self.heatmap)
        self._update_heatmap()

    # -- content --------------------------------------------------------------------------
    def show_nothing(self) -> None:
        """No entry selected: an empty table and a hint instead of the heatmap."""
        self._name = None
        self.printout_view.clear()
        self.table_model.clear()
        self.entry_label.setText(self.tr("No entry selected. Create a tensor on the left."))
        self._update_axes_selectors(0)
        self._update_heatmap()

    def show_entry(self, info: EntryInfo, values: np.ndarray,
                   edit_handler: Callable[[tuple, str], np.ndarray | None] | None,
                   printout: str = "") -> None:
        """Show the entry ``info`` with ``values``; cell edits go to ``edit_handler``;
        ``printout`` is what ``print(name)`` prints."""
        self._name = info.name
        self.printout_view.setPlainText(f">>> print({info.name})\n{printout}")
        self.table_model.set_array(values, edit_handler)
        edit = {"constant": self.tr("editing a cell shows why a constant cannot change"),
                "variable": self.tr("double-click a cell: v[i, j].assign(x)"),
                "ndarray": self.tr("double-click a cell: x[i, j] = value")}.get(info.kind, "")
        self.entry_label.setText(
            self.tr("<b>{name}</b> — {kind}, shape {shape}, {dtype}, on {device}").format(
                name=info.name, kind=kind_word(info.kind), shape=shape_code(info.shape),
                dtype=info.dtype, device=device_word(info.device)) + (f" · {edit}" if edit else ""))
        self._update_axes_selectors(len(info.shape))
        self._fit_columns()
        self._update_heatmap()

    def heatmap_shown(self) -> bool:
        """True when the heatmap (not the hint) is shown."""
        return self.heatmap is not None and self._plot_area.currentWidget() is self.heatmap

    def hint_text(self) -> str:
        """The hint shown instead of the heatmap (empty while the heatmap is shown)."""
        return "" if self.heatmap_shown() else self._hint.text()

    # -- rank ≥ 3: which slice ------------------------------------------------------------
    @property
    def axis_spins(self) -> list[QSpinBox]:
        """One index spin box per axis of a rank ≥ 3 entry (those of the shown axes hidden)."""
        return list(self._axis_spins)

    def axes_row_visible(self) -> bool:
        """True while the axis selectors are shown (rank ≥ 3)."""
        return not self._axes_row.isHidden()

    def table_axes(self) -> tuple[int, int] | None:
        """``(row_axis, column_axis)`` the table shows, for rank ≥ 3; else None."""
        index = self.axes_input.currentIndex()
        if self._axes_row.isHidden() or not 0 <= index < len(self._axis_pairs):
            return None
        return self._axis_pairs[index]

    def set_table_axes(self, row_axis: int, column_axis: int) -> None:
        """Show axes ``row_axis`` and ``column_axis`` as the table's rows and columns.

        Raises:
            ValueError: no entry of rank ≥ 3 is shown, or the pair is not two of its axes.
        """
        if (row_axis, column_axis) not in self._axis_pairs or self._axes_row.isHidden():
            raise ValueError(f"Axes {row_axis}, {column_axis} cannot be shown.")
        self.axes_input.setCurrentIndex(self._axis_pairs.index((row_axis, column_axis)))

    def _update_axes_selectors(self, rank: int) -> None:
        for spin in self._axis_spins:
            self._axis_spins_layout.removeWidget(spin)
            spin.deleteLater()
        self._axis_spins = []
        if rank < 3:
            self._axis_pairs = []
            self._axes_row.hide()
            return
        self._axis_pairs = [(row_axis, column_axis) for row_axis in range(rank)
                            for column_axis in range(rank) if row_axis != column_axis]
        with QSignalBlocker(self.axes_input):
            self.axes_input.clear()
            for row_axis, column_axis in self._axis_pairs:
                self.axes_input.addItem(self.tr("axis {row}, axis {column}").format(
                    row=row_axis, column=column_axis))
            self.axes_input.setCurrentIndex(self._axis_pairs.index((rank - 2, rank - 1)))
        shape = self.table_model.array().shape
        for axis in range(rank):
            spin = QSpinBox()
            spin.setPrefix(self.tr("axis {axis}: ").format(axis=axis))
            spin.setRange(0, max(0, shape[axis] - 1))
            spin.setToolTip(self.tr("Index along axis {axis} of the slice shown (size "
                                    "{size})").format(axis=axis, size=shape[axis]))
            spin.setAccessibleName(self.tr("axis {axis}: ").format(axis=axis))
            spin.valueChanged.connect(self._apply_view)
            self._axis_spins.append(spin)
            self._axis_spins_layout.addWidget(spin)
        self._axes_row.show()
        self._sync_axis_spins()

    def _sync_axis_spins(self) -> None:
        row_axis, column_axis = self._axis_pairs[self.axes_input.currentIndex()]
        for axis, spin in enumerate(self._axis_spins):
            spin.setVisible(axis not in (row_axis, column_axis))

    def _on_axes_input_changed(self) -> None:
        if 0 <= self.axes_input.currentIndex() < len(self._axis_pairs):
            self._sync_axis_spins()
            self._apply_view()

    def _apply_view(self) -> None:
        row_axis, column_axis = self._axis_pairs[self.axes_input.currentIndex()]
        fixed = {axis: spin.value() for axis, spin in enumerate(self._axis_spins)
                 if axis not in (row_axis, column_axis)}
        self.table_model.set_view(row_axis, column_axis, fixed)
        self._fit_columns()
        self._update_heatmap()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """View → Zoom changes the font: the numbers get their columns' width again (they
        showed "…" until another entry was selected)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._fit_columns)

    def _fit_columns(self) -> None:
        """Columns as wide as their numbers (the first rows'), for tables of few columns."""
        if 0 < self.table_model.columnCount() <= MAX_FITTED_COLUMNS:
            self.table_view.resizeColumnsToContents()

    # -- the heatmap ----------------------------------------------------------------------
    def _heatmap_title(self) -> str:
        rank = self.table_model.array().ndim
        if rank < 3:
            return self._name or ""
        row_axis, column_axis, fixed = self.table_model.view()
        position = ", ".join(":" if axis in (row_axis, column_axis) else str(fixed[axis])
                             for axis in range(rank))
        return f"{self._name}[{position}]"

    def _update_heatmap(self) -> None:
        values = None if self._name is None else self.table_model.displayed()
        if values is None:
            self._hint.setText(self.tr("Select a tensor in the workspace list to see its "
                                       "values as colours."))
        elif values.size == 0:
            self._hint.setText(self.tr("This tensor holds no values: one of its sizes is 0."))
        elif self.heatmap is None:
            self._hint.setText(self.tr("The heatmap appears in a moment."))
        else:
            self.heatmap.show_array(values, self._heatmap_title(),
                                    indices=self.table_model.array().ndim > 0)
            self._plot_area.setCurrentWidget(self.heatmap)
            return
        self._plot_area.setCurrentWidget(self._hint)
