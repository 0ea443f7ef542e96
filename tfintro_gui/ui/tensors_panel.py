"""Tensors panel: constants, variables and operations you can touch.

Each click calls one :class:`~tfintro_gui.core.tensors.workspace.Workspace` action on the
GUI thread (every tensor is capped at a million elements, so actions take milliseconds),
shows the value in a table and a heatmap, and appends the TensorFlow line to the code view.
Errors, TensorFlow's own included, appear in the message bar and change nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tfintro_gui.core.tensors import (
    CONVERSIONS,
    DTYPES,
    OPS,
    SOURCES,
    ActionResult,
    Workspace,
)
from tfintro_gui.core.tensors.parsing import shape_code
from tfintro_gui.core.tensors.snapshot import (
    check_workspace_state,
    restore_workspace,
    workspace_state,
)
from tfintro_gui.ui.core_texts import translate_core
from tfintro_gui.ui.panel import Panel
from tfintro_gui.ui.tensors_plots import TensorHeatmap
from tfintro_gui.ui.widgets.array_table_model import ArrayTableModel
from tfintro_gui.ui.widgets.code_view import CodeView
from tfintro_gui.ui.widgets.message_bar import MessageBar

LOADING_TEXT = QT_TRANSLATE_NOOP("TensorsPanel", "Loading TensorFlow…")
WORKSPACE_COLUMNS = (QT_TRANSLATE_NOOP("TensorsPanel", "Name"),
                     QT_TRANSLATE_NOOP("TensorsPanel", "Kind"),
                     QT_TRANSLATE_NOOP("TensorsPanel", "Shape"),
                     QT_TRANSLATE_NOOP("TensorsPanel", "Dtype"),
                     QT_TRANSLATE_NOOP("TensorsPanel", "Device"))
_KIND_TOOLTIPS = {
    "constant": QT_TRANSLATE_NOOP("TensorsPanel",
                                  "An immutable tf.Tensor: its values cannot change."),
    "variable": QT_TRANSLATE_NOOP("TensorsPanel",
                                  "A tf.Variable: change it with assign, assign_add, "
                                  "assign_sub or a slice assign."),
    "ndarray": QT_TRANSLATE_NOOP("TensorsPanel", "A NumPy array (numpy.ndarray): mutable "
                                                 "with x[i, j] = value."),
    "numpy scalar": QT_TRANSLATE_NOOP("TensorsPanel", "A NumPy scalar (e.g. numpy.float32): "
                                                      "one immutable number."),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("TensorsPanel", text)

_CONVERSION_BUTTONS = (
    ("numpy", ".numpy()"),
    ("np.add", "np.add(x, 1)"),
    ("tf.multiply", "tf.multiply(x, 42)"),
    ("tf.Variable", "tf.Variable(x)"),
    ("tf.constant", "tf.constant(x)"),
)
#: The notebook's "operations" cells (Chollet, ch. 3), replayed by ``prepare_screenshot``.
NOTEBOOK_SEQUENCE = (
    ("create", {"name": "v", "source": "tf.random.normal", "shape": (3, 1), "seed": 0,
                "variable": True}),
    ("assign", {"name": "v", "value": "[[1.], [1.], [1.]]"}),
    ("assign", {"name": "v", "value": "3.", "index": "0:2, 0"}),
    ("create", {"name": "a", "source": "tf.ones", "shape": (2, 2)}),
    ("apply", {"op": "square", "result": "b", "x": "a"}),
    ("apply", {"op": "sqrt", "result": "c", "x": "a"}),
    ("apply", {"op": "+", "result": "d", "x": "b", "y": "c"}),
    ("apply", {"op": "matmul", "result": "e", "x": "a", "y": "b"}),
    ("apply", {"op": "*", "result": "e", "x": "e", "y": "d"}),
)


class TensorsPanel(Panel):
    """A workspace of named tensors and variables, the actions on them, and their code."""

    title = "Tensors"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._selected: str | None = None
        self._axis_spins: list[QSpinBox] = []
        self._axis_pairs: list[tuple[int, int]] = []
        self._action_code: list[str] = []  # one entry per successful action, for notebooks

        self.message_bar = MessageBar(self)
        self._build_create_box()
        self._build_variable_box()
        self._build_operation_box()
        self._build_conversion_box()
        self._build_workspace_list()
        self._build_viewer()
        self.code_view = CodeView(self)
        self.code_view.setToolTip(self.tr("The Python/TensorFlow lines of every successful "
                                          "action; run top to bottom, they rebuild the "
                                          "workspace"))

        controls = QWidget()
        controls_layout = QVBoxLayout(controls)
        for box in (self._create_box, self._variable_box, self._operation_box,
                    self._conversion_box):
            controls_layout.addWidget(box)
        controls_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(240)  # narrower windows scroll the controls sideways

        viewer_splitter = QSplitter(Qt.Orientation.Horizontal)
        viewer_splitter.addWidget(self.table_view)
        viewer_splitter.addWidget(self.heatmap)
        viewer_splitter.setSizes([420, 420])
        viewer = QWidget()
        viewer_layout = QVBoxLayout(viewer)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        viewer_layout.addWidget(self.entry_label)
        viewer_layout.addWidget(self._axes_row)
        viewer_layout.addWidget(viewer_splitter, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._workspace_box)
        splitter.addWidget(viewer)
        splitter.addWidget(self.code_view)
        splitter.setSizes([235, 400, 160])
        splitter.setChildrenCollapsible(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.message_bar)
        right_layout.addWidget(splitter, 1)
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(scroll)
        columns.addWidget(right)
        columns.setStretchFactor(1, 1)
        columns.setChildrenCollapsible(False)
        columns.setSizes([390, 890])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(columns)

        self._on_source_input_changed()
        self._on_op_input_changed()
        self._set_tensorflow_controls_enabled(False)
        self.message_bar.show_message(
            self.tr("Loading TensorFlow… Creating tensors works once it is ready."), "info")

    # -- construction ---------------------------------------------------------------------
    def _build_create_box(self) -> None:
        self.source_input = QComboBox()
        for key, spec in SOURCES.items():
            self.source_input.addItem(key, key)
            self.source_input.setItemData(self.source_input.count() - 1,
                                          translate_core(spec.description),
                                          Qt.ItemDataRole.ToolTipRole)
        self.source_input.setToolTip(self.tr("How to make the new entry: a TensorFlow creator "
                                             "(tf.ones, tf.random.normal…) or a NumPy one "
                                             "(np.ones…)"))
        self.source_input.currentIndexChanged.connect(self._on_source_input_changed)
        self.name_input = QLineEdit("a")
        self.name_input.setToolTip(self.tr("Python name of the new entry: letters, digits "
                                           "and _, not a keyword, not tf or np"))
        self.shape_input = QLineEdit("(2, 3)")
        self.shape_input.setToolTip(self.tr("shape: sizes of the axes, e.g. (2, 3), (3,) or () "
                                            "for a scalar; at most 1,000,000 elements"))
        self.literal_input = QLineEdit("[[1, 2], [3, 4]]")
        self.literal_input.setToolTip(self.tr("Value for tf.constant / np.array: a number or "
                                              "nested lists such as [[1, 2], [3, 4]] (read, "
                                              "never executed)"))
        self.dtype_input = QComboBox()
        self.dtype_input.addItem(self.tr("default"), None)
        for dtype in DTYPES:
            self.dtype_input.addItem(dtype, dtype)
        self.dtype_input.setToolTip(self.tr("dtype of the new entry; default = float32 for tf "
                                            "creators, float64 for NumPy, inferred for a typed "
                                            "value"))
        self.mean_input = _number_input(0.0, self.tr("mean of tf.random.normal's distribution"))
        self.stddev_input = _number_input(1.0, self.tr("stddev (standard deviation) of "
                                                       "tf.random.normal's distribution"),
                                          minimum=0.0)
        self.minval_input = _number_input(
            0.0, self.tr("minval: smallest value tf.random.uniform draws"))
        self.maxval_input = _number_input(
            1.0, self.tr("maxval: tf.random.uniform draws values below it"))
        for spin, name in ((self.mean_input, "mean"), (self.stddev_input, "stddev"),
                           (self.minval_input, "minval"), (self.maxval_input, "maxval")):
            spin.setAccessibleName(name)
        self.seed_input = QSpinBox()
        self.seed_input.setRange(-1, 2**31 - 1)
        self.seed_input.setSpecialValueText(self.tr("none"))
        self.seed_input.setValue(-1)
        self.seed_input.setToolTip(self.tr("seed: 'none' draws new numbers each run; a number "
                                           "uses tf.random.stateless_normal/uniform(seed=(seed, "
                                           "0)), the same numbers every run"))
        self.variable_input = QCheckBox(self.tr("as tf.Variable"))
        self.variable_input.setToolTip(self.tr("Wrap the value in tf.Variable(initial_value=…) "
                                               "so it can be assigned to"))
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setToolTip(self.tr("Make the entry and append its TensorFlow line to "
                                              "the code (Enter in Name, Shape or Value)"))
        self.create_button.clicked.connect(self._on_create_clicked)
        for field in (self.name_input, self.shape_input, self.literal_input):
            field.returnPressed.connect(self._on_create_clicked)

        normal = QHBoxLayout()
        normal.addWidget(self.mean_input)
        normal.addWidget(QLabel("stddev"))
        normal.addWidget(self.stddev_input)
        uniform = QHBoxLayout()
        uniform.addWidget(self.minval_input)
        uniform.addWidget(QLabel("maxval"))
        uniform.addWidget(self.maxval_input)
        form = QFormLayout()
        form.addRow(self.tr("Source"), self.source_input)
        form.addRow(self.tr("Name"), self.name_input)
        form.addRow(self.tr("Shape"), self.shape_input)
        form.addRow(self.tr("Value"), self.literal_input)
        form.addRow(self.tr("Dtype"), self.dtype_input)
        form.addRow("mean", normal)
        form.addRow("minval", uniform)
        form.addRow(self.tr("Seed"), self.seed_input)
        buttons = QHBoxLayout()
        buttons.addWidget(self.variable_input)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        form.addRow(buttons)
        self._create_box = QGroupBox(self.tr("Create a tensor"))
        self._create_box.setLayout(form)

    def _build_variable_box(self) -> None:
        self.target_input = QComboBox()
        self.target_input.setToolTip(self.tr("The variable to change (try a constant to see "
                                             "why it cannot be changed)"))
        self.value_input = QLineEdit("3.")
        self.value_input.setToolTip(self.tr("The value to assign: a number, nested lists, or "
                                            "the name of an entry"))
        self.index_input = QLineEdit("0:2, 0")
        self.index_input.setToolTip(self.tr("Slice for v[…].assign(value), NumPy style: 0:2, 0 "
                                            "or 1, : or ::2; empty = the whole variable"))
        self.assign_button = QPushButton("assign")
        self.assign_button.setToolTip(self.tr("v.assign(value), or v[slice].assign(value) when "
                                              "a slice is typed (Enter in Value or Slice)"))
        for field in (self.value_input, self.index_input):
            field.returnPressed.connect(self._on_assign_clicked)
        self.assign_button.clicked.connect(self._on_assign_clicked)
        self.assign_add_button = QPushButton("assign_add")
        self.assign_add_button.setToolTip(self.tr("v.assign_add(value): v += value, in place; "
                                                  "same shape as v"))
        self.assign_add_button.clicked.connect(self._on_assign_add_clicked)
        self.assign_sub_button = QPushButton("assign_sub")
        self.assign_sub_button.setToolTip(self.tr("v.assign_sub(value): v -= value, in place; "
                                                  "same shape as v"))
        self.assign_sub_button.clicked.connect(self._on_assign_sub_clicked)
        buttons = QHBoxLayout()
        for button in (self.assign_button, self.assign_add_button, self.assign_sub_button):
            buttons.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("Variable"), self.target_input)
        form.addRow(self.tr("Value"), self.value_input)
        form.addRow(self.tr("Slice"), self.index_input)
        form.addRow(buttons)
        hint = QLabel(self.tr("Or double-click a cell of the table to edit one element."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self._variable_box = QGroupBox(self.tr("Change a variable"))
        self._variable_box.setLayout(form)

    def _build_operation_box(self) -> None:
        self.op_input = QComboBox()
        for key, spec in OPS.items():
            self.op_input.addItem(spec.label, key)
            self.op_input.setItemData(self.op_input.count() - 1,
                                      translate_core(spec.description),
                                      Qt.ItemDataRole.ToolTipRole)
        self.op_input.setToolTip(
            self.tr("The TensorFlow operation to apply; the result is a new entry"))
        self.op_input.currentIndexChanged.connect(self._on_op_input_changed)
        self.x_input = _operand_input(self.tr("x: an entry's name (the selected one) or a "
                                              "number"))
        self.x_input.setAccessibleName("x")
        self.y_input = _operand_input(self.tr("y: an entry's name or a number such as 2.0 "
                                              "(broadcast)"))
        self.y_input.setAccessibleName("y")
        self.parameter_input = QLineEdit()
        self.parameter_input.setToolTip(self.tr("axis for tf.reduce_sum/reduce_mean (empty = "
                                                "all) or the new shape for tf.reshape"))
        self.cast_dtype_input = QComboBox()
        for dtype in DTYPES:
            self.cast_dtype_input.addItem(dtype, dtype)
        self.cast_dtype_input.setToolTip(self.tr("dtype for tf.cast(x, dtype)"))
        self.cast_dtype_input.setAccessibleName("dtype")
        self.result_input = QLineEdit("b")
        self.result_input.setToolTip(self.tr("Name of the result; reuse x's name for e *= d "
                                             "style"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Run the operation and store the result under the "
                                             "name (Enter in Result)"))
        self.result_input.returnPressed.connect(self._on_apply_clicked)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Operation"), self.op_input)
        form.addRow("x", self.x_input)
        form.addRow("y", self.y_input)
        parameter = QHBoxLayout()
        parameter.addWidget(self.parameter_input, 1)
        parameter.addWidget(self.cast_dtype_input)
        form.addRow(self.tr("axis / shape"), parameter)
        result = QHBoxLayout()
        result.addWidget(self.result_input, 1)
        result.addWidget(self.apply_button)
        form.addRow(self.tr("Result"), result)
        self._operation_box = QGroupBox(self.tr("Apply an operation"))
        self._operation_box.setLayout(form)

    def _build_conversion_box(self) -> None:
        self.conversion_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for position, (key, label) in enumerate(_CONVERSION_BUTTONS):
            button = QPushButton(label)
            button.setToolTip(translate_core(CONVERSIONS[key]) + " "
                              + self.tr("Applies to the selected entry."))
            button.clicked.connect(lambda checked=False, key=key: self._on_convert_clicked(key))
            self.conversion_buttons[key] = button
            grid.addWidget(button, position // 2, position % 2)
        self._conversion_box = QGroupBox(self.tr("NumPy ⇄ TensorFlow (selected entry)"))
        self._conversion_box.setLayout(grid)

    def _build_workspace_list(self) -> None:
        self.workspace_table = QTableWidget(0, len(WORKSPACE_COLUMNS))
        self.workspace_table.setHorizontalHeaderLabels(
            [_translate(column) for column in WORKSPACE_COLUMNS])
        self.workspace_table.verticalHeader().setVisible(False)
        self.workspace_table.verticalHeader().setDefaultSectionSize(22)
        self.workspace_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workspace_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workspace_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workspace_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.workspace_table.setToolTip(self.tr("The workspace: every tensor, variable and "
                                                "NumPy array made so far; select one to view "
                                                "it"))
        self.workspace_table.setAccessibleName(self.tr("Workspace"))
        self.workspace_table.itemSelectionChanged.connect(
            self._on_workspace_table_selection_changed)
        self.rename_input = QLineEdit()
        self.rename_input.setPlaceholderText(self.tr("new name"))
        self.rename_input.setToolTip(self.tr("New Python name for the selected entry"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setToolTip(self.tr("Give the selected entry a new name: new_name = "
                                              "name; del name"))
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("del name: remove the selected entry (Delete key "
                                              "in the workspace list)"))
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete),
                               self.workspace_table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.clear_button = QPushButton(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Remove every entry and start the code afresh"))
        self.clear_button.clicked.connect(self._on_clear_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_input, 1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout()
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.workspace_table, 1)
        layout.addLayout(buttons)
        self._workspace_box = QGroupBox(self.tr("Workspace"))
        self._workspace_box.setLayout(layout)

    def _build_viewer(self) -> None:
        self.entry_label = QLabel(self.tr("No entry selected."))
        self.entry_label.setWordWrap(True)
        self.entry_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table_model = ArrayTableModel(self)
        self.table_model.dataChanged.connect(self._on_table_model_data_changed)
        self.table_view = QTableView()
        self.table_view.setModel(self.table_model)
        self.table_view.setToolTip(self.tr("The selected entry's values; double-click a cell "
                                           "to change it (a constant will refuse, as in "
                                           "TensorFlow)"))
        self.table_view.setAccessibleName(self.tr("Values"))
        self.table_view.horizontalHeader().setDefaultSectionSize(78)
        self.table_view.verticalHeader().setDefaultSectionSize(24)
        self.heatmap = TensorHeatmap(self)
        self.heatmap.setMinimumWidth(160)

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

    # -- Panel interface ------------------------------------------------------------------
    def tensorflow_ready(self, info: dict) -> None:
        try:
            self._workspace = Workspace()
        except ImportError as error:
            self.tensorflow_failed(str(error))
            return
        self.message_bar.clear()
        self._set_tensorflow_controls_enabled(True)
        self._update_workspace_list()
        self._suggest_names()

    def tensorflow_failed(self, message: str) -> None:
        self._set_tensorflow_controls_enabled(False)
        self.message_bar.show_message(
            self.tr("TensorFlow could not be loaded, so tensors cannot be made.")
            + f"\n{message}", "error")

    def prepare_screenshot(self, options: dict, on_ready: Callable[[], None]) -> None:
        if self._workspace is not None and not len(self._workspace):
            self.run_sequence(NOTEBOOK_SEQUENCE)
            self.select_entry("e")
        on_ready()

    def notebook_cells(self) -> list[tuple[str, str]]:
        """One code cell per successful action, then one that shows every entry."""
        if self._workspace is None or not self._workspace.code_lines():
            return []
        code = self._workspace.code_lines()
        cells = list(self._action_code)
        if "\n".join(cells).splitlines() != code:  # actions not seen here: keep them whole
            cells = ["\n".join(code)]
        cells = [("code", cell) for cell in cells]
        names = self._workspace.names()
        if names:
            cells.append(("code", "\n".join(f"print({name!r}, '=', {name})" for name in names)))
        return cells

    def session_state(self) -> dict:
        """The workspace's entries, values and code, and the selected entry."""
        if self._workspace is None:
            return {}
        return {"workspace": workspace_state(self._workspace),
                "cells": list(self._action_code), "selected": self._selected}

    def check_session_state(self, state: dict) -> None:
        super().check_session_state(state)
        if not state:
            return
        if self._workspace is None:
            raise ValueError(self.tr("TensorFlow is still loading; open the session once the "
                                     "status bar shows its version."))
        check_workspace_state(state.get("workspace", {}))
        cells = state.get("cells", [])
        if not isinstance(cells, list) or not all(isinstance(cell, str) for cell in cells):
            raise ValueError("The tensors panel's 'cells' is a list of code (strings).")
        if not isinstance(state.get("selected"), (str, type(None))):
            raise ValueError("The tensors panel's 'selected' is a name or null.")

    def restore_session(self, state: dict) -> None:
        self.check_session_state(state)
        if not state:
            return
        names = restore_workspace(self._workspace, state.get("workspace", {}))
        code = self._workspace.code_lines()
        cells = list(state.get("cells", []))
        self._action_code = cells if "\n".join(cells).splitlines() == code else (
            ["\n".join(code)] if code else [])
        self.code_view.set_code("\n".join(code))
        selected = state.get("selected")
        self._selected = None
        self._update_workspace_list(select=selected if selected in names else None)
        self._suggest_names()
        self.message_bar.show_message(
            self.tr("Opened {count} entries from the session.").format(count=len(names)),
            "info")

    # -- state ----------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace | None:
        """The workspace, once TensorFlow is loaded."""
        return self._workspace

    @property
    def selected_name(self) -> str | None:
        """The entry shown in the table and heatmap."""
        return self._selected

    def run_sequence(self, steps) -> None:
        """Run ``(method, kwargs)`` workspace actions as if clicked (the last one is shown)."""
        for method, kwargs in steps:
            self._run(lambda method=method, kwargs=kwargs: getattr(self._workspace, method)(
                **kwargs))

    def select_entry(self, name: str) -> None:
        """Select ``name`` in the workspace list and show it."""
        for row in range(self.workspace_table.rowCount()):
            if self.workspace_table.item(row, 0).text() == name:
                self.workspace_table.selectRow(row)
                return

    def _set_tensorflow_controls_enabled(self, enabled: bool) -> None:
        tip = "" if enabled else self.tr(LOADING_TEXT)
        for widget in (self._create_box, self._variable_box, self._operation_box,
                       self._conversion_box, self._workspace_box):
            widget.setEnabled(enabled)
            widget.setStatusTip(tip)

    # -- actions --------------------------------------------------------------------------
    def _run(self, action: Callable[[], ActionResult], show: bool = True) -> ActionResult | None:
        """Run one workspace action; show its outcome or its error. Never raises."""
        if self._workspace is None:
            self.message_bar.show_message(self.tr(LOADING_TEXT), "info")
            return None
        try:
            result = action()
        except (ValueError, TypeError) as error:
            self.message_bar.show_message(f"{error}\n" + self.tr("Nothing was changed."),
                                          "error")
            return None
        except Exception as error:  # a classroom app shows the unexpected instead of dying
            self.message_bar.show_message(
                self.tr("Unexpected error: {error}").format(
                    error=f"{type(error).__name__}: {error}") + "\n"
                + self.tr("Nothing was changed."), "error")
            return None
        self._show_result(result, show)
        return result

    def _show_result(self, result: ActionResult, show: bool = True) -> None:
        self.code_view.append_code("\n".join(result.code))
        self._action_code.append("\n".join(result.code))
        text = result.summary
        if result.warnings:
            text += "\n" + "\n".join(f"⚠ {warning}" for warning in result.warnings)
        self.message_bar.show_message(text, "warning" if result.warnings else "info")
        self._update_workspace_list(select=result.name, show=show)
        self._suggest_names()

    def _on_create_clicked(self) -> None:
        source = self.source_input.currentData()
        needs = SOURCES[source].needs
        seed = self.seed_input.value()
        kwargs = {
            "dtype": self.dtype_input.currentData(),
            "variable": self.variable_input.isChecked(),
        }
        if "literal" in needs:
            kwargs["literal"] = self.literal_input.text()
        else:
            kwargs["shape"] = self.shape_input.text()
        if "normal" in needs:
            kwargs.update(mean=self.mean_input.value(), stddev=self.stddev_input.value())
        if "uniform" in needs:
            kwargs.update(minval=self.minval_input.value(), maxval=self.maxval_input.value())
        if "seed" in needs:
            kwargs["seed"] = None if seed < 0 else seed
        self._run(lambda: self._workspace.create(self.name_input.text(), source, **kwargs))

    def _assign(self, method: str) -> None:
        index = self.index_input.text().strip() if method == "assign" else ""
        self._run(lambda: self._workspace.assign(
            self.target_input.currentText(), self.value_input.text(), method=method,
            index=index or None))

    def _on_assign_clicked(self) -> None:
        self._assign("assign")

    def _on_assign_add_clicked(self) -> None:
        self._assign("assign_add")

    def _on_assign_sub_clicked(self) -> None:
        self._assign("assign_sub")

    def _on_apply_clicked(self) -> None:
        op = self.op_input.currentData()
        spec = OPS[op]
        kwargs = {}
        if spec.arity == 2:
            kwargs["y"] = self.y_input.currentText()
        if spec.parameter == "axis":
            kwargs["axis"] = self.parameter_input.text()
        elif spec.parameter == "shape":
            kwargs["shape"] = self.parameter_input.text()
        elif spec.parameter == "dtype":
            kwargs["dtype"] = self.cast_dtype_input.currentData()
        self._run(lambda: self._workspace.apply(op, self.result_input.text(),
                                                self.x_input.currentText(), **kwargs))

    def _on_convert_clicked(self, conversion: str) -> None:
        if self._selected is None:
            self.message_bar.show_message(
                self.tr("Select an entry in the workspace list first; the conversion applies "
                        "to it."), "error")
            return
        source = self._selected
        self._run(lambda: self._workspace.convert(conversion, source,
                                                  self._workspace.unused_name()))

    def _on_rename_clicked(self) -> None:
        if self._selected is None:
            self.message_bar.show_message(self.tr("Select the entry to rename first."),
                                          "error")
            return
        name = self._selected
        if self._run(lambda: self._workspace.rename(name, self.rename_input.text())):
            self.rename_input.clear()

    def _on_delete_clicked(self) -> None:
        if self._selected is None:
            self.message_bar.show_message(self.tr("Select the entry to delete first."),
                                          "error")
            return
        name = self._selected
        self._run(lambda: self._workspace.delete(name))

    def _on_clear_clicked(self) -> None:
        if self._workspace is None:
            return
        self._workspace.clear()
        self._action_code.clear()
        self.code_view.set_code("")
        self.message_bar.show_message(self.tr("The workspace is empty; the code starts afresh."),
                                      "info")
        self._update_workspace_list()
        self._suggest_names()

    def _on_cell_edited(self, index: tuple, text: str):
        """The table model's edit handler: one element through the core."""
        name = self._selected
        if name is None:
            return None
        result = self._run(lambda: self._workspace.set_item(name, index, text), show=False)
        return None if result is None else result.value

    # -- inputs ---------------------------------------------------------------------------
    def _on_source_input_changed(self) -> None:
        needs = SOURCES[self.source_input.currentData()].needs
        self.shape_input.setEnabled("shape" in needs)
        self.literal_input.setEnabled("literal" in needs)
        for widget in (self.mean_input, self.stddev_input):
            widget.setEnabled("normal" in needs)
        for widget in (self.minval_input, self.maxval_input):
            widget.setEnabled("uniform" in needs)
        self.seed_input.setEnabled("seed" in needs)

    def _on_op_input_changed(self) -> None:
        spec = OPS[self.op_input.currentData()]
        self.y_input.setEnabled(spec.arity == 2)
        self.parameter_input.setEnabled(spec.parameter in ("axis", "shape"))
        self.cast_dtype_input.setEnabled(spec.parameter == "dtype")
        if spec.parameter == "axis":
            self.parameter_input.setPlaceholderText(self.tr("axis, e.g. 0 (empty = all)"))
        elif spec.parameter == "shape":
            self.parameter_input.setPlaceholderText(self.tr("new shape, e.g. (4, 1) or (-1,)"))
        else:
            self.parameter_input.setPlaceholderText("")

    def _suggest_names(self) -> None:
        if self._workspace is None:
            return
        free = self._workspace.unused_name()
        if not self.name_input.text().strip() or self.name_input.text().strip() \
                in self._workspace:
            self.name_input.setText(free)
        if not self.result_input.text().strip() or self.result_input.text().strip() \
                in self._workspace:
            self.result_input.setText(free)

    # -- workspace list and viewer --------------------------------------------------------
    def _update_workspace_list(self, select: str | None = None, show: bool = True) -> None:
        """Rebuild the workspace list and the entry choosers; select ``select``.

        Args:
            select: the entry to select (else the selected one stays, else the newest).
            show: show the selected entry in the table; False while the table itself is
                committing an edit (its model must not be reset then).
        """
        entries = self._workspace.entries() if self._workspace is not None else []
        names = [info.name for info in entries]
        keep = select if select in names else (self._selected if self._selected in names
                                                else (names[-1] if names else None))
        table = self.workspace_table
        table.blockSignals(True)
        table.setRowCount(len(entries))
        for row, info in enumerate(entries):
            cells = (info.name, info.kind, shape_code(info.shape), info.dtype, info.device)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setToolTip(_translate(_KIND_TOOLTIPS[info.kind])
                                    if info.kind in _KIND_TOOLTIPS else "")
                elif column == 0 and not info.reproducible:
                    item.setToolTip(self.tr("Depends on an unseeded random draw: the code gives "
                                            "other numbers when run again."))
                table.setItem(row, column, item)
        table.clearSelection()
        if keep is not None:
            table.selectRow(names.index(keep))
        table.blockSignals(False)
        for combo in (self.target_input, self.x_input, self.y_input):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            if combo.isEditable():
                combo.setEditText(text)
            elif text in names:
                combo.setCurrentIndex(names.index(text))
            combo.blockSignals(False)
        variables = [info.name for info in entries if info.kind == "variable"]
        if variables and self.target_input.currentText() not in variables:
            self.target_input.setCurrentIndex(names.index(variables[-1]))
        if show:
            self._show_entry(keep)
        else:
            self._selected = keep

    def _on_workspace_table_selection_changed(self) -> None:
        rows = self.workspace_table.selectionModel().selectedRows()
        if rows:
            self._show_entry(self.workspace_table.item(rows[0].row(), 0).text())

    def _show_entry(self, name: str | None) -> None:
        self._selected = name
        if name is None or self._workspace is None or name not in self._workspace:
            self._selected = None
            self.table_model.set_array(np.zeros((0, 0)))
            self.entry_label.setText(self.tr("No entry selected. Create a tensor on the left."))
            self._axes_row.hide()
            self.heatmap.show_array(np.zeros((0, 0)), "")
            return
        info = self._workspace.info(name)
        self.x_input.setEditText(name)
        self.table_model.set_array(self._workspace.value(name), self._on_cell_edited)
        edit = {"constant": self.tr("editing a cell shows why a constant cannot change"),
                "variable": self.tr("double-click a cell: v[i, j].assign(x)"),
                "ndarray": self.tr("double-click a cell: x[i, j] = value")}.get(info.kind, "")
        self.entry_label.setText(
            self.tr("<b>{name}</b> — {kind}, shape {shape}, {dtype}, on {device}").format(
                name=name, kind=info.kind, shape=shape_code(info.shape), dtype=info.dtype,
                device=info.device) + (f" · {edit}" if edit else ""))
        self._update_axes_selectors(len(info.shape))
        self._update_heatmap()

    def _update_axes_selectors(self, rank: int) -> None:
        for spin in self._axis_spins:
            self._axis_spins_layout.removeWidget(spin)
            spin.deleteLater()
        self._axis_spins = []
        if rank < 3:
            self._axes_row.hide()
            return
        self.axes_input.blockSignals(True)
        self.axes_input.clear()
        self._axis_pairs = [(row_axis, column_axis) for row_axis in range(rank)
                            for column_axis in range(rank) if row_axis != column_axis]
        for row_axis, column_axis in self._axis_pairs:
            self.axes_input.addItem(self.tr("axis {row}, axis {column}").format(
                row=row_axis, column=column_axis))
        self.axes_input.setCurrentIndex(self._axis_pairs.index((rank - 2, rank - 1)))
        self.axes_input.blockSignals(False)
        shape = self.table_model.array().shape
        for axis in range(rank):
            spin = QSpinBox()
            spin.setPrefix(self.tr("axis {axis}: ").format(axis=axis))
            spin.setRange(0, max(0, shape[axis] - 1))
            spin.setToolTip(self.tr("Index along axis {axis} of the slice shown (size "
                                    "{size})").format(axis=axis, size=shape[axis]))
            spin.valueChanged.connect(self._on_axis_spin_changed)
            self._axis_spins.append(spin)
            self._axis_spins_layout.addWidget(spin)
        self._axes_row.show()
        self._sync_axis_spins()

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
            raise ValueError(self.tr("Axes {row}, {column} cannot be shown.").format(
                row=row_axis, column=column_axis))
        self.axes_input.setCurrentIndex(self._axis_pairs.index((row_axis, column_axis)))

    def _sync_axis_spins(self) -> None:
        row_axis, column_axis = self._axis_pairs[self.axes_input.currentIndex()]
        for axis, spin in enumerate(self._axis_spins):
            spin.setVisible(axis not in (row_axis, column_axis))

    def _on_axes_input_changed(self) -> None:
        if not 0 <= self.axes_input.currentIndex() < len(self._axis_pairs):
            return
        self._sync_axis_spins()
        self._apply_view()

    def _on_axis_spin_changed(self) -> None:
        self._apply_view()

    def _apply_view(self) -> None:
        row_axis, column_axis = self._axis_pairs[self.axes_input.currentIndex()]
        fixed = {axis: spin.value() for axis, spin in enumerate(self._axis_spins)
                 if axis not in (row_axis, column_axis)}
        try:
            self.table_model.set_view(row_axis, column_axis, fixed)
        except ValueError as error:
            self.message_bar.show_message(str(error), "error")
            return
        self._update_heatmap()

    def _on_table_model_data_changed(self) -> None:
        self._update_heatmap()

    def _update_heatmap(self) -> None:
        name = self._selected
        if name is None or self._workspace is None or name not in self._workspace:
            return
        info = self._workspace.info(name)
        title = f"{name}: {info.kind} {shape_code(info.shape)} {info.dtype}"
        if len(info.shape) >= 3:
            row_axis, column_axis, fixed = self.table_model.view()
            position = ", ".join(":" if axis in (row_axis, column_axis) else str(fixed[axis])
                                 for axis in range(len(info.shape)))
            title += f"  [{position}]"
        self.heatmap.show_array(self.table_model.displayed(), title)


def _number_input(value: float, tooltip: str, minimum: float = -1e6) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(3)
    spin.setRange(minimum, 1e6)
    spin.setValue(value)
    spin.setToolTip(tooltip)
    return spin


def _operand_input(tooltip: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setToolTip(tooltip)
    return combo


def main() -> int:
    """Run the panel on its own: ``python -m tfintro_gui.ui.tensors_panel``."""
    from tfintro_gui.app import run_single_panel

    return run_single_panel(TensorsPanel)


if __name__ == "__main__":
    sys.exit(main())
